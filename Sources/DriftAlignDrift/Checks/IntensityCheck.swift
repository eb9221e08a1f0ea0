/// Intensity and emphasis: an intensifier dropped or added ("highly productive" → "productif"),
/// capitals or exclamation marks lost ("It must stop NOW!" → "Cela doit cesser maintenant.").
struct IntensityCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        let a = link.original, b = link.translation
        var out: [DriftFinding] = []
        let ia = IntensityLexicon.markers(a.tokens, language: a.language)
        let ib = IntensityLexicon.markers(b.tokens, language: b.language)
        if ia.count > ib.count {
            let t = a.tokens[ia[ib.count]]
            out.append(DriftFinding(
                type: .intensity, severity: .minor,
                reason: "\(link.theOriginal.capitalizedFirst)'s «\(t.text)» is not rendered: \(link.theTranslation) is weaker.",
                originalRange: t.range, translationRange: nil))
        } else if ib.count > ia.count {
            let t = b.tokens[ib[ia.count]]
            out.append(DriftFinding(
                type: .intensity, severity: .minor,
                reason: "\(link.theTranslation.capitalizedFirst) adds «\(t.text)»: it is stronger than \(link.theOriginal).",
                originalRange: nil, translationRange: t.range))
        }
        let ca = IntensityLexicon.emphaticCapitals(a.tokens), cb = IntensityLexicon.emphaticCapitals(b.tokens)
        if ca.count > cb.count {
            let t = a.tokens[ca[cb.count]]
            out.append(DriftFinding(
                type: .intensity, severity: .minor,
                reason: "\(link.theOriginal.capitalizedFirst) shouts «\(t.text)» in capitals; \(link.theTranslation) does not.",
                originalRange: t.range, translationRange: nil))
        }
        let xa = Self.exclamations(a.text), xb = Self.exclamations(b.text)
        if xa.count > xb.count {
            out.append(DriftFinding(
                type: .intensity, severity: .info,
                reason: "\(link.theOriginal.capitalizedFirst)'s exclamation mark is gone in \(link.theTranslation).",
                originalRange: xa[xb.count]..<(xa[xb.count] + 1), translationRange: nil))
        }
        return out
    }

    /// Scalar offsets of "!" (runs like "!!!" count once).
    static func exclamations(_ text: String) -> [Int] {
        var out: [Int] = []
        var prev: Unicode.Scalar = " "
        for (i, s) in text.unicodeScalars.enumerated() {
            if s == "!" && prev != "!" { out.append(i) }
            prev = s
        }
        return out
    }
}
