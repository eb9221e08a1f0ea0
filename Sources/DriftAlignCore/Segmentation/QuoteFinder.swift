/// Finds quoted spans (« … », “ … ”, „ … “, " … ") in a paragraph.
///
/// Quotes may hold several sentences and may nest (« … “ … ” … »); every level is reported. A quote
/// left open at the paragraph's end is closed there and marked `closed: false`.
///
/// The search for a closing mark is bounded by the paragraph, not by a window of characters: a
/// paragraph is the unit French typography quotes in (a quotation that runs on reopens « at each
/// new paragraph), and a window would cut real quotations of a long paragraph in two. Work stays
/// linear all the same: one pass, at most ``maxDepth`` marks open, and every scalar lies in at
/// most ``maxDepth`` reported spans, so the spans' texts add up to at most ``maxDepth`` × the
/// paragraph (``QuoteSweep`` relies on the same bound to hand them to sentences).
public enum QuoteFinder {
    /// The deepest nesting we follow; deeper marks are ignored (bounds work on hostile input).
    static let maxDepth = 8

    /// `singleMarks`: also ' … ' and ‘ … ’ (``findSingle(in:range:)``), as headings and titles
    /// quote.
    public static func find(in scalars: [Unicode.Scalar], range: Range<Int>, singleMarks: Bool = false) -> [QuotedSpan] {
        struct Open { var style: QuotedSpan.Style; var start: Int }
        var stack: [Open] = []
        var spans: [QuotedSpan] = singleMarks ? findSingle(in: scalars, range: range) : []

        func close(_ open: Open, at end: Int, closed: Bool) {
            let inner = innerRange(scalars, open.start + 1, closed ? end - 1 : end)
            guard !inner.isEmpty else { return }
            spans.append(QuotedSpan(range: open.start..<end, inner: inner, style: open.style,
                                    text: ScalarText.string(scalars, inner), closed: closed))
        }

        var i = range.lowerBound
        while i < range.upperBound {
            let c = scalars[i]
            switch c {
            case "\u{00AB}": // «
                if stack.count < maxDepth { stack.append(Open(style: .guillemets, start: i)) }
            case "\u{00BB}": // »
                if let k = stack.lastIndex(where: { $0.style == .guillemets }) {
                    close(stack[k], at: i + 1, closed: true)
                    stack.removeSubrange(k...)
                }
            case "\u{201E}": // „ (Russian, German)
                if stack.count < maxDepth { stack.append(Open(style: .low9, start: i)) }
            case "\u{201C}": // “ opens curly, or closes „
                if let top = stack.last, top.style == .low9 {
                    close(top, at: i + 1, closed: true)
                    stack.removeLast()
                } else if stack.count < maxDepth {
                    stack.append(Open(style: .curly, start: i))
                }
            case "\u{201D}": // ”
                if let k = stack.lastIndex(where: { $0.style == .curly || $0.style == .low9 }) {
                    close(stack[k], at: i + 1, closed: true)
                    stack.removeSubrange(k...)
                }
            case "\"":
                if let top = stack.last, top.style == .straight, !opensStraight(scalars, i, range) || i == range.upperBound - 1 {
                    close(top, at: i + 1, closed: true)
                    stack.removeLast()
                } else if opensStraight(scalars, i, range), stack.count < maxDepth {
                    stack.append(Open(style: .straight, start: i))
                } else if let k = stack.lastIndex(where: { $0.style == .straight }) {
                    close(stack[k], at: i + 1, closed: true)
                    stack.removeSubrange(k...)
                }
            default:
                break
            }
            i += 1
        }
        for open in stack.reversed() { close(open, at: range.upperBound, closed: false) }
        return spans.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
    }

    /// Spans between single quotation marks, ' … ' or ‘ … ’, as headlines write quotations
    /// ("'Fin MAINTENANT'", «Trump : 'Poutine veut la paix'»). The Segmenter asks for them in
    /// headings and titles only: in running text an apostrophe closes English possessives
    /// ("the leaders' talks") too often. A mark opens after the start, a space or an opening
    /// bracket or dash or colon, before a letter or digit; the first mark after it that follows a
    /// non-space and comes before the end, a space or closing punctuation closes it. Elisions
    /// (l'Ukraine, Trump's) have letters on both sides and neither open nor close. One pass, no
    /// nesting: linear in the paragraph.
    static func findSingle(in scalars: [Unicode.Scalar], range: Range<Int>) -> [QuotedSpan] {
        let marks: Set<Unicode.Scalar> = ["'", "\u{2018}", "\u{2019}"]
        var spans: [QuotedSpan] = []
        var open: Int?
        var i = range.lowerBound
        while i < range.upperBound {
            defer { i += 1 }
            guard marks.contains(scalars[i]) else { continue }
            let before: Unicode.Scalar? = i > range.lowerBound ? scalars[i - 1] : nil
            let after: Unicode.Scalar? = i + 1 < range.upperBound ? scalars[i + 1] : nil
            if let start = open {
                let closes = before.map { !$0.properties.isWhitespace } == true
                    && (after.map { $0.properties.isWhitespace || ".,;:!?)]}…»\"".unicodeScalars.contains($0) } ?? true)
                guard closes, scalars[i] != "\u{2018}" else { continue }
                let inner = innerRange(scalars, start + 1, i)
                if !inner.isEmpty {
                    spans.append(QuotedSpan(range: start..<(i + 1), inner: inner, style: .single, text: ScalarText.string(scalars, inner)))
                }
                open = nil
            } else if scalars[i] != "\u{2019}",
                      before.map({ $0.properties.isWhitespace || "([{—–-:«\"“".unicodeScalars.contains($0) }) ?? true,
                      let a = after, a.properties.isAlphabetic || a.properties.numericType != nil {
                open = i
            }
        }
        return spans
    }

    /// A straight quote opens when it follows the start, a space or an opening bracket and is
    /// followed by a non-space.
    static func opensStraight(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        let before: Unicode.Scalar? = i > range.lowerBound ? s[i - 1] : nil
        let after: Unicode.Scalar? = i + 1 < range.upperBound ? s[i + 1] : nil
        let beforeOK = before.map { $0.properties.isWhitespace || "([{—–-:/".unicodeScalars.contains($0) } ?? true
        let afterOK = after.map { !$0.properties.isWhitespace } ?? false
        return beforeOK && afterOK
    }

    static func innerRange(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> Range<Int> {
        guard lo < hi else { return lo..<lo }
        return ScalarText.trimmed(s, lo..<hi)
    }
}
