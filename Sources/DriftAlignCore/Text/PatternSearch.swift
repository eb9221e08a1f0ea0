/// Searches for one needle in any number of texts with the algorithm of Knuth, Morris & Pratt
/// ("Fast pattern matching in strings", SIAM J. Comput. 6(2), 1977): a scan makes at most two
/// comparisons per element (amortized), so a search costs the text plus the needle, not their
/// product, whatever the text repeats ("a a a … b"). Used where extracted text is found again in
/// its file (``InputLocator`` in DriftAlignSources: a 160,000-scalar paragraph took 15 s naively)
/// and where a page's blocks are compared with one another.
public struct PatternSearch<Element: Equatable> {
    @usableFromInline let needle: [Element]
    /// border[q]: the length of the longest proper prefix of needle[...q] that is also its suffix
    /// (Int32: a paragraph of a 10 MB feed is one needle).
    @usableFromInline let border: [Int32]

    /// Prepares the search for `needle` (at most `Int32.max` elements).
    @inlinable public init(_ needle: [Element]) {
        precondition(needle.count <= Int(Int32.max), "PatternSearch: needle too long")
        self.needle = needle
        var border = [Int32](repeating: 0, count: needle.count)
        var k = 0
        for q in needle.indices.dropFirst() {
            while k > 0 && needle[q] != needle[k] { k = Int(border[k - 1]) }
            if needle[q] == needle[k] { k += 1 }
            border[q] = Int32(k)
        }
        self.border = border
    }

    /// Where the first occurrence of the needle in `hay` that starts at or after `start` and ends
    /// by `end` starts; `start` itself for an empty needle; nil when there is none.
    @inlinable public func firstMatch(in hay: UnsafeBufferPointer<Element>, from start: Int, to end: Int) -> Int? {
        let m = needle.count
        let end = min(end, hay.count)
        guard m > 0 else { return start <= end ? start : nil }
        guard start >= 0, start + m <= end else { return nil }
        return needle.withUnsafeBufferPointer { needle in
            let first = needle[0]
            var matched = 0
            var i = start
            while i < end {
                if matched == 0 {
                    // Outside any partial match, skip ahead to the needle's first element.
                    while i < end && hay[i] != first { i += 1 }
                    guard i < end else { break }
                }
                while matched > 0 && hay[i] != needle[matched] { matched = Int(border[matched - 1]) }
                if hay[i] == needle[matched] { matched += 1 }
                if matched == m { return i + 1 - m }
                i += 1
            }
            return nil
        }
    }

    /// Whether the needle occurs anywhere in `hay`.
    @inlinable public func occurs(in hay: [Element]) -> Bool {
        hay.withUnsafeBufferPointer { firstMatch(in: $0, from: 0, to: $0.count) != nil }
    }
}
