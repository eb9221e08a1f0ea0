import DriftAlignRegistry
import DriftAlignStore
import Foundation

/// Renders `match` results: a ranked list for a reader, or a JSON array for tools.
enum MatchOutput {
    static func text(_ results: [MatchRanking.Candidate], article: String, doc: Document, searched: Int, sentences: Int) -> String {
        var lines = ["\(article): \(Plural.count(doc.sentences.count, "sentence")), \(Plural.count(doc.quotes.count, "quotation")); "
            + "\(Plural.count(searched, "stored document")) (\(Plural.count(sentences, "sentence"))) searched"]
        if results.isEmpty { lines.append("  no stored document matches") }
        // Unrelated text still has nearest neighbours: say that none is a match before listing them.
        if !results.isEmpty, results.allSatisfy({ $0.evidence.isEmpty }) {
            lines.append("  no stored document is confirmed by the quote miner: no match; the nearest by retrieval only:")
        }
        for (i, r) in results.enumerated() {
            let d = r.document
            lines.append(String(format: "%2d. %@ %@  %@  confidence %.3f  %@", i + 1, d.source, d.originalID,
                                d.published.map(StoreReport.day) ?? "undated", r.confidence, d.url ?? "(no URL)"))
            for e in r.evidence.prefix(5) {
                lines.append(String(format: "      fr %d %@ «%@» ← “%@” (%.2f)", e.sentence, e.unit, clip(e.text), clip(e.originalText), e.confidence))
            }
            if r.evidence.isEmpty {
                lines.append(String(format: "      not confirmed by the quote miner; retrieval %.3f from:", r.retrieval))
                for e in r.retrievalEvidence.prefix(3) {
                    lines.append(String(format: "      fr %d «%@» ~ “%@” (%.2f)", e.sentence, clip(e.text), clip(e.originalText), e.confidence))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func clip(_ s: String, _ n: Int = 70) -> String { s.count <= n ? s : String(s.prefix(n)) + "…" }

    /// `[{"source", "id", "url", "date", "confidence", "title", "retrieval", "evidence": [...]}]`, best first.
    static func json(_ results: [MatchRanking.Candidate]) -> String {
        let array: [[String: Any]] = results.map { r in
            let d = r.document
            return [
                "source": d.source, "id": d.originalID, "url": d.url as Any? ?? NSNull(),
                "date": d.published.map { StoreReport.iso($0) } as Any? ?? NSNull(),
                "confidence": round4(r.confidence), "retrieval": round4(r.retrieval),
                "title": d.title as Any? ?? NSNull(),
                "evidence": (r.evidence.isEmpty ? r.retrievalEvidence : r.evidence).map { e -> [String: Any] in
                    ["sentence": e.sentence, "unit": e.unit, "text": e.text, "original_sentences": e.originalSentences,
                     "original_text": e.originalText, "confidence": round4(e.confidence)]
                },
            ]
        }
        let data = (try? JSONSerialization.data(withJSONObject: array, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func round4(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
}

extension StoreReport {
    /// `2025-03-17` (UTC).
    static func day(_ date: Date) -> String { String(iso(date).prefix(10)) }

    /// `2025-03-17T12:34:56Z`.
    static func iso(_ date: Date) -> String {
        Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).format(date)
    }
}
