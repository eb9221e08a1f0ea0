import DriftAlignCore

/// Maps a paragraph's text, character by character, onto the markup it was read from.
///
/// ``InputLocator`` places a paragraph that is not verbatim in the file (an entity, inline markup,
/// white space HTML collapsed) between its first and last words, and one inexact piece for the
/// whole paragraph gave each of its sentences the whole paragraph's stretch: a finding in the
/// third sentence of a 900-character paragraph pointed at all 900. Here the text and that stretch
/// are walked together the way HTML writes text (WHATWG HTML §13.1, "Writing HTML documents"):
/// - a character is written as itself or as a character reference ("&eacute;", "&#8217;");
/// - tags, comments and the content of `script` and `style` elements stand for no text;
/// - in a feed whose description holds escaped HTML, "&lt;p&gt;" is a tag and "&amp;nbsp;" a
///   reference;
/// - a run of white space in the text stands for a run of white space, tags and references to
///   white space in the file ("a&nbsp;<br>\n b" read as "a b"), and white space the reader
///   dropped is passed over.
/// Verbatim runs become exact pieces; each reference and each white-space run is an inexact piece
/// of its own few characters. Where the walk meets anything else (text the reader dropped or
/// rewrote: a footnote mark left out, NFD input shown as NFC, a feed's escaped markup), the rest
/// of the paragraph is one inexact piece from there to the end of the stretch: never wider than
/// before, and exact wherever the file shows the text. Time and memory are linear in the text
/// plus the stretch.
enum MarkupTextMap {
    /// Pieces mapping `text` (which starts at `docStart` in the document) onto `hay[stretch]`,
    /// covering the whole text in order; nil when the stretch ends before the text could (it is
    /// then too short to say more than it already says).
    static func pieces(of text: [Unicode.Scalar], at docStart: Int, in hay: [Unicode.Scalar],
                       _ stretch: Range<Int>) -> [SourceMap.Piece]? {
        let end = min(stretch.upperBound, hay.count)
        var out: [SourceMap.Piece] = []
        var markup = Markup(hay, end: end)
        var i = 0, j = max(0, stretch.lowerBound)
        // The exact run being extended: where it began in the text and in the file.
        var run: (text: Int, input: Int)?
        func flush() {
            if let r = run, r.text < i {
                out.append(SourceMap.Piece(document: (docStart + r.text)..<(docStart + i), input: r.input..<(r.input + i - r.text),
                                           exact: true))
            }
            run = nil
        }
        func inexact(_ t: Range<Int>, _ r: Range<Int>) {
            flush()
            out.append(SourceMap.Piece(document: (docStart + t.lowerBound)..<(docStart + t.upperBound), input: r, exact: false))
        }
        while i < text.count {
            let c = text[i]
            if c.properties.isWhitespace {
                var i2 = i + 1
                while i2 < text.count, text[i2].properties.isWhitespace { i2 += 1 }
                var j2 = j
                while j2 < end {
                    if hay[j2].properties.isWhitespace {
                        j2 += 1
                    } else if let m = markup.end(at: j2) ?? markup.escapedEnd(at: j2) {
                        j2 = m
                    } else if let (value, e) = escapedReference(hay, at: j2, before: end) ?? reference(hay, at: j2, before: end),
                              value.allSatisfy({ $0.properties.isWhitespace }) {
                        j2 = e
                    } else {
                        break
                    }
                }
                inexact(i..<i2, j..<j2)
                i = i2
                j = j2
                continue
            }
            guard j < end else { break }
            if let m = markup.end(at: j) {
                j = m
            } else if hay[j] == c {
                if let r = run, r.input + (i - r.text) == j {} else {
                    flush()
                    run = (i, j)
                }
                i += 1
                j += 1
            } else if let (value, e) = reference(hay, at: j, before: end), !value.isEmpty, text[i...].starts(with: value) {
                inexact(i..<(i + value.count), j..<e)
                i += value.count
                j = e
            } else if let (value, e) = escapedReference(hay, at: j, before: end), !value.isEmpty, text[i...].starts(with: value) {
                inexact(i..<(i + value.count), j..<e)
                i += value.count
                j = e
            } else if let m = markup.escapedEnd(at: j) {
                j = m
            } else if hay[j].properties.isWhitespace {
                j += 1
            } else {
                break
            }
        }
        if i < text.count {
            // Markup and references only lengthen text in the file: a rest of the stretch shorter
            // than the rest of the text means the stretch itself ends too soon.
            guard end - j >= text.count - i else { return nil }
            inexact(i..<text.count, j..<end)
        }
        flush()
        return out
    }

    /// Finds where markup ends in a stretch of the file. A search for a closer (">", "-->",
    /// "</script", "&gt;") that fails from one place fails from every later one, the stretch's end
    /// being fixed: each failure is remembered, so that a stretch of many unclosed "<a" or "&lt;b"
    /// is scanned once, not once for each.
    struct Markup {
        let hay: [Unicode.Scalar]
        let end: Int
        /// For each closer, the first place a search for it failed from (nothing from there on).
        private var missing: [String: Int] = [:]

        init(_ hay: [Unicode.Scalar], end: Int) {
            self.hay = hay
            self.end = min(end, hay.count)
        }

