/// A cheap language guess for when the user gave none: script first, then stop words.
///
/// Only to pick a default; `--lang` always wins. Distinguishes the languages DriftAlign's sources
/// use (fr, en, ru, de) by counting frequent function words (a classic idea, cf. Grefenstette 1995).
public enum LanguageGuess {
    static let stopWords: [String: Set<String>] = [
        "fr": ["le", "la", "les", "des", "est", "et", "une", "du", "que", "qui", "dans", "pour", "pas", "au", "sur", "avec", "il", "ont", "a", "été"],
        "en": ["the", "and", "of", "to", "is", "in", "that", "was", "for", "with", "we", "have", "it", "on", "are", "be", "will", "this"],
        "de": ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich", "auf", "für", "dem", "wir"],
    ]

    /// The first letter of a script other than Latin and Cyrillic when such letters outnumber
    /// the Latin and Cyrillic ones (a Chinese, Arabic or Greek text), else nil: no language
    /// DriftAlign reads is written that way, and ``guess(_:)`` would call the text English. Counts
    /// the first 20,000 scalars; three such letters at least.
    public static func foreignScriptLetter(_ text: String) -> Unicode.Scalar? {
        var known = 0, other = 0
        var first: Unicode.Scalar?
        for s in text.unicodeScalars.prefix(20_000) where s.properties.isAlphabetic {
            switch s.value {
            case 0..<0x0250, 0x0400...0x052F, 0x1E00...0x1EFF: known += 1
            case 0x0300...0x036F: continue  // combining accents («é» written as e + U+0301)
            default:
                other += 1
                if first == nil { first = s }
            }
        }
        return other > known && other >= 3 ? first : nil
    }

    public static func guess(_ text: String) -> String {
        var cyrillic = 0, latin = 0
        for s in text.unicodeScalars.prefix(20_000) {
            if (0x0400...0x04FF).contains(s.value) { cyrillic += 1 } else if s.properties.isAlphabetic && s.value < 0x0250 { latin += 1 }
        }
        if cyrillic > latin { return "ru" }
        var counts: [String: Int] = [:]
        for w in text.prefix(20_000).lowercased().split(whereSeparator: { !$0.isLetter }) {
            for (lang, words) in stopWords where words.contains(String(w)) { counts[lang, default: 0] += 1 }
        }
        return counts.max { $0.value < $1.value }?.key ?? "en"
    }
}

/// File-name helpers for document ids.
public enum LocationName {
    /// "Corpora/x/000_abc.txt" → "000_abc".
    public static func stem(_ location: String) -> String {
        let name = location.split(separator: "/").last.map(String.init) ?? location
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
