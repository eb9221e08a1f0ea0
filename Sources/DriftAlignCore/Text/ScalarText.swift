/// Helpers for text addressed by Unicode scalar offsets, the unit of every offset DriftAlign writes.
public enum ScalarText {
    /// The string made of `scalars[range]`, clamped.
    public static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, scalars.count))
        let hi = max(lo, min(range.upperBound, scalars.count))
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[lo..<hi])
        return String(v)
    }

    /// `range` with white space trimmed from both ends.
    public static func trimmed(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, scalars[lo].properties.isWhitespace { lo += 1 }
        while hi > lo, scalars[hi - 1].properties.isWhitespace { hi -= 1 }
        return lo..<hi
    }

    /// UTF-16 offsets → scalar offsets for `scalars`, as a lookup table of size utf16Count + 1.
    public static func utf16ToScalarTable(_ scalars: ArraySlice<Unicode.Scalar>) -> [Int] {
        var table: [Int] = []
        table.reserveCapacity(scalars.count + 1)
        for (i, s) in scalars.enumerated() {
            table.append(i)
            if s.value > 0xFFFF { table.append(i) }
        }
        table.append(scalars.count)
        return table
    }

    /// The scalars between two ranges of a text of `count` scalars (what separates two words),
    /// clamped to the text and empty when the ranges touch or overlap, so untrusted offsets never
    /// make an invalid range.
    public static func gap(after a: Range<Int>, before b: Range<Int>, count: Int) -> Range<Int> {
        let lower = min(max(0, a.upperBound), count)
        return lower..<max(lower, min(b.lowerBound, count))
    }
}

/// The lines of a text file, whether it ends its lines with LF or CRLF.
///
/// Swift's `split(separator: "\n")` leaves CRLF lines whole: "\r\n" is one `Character`, which is
/// not "\n". A file saved on Windows would then be one long line to every line-based reader
/// (pairs TSV, links files, `--pairs` lists).
public enum TextLines {
    /// The lines, without their terminators; a final terminator adds no empty line.
    public static func split(_ text: String) -> [Substring] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if text.last == "\n" || text.last == "\r\n" { lines.removeLast() }
        return lines
    }
}
