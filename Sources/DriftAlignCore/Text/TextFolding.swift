/// Folding for comparison only: never applied to displayed text.
///
/// French and English press use several quotation marks and apostrophes for the same thing
/// (’ ' ʼ, « » “ ” " „); the encoder, the aligner and the drift scorer compare the folded form.
public enum TextFolding {
    /// Apostrophe variants folded to U+0027.
    static let apostrophes: Set<Unicode.Scalar> = ["\u{2019}", "\u{2018}", "\u{02BC}", "\u{2032}", "\u{00B4}", "\u{0060}"]
    /// Double-quote variants folded to U+0022.
    static let doubleQuotes: Set<Unicode.Scalar> = ["\u{00AB}", "\u{00BB}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{2039}", "\u{203A}"]
    /// Space variants (no-break, narrow no-break, thin) folded to U+0020.
    static let spaces: Set<Unicode.Scalar> = ["\u{00A0}", "\u{202F}", "\u{2009}", "\u{2007}", "\u{200A}", "\u{2002}", "\u{2003}"]
    /// Dash variants folded to U+002D.
    static let dashes: Set<Unicode.Scalar> = ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]

    /// NFC, then quotes, apostrophes, spaces and dashes folded to their ASCII forms, and shouted
    /// runs of ALL-CAPS words lower-cased (emphasis is not meaning; encoders trained on mixed-case
    /// text read "THOUSANDS OF UKRAINIAN TROOPS" poorly). Isolated acronyms (NATO, CIA) stay.
    public static func comparisonForm(_ text: String) -> String {
        foldShouting(foldMarks(text))
    }

    static func foldMarks(_ text: String) -> String {
        let nfc = UnicodeNormalization.normalize(text, .nfc)
        var out = String.UnicodeScalarView()
        for s in nfc.unicodeScalars {
            // ASCII other than the grave accent is kept as it is (no set lookups: most scalars).
            if s.value < 0x80 && s.value != 0x60 { out.append(s); continue }
            if apostrophes.contains(s) { out.append("'") }
            else if doubleQuotes.contains(s) { out.append("\"") }
            else if spaces.contains(s) { out.append(" ") }
            else if dashes.contains(s) { out.append("-") }
            else { out.append(s) }
        }
        return String(out)
    }

    /// Lower-cases runs of three or more consecutive ALL-CAPS words (of two or more letters).
    static func foldShouting(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        func shouted(_ w: Substring) -> Bool { capitalLetters(w) >= 2 }
        var fold = [Bool](repeating: false, count: words.count)
        var i = 0
        while i < words.count {
            guard shouted(words[i]) else { i += 1; continue }
            var j = i
            while j < words.count, shouted(words[j]) || (words[j].allSatisfy { !$0.isLetter } && !words[j].isEmpty) {
                j += 1
                // A run stops at the end of its sentence.
                if let last = words[j - 1].last, ".!?".contains(last) { break }
            }
            if words[i..<j].filter(shouted).count >= 3 { for k in i..<j { fold[k] = true } }
            i = max(j, i + 1)
        }
        guard fold.contains(true) else { return text }
        return zip(words, fold).map { $1 ? $0.lowercased() : String($0) }.joined(separator: " ")
    }

    /// Lower-cases every word of two or more letters written in capitals only ("NOW", "OTAN"),
    /// whatever its neighbours; other words are kept as they are.
    public static func lowercasingCapitalWords(_ text: String) -> String {
        var changed = false
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map { w -> Substring in
            guard capitalLetters(w) >= 2 else { return w }
            changed = true
            return w.lowercased()[...]
        }
        return changed ? words.joined(separator: " ") : text
    }

    /// Whether a word of five or more letters is written in capitals only ("MAINTENANT",
    /// "VULNERABLE"): emphasis, where most acronyms ("NATO", "OTAN", "США") are shorter.
    public static func hasLongCapitalWord(_ text: String) -> Bool {
        text.split(separator: " ").contains { capitalLetters($0) >= 5 }
    }

    /// The text without the initials that stand before a surname: "В.В.Путин и Д.Трамп" → "Путин и
    /// Трамп", "Donald J. Trump" → "Donald Trump", "Дм. Травин" → "Травин". Kremlin readouts write
    /// every name so and French translations spell the first names out («Vladimir Poutine»);
    /// USE-m reads the initials as extra tokens and gave a faithful French sentence 0.56 against
    /// «В.В.Путин и Д.Трамп договорились…», 0.65 against the same Russian without them (0.71
    /// with the first names written out). An initial is one capital letter, or in Cyrillic a
    /// capital and one lower-case letter («Дм.», «Вл.»), with its period, at the start of a word
    /// and followed (after at most one space, at most three initials) by a capitalized word of
    /// two letters or more. Latin pairs ("Mr.", "St.", "Dr.") are titles and places, not initials,
    /// and are kept; so are initials after a surname ("Путин В.В.").
    public static func droppingInitials(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        let chains = initialChains(s)
        guard !chains.isEmpty else { return text }
        var out = String.UnicodeScalarView()
        var i = 0
        for c in chains {
            out.append(contentsOf: s[i..<c.lowerBound])
            i = c.upperBound
        }
        out.append(contentsOf: s[i...])
        return String(out)
    }

    /// How many names the text writes with initials (``droppingInitials(_:)``), counting Latin
    /// pairs too ("Dm. Glukhovsky" for «Дм. Глуховский», and "Mr." with them).
    public static func initialCount(_ text: String) -> Int {
        initialChains(Array(text.unicodeScalars), latinPairs: true).count
    }

    /// The scalar ranges of the initials (periods and the space after them included) before
    /// surnames, in text order (``droppingInitials(_:)`` says what counts).
    public static func initialChains(_ s: [Unicode.Scalar], latinPairs: Bool = false) -> [Range<Int>] {
        func upper(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase && c.properties.isAlphabetic }
        func lower(_ c: Unicode.Scalar) -> Bool { c.properties.isLowercase && c.properties.isAlphabetic }
        func cyrillic(_ c: Unicode.Scalar) -> Bool { (0x400...0x4FF).contains(c.value) }
        /// The end of an initial starting at `i` (after its period and one optional space), or nil.
        func initial(at i: Int, first: Bool) -> Int? {
            guard i < s.count, upper(s[i]) else { return nil }
            if i > 0, s[i - 1].properties.isAlphabetic || s[i - 1].properties.numericType != nil || (first && s[i - 1] == ".") { return nil }
            var k = i + 1
            if k < s.count, lower(s[k]), cyrillic(s[i]) == cyrillic(s[k]), latinPairs || cyrillic(s[i]) { k += 1 }
            guard k < s.count, s[k] == "." else { return nil }
            k += 1
            if k < s.count, s[k] == " " { k += 1 }
            return k
        }
        var chains: [Range<Int>] = []
        var i = 0
        while i < s.count {
            if let first = initial(at: i, first: true) {
                var end = first, count = 1
                while count < 3, let next = initial(at: end, first: false) { end = next; count += 1 }
                // Only before a capitalized word: "Д.Трамп", not "plan B." at a sentence's end.
                if end + 1 < s.count, upper(s[end]), lower(s[end + 1]) {
                    chains.append(i..<end)
                    i = end
                    continue
                }
            }
            i += 1
        }
        return chains
    }

    /// The letters of a word written in capitals only, or 0 when any letter is not upper-case.
    /// Read scalar by scalar (the text is in NFC): it stops at the first lower-case letter
    /// instead of building each word's letters.
    static func capitalLetters(_ w: Substring) -> Int {
        var letters = 0
        for s in w.unicodeScalars where s.properties.isAlphabetic {
            guard s.properties.isUppercase else { return 0 }
            letters += 1
        }
        return letters
    }
}
