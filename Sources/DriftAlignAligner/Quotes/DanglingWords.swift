/// Words a run of an original's words cannot end on: the run would stop before the word they
/// introduce or govern. "Security for our" (for «Nous demandons une sécurité sur notre argent»,
/// 0.66) and "an exceptional man, and HE" (for «un homme merveilleux et un enseignant», 0.80) were
/// the best runs of unrelated posts in `driftalign match` (scripts/bench-match.sh): a run cut
/// there says less than its words, so it meets a quotation it does not translate by chance. No
/// quotation of the seed gold (Corpora/gold/quotes) ends on one.
///
/// Closed classes only, per language: articles and possessive determiners, coordinating
/// conjunctions, subject-only pronouns, English modal verbs (they need the verb they modify: "and
/// HE WILL" was the next best run of the post above); in Russian every preposition (it never stands without
/// its noun), in English only "of" (others end phrases: "agreed to", "talked about"). A pronoun
/// that is also an object ("it", "you", "her"; «nous», «elle») is no dangling word.
enum DanglingWords {
    static let english: Set<String> = [
        "the", "a", "an", "our", "my", "your", "his", "their", "its", "every", "each",
        "and", "or", "but", "nor", "i", "we", "he", "she", "they", "of",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    ]
    static let russian: Set<String> = [
        "и", "а", "но", "или", "я", "мы", "он", "она", "они", "наш", "наша", "наше", "наши",
        "в", "во", "на", "с", "со", "к", "ко", "о", "об", "обо", "по", "за", "для", "от", "до", "из", "у", "при",
        "без", "под", "над", "про", "через", "между", "перед",
    ]
    static let french: Set<String> = [
        "le", "la", "les", "un", "une", "des", "du", "au", "aux", "notre", "nos", "votre", "vos", "leur", "leurs",
        "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "ce", "cet", "cette", "ces",
        "et", "ou", "mais", "je", "il", "ils", "de",
    ]
    static let german: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
        "unser", "unsere", "und", "oder", "aber", "ich", "wir", "er", "sie",
    ]

    static func words(for language: String) -> Set<String> {
        switch language.prefix(2) {
        case "en": return english
        case "ru": return russian
        case "fr": return french
        case "de": return german
        default: return []
        }
    }

    /// Whether the word at `range` of `scalars`, lower-cased and without the punctuation around
    /// it, is one of `words`. A word followed by punctuation ("and,") ends its phrase there and
    /// is not dangling.
    static func isDangling(_ scalars: [Unicode.Scalar], _ range: Range<Int>, in words: Set<String>) -> Bool {
        guard !words.isEmpty, let last = range.last else { return false }
        if !(scalars[last].properties.isAlphabetic || scalars[last].properties.numericType != nil) { return false }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range].drop { !$0.properties.isAlphabetic })
        return words.contains(String(view).lowercased())
    }
}
