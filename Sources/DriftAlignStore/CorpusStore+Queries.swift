import DriftAlignCore
import Foundation
import GRDB

extension CorpusStore {
    /// Which documents a lookup returns.
    public struct DocumentFilter: Sendable {
        /// Only documents published in this interval (documents without a date are left out).
        public var published: ClosedRange<Date>?
        /// Also documents a plugin flagged (reposts, media-only posts).
        public var includeSkipped = false
        /// Only these sources (plugin ids); nil for all.
        public var sources: [String]?
        /// At most this many documents (newest first when limited); bounds memory on big stores.
        public var limit = 1_000_000

        public init(published: ClosedRange<Date>? = nil, includeSkipped: Bool = false, sources: [String]? = nil) {
            self.published = published
            self.includeSkipped = includeSkipped
            self.sources = sources
        }
    }

    /// The document stored under (`source`, `id`), with its sentences, or nil.
    public func document(source: String, id: String) throws -> StoredDocument? {
        try wrap {
            try queue.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE source = ? AND original_id = ?",
                                                 arguments: [source, id]) else { return nil }
                var doc = Self.document(row)
                doc.sentences = try Self.sentences(db, documentIDs: [doc.rowID])[doc.rowID] ?? []
                return doc
            }
        }
    }

    /// Documents matching `filter`, with their sentences, oldest first (then by row id).
    public func documents(_ filter: DocumentFilter = DocumentFilter()) throws -> [StoredDocument] {
        var clauses: [String] = []
        var args: [(any DatabaseValueConvertible)?] = []
        if let p = filter.published {
            clauses.append("published IS NOT NULL AND published >= ? AND published <= ?")
            args += [StoreCoding.timestamp(p.lowerBound), StoreCoding.timestamp(p.upperBound)]
        }
        if !filter.includeSkipped { clauses.append("skip_reason IS NULL") }
        if let s = filter.sources {
            clauses.append("source IN (\(s.map { _ in "?" }.joined(separator: ", ")))")
            args += s
        }
        let whereSQL = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        return try wrap {
            try queue.read { db in
                var docs = try Row.fetchAll(db, sql: "SELECT * FROM documents \(whereSQL) ORDER BY published, id LIMIT ?",
                                            arguments: StatementArguments(args + [filter.limit])).map(Self.document)
                let sentences = try Self.sentences(db, documentIDs: docs.map(\.rowID))
                for i in docs.indices { docs[i].sentences = sentences[docs[i].rowID] ?? [] }
                return docs
            }
        }
    }

    /// Row counts of documents, sentences and vectors.
    public func counts() throws -> StoreCounts {
        try wrap {
            try queue.read { db in
                StoreCounts(documents: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0,
                            sentences: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentences") ?? 0,
                            embeddings: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM embeddings") ?? 0,
                            skippedDocuments: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE skip_reason IS NOT NULL") ?? 0)
            }
        }
    }

    /// How many sentence vectors each encoder has in the store, most first.
    public func encoderCounts() throws -> [(encoder: String, vectors: Int)] {
        try wrap {
            try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT encoder, COUNT(*) AS n FROM embeddings GROUP BY encoder ORDER BY n DESC, encoder")
                    .map { (encoder: $0["encoder"], vectors: $0["n"]) }
            }
        }
    }

    /// Documents whose sentence rows do not number `sentence_count`, or whose vectors for an
    /// encoder cover only part of them, as "source/id: detail" lines. Empty for a sound store:
    /// the per-document transaction guarantees it even after a crash.
    public func incompleteDocuments() throws -> [String] {
        try wrap {
            try queue.read { db in
                let partialSentences = try Row.fetchAll(db, sql: """
                    SELECT d.source, d.original_id, d.sentence_count, (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id) AS n
                    FROM documents d WHERE d.sentence_count <> (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id)
                    """).map { "\($0["source"] as String)/\($0["original_id"] as String): \($0["n"] as Int) of \($0["sentence_count"] as Int) sentences" }
                let partialVectors = try Row.fetchAll(db, sql: """
                    SELECT d.source, d.original_id, d.sentence_count, e.encoder, COUNT(*) AS n
                    FROM embeddings e JOIN documents d ON d.id = e.document_id
                    GROUP BY d.id, d.source, d.original_id, d.sentence_count, e.encoder HAVING COUNT(*) <> d.sentence_count
                    """).map { "\($0["source"] as String)/\($0["original_id"] as String): \($0["n"] as Int) of \($0["sentence_count"] as Int) \($0["encoder"] as String) vectors" }
                return partialSentences + partialVectors
            }
        }
    }

    /// The vectors of `encoder` for the given documents, keyed by row id, for documents whose
    /// every sentence has one (others are left out: the caller encodes them).
    public func embeddings(encoder: String, documents: [StoredDocument]) throws -> [Int64: SentenceEmbeddings] {
        let expected = Dictionary(uniqueKeysWithValues: documents.map { ($0.rowID, $0) })
        return try wrap {
            try queue.read { db in
                var out: [Int64: SentenceEmbeddings] = [:]
                for chunk in Self.chunks(documents.map(\.rowID), size: 500) {
                    let rows = try Row.fetchCursor(db, sql: """
                        SELECT document_id, sentence_index, dimension, vector FROM embeddings
                        WHERE encoder = ? AND document_id IN (\(chunk.map { _ in "?" }.joined(separator: ", ")))
                        ORDER BY document_id, sentence_index
                        """, arguments: StatementArguments([encoder] + chunk.map { $0 as any DatabaseValueConvertible }))
                    var current: (id: Int64, next: Int, e: SentenceEmbeddings)?
                    func flush() {
                        if let c = current, let d = expected[c.id], c.next == d.sentenceCount { out[c.id] = c.e }
                        current = nil
                    }
                    while let row = try rows.next() {
                        let id: Int64 = row["document_id"], index: Int = row["sentence_index"], dim: Int = row["dimension"]
                        if current?.id != id { flush(); current = (id, 0, SentenceEmbeddings(encoder: encoder, dimension: dim, values: [])) }
                        guard index == current!.next, dim == current!.e.dimension else { current!.next = -1; continue }
                        let blob: Data = row["vector"]
                        guard StoreCoding.appendFloats(blob, dimension: dim, to: &current!.e.values) else {
                            let d = expected[id].map { "\($0.source)/\($0.originalID)" } ?? "document \(id)"
                            throw StoreError.corruptEmbedding(file: path, document: d, sentence: index, bytes: blob.count, dimension: dim)
                        }
                        current!.next += 1
                    }
                    flush()
                }
                try attachClauses(db, encoder: encoder, to: &out)
                return out
            }
        }
    }

    /// Adds the stored clause vectors of `encoder` to each document's embeddings.
    private func attachClauses(_ db: Database, encoder: String, to out: inout [Int64: SentenceEmbeddings]) throws {
        for chunk in Self.chunks(out.keys.sorted(), size: 500) {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT document_id, sentence_index, start_offset, end_offset, dimension, vector FROM clause_embeddings
                WHERE encoder = ? AND document_id IN (\(chunk.map { _ in "?" }.joined(separator: ", ")))
                ORDER BY document_id, sentence_index, start_offset, end_offset
                """, arguments: StatementArguments([encoder] + chunk.map { $0 as any DatabaseValueConvertible }))
            while let row = try rows.next() {
                let id: Int64 = row["document_id"], dim: Int = row["dimension"], sentence: Int = row["sentence_index"]
                guard let e = out[id], dim == e.dimension else { continue }
                var values: [Float] = []
                let blob: Data = row["vector"]
                guard StoreCoding.appendFloats(blob, dimension: dim, to: &values) else {
                    throw StoreError.corruptEmbedding(file: path, document: "document \(id)", sentence: sentence, bytes: blob.count, dimension: dim)
                }
                let lo: Int = row["start_offset"], hi: Int = row["end_offset"]
                out[id]!.clauses.append(ClauseEmbedding(sentence: sentence, range: lo..<max(lo, hi), values: values))
            }
        }
    }

    // MARK: - Row decoding

    static func document(_ row: Row) -> StoredDocument {
        StoredDocument(rowID: row["id"], source: row["source"], originalID: row["original_id"], url: row["url"],
                       language: row["language"], title: row["title"], author: row["author"],
                       published: StoreCoding.date(row["published"]), text: row["text"], skipReason: row["skip_reason"],
                       metadata: StoreCoding.map(row["metadata"]), contentHash: row["content_hash"],
                       inputLocation: row["input_location"], sentenceCount: row["sentence_count"], sentences: [],
                       voices: StoreCoding.voices(row["voices"], length: (row["text"] as String).unicodeScalars.count))
    }

    static func sentences(_ db: Database, documentIDs: [Int64]) throws -> [Int64: [StoredSentence]] {
        var out: [Int64: [StoredSentence]] = [:]
        for chunk in chunks(documentIDs, size: 500) {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT * FROM sentences WHERE document_id IN (\(chunk.map { _ in "?" }.joined(separator: ", ")))
                ORDER BY document_id, sentence_index
                """, arguments: StatementArguments(chunk))
            while let r = try rows.next() {
                out[r["document_id"], default: []].append(
                    StoredSentence(index: r["sentence_index"], start: r["start_offset"], end: r["end_offset"],
                                   paragraph: r["paragraph"], kind: r["kind"], text: r["text"]))
            }
        }
        return out
    }

    /// `ids` in slices of at most `size`, to keep SQL parameter lists bounded.
    static func chunks(_ ids: [Int64], size: Int) -> [[Int64]] {
        stride(from: 0, to: ids.count, by: size).map { Array(ids[$0..<min($0 + size, ids.count)]) }
    }
}
