/// Roman numerals as books, laws and ordinals write them: "XXII" in "CHAPITRE XXII", "II" in
/// "World War II", "XVI" in "Louis XVI". Only the canonical subtractive form in capitals is read
/// ("IV", not "IIII"; "XC", not "LXXXX"), so that words such as "CIA", "MIX" or "DC" meeting the
/// letters by chance stay words.
public enum RomanNumerals {
    /// The value of `word` if it is a canonical Roman numeral from 1 to 399 in capitals, else nil.
    public static func value(_ word: some StringProtocol) -> Int? {
        guard (1...11).contains(word.count), word.allSatisfy({ "IVXLC".contains($0) }) else { return nil }
        // (The longest, CCCLXXXVIII = 388, has 11 letters.) Hundreds, tens, units, each in its
        // canonical spelling, in that order.
        let places: [[String]] = [
            ["", "C", "CC", "CCC"],
            ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"],
            ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"],
        ]
        let weights = [100, 10, 1]
        var rest = Substring(word)
        var total = 0
        for (place, spellings) in places.enumerated() {
            // The longest spelling that starts the rest ("III" before "II" before "I").
            var best = 0
            for (digit, spelling) in spellings.enumerated() where !spelling.isEmpty && rest.hasPrefix(spelling) {
                if spelling.count > spellings[best].count { best = digit }
            }
            total += best * weights[place]
            rest = rest.dropFirst(spellings[best].count)
        }
        return rest.isEmpty && total > 0 ? total : nil
    }

    /// Words after which a Roman numeral numbers a part of a text ("CHAPITRE XXII", "Book IV",
    /// "Глава V", "Kapitel III"), lower-cased, in the languages the plugins read.
    public static let partWords: Set<String> = [
        "chapter", "book", "part", "volume", "act", "scene", "section", "article", "canto", "letter",
        "chapitre", "livre", "partie", "tome", "acte", "scène", "lettre", "chant",
        "kapitel", "buch", "teil", "band", "akt", "szene", "abschnitt", "brief",
        "глава", "книга", "часть", "том", "раздел", "статья", "действие", "письмо",
    ]

    /// The numbers of the parts a sentence names ("CHAPITRE XXII ." → [22]): a Roman numeral right
    /// after one of ``partWords``. Arabic numbers are ``NumberExtractor``'s.
    public static func partNumbers(in sentence: String) -> [Int] {
        let words = sentence.split(whereSeparator: { !$0.isLetter })
        var out: [Int] = []
        for k in words.indices.dropFirst() where partWords.contains(words[k - 1].lowercased()) {
            if let v = value(words[k]) { out.append(v) }
        }
        return out
    }
}
