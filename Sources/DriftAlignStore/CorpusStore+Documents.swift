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
        guard !doc.sourceType.isEmpty, !doc.id.isEmpty else {
            throw StoreError.invalidDocument(file: path, detail: "document '\(doc.id)' from '\(doc.sourceType)' needs a source and an id")
        }
        if let e = embeddings, e.dimension <= 0 || e.values.count != doc.sentences.count * e.dimension
            || e.clauses.contains(where: { $0.values.count != e.dimension || !doc.sentences.indices.contains($0.sentence) }) {
            throw StoreError.embeddingShape(file: path, document: "\(doc.sourceType)/\(doc.id)", sentences: doc.sentences.count,
                                            values: e.values.count, dimension: e.dimension)
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
                        outcome = try addMissingEmbeddings(db, rowID: rowID, count: doc.sentences.count, embeddings) ? .embedded : .unchanged
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
                        try insertSentences(db, rowID: rowID, doc.sentences, embeddings)
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
                    try insertSentences(db, rowID: db.lastInsertedRowID, doc.sentences, embeddings)
                    outcome = .added
                }
                if let run = runID { try countRunItem(db, run: run, doc.skipReason != nil ? "skipped" : outcome.runColumn) }
                return outcome
            }
        }
    }

    private func insertSentences(_ db: Database, rowID: Int64, _ sentences: [Sentence], _ e: SentenceEmbeddings?) throws {
        let stmt = try db.cachedStatement(sql: """
            INSERT INTO sentences (document_id, sentence_index, start_offset, end_offset, paragraph, kind, text)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, s) in sentences.enumerated() {
            try stmt.execute(arguments: [rowID, i, s.range.lowerBound, s.range.upperBound, s.paragraph, s.kind.rawValue, s.text])
        }
        if let e { try insertEmbeddings(db, rowID: rowID, count: sentences.count, e) }
    }

    private func insertEmbeddings(_ db: Database, rowID: Int64, count: Int, _ e: SentenceEmbeddings) throws {
        let stmt = try db.cachedStatement(sql: """
            INSERT INTO embeddings (document_id, sentence_index, encoder, dimension, vector) VALUES (?, ?, ?, ?, ?)
            """)
        for i in 0..<count {
            try stmt.execute(arguments: [rowID, i, e.encoder, e.dimension, StoreCoding.blob(e.values[(i * e.dimension)..<((i + 1) * e.dimension)])])
        }
        let clause = try db.cachedStatement(sql: """
            INSERT INTO clause_embeddings (document_id, sentence_index, start_offset, end_offset, encoder, dimension, vector)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for c in uniqueClauses(e.clauses) {
            try clause.execute(arguments: [rowID, c.sentence, c.range.lowerBound, c.range.upperBound, e.encoder, e.dimension,
                                           StoreCoding.blob(c.values[...])])
        }
    }

    /// Adds the vectors of an unchanged document when some are missing for this encoder.
    private func addMissingEmbeddings(_ db: Database, rowID: Int64, count: Int, _ e: SentenceEmbeddings?) throws -> Bool {
        guard let e, count > 0 else { return false }
        let have = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM embeddings WHERE document_id = ? AND encoder = ?",
                                    arguments: [rowID, e.encoder]) ?? 0
        guard have < count else { return false }
        try db.execute(sql: "DELETE FROM embeddings WHERE document_id = ? AND encoder = ?", arguments: [rowID, e.encoder])
        try db.execute(sql: "DELETE FROM clause_embeddings WHERE document_id = ? AND encoder = ?", arguments: [rowID, e.encoder])
        try insertEmbeddings(db, rowID: rowID, count: count, e)
        return true
    }

    private struct ClauseKey: Hashable { var sentence: Int; var range: Range<Int> }

    /// The clauses with duplicates (same sentence and range) dropped, first kept.
    private func uniqueClauses(_ clauses: [ClauseEmbedding]) -> [ClauseEmbedding] {
        var seen = Set<ClauseKey>()
        return clauses.filter { seen.insert(ClauseKey(sentence: $0.sentence, range: $0.range)).inserted }
    }

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
