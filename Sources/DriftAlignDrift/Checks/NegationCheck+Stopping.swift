extension NegationCheck {
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
              let i = a.tokens.indices.first(where: { NegationLexicon.isStopping($0, a.tokens, language: a.language) && !isNegated($0, originalMarkers) }),
              !b.tokens.indices.contains(where: { NegationLexicon.isStopping($0, b.tokens, language: b.language) }) else { return nil }
        return DriftFinding(
            type: .negation, severity: .minor,
            reason: "\(link.theOriginal.capitalizedFirst) says «\(a.tokens[i].text)»; \(link.theTranslation) has no word of stopping or negation: check it does not say the opposite.",
            originalRange: a.tokens[i].range, translationRange: nil)
    }
}
