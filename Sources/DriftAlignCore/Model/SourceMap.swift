/// Maps offsets in a document's text back to offsets in the input file it was read from.
///
/// A document's text is either the input itself (plain text: one identity piece) or assembled from
/// pieces of it (HTML text nodes, JSON strings, repaired archive records). Each piece records where
/// it came from. An *exact* piece is a verbatim copy, so offsets map character for character; an
/// inexact one (entities decoded, mojibake repaired) maps to the whole input span it came from.
/// Reporters use this so every finding can point at the characters the user gave us.
public struct SourceMap: Sendable, Equatable {
    /// One stretch of document text and the input stretch it came from (Unicode scalar offsets).
    public struct Piece: Sendable, Equatable {
        public var document: Range<Int>
        public var input: Range<Int>
        public var exact: Bool
        public init(document: Range<Int>, input: Range<Int>, exact: Bool) {
            self.document = document
            self.input = input
            self.exact = exact
        }
    }

    public private(set) var pieces: [Piece] = []

    public init(pieces: [Piece] = []) { self.pieces = pieces }

    /// The identity map for a document whose text is the input itself.
    public static func identity(length: Int) -> SourceMap {
        SourceMap(pieces: [Piece(document: 0..<length, input: 0..<length, exact: true)])
    }

    public mutating func append(_ piece: Piece) { pieces.append(piece) }

    /// The input range that holds the document range `range`. Exact pieces map precisely; inexact
    /// pieces widen to their whole input span. Returns nil when no piece covers the range.
    public func inputRange(for range: Range<Int>) -> Range<Int>? {
        var lo: Int?
        var hi: Int?
        // Pieces are appended in document order; a binary search finds the first candidate.
        var first = 0, last = pieces.count
        while first < last {
            let mid = (first + last) / 2
            if pieces[mid].document.upperBound <= range.lowerBound { first = mid + 1 } else { last = mid }
        }
        var i = first
        while i < pieces.count, pieces[i].document.lowerBound < max(range.upperBound, range.lowerBound + 1) {
            let p = pieces[i]
            let a = max(range.lowerBound, p.document.lowerBound)
            let b = min(range.upperBound, p.document.upperBound)
            if a <= b {
                let s = p.exact ? p.input.lowerBound + (a - p.document.lowerBound) : p.input.lowerBound
                let e = p.exact ? p.input.lowerBound + (b - p.document.lowerBound) : p.input.upperBound
                lo = min(lo ?? s, s)
                hi = max(hi ?? e, e)
            }
            i += 1
        }
        guard let l = lo, let h = hi else { return nil }
        return l..<max(l, h)
    }
}
