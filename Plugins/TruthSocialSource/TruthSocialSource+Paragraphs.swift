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
                    if let end = breakAfter(s, i..<j, start..<range.upperBound, quoteOpen: straightQuotes % 2 == 1) {
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
