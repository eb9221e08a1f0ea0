/// A light suffix-stripping stemmer for English, French and Russian: enough to meet dictionary
/// headwords and lexicon entries across inflection ("удары" → "удар", "frappes" → "frapp").
///
/// Deliberately light (inflection only, no derivation), after Savoy's light stemmers for French
/// and Russian ("Light stemming approaches for the French, Portuguese, German and Hungarian
/// languages", SAC 2006) and Porter's step 1 for English: a heavier stemmer conflates words the
/// omission check must keep apart.
enum LightStemmer {
    static func stem(_ lower: String, language: String) -> String {
        switch language {
        case "en": return dropFinalE(strip(lower, english, minimum: 3))
        case "fr":
            // The masculine's final "s" goes too once a feminine or plural ending is off, so
            // «suédois», «suédoise», «suédoises» meet ("suédoi"), as «anglais» / «anglaise».
            let once = strip(lower, french, minimum: 3)
            if once != lower, ["e", "es"].contains(where: { lower.hasSuffix($0) }), once.hasSuffix("s"), !once.hasSuffix("ss"), once.count > 4 {
                return String(once.dropLast())
            }
            return once
        case "ru":
            // Russian verbs and participles vary inside the stem (согласился / согласиться), so
            // stems are cut to five letters, the prefix length that works best for Russian
            // retrieval in Savoy's and in Kettunen et al.'s experiments (truncation stemming).
            return String(strip(foldYo(lower), russian, minimum: 3).prefix(5))
        default: return lower
        }
    }

    /// Endings of Russian full adjectives in their case forms («-ый», «-ого», «-ыми»…), for the checks
    /// that tell an adjective by its ending (``IntensityLexicon/isRussianSuch(_:_:)``,
    /// ``NameCheck/opensRussianName(_:_:)``).
    static let russianAdjectiveEndings = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им",
                                          "ую", "юю", "ых", "их", "ыми", "ими"]

    /// "strike" and "strikes" → "strik", like Porter's step 5.
    private static func dropFinalE(_ w: String) -> String {
        w.count > 4 && w.hasSuffix("e") ? String(w.dropLast()) : w
    }

    /// Removes the longest listed ending that leaves at least `minimum` characters.
    private static func strip(_ word: String, _ endings: [String], minimum: Int) -> String {
        let n = word.count
        for e in endings where word.hasSuffix(e) && n - e.count >= minimum {
            return String(word.dropLast(e.count))
        }
        return word
    }

    // Ordered longest first, so the first match is the longest.
    private static let english = ["ingly", "edly", "ings", "ies", "ied", "ing", "ers", "ed", "es", "er", "ly", "'s", "s"]
    private static let french = [
        "issements", "issement", "eraient", "assions", "aient", "erait", "ements", "ement", "ables", "ation",
        "ations", "ences", "ences", "iques", "ique", "euses", "euse", "ives", "ive", "ées", "ait", "ant", "ants",
        "ons", "ent", "ez", "er", "és", "ée", "es", "é", "e", "s", "x",
    ].sorted { $0.count > $1.count }
    private static let russian = [
        "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ией", "ией", "ать", "ять", "ить",
        "еть", "ует", "уют", "ает", "ают", "яет", "яют", "ила", "ило", "или", "ала", "ало", "али", "ыла", "ыли",
        "ной", "ный", "ная", "ное", "ные", "ных", "ном", "ным", "ах", "ях", "ов", "ев", "ей", "ой", "ом", "ем",
        "ам", "ям", "ий", "ый", "ая", "яя", "ое", "ее", "ие", "ые", "их", "ых", "ую", "юю", "ия", "ию", "ии",
        "ся", "сь", "ил", "ал", "ел", "ть", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
    ].sorted { $0.count > $1.count }
}