        /// Where the tag, comment or declaration starting at `hay[j]` ends (just past its ">";
        /// for a `script` or `style` start tag, past its end tag), or nil when `hay[j]` starts none
        /// ("a < b" is text) or it does not end before `end`. A tag ends at the first ">" outside
        /// its quoted attribute values (`<a title="a > b">`, as HTML's tokenizer reads it); when a
        /// value's quote is never closed, at its first ">".
        mutating func end(at j: Int) -> Int? {
            guard hay[j] == "<", j + 1 < end else { return nil }
            let next = hay[j + 1]
            guard next == "/" || next == "!" || next == "?" || (next.isASCII && next.properties.isAlphabetic) else { return nil }
            if next == "!", j + 3 < end, hay[j + 2] == "-", hay[j + 3] == "-" {
                return find("-->", from: j + 4).map { $0 + 3 }
            }
            guard let first = find(">", from: j + 1) else { return nil }
            let close = (next == "!" || next == "?" ? nil : pastQuotedValues(from: j + 1, firstClose: first)) ?? first + 1
            // Raw-text elements: their content is not text of the page.
            for name in ["script", "style"] where startTag(at: j, is: name) {
                guard let endTag = find("</" + name, from: close, caseInsensitive: true) else { return nil }
                return find(">", from: endTag).map { $0 + 1 }
            }
            return close
        }

        /// Just past the ">" that ends a tag whose first ">" is at `firstClose`, skipping quoted
        /// attribute values (a quote opens a value right after "=", spaces allowed between); nil
        /// when a value's quote is not closed before `end`. Each scalar of the tag is read once.
        private mutating func pastQuotedValues(from start: Int, firstClose: Int) -> Int? {
            var k = start, close = firstClose
            var afterEquals = false
            while k < close {
                let c = hay[k]
                if afterEquals, c == "\"" || c == "'" {
                    guard let q = find(String(c), from: k + 1) else { return nil }
                    k = q + 1
                    afterEquals = false
                    if k >= close {
                        guard let next = find(">", from: k) else { return nil }
                        close = next
                    }
                    continue
                }
                if c == "=" { afterEquals = true } else if !c.properties.isWhitespace { afterEquals = false }
                k += 1
            }
            return close + 1
        }

        /// Where markup written as text ends: an RSS description holds its HTML escaped
        /// ("&lt;p&gt;", "&lt;a href=&quot;…&quot;&gt;"), which the feed reader parses as markup
        /// once the XML is read. "&lt;" must be followed by a letter, "/" or "!", and the tag ends
        /// at the first "&gt;".
        mutating func escapedEnd(at j: Int) -> Int? {
            guard j + 4 < end, hay[j] == "&", hay[j + 1] == "l", hay[j + 2] == "t", hay[j + 3] == ";" else { return nil }
            let next = hay[j + 4]
            guard next == "/" || next == "!" || (next.isASCII && next.properties.isAlphabetic) else { return nil }
            return find("&gt;", from: j + 5).map { $0 + 4 }
        }

        /// The first place at or after `from` where `closer` starts and ends before `end`.
        private mutating func find(_ closer: String, from: Int, caseInsensitive: Bool = false) -> Int? {
            if let m = missing[closer], from >= m { return nil }
            let c = Array(closer.unicodeScalars)
            var k = from
            while k + c.count <= end {
                if hay[k] == c[0], (1..<c.count).allSatisfy({ caseInsensitive ? lower(hay[k + $0]) == c[$0] : hay[k + $0] == c[$0] }) {
                    return k
                }
                k += 1
            }
            missing[closer] = min(missing[closer] ?? from, from)
            return nil
        }

        /// Whether the tag at `hay[j]` is a start tag named `name` (ASCII, case-insensitive).
        private func startTag(at j: Int, is name: String) -> Bool {
            let n = Array(name.unicodeScalars)
            guard j + 1 + n.count < end else { return false }
            for (k, s) in n.enumerated() where lower(hay[j + 1 + k]) != s { return false }
            let after = hay[j + 1 + n.count]
            return after == ">" || after == "/" || after.properties.isWhitespace
        }

        private func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
            ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32)! : s
        }
    }

    /// A character reference written as text in escaped markup ("&amp;nbsp;", "&amp;laquo;" in
    /// an RSS description): what it stands for once both levels are read, and where it ends.
    static func escapedReference(_ hay: [Unicode.Scalar], at j: Int, before end: Int) -> ([Unicode.Scalar], Int)? {
        guard let (amp, e) = reference(hay, at: j, before: end), amp == ["&"] else { return nil }
        return named(hay, from: e, before: end)
    }

    /// The character reference at `hay[j]` ("&name;", "&#NNN;", "&#xHH;", as ``HTMLEntities``
    /// reads them): what it stands for and where it ends. Also ``InputLocator``'s reading of a
    /// word written with references.
    static func reference(_ hay: [Unicode.Scalar], at j: Int, before end: Int) -> ([Unicode.Scalar], Int)? {
        guard j < end, hay[j] == "&" else { return nil }
        return named(hay, from: j + 1, before: end)
    }

    /// The value of the reference whose name starts at `from` (just after its "&") and ends at a
    /// ";" at most 11 scalars on, and where it ends (past the ";").
    private static func named(_ hay: [Unicode.Scalar], from: Int, before end: Int) -> ([Unicode.Scalar], Int)? {
        let limit = min(end, from + 12)
        var k = from
        while k < limit, hay[k] != ";" { k += 1 }
        guard k < limit, k > from, let value = HTMLEntities.value(of: Substring(ScalarText.string(hay, from..<k))) else { return nil }
        return (Array(value.unicodeScalars), k + 1)
    }
}
