import DriftAlignCore

/// Slicing helpers shared by the report writers: every excerpt is cut from a document's text by
/// scalar offsets, so what a report shows is what the file holds.
enum ReportText {
    static func slice(_ d: Document, _ r: Range<Int>?) -> String {
        guard let r else { return "" }
        return ScalarText.string(Array(d.text.unicodeScalars), r)
    }

    /// One line, at most `limit` characters, for tables.
    static func excerpt(_ s: String, limit: Int = 160) -> String {
        let flat = s.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
    static func score(_ x: Double?) -> String { x.map { String(Int((($0) * 100).rounded())) + "/100" } ?? "—" }

    /// Numbers as runs, as an editor reads them: [3, 5, 6, 7] → "3, 5–7".
    static func numberRanges(_ numbers: [Int]) -> String {
        var runs: [String] = [], sorted = Array(Set(numbers)).sorted()[...]
        while let first = sorted.popFirst() {
            var last = first
            while sorted.first == last + 1 { last = sorted.removeFirst() }
            runs.append(last == first ? "\(first)" : "\(first)–\(last)")
        }
        return runs.joined(separator: ", ")
    }
}
