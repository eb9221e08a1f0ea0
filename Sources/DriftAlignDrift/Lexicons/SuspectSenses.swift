/// Wrong senses that show in the French alone: the calques machine translation leaves when it
/// renders an ambiguous word of a readout with the wrong meaning, in a construction French does
/// not use with the right one. «abandonner les grèves sur les infrastructures énergétiques»
/// (seed 002: labour strikes are not made "on" infrastructure; the readout's «удары» are
/// military strikes, «frappes»), «a déjà donné à l'armée russe l'équipe appropriée» (seed 002: one
/// gives an army an order, «дал … команду», not a team).
///
/// ``SenseErrors`` catches the same errors with the original beside the French; these patterns
/// need none, so the report also reads French whose original is not available. Each pattern is
/// narrow (the wrong word inside the construction that betrays it), and they fire on none of the
/// 69 «grève(s)» and «équipe(s)» of the French of the benchmarks' dev halves (tested).
public enum SuspectSenses {
    /// A word of the text read in a sense its construction rules out.
    public struct Suspect: Sendable, Equatable {
        /// Scalar range of the suspect word in the text given.
        public var range: Range<Int>
        /// The word as written.
        public var written: String
        /// What was most likely meant, for the message: "military strikes (frappes)".
        public var meaning: String
    }

    struct Pattern: Sendable {
        /// Lower-cased forms of the suspect word.
        var words: Set<String>
        /// Whether the words around the suspect one (lower-cased, in text order; `at` is its
        /// index) make the construction.
        var construction: @Sendable (_ words: [String], _ at: Int) -> Bool
        var meaning: String
    }

    /// Targets of a military strike after «sur» / «contre»: «grèves sur les infrastructures».
    static let strikeTargets: Set<String> = ["infrastructure", "infrastructures", "installations", "installation", "cibles", "cible",
                                             "sites", "site", "centrales", "centrale", "positions", "villes", "ville", "territoire"]
    /// What follows a strike in the calque of "air strikes", "drone strikes", "missile strikes".
    static let strikeKinds: Set<String> = ["aérienne", "aériennes", "aériens", "aérien", "missiles", "missile", "drones", "drone",
                                           "militaire", "militaires", "ciblée", "ciblées", "préventive", "préventives"]
    /// Forms of «donner» that take an order: «a donné à l'armée l'équipe».
    static let giveForms: Set<String> = ["donné", "donne", "donner", "donnera", "donnerait", "donnent", "donnait", "donnant", "donnez"]
    /// Who receives an order: «l'armée», «aux militaires», «aux troupes», «à l'état-major» (its
    /// "major": the tokenizer splits at the hyphen).
    static let commanded: Set<String> = ["armée", "armées", "militaires", "troupes", "forces", "soldats", "commandants", "généraux", "major"]
    static let articles: Set<String> = ["les", "la", "le", "l", "l'", "des", "de", "d", "d'", "du", "ses", "leurs", "nos", "ces", "toutes", "tous"]

    static let patterns: [Pattern] = [
        // «grèves sur les infrastructures énergétiques», «grèves contre des cibles».
        Pattern(words: ["grève", "grèves"], construction: { w, i in
            guard i + 1 < w.count, w[i + 1] == "sur" || w[i + 1] == "contre" || w[i + 1] == "visant" else { return false }
            var k = i + 2
            while k < w.count, k < i + 5, articles.contains(w[k]) { k += 1 }
            return k < w.count && strikeTargets.contains(w[k])
        }, meaning: "military strikes (frappes), not labour strikes"),
        // «grèves aériennes», «grèves de drones».
        Pattern(words: ["grève", "grèves"], construction: { w, i in
            guard i + 1 < w.count else { return false }
            if strikeKinds.contains(w[i + 1]) { return true }
            return i + 2 < w.count && w[i + 1] == "de" && ["missiles", "drones"].contains(w[i + 2])
        }, meaning: "military strikes (frappes), not labour strikes"),
        // «a donné à l'armée russe l'équipe», «donner l'équipe aux militaires»: an order.
        Pattern(words: ["équipe", "équipes"], construction: { w, i in
            let before = w[max(0, i - 7)..<i], after = w[(i + 1)..<min(w.count, i + 5)]
            guard before.contains(where: giveForms.contains) else { return false }
            return before.contains(where: commanded.contains) || after.contains(where: commanded.contains)
        }, meaning: "an order (ordre), not a team"),
    ]

    /// The suspect words of `text`, in text order.
    public static func find(in text: String) -> [Suspect] {
        let tokens = WordTokenizer.tokenize(text)
        let words = tokens.map(\.lower)
        var out: [Suspect] = []
        for (i, t) in tokens.enumerated() {
            guard let p = patterns.first(where: { $0.words.contains(t.lower) && $0.construction(words, i) }) else { continue }
            out.append(Suspect(range: t.range, written: t.text, meaning: p.meaning))
        }
        return out
    }
}
