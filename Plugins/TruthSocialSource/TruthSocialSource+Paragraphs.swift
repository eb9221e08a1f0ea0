import DriftAlignSources

extension TruthSocialSource {
    /// Recovers the paragraphs of archive text, where they were joined with no separator.
    ///
    /// FORMATS.md §2: the archive's `content` is "HTML-stripped PLAIN text: paragraphs are
    /// concatenated with NO separator ("AMERICA!DONALD J. TRUMP")", so a paragraph ends where
    /// sentence-final punctuation (and its closing quote) is followed directly by a capital:
    /// "AMERICA!DONALD", "clearance.He", "ALL.”Statement", "response:Ashley". Not where that
    /// happens inside initials and abbreviations ("U.S.Tariffs", "D.C.", "Ph.D.", "Mr.Smith"),
    /// in an ellipsis (the posts write "in a year...Border numbers" inside a paragraph), or in a
    /// URL ("https://www.Site.com/Page"). Line breaks, where a record has them, also end one.
    enum ParagraphSplitter {
        static let terminal: Set<Unicode.Scalar> = [".", "!", "?"]
        static let closing: Set<Unicode.Scalar> = ["”", "’", "»", ")", "]"]
        static let opening: Set<Unicode.Scalar> = ["“", "‘", "«", "(", "["]
        /// Abbreviations that end in a period and precede a capitalised name.
        static let titles: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov",
                                          "Lt", "Col", "Sgt", "Capt", "Prof", "Rev", "Hon", "No", "vs", "Vol"]

        /// Trimmed, non-empty paragraph ranges of `s[range]`, in order.
        static func split(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
            var out: [Range<Int>] = []
            var start = range.lowerBound
            var straightQuotes = 0
            var i = start
            while i < range.upperBound {
                let c = s[i]
                if c == "\n" || c == "\r" || c == "\u{2029}" {
                    out.append(start..<i)
                    start = i + 1
                    straightQuotes = 0
                } else if c == "\"" {
                    straightQuotes += 1
                } else if terminal.contains(c) || c == ":" {
                    // A run of marks ("!!!", "?!") is judged once, so work stays linear.
                    var j = i + 1
                    if c != ":" { while j < range.upperBound, terminal.contains(s[j]) { j += 1 } }
                    if let item = listItemAfter(s, i..<j, start..<range.upperBound) {
                        out.append(start..<item.end)
                        start = item.next
                        straightQuotes = 0
                    } else if let end = breakAfter(s, i..<j, start..<range.upperBound, quoteOpen: straightQuotes % 2 == 1) {
                        out.append(start..<end)
                        start = end
                        straightQuotes = 0
                    }
                    i = max(j, start)
                    continue
                }
                i += 1
            }
            out.append(start..<range.upperBound)
            return out.map { ScalarText.trimmed(s, $0) }.filter { !$0.isEmpty }
        }

        /// Where the paragraph ends when the punctuation `marks` closes it, else nil.
        /// `paragraph` runs from the current paragraph's start to the end of the text.
        static func breakAfter(_ s: [Unicode.Scalar], _ marks: Range<Int>, _ paragraph: Range<Int>, quoteOpen: Bool) -> Int? {
            let end = paragraph.upperBound
            let i = marks.lowerBound, j = marks.upperBound
            // "..." is an ellipsis, which these posts use inside paragraphs ("in a year...Border").
            if s[marks].filter({ $0 == "." }).count >= 2 || (i > paragraph.lowerBound && s[i - 1] == "…") { return nil }
            var k = j
            var open = quoteOpen
            while k < end, closing.contains(s[k]) || (s[k] == "\"" && open) {
                if s[k] == "\"" { open = false }
                k += 1
            }
            // The next paragraph starts with a capital, possibly behind an opening quote.
            var n = k
            if n < end, opening.contains(s[n]) || s[n] == "\"" { n += 1 }
            guard n < end, s[n].properties.isUppercase else { return nil }
            let word = wordBefore(s, i, from: paragraph.lowerBound)
            if s[i] == ":" {
                // "Trump:Please" but not "10:30" or "https:".
                guard n == k, let last = word.last, last.properties.isAlphabetic else { return nil }
            } else if s[i] == "." && j == i + 1 {
                // Initials and abbreviations ("U.S.", "J.D.", "Ph.D.") and titles ("Mr.") run on.
                if word.count == 1 || (n + 1 < end && s[n + 1] == ".") || titles.contains(String(String.UnicodeScalarView(word))) { return nil }
            }
            if inURL(s, i, from: paragraph.lowerBound) { return nil }
            return k
        }

        /// A numbered item that starts after the punctuation `marks`: the archive glues a post's
        /// numbered paragraphs as it glues the others, behind a word and a full stop or colon,
        /// with or without a space ("by Skadden:1. Skadden will provide", "political
        /// spectrum.2. The Skadden Foundation", "“liberal.”4. Paul, Weiss", "environment.
        /// 2. Paul, Weiss": records 114241348699704594 and 114197044617921519 of the CC0 archive,
        /// 2025-03). Read as one paragraph, the item's number ended the sentence before it
        /// ("…spectrum.2.") or stood as a sentence of its own ("2."). Returns where the paragraph
        /// ends (after the marks and closing quotes) and where the item starts (its number):
        /// one or two digits, "." or ")", then a capital, behind a letter, outside a URL.
        static func listItemAfter(_ s: [Unicode.Scalar], _ marks: Range<Int>, _ paragraph: Range<Int>) -> (end: Int, next: Int)? {
            let end = paragraph.upperBound
            let i = marks.lowerBound
            guard i > paragraph.lowerBound, s[i - 1].properties.isAlphabetic else { return nil }
            var k = marks.upperBound
            while k < end, closing.contains(s[k]) || s[k] == "\"" { k += 1 }
            var n = k
            while n < end, s[n] == " " || s[n] == "\u{00A0}" { n += 1 }
            guard itemStart(s, n..<end) != nil, !inURL(s, i, from: paragraph.lowerBound) else { return nil }
            return (k, n)
        }

        /// Where the text of a numbered item that opens `range` starts: "1. Skadden", "2.The",
        /// "3) Paul" (one or two digits, "." or ")", spaces, a capital); nil when it opens with none.
        static func itemStart(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
            var d = range.lowerBound
            while d < range.upperBound, d - range.lowerBound < 2, s[d].isASCII, s[d].properties.numericType != nil { d += 1 }
            guard d > range.lowerBound, d < range.upperBound, s[d] == "." || s[d] == ")" else { return nil }
            var t = d + 1
            while t < range.upperBound, s[t] == " " || s[t] == "\u{00A0}" { t += 1 }
            guard t < range.upperBound, s[t].properties.isUppercase else { return nil }
            return t
        }

        /// The letters just before `i` (back to a non-letter).
        static func wordBefore(_ s: [Unicode.Scalar], _ i: Int, from lower: Int) -> ArraySlice<Unicode.Scalar> {
            var a = i
            while a > lower, i - a < 40, s[a - 1].properties.isAlphabetic { a -= 1 }
            return s[a..<i]
        }

        /// Whether `i` lies inside a URL token ("https://…", "www.…"). Looks back at most 500 scalars.
        static func inURL(_ s: [Unicode.Scalar], _ i: Int, from lower: Int) -> Bool {
            var a = i
            while a > lower, i - a < 500, !s[a - 1].properties.isWhitespace { a -= 1 }
            let token = ScalarText.string(s, a..<i)
            return token.contains("://") || token.hasPrefix("www.")
        }
    }
}
