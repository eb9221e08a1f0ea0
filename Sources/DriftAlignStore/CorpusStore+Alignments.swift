import Foundation
import GRDB

extension CorpusStore {
    /// Replaces every stored alignment of a translation with `links` and their findings, in one
    /// transaction (a re-run never leaves a mix of old and new links). Returns the new row ids.
    @discardableResult
    public func replaceAlignments(translation: Int64, with links: [(StoredAlignment, [StoredFinding])],
                                  runID: Int64? = nil) throws -> [Int64] {
        try wrap {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM alignments WHERE translation_id = ?", arguments: [translation])
                let now = StoreCoding.timestamp(Date())
                var ids: [Int64] = []
                for (link, findings) in links {
                    try db.execute(sql: """
                        INSERT INTO alignments (run_id, translation_id, original_id, translation_sentences, original_sentences,
                        method, score, confidence, translation_start, translation_end, original_start, original_end, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [runID, link.translationDocument, link.originalDocument,
                                         StoreCoding.json(link.translationSentences), StoreCoding.json(link.originalSentences),
                                         link.method, link.score, link.confidence,
                                         link.translationSpan?.lowerBound, link.translationSpan?.upperBound,
                                         link.originalSpan?.lowerBound, link.originalSpan?.upperBound, now])
                    let id = db.lastInsertedRowID
                    ids.append(id)
                    for f in findings {
                        try db.execute(sql: "INSERT INTO findings (alignment_id, kind, severity, message, details) VALUES (?, ?, ?, ?, ?)",
                                       arguments: [id, f.kind, f.severity, f.message, StoreCoding.json(f.details)])
                    }
                }
                return ids
            }
        }
    }

    /// The stored alignments of a translation, in insertion order, each with its findings.
    public func alignments(translation: Int64) throws -> [(StoredAlignment, [StoredFinding])] {
        try wrap {
            try queue.read { db in
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM alignments WHERE translation_id = ? ORDER BY id",
                                            arguments: [translation])
                return try rows.map { r in
                    let link = StoredAlignment(
                        translationDocument: r["translation_id"], originalDocument: r["original_id"],
                        translationSentences: StoreCoding.list(r["translation_sentences"]),
                        originalSentences: StoreCoding.list(r["original_sentences"]), method: r["method"], score: r["score"],
                        confidence: r["confidence"], translationSpan: Self.range(r["translation_start"], r["translation_end"]),
                        originalSpan: Self.range(r["original_start"], r["original_end"]))
                    let findings = try Row.fetchAll(db, sql: "SELECT * FROM findings WHERE alignment_id = ? ORDER BY id",
                                                    arguments: [r["id"] as Int64]).map { f in
                        StoredFinding(kind: f["kind"], severity: f["severity"], message: f["message"],
                                      details: StoreCoding.map(f["details"]))
                    }
                    return (link, findings)
                }
            }
        }
    }

    static func range(_ lo: Int?, _ hi: Int?) -> Range<Int>? {
        guard let lo, let hi, lo <= hi else { return nil }
        return lo..<hi
    }
}
