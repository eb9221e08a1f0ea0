/// The infinitive a conjugated French verb of the first group (-er, nine French verbs in ten)
/// most likely has: «entameraient» → «entamer», «tirerons» → «tirer», «parlait» → «parler».
///
/// Word vectors of the sentence encoder know a verb's infinitive far better than its rarer
/// forms: "start" meets «entamer» (no finding) but not «entameraient» or «entameront» (both
/// "no counterpart"), so the content alignment also compares a French word's likely infinitive
/// (``ContentAlignment``). The guess is formal (a suffix swapped for "-er"): for a noun or a verb
/// of another group it yields a string that matches nothing better than the word itself, and the
/// alignment keeps the better of the two. Endings of the regular first conjugation (the
/// «aimer» model of any French conjugation table): the finite forms of the future and conditional, imperfect, passé
/// simple and present plural; not the singular present's "-e", "-es", nor the participles' "-é",
/// "-ée", "-ant", which most French nouns in those endings share («année», «enfant»). Measured on
/// the dev halves (docs/DRIFT.md): with the participles, TransRead faithful majors 176 → 169 but
/// REFreSD 0.9268 / 0.8794; finite forms only, 176 → 172 and 0.9274 / 0.8804.
enum FrenchVerbForms {
    /// Endings, longest first, each replaced by "er".
    static let endings = [
        "eraient", "erions", "eriez", "erais", "erait", "erons", "eront", "èrent", "aient", "erez", "erai", "eras",
        "ions", "iez", "ait", "ais", "ent", "ons", "era", "ez",
    ]

    /// The likely infinitive of `lower`, a lower-cased French word, or nil when no ending
    /// matches, too little is left (three letters at least), or the word is an adverb or noun
    /// in "-ment" or already an infinitive.
    static func infinitive(of lower: String) -> String? {
        guard !lower.hasSuffix("er"), !lower.hasSuffix("ment"), !lower.hasSuffix("ments") else { return nil }
        for e in endings where lower.hasSuffix(e) {
            let stem = lower.dropLast(e.count)
            guard stem.count >= 3 else { return nil }
            // «mangeons», «commençait»: the spelling kept the stem's sound; the infinitive has none of it.
            var s = String(stem)
            if s.hasSuffix("ge"), e.first == "a" || e.first == "o" { s.removeLast() }
            if s.hasSuffix("ç") { s = String(s.dropLast()) + "c" }
            return s + "er"
        }
        return nil
    }
}
