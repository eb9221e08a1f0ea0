/// Modality and hedging: a hedge or conditional is added ("aurait appelé" for "called") or
/// dropped ("reportedly", "якобы" lost, an allegation stated as fact).
struct ModalityCheck: DriftCheck {
    /// Hedges that turn a fact into an allegation: adding or dropping one is major.
    static let evidential: Set<String> = [
        "aurait", "auraient", "serait", "seraient", "prétendument", "présumé", "présumée", "reportedly", "allegedly",
        "supposedly", "purportedly", "alleged", "якобы", "предположительно", "будто",
    ]

    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        let a = link.original, b = link.translation
        let ha = ModalityLexicon.markers(a.tokens, language: a.language)
        let hb = ModalityLexicon.markers(b.tokens, language: b.language)
        if hb.count > ha.count {
            // Report the hedge with the strongest effect among the extra ones.
            let extra = hb.first { Self.evidential.contains(b.tokens[$0].lower) } ?? hb[ha.count]
            let t = b.tokens[extra]
            return [DriftFinding(
                type: .modality, severity: Self.evidential.contains(t.lower) ? .major : .minor,
                reason: "\(link.theTranslation.capitalizedFirst) hedges («\(t.text)») where \(link.theOriginal) states it without reserve.",
                originalRange: nil, translationRange: t.range)]
        }
        if ha.count > hb.count {
            let lost = ha.first { Self.evidential.contains(a.tokens[$0].lower) } ?? ha[hb.count]
            let t = a.tokens[lost]
            return [DriftFinding(
                type: .modality, severity: Self.evidential.contains(t.lower) ? .major : .minor,
                reason: "\(link.theOriginal.capitalizedFirst) hedges («\(t.text)»); \(link.theTranslation) states it as fact.",
                originalRange: t.range, translationRange: nil)]
        }
        return []
    }
}
