import DriftAlignCore
import Foundation

/// Slicing helpers shared by the report writers: every excerpt is cut from a document's text by
/// scalar offsets, so what a report shows is what the file holds.
enum ReportText {
    static func slice(_ d: Document, _ r: Range<Int>?) -> String {
        guard let r else { return "" }
        return ScalarText.string(scalars(of: d.text), r)
    }

    /// The scalars of `text`, kept for the last few texts sliced. Each slice copied the whole
    /// document into an array, and a report slices it for every link and finding: 2,000 / 4,000 /
    /// 8,000 French paragraphs took 3.1 / 9.1 / 31.2 s, 25,000 over a minute. A text is known by
    /// its storage (address and length of its UTF-8 bytes, which the cached copy of the string
    /// keeps alive), not by `==`, which holds canonically equivalent texts equal although their
    /// scalars differ.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        cache.scalars(of: text)
    }

    private static let cache = ScalarCache()

    private final class ScalarCache: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [(text: String, address: UnsafeRawPointer, count: Int, scalars: [Unicode.Scalar])] = []
        /// A report holds a translation and a few originals; more are dropped oldest first.
        private let capacity = 8

        func scalars(of text: String) -> [Unicode.Scalar] {
            // Strings without contiguous storage of their own (short ones, bridged ones) are not kept.
            guard let key = text.utf8.withContiguousStorageIfAvailable({ b in b.baseAddress.map { (UnsafeRawPointer($0), b.count) } }) ?? nil,
                  key.1 > 64 else { return Array(text.unicodeScalars) }
            lock.lock()
            defer { lock.unlock() }
            if let e = entries.first(where: { $0.address == key.0 && $0.count == key.1 }) { return e.scalars }
            let s = Array(text.unicodeScalars)
            entries.append((text, key.0, key.1, s))
            if entries.count > capacity { entries.removeFirst() }
            return s
        }
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
