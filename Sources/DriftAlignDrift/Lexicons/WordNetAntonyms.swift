/// English antonyms from WordNet 3.0 (its direct antonym pairs, ``data``), for the negation check's
/// open-vocabulary polarity test: the hand-made ``NegationLexicon/antonyms`` cover frequent news
/// words in three languages; these cover the rest of English ("obey"/"defy" is not there,
/// "indoor"/"outdoor", "guilty"/"innocent", "begin"/"end" are).
///
/// Words are reduced to WordNet lemmas the way WordNet's own morphy does (Princeton's morph.c:
/// irregular forms from the exception lists, then detachment rules per part of speech), so
/// "ended", "ends" and "ending" find "end".
enum WordNetAntonyms {
    /// WordNet pairs that are no opposites across languages: verbs of motion toward or away from
    /// the speaker, which each language chooses by its own viewpoint (Fillmore, "Lectures on
    /// Deixis", 1971/1997): "prevented me from coming" renders «помешал мне прийти», which word
    /// vectors put nearer "go". WordNet's only such pair ("bring" and "take" are none there).
    static let viewpointPairs: [Set<String>] = [["come", "go"]]

    /// Antonym lemmas by lemma, both directions (less ``viewpointPairs``).
    private static let byLemma: [String: [String]] = {
        var out: [String: [String]] = [:]
        for line in data.split(separator: "\n") {
            let f = line.split(separator: "\t")
            guard f.count == 2, !viewpointPairs.contains([String(f[0]), String(f[1])]) else { continue }
            out[String(f[0]), default: []].append(String(f[1]))
            out[String(f[1]), default: []].append(String(f[0]))
        }
        return out
    }()

    private static let lemmaOfForm: [String: String] = {
        var out: [String: String] = [:]
        for line in irregularForms.split(separator: "\n") {
            let f = line.split(separator: "\t")
            if f.count == 2 { out[String(f[0])] = String(f[1]) }
        }
        return out
    }()

    /// morph.c's detachment rules (suffix → replacement) of nouns, verbs and adjectives together.
    private static let detachments: [(String, String)] = [
        ("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
        ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("est", "e"), ("est", ""),
        ("er", "e"), ("er", ""), ("s", ""),
    ]

    /// The WordNet lemmas that a lower-cased English word may be a form of and that have antonyms.
    static func lemmas(of word: String) -> [String] {
        var out: [String] = []
        func consider(_ w: String) { if byLemma[w] != nil, !out.contains(w) { out.append(w) } }
        consider(word)
        if let l = lemmaOfForm[word] { consider(l) }
        for (suffix, replacement) in detachments where word.count > suffix.count + 2 && word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count))
            consider(stem + replacement)
            // "stopped" → "stopp" → "stop": a doubled final consonant before -ed/-ing/-er/-est.
            if replacement.isEmpty, let last = stem.last, stem.dropLast().last == last, !"aeiouls".contains(last) {
                consider(String(stem.dropLast()))
            }
        }
        return out
    }

    /// WordNet antonyms of a lower-cased English word (of every lemma it may be a form of), at most
    /// `limit`, in WordNet's order.
    static func antonyms(of word: String, limit: Int = 6) -> [String] {
        var out: [String] = []
        for l in lemmas(of: word) {
            for a in byLemma[l] ?? [] where !out.contains(a) && a != word {
                out.append(a)
                if out.count == limit { return out }
            }
        }
        return out
    }
}
