import DriftAlignCore
import Foundation
import GRDB

extension CorpusStore {
    /// What the store holds under a key: enough for an ingest to decide whether to re-encode.
    public struct DocumentState: Sendable, Equatable {
        public var rowID: Int64
        public var contentHash: String
        public var sentenceCount: Int
        /// Sentences that have a vector from the encoder asked about.
        public var embeddedSentences: Int
    }

    /// The stored state of (`source`, `id`), counting vectors from `encoder` (nil: none).
    public func state(source: String, id: String, encoder: String?) throws -> DocumentState? {
        try wrap {
            try queue.read { db in
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT id, content_hash, sentence_count FROM documents WHERE source = ? AND original_id = ?
                    """, arguments: [source, id]) else { return nil }
                let rowID: Int64 = row["id"]
                let embedded = try encoder.map {
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM embeddings WHERE document_id = ? AND encoder = ?",
                                     arguments: [rowID, $0]) ?? 0
                } ?? 0
                return DocumentState(rowID: rowID, contentHash: row["content_hash"], sentenceCount: row["sentence_count"],
                                     embeddedSentences: embedded)
            }
        }
    }

    /// Stores a segmented document, its sentences and (optionally) their vectors, in ONE
    /// transaction: a process killed at any point leaves either the whole document or none of it.
    ///
    /// Idempotent on (source, id): an unchanged document (same ``ContentHash``) is not rewritten;
    /// a changed one replaces its sentences and vectors, and loses its stored alignments (their
    /// sentence numbers no longer hold). `runID`'s counters grow in the same transaction.
    @discardableResult
    public func save(_ doc: Document, embeddings: SentenceEmbeddings? = nil, runID: Int64? = nil) throws -> SaveOutcome {
        if let e = embeddings, e.dimension <= 0 || e.values.count != doc.sentences.count * e.dimension {
            throw StoreError.embeddingShape(file: path, document: "\(doc.sourceType)/\(doc.id)", sentences: doc.sentences.count,
                                            values: e.values.count, dimension: e.dimension)
        }
        return try save(doc, vectors: embeddings.map(EmbeddingSource.init), runID: runID)
    }

    /// ``save(_:embeddings:runID:)`` with vectors made while they are written (``EmbeddingSource``):
    /// the same single transaction, holding one piece of the vectors at a time. The source runs
    /// only when vectors are written: for a new or changed document, or an unchanged one that
    /// lacks some of this encoder's vectors.
    @discardableResult
    public func save(_ doc: Document, vectors: EmbeddingSource?, runID: Int64? = nil) throws -> SaveOutcome {
        guard !doc.sourceType.isEmpty, !doc.id.isEmpty else {
            throw StoreError.invalidDocument(file: path, detail: "document '\(doc.id)' from '\(doc.sourceType)' needs a source and an id")
        }
        let hash = ContentHash.of(doc)
        return try wrap {
            try queue.write { db in
                let now = StoreCoding.timestamp(Date())
                let existing = try Row.fetchOne(db, sql: "SELECT id, content_hash FROM documents WHERE source = ? AND original_id = ?",
                                                arguments: [doc.sourceType, doc.id])
                let outcome: SaveOutcome
                if let row = existing {
                    let rowID: Int64 = row["id"]
                    if row["content_hash"] as String == hash {
                        outcome = try addMissingEmbeddings(db, rowID: rowID, doc, vectors) ? .embedded : .unchanged
                    } else {
                        try db.execute(sql: """
                            UPDATE documents SET url = ?, language = ?, title = ?, author = ?, published = ?, text = ?,
                            skip_reason = ?, metadata = ?, voices = ?, content_hash = ?, input_location = ?, sentence_count = ?,
                            updated_at = ?, run_id = ? WHERE id = ?
                            """, arguments: [doc.url, doc.language, doc.title, doc.author, doc.published.map(StoreCoding.timestamp),
                                             doc.text, doc.skipReason, StoreCoding.json(doc.metadata), StoreCoding.json(doc.voices), hash,
                                             doc.input.location, doc.sentences.count, now, runID, rowID])
                        try db.execute(sql: "DELETE FROM alignments WHERE translation_id = ? OR original_id = ?", arguments: [rowID, rowID])
                        try db.execute(sql: "DELETE FROM sentences WHERE document_id = ?", arguments: [rowID])
                        try insertSentences(db, rowID: rowID, doc, vectors)
                        outcome = .updated
                    }
                } else {
                    try db.execute(sql: """
                        INSERT INTO documents (source, original_id, url, language, title, author, published, text, skip_reason,
                        metadata, voices, content_hash, input_location, sentence_count, ingested_at, updated_at, run_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [doc.sourceType, doc.id, doc.url, doc.language, doc.title, doc.author,
                                         doc.published.map(StoreCoding.timestamp), doc.text, doc.skipReason,
                                         StoreCoding.json(doc.metadata), StoreCoding.json(doc.voices), hash, doc.input.location,
                                         doc.sentences.count, now, now, runID])
                    try insertSentences(db, rowID: db.lastInsertedRowID, doc, vectors)
                    outcome = .added
                }
                if let run = runID { try countRunItem(db, run: run, doc.skipReason != nil ? "skipped" : outcome.runColumn) }
                return outcome
            }
        }
    }

    private func insertSentences(_ db: Database, rowID: Int64, _ doc: Document, _ vectors: EmbeddingSource?) throws {
        let stmt = try db.cachedStatement(sql: """
            INSERT INTO sentences (document_id, sentence_index, start_offset, end_offset, paragraph, kind, text)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, s) in doc.sentences.enumerated() {
            try stmt.execute(arguments: [rowID, i, s.range.lowerBound, s.range.upperBound, s.paragraph, s.kind.rawValue, s.text])
        }
        if let vectors { try insertEmbeddings(db, rowID: rowID, doc, vectors) }
    }

    /// Runs `source` and writes what it hands over, checking each piece against the document's
    /// sentences: runs in order from sentence 0, rows of the declared dimension, every sentence
    /// once, clauses inside the document (a clause given twice, same sentence and range, is
    /// written once, first kept).
    private func insertEmbeddings(_ db: Database, rowID: Int64, _ doc: Document, _ source: EmbeddingSource) throws {
        let count = doc.sentences.count, d = source.dimension
        var next = 0
        func shapeError(_ values: Int) -> StoreError {
            .embeddingShape(file: path, document: "\(doc.sourceType)/\(doc.id)", sentences: count, values: values, dimension: d)
        }
        let stmt = try db.cachedStatement(sql: """
            INSERT INTO embeddings (document_id, sentence_index, encoder, dimension, vector) VALUES (?, ?, ?, ?, ?)
            """)
        let clause = try db.cachedStatement(sql: """
            INSERT INTO clause_embeddings (document_id, sentence_index, start_offset, end_offset, encoder, dimension, vector)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        var seen = Set<ClauseKey>()
        do {
            try source.produce({ first, values in
                guard d > 0, first == next, values.count % d == 0, next + values.count / d <= count else {
                    throw shapeError(next * max(d, 0) + values.count)
                }
                for k in 0..<(values.count / d) {
                    try stmt.execute(arguments: [rowID, next, source.encoder, d, StoreCoding.blob(values[(k * d)..<((k + 1) * d)])])
                    next += 1
                }
            }, { clauses in
                for c in clauses {
                    guard c.values.count == d, doc.sentences.indices.contains(c.sentence) else { throw shapeError(next * d) }
                    guard seen.insert(ClauseKey(sentence: c.sentence, range: c.range)).inserted else { continue }
                    try clause.execute(arguments: [rowID, c.sentence, c.range.lowerBound, c.range.upperBound, source.encoder, d,
                                                   StoreCoding.blob(c.values[...])])
                }
            })
        } catch let e as StoreError {
            throw e
        } catch let e as DatabaseError {
            throw e
        } catch let e as EmbeddingProductionError {
            throw e
        } catch {
            throw EmbeddingProductionError(error)
        }
        guard next == count else { throw shapeError(next * d) }
    }

    /// Adds the vectors of an unchanged document when some are missing for this encoder.
    private func addMissingEmbeddings(_ db: Database, rowID: Int64, _ doc: Document, _ source: EmbeddingSource?) throws -> Bool {
        guard let source, !doc.sentences.isEmpty else { return false }
        let have = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM embeddings WHERE document_id = ? AND encoder = ?",
                                    arguments: [rowID, source.encoder]) ?? 0
        guard have < doc.sentences.count else { return false }
        try db.execute(sql: "DELETE FROM embeddings WHERE document_id = ? AND encoder = ?", arguments: [rowID, source.encoder])
        try db.execute(sql: "DELETE FROM clause_embeddings WHERE document_id = ? AND encoder = ?", arguments: [rowID, source.encoder])
        try insertEmbeddings(db, rowID: rowID, doc, source)
        return true
    }

    private struct ClauseKey: Hashable { var sentence: Int; var range: Range<Int> }

    /// Deletes a document with its sentences, vectors and alignments; false if it was not there.
    @discardableResult
    public func delete(source: String, id: String) throws -> Bool {
        try wrap {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM documents WHERE source = ? AND original_id = ?", arguments: [source, id])
                return db.changesCount > 0
            }
        }
    }
}

extension SaveOutcome {
    /// The `runs` counter this outcome adds to.
    var runColumn: String {
        switch self {
        case .added: return "added"
        case .updated, .embedded: return "updated"
        case .unchanged: return "unchanged"
        }
    }
}
