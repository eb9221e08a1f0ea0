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
