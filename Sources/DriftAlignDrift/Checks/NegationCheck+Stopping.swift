extension NegationCheck {
    /// Verbs of stopping, preventing and avoiding, which carry the polarity of what they govern
    /// ("stop the proliferation of strategic weapons"): English and French words, Russian and
    /// German stems. «mettre fin à», "put an end to", «положить конец» count at their noun
    /// (``isStopping(_:_:language:)``).
    static let stoppingEnglish: Set<String> = [
        "stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting", "cease", "ceases", "ceased", "ceasing",
        "prevent", "prevents", "prevented", "preventing", "avoid", "avoids", "avoided", "avoiding", "suspend", "suspends",
        "suspended", "suspending", "curb", "curbs", "curbed", "curbing",
        // Their nouns ("the Prevention of Corruption Act" for «О предотвращении коррупции»).
        "prevention", "cessation", "suspension", "avoidance", "stoppage",
    ]
    static let stoppingFrenchStems = ["arrêt", "cess", "stopp", "empêch", "évit", "suspend", "suspens", "enray", "frein", "préven", "prévien"]
    static let stoppingRussianStems = ["прекрат", "прекращ", "останов", "предотвра", "избе", "избеж", "пресе", "приостанов", "сдерж"]
    static let stoppingGermanStems = ["stopp", "beend", "verhinder", "vermeid", "einstell", "eingestellt", "aussetz", "ausgesetzt", "bremse"]

    /// Whether token `i` is a verb of stopping or the noun of «mettre fin», "put an end", «положить конец».
    static func isStopping(_ i: Int, _ tokens: [WordToken], language: String) -> Bool {
        let w = tokens[i].lower
        let before = tokens[max(0, i - 2)..<i].map(\.lower)
        // A ceasefire names a thing, not a stopping: «cessez-le-feu», «прекращение огня».
        if i + 1 < tokens.count, ["le", "огня"].contains(tokens[i + 1].lower) && (w == "cessez" || w.hasPrefix("прекращ")) { return false }
        switch language {
        case "en": return stoppingEnglish.contains(w) || (w == "end" && before.contains { ["put", "puts", "putting"].contains($0) })
        case "fr":
            if w == "fin", before.contains(where: { $0.hasPrefix("mett") || $0.hasPrefix("mis") || $0 == "met" }) { return true }
            return stoppingFrenchStems.contains { w.hasPrefix($0) }
        case "ru": return stoppingRussianStems.contains { w.hasPrefix($0) } || (w == "конец" && before.contains { $0.hasPrefix("полож") })
        case "de": return stoppingGermanStems.contains { w.hasPrefix($0) }
        default: return false
        }
    }

    /// A verb of stopping in the original and, in the translation, neither such a verb nor any
    /// negation, negative word or negative prefix ("stop the proliferation" / «accélérer la
    /// prolifération»): the translation may say the opposite. A check (minor): a translation may
    /// say it with a word no list has. Not the other way round: translators add «mettre fin»,
    /// «sans cesse», «empêcher» to render what the original says otherwise ("incessantly",
    /// «закончило», «удерживает»): on the faithful pairs of the alignment dev halves that
    /// direction raised 11 false checks in 1,033 pairs, this one 1.
    /// A negated stopping ("traveled thirty miles without once halting") says "on and on", which
    /// the translation may say without either («d'une traite»): not counted.
    /// `originalMarkers`: the original's negation markers; `translationMarkers`,
    /// `translationImplicatives`, `translationPrefixes`: the translation's negation markers, verbs
    /// of negative meaning and negatively prefixed words, counted already.
    static func stoppingFinding(_ link: LinkAnalysis, originalMarkers: [Int], translationMarkers: Int, translationImplicatives: Int,
                                translationPrefixes: Int) -> DriftFinding? {
        let a = link.original, b = link.translation
        guard translationMarkers == 0, translationImplicatives == 0, translationPrefixes == 0,
              let i = a.tokens.indices.first(where: { isStopping($0, a.tokens, language: a.language) && !isNegated($0, originalMarkers) }),
              !b.tokens.indices.contains(where: { isStopping($0, b.tokens, language: b.language) }) else { return nil }
        return DriftFinding(
            type: .negation, severity: .minor,
            reason: "\(link.theOriginal.capitalizedFirst) says «\(a.tokens[i].text)»; \(link.theTranslation) has no word of stopping or negation: check it does not say the opposite.",
            originalRange: a.tokens[i].range, translationRange: nil)
    }
}
