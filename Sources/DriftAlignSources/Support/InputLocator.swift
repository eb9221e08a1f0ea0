/// Finds where extracted text lies in the raw input, scanning forward.
///
/// HTML parsers and JSON decoders do not report offsets; text is found again in the input so that
/// reports can point at it. Verbatim text gives an exact range; otherwise (entities, escapes,
/// collapsed white space) the range runs from the text's first word to its last word. Work is
/// bounded: each search looks at most `window` scalars ahead of the cursor.
public struct InputLocator {
    public let input: InputFile
    public private(set) var cursor: Int = 0
    public var window: Int

    public init(input: InputFile, startingAt cursor: Int = 0, window: Int = 200_000) {
        self.input = input
        self.cursor = cursor
        self.window = window
    }

    /// The input range of `text`, searching from the cursor; advances the cursor past it.
    public mutating func locate(_ text: String) -> Range<Int>? {
        let needle = Array(text.unicodeScalars)
        guard !needle.isEmpty else { return nil }
        if let r = find(needle, from: cursor) {
            cursor = r.upperBound
            return r
        }
        // Not verbatim: anchor on the first and last words.
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard let first = words.first, let last = words.last,
              let a = find(Array(first.unicodeScalars), from: cursor) else { return nil }
        let b = find(Array(last.unicodeScalars), from: a.upperBound - (words.count == 1 ? first.unicodeScalars.count : 0)) ?? a
        cursor = max(a.upperBound, b.upperBound)
        return a.lowerBound..<max(a.upperBound, b.upperBound)
    }

    public mutating func move(to offset: Int) { cursor = max(0, min(offset, input.scalars.count)) }

    func find(_ needle: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        let hay = input.scalars
        guard !needle.isEmpty, start >= 0 else { return nil }
        let end = min(hay.count - needle.count, start + window)
        guard start <= end else { return nil }
        let first = needle[0]
        var i = start
        while i <= end {
            if hay[i] == first {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i..<(i + needle.count) }
            }
            i += 1
        }
        return nil
    }
}
