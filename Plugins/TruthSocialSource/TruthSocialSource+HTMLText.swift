import DriftAlignSources

extension TruthSocialSource.MappedText {
    /// The text this HTML shows: tags and comments removed, character references decoded, runs
    /// of white space collapsed to one space; every scalar keeps the input span it came from.
    ///
    /// An API status's `content` is HTML inside a JSON string (FORMATS.md §1), so a line such as
    /// "Just spoke with @JDVance & Marco Rubio." comes from
    /// `Just spoke with \u003cspan class=\"h-card\"\u003e…@\u003cspan\u003eJDVance…\u0026amp; Marco Rubio.`:
    /// looked for in the HTML itself, it is found only by its first and last words, and a mention,
    /// a hashtag ("#\u003cspan\u003eMAGA") or a link's hidden `https://www.` part as the last word
    /// made every sentence of the paragraph map to one span that ended inside a link's address.
    /// Found in this text instead, the line is verbatim, so each sentence maps to its own
    /// characters: from its first word's first source character to its last word's last, the
    /// markup and escapes between included.
    ///
    /// White space is collapsed as ``Swift/String/collapsingWhitespace()`` does for the lines
    /// libxml2 gives, so lines are found verbatim; references are decoded with the plugin API's
    /// ``HTMLEntities``, which covers what Mastodon's sanitizer writes (`&amp;`, `&lt;`, `&gt;`,
    /// `&quot;`, `&#39;`). A reference it does not know stays as written, and the line holding it
    /// is then found by its words, as before. One pass, linear in the HTML.
    func htmlText() -> Self {
        var out = Self()
        let s = scalars
        // The pending run of white space, as a range of this text.
        var space: Range<Int>?
        func push(_ scalar: Unicode.Scalar, _ from: Range<Int>) {
            if scalar.properties.isWhitespace && scalar != "\u{00A0}" && scalar != "\u{202F}" {
                space = (space?.lowerBound ?? from.lowerBound)..<from.upperBound
                return
            }
            if let run = space, out.count > 0, let origin = inputSpan(run) { out.append(" ", from: origin) }
            space = nil
            if let origin = inputSpan(from) { out.append(scalar, from: origin) }
        }
        var i = 0
        while i < s.count {
            if s[i] == "<", let end = Self.markupEnd(s, at: i) {
                i = end
            } else if s[i] == "&", let (end, decoded) = Self.reference(s, at: i) {
                for d in decoded { push(d, i..<end) }
                i = end
            } else {
                push(s[i], i..<(i + 1))
                i += 1
            }
        }
        return out
    }

    /// The offset just past the tag, comment or declaration that opens at `i`, or nil when the
    /// "<" is text ("a < b"): WHATWG HTML §13.2.5.6, a tag opens with a letter, "/", "!" or "?".
    /// A quoted attribute value may hold ">"; an unclosed one runs to the end.
    private static func markupEnd(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        guard i + 1 < s.count else { return nil }
        let next = s[i + 1]
        guard (next.isASCII && next.properties.isAlphabetic) || next == "/" || next == "!" || next == "?" else { return nil }
        if next == "!", i + 3 < s.count, s[i + 2] == "-", s[i + 3] == "-" {
            var k = i + 4
            while k + 2 < s.count, !(s[k] == "-" && s[k + 1] == "-" && s[k + 2] == ">") { k += 1 }
            return min(s.count, k + 3)
        }
        var k = i + 1
        var quote: Unicode.Scalar?
        var afterEquals = false
        while k < s.count {
            let c = s[k]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == ">" {
                return k + 1
            } else if afterEquals && (c == "\"" || c == "'") {
                quote = c
            }
            if quote == nil && !c.properties.isWhitespace { afterEquals = c == "=" }
            k += 1
        }
        return s.count
    }

    /// The character reference that opens at `i` ("&amp;", "&#39;"): its end and its characters.
    private static func reference(_ s: [Unicode.Scalar], at i: Int) -> (Int, [Unicode.Scalar])? {
        // The longest reference HTMLEntities decodes ("&#x10FFFF;") is 10 scalars.
        guard let semi = s[(i + 1)..<min(s.count, i + 12)].firstIndex(of: ";") else { return nil }
        let reference = ScalarText.string(s, i..<(semi + 1))
        let decoded = HTMLEntities.decode(reference)
        guard decoded != reference else { return nil }
        return (semi + 1, Array(decoded.unicodeScalars))
    }
}
