import DriftAlignCore

/// A word of one side of a link, with its place in the string the scorer was given.
///
/// Every check reads tokens rather than raw text, so that all ranges they report are scalar
/// offsets into the caller's string.
struct WordToken: Sendable, Equatable {
    /// The word as written (NFC), apostrophes folded to U+0027.
    var text: String
    /// Lower-cased ``text``, with Russian ё written е (as most Russian text does).
    var lower: String
    /// Scalar range in the string passed to the scorer.
    var range: Range<Int>
    /// First letter upper-case ("Poutine", "UFC").
    var isCapitalized: Bool
    /// Two or more letters, all upper-case ("NATO", "NOW").
    var isAllCaps: Bool
    /// Only digits.
    var isNumeric: Bool
    /// First word of the text or of a sentence or quotation inside it, where capitals say nothing
    /// about names.
    var isSentenceInitial: Bool
    /// Written in Cyrillic.
    var isCyrillic: Bool
}

/// Splits text into ``WordToken``s: runs of letters, digits and combining marks; French elisions
/// (l', qu', jusqu') and English clitics ('s, n't) become tokens of their own; hyphens split.
enum WordTokenizer {
    private static let elisions: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]
    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{02BC}", "\u{2018}"]
    /// Marks after which the next word starts a sentence or a quotation.
    private static let openers: Set<Unicode.Scalar> = [".", "!", "?", ":", ";", "«", "“", "\"", "„", "(", "•", "—", "–", "…", "\n"]

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || (s.value >= 0x30 && s.value <= 0x39) || s.properties.generalCategory == .nonspacingMark
    }

    static func tokenize(_ text: String) -> [WordToken] {
        let s = Array(text.unicodeScalars)
        var out: [WordToken] = []
        var i = 0
        var initial = true
        while i < s.count {
            if !isWordScalar(s[i]) {
                // Tokenized text detaches clitics: "didn 't" (the "n" ends the word before),
                // "n' en", "l' équipe". Read them as the attached forms are read.
                if apostrophes.contains(s[i]) {
                    // A quotation mark standing alone ("' Anything you like , ' said the Footman"):
                    // a quotation opens, as after «"».
                    let spaceBefore = i == 0 || s[i - 1].properties.isWhitespace
                    if spaceBefore && (i + 1 == s.count || s[i + 1].properties.isWhitespace) { initial = true }
                    i = detachedClitic(s, at: i, &out)
                    continue
                }
                if openers.contains(s[i]) && !(s[i] == "." && i + 1 < s.count && isWordScalar(s[i + 1])) { initial = true }
                i += 1
                continue
            }
            var j = i
            while j < s.count {
                if isWordScalar(s[j]) { j += 1; continue }
                // An apostrophe inside a word: split French elisions and English clitics.
                if apostrophes.contains(s[j]), j + 1 < s.count, isWordScalar(s[j + 1]) {
                    let head = ScalarText.string(s, i..<j).lowercased()
                    // Treebank style "did n't": the clitic is a word of its own.
                    if head == "n", lowerTail(s, j + 1) == "t" { j += 2; break }
                    if elisions.contains(head) { j += 1; break }           // "l'" | "équipe"
                    if head.hasSuffix("n"), lowerTail(s, j + 1) == "t" {  // "did" | "n't"
                        append(&out, s, i..<(j - 1), &initial)
                        i = j - 1
                        j += 2
                        break
                    }
                    if lowerTail(s, j + 1) == "s" { break }               // "Bryant" | "'s"
                    j += 1
                    continue                                             // "aujourd'hui"
                }
                break
            }
            append(&out, s, i..<j, &initial)
            i = j
        }
        return out
    }

    /// At an apostrophe that is not inside a word: a French elision written apart from its word
    /// ("n' en", "l' équipe") takes the apostrophe, as "n'en" does; "'t" after a word ending in
    /// "n" ("didn 't", "can 't") becomes "did" | "n't", as "didn't" does. The token keeps the
    /// scalars it spans, the space included. Returns where to go on.
    private static func detachedClitic(_ s: [Unicode.Scalar], at k: Int, _ out: inout [WordToken]) -> Int {
        guard let last = out.last else { return k + 1 }
        let gap = last.range.upperBound..<k
        let glued = gap.isEmpty, spaced = !gap.isEmpty && gap.count <= 2 && s[gap].allSatisfy { $0 == " " }
        // "n' en": the elision, the apostrophe, then a space and a word.
        if glued, elisions.contains(last.lower), k + 2 < s.count, s[k + 1] == " ", isWordScalar(s[k + 2]) {
            var t = last
            t.text += "'"; t.lower += "'"; t.range = t.range.lowerBound..<(k + 1)
            out[out.count - 1] = t
            return k + 1
        }
        // "didn 't": the word before ends in "n", then "'t" alone.
        if spaced, last.lower.count >= 2, last.lower.hasSuffix("n"), k + 1 < s.count, s[k + 1] == "t" || s[k + 1] == "T",
           k + 2 == s.count || !isWordScalar(s[k + 2]) {
            let r = last.range
            var head = last
            head.text = String(last.text.dropLast()); head.lower = String(last.lower.dropLast())
            head.range = r.lowerBound..<(r.upperBound - 1)
            var clitic = last
            clitic.text = "n't"; clitic.lower = "n't"; clitic.range = (r.upperBound - 1)..<(k + 2)
            clitic.isCapitalized = false; clitic.isAllCaps = false; clitic.isSentenceInitial = false
            out[out.count - 1] = head
            out.append(clitic)
            return k + 2
        }
        return k + 1
    }

    /// The lower-cased word starting at `k`, if it is a short clitic.
    private static func lowerTail(_ s: [Unicode.Scalar], _ k: Int) -> String {
        var e = k
        while e < s.count, isWordScalar(s[e]) { e += 1 }
        return e - k <= 2 ? ScalarText.string(s, k..<e).lowercased() : ""
    }

    private static func append(_ out: inout [WordToken], _ s: [Unicode.Scalar], _ r: Range<Int>, _ initial: inout Bool) {
        guard !r.isEmpty else { return }
        var v = String.UnicodeScalarView()
        for c in s[r] { v.append(apostrophes.contains(c) ? "'" : c) }
        let text = UnicodeNormalization.normalize(String(v), .nfc)
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        let upper = letters.filter { $0.properties.isUppercase }.count
        let first = text.unicodeScalars.first!
        out.append(WordToken(
            text: text, lower: foldYo(text.lowercased()), range: r,
            isCapitalized: first.properties.isUppercase,
            isAllCaps: letters.count >= 2 && upper == letters.count,
            isNumeric: text.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 },
            isSentenceInitial: initial,
            isCyrillic: letters.contains { (0x0400...0x04FF).contains($0.value) }))
        initial = false
    }
}

/// "ё" → "е", "Ё" → "Е": Russian writes both for one letter; comparisons use е.
func foldYo(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: { $0 == "ё" || $0 == "Ё" }) else { return s }
    return String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "ё" ? "е" : $0 == "Ё" ? "Е" : $0 }))
}
