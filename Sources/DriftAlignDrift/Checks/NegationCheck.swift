/// Negation and polarity: one side negates where the other does not (ne…pas, not, не), or says
/// the opposite with an antonym ("current" → "former", "accepté" → "rejeté").
struct NegationCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        let a = link.original, b = link.translation
        var out: [DriftFinding] = []
        let na = NegationLexicon.markers(a.tokens, language: a.language).filter { !Self.isNotOnly($0, a.tokens) }
        let nb = NegationLexicon.markers(b.tokens, language: b.language).filter { !Self.isNotOnly($0, b.tokens) }
        // A negative prefix counts as a negation when its base is what the other side says, so
        // "impossible" against "pas possible" balances, and "inaccurately" against "correctement" does not.
        let pa = Self.prefixFlips(a, scores: link.alignment.original, other: b, link)
        let pb = Self.prefixFlips(b, scores: link.alignment.translation, other: a, link)
        // A negation said with a negation-bearing verb on the other side ("No more lives should be
        // lost" → "éviter d'autres pertes") is not a reversal: it is reported as info only.
        let ia = NegationLexicon.implicatives(a.tokens, language: a.language).count
        let ib = NegationLexicon.implicatives(b.tokens, language: b.language).count
        let balanceA = na.count + pa.count, balanceB = nb.count + pb.count
        if balanceB > balanceA && pb.isEmpty && ia - ib >= balanceB - balanceA {
            let extra = b.tokens[nb[balanceA]]
            out.append(DriftFinding(
                type: .negation, severity: .info,
                reason: "\(link.theTranslation.capitalizedFirst) negates («\(extra.text)») where \(link.theOriginal) says it with a verb of negative meaning.",
                originalRange: nil, translationRange: extra.range))
        } else if balanceA > balanceB && pa.isEmpty && ib - ia >= balanceA - balanceB {
            let lost = a.tokens[na[balanceB]]
            out.append(DriftFinding(
                type: .negation, severity: .info,
                reason: "\(link.theOriginal.capitalizedFirst) negates («\(lost.text)»); \(link.theTranslation) says it with a verb of negative meaning.",
                originalRange: lost.range, translationRange: nil))
        } else if nb.count + pb.count > na.count + pa.count {
            if let i = pb.first {
                out.append(DriftFinding(
                    type: .negation, severity: .major,
                    reason: "\(link.theTranslation.capitalizedFirst) says «\(b.tokens[i].text)», the opposite of what \(link.theOriginal) says.",
                    originalRange: nil, translationRange: b.tokens[i].range))
            } else {
                let extra = b.tokens[nb[na.count + pa.count]]
                out.append(DriftFinding(
                    type: .negation, severity: .major,
                    reason: "\(link.theTranslation.capitalizedFirst) negates («\(extra.text)») where \(link.theOriginal) does not: the meaning may be reversed.",
                    originalRange: nil, translationRange: extra.range))
            }
        } else if na.count + pa.count > nb.count + pb.count {
            if let i = pa.first {
                out.append(DriftFinding(
                    type: .negation, severity: .major,
                    reason: "\(link.theOriginal.capitalizedFirst) says «\(a.tokens[i].text)»; \(link.theTranslation) says the opposite.",
                    originalRange: a.tokens[i].range, translationRange: nil))
            } else {
                let lost = a.tokens[na[nb.count + pb.count]]
                out.append(DriftFinding(
                    type: .negation, severity: .major,
                    reason: "\(link.theOriginal.capitalizedFirst) negates («\(lost.text)»); \(link.theTranslation) does not: the meaning may be reversed.",
                    originalRange: lost.range, translationRange: nil))
            }
        }
        let ha = AntonymIndex.shared.hits(a.tokens), hb = AntonymIndex.shared.hits(b.tokens)
        for p in Set(ha.keys).intersection(hb.keys).sorted() {
            let (aA, aB) = ha[p]!, (bA, bB) = hb[p]!
            var flip: (Int, Int)? = nil
            if let x = aA.first, aB.isEmpty, let y = bB.first, bA.isEmpty { flip = (x, y) }
            if let x = aB.first, aA.isEmpty, let y = bA.first, bB.isEmpty { flip = (x, y) }
            guard let (x, y) = flip else { continue }
            out.append(DriftFinding(
                type: .negation, severity: .major,
                reason: "\(link.theOriginal.capitalizedFirst) says «\(a.tokens[x].text)»; \(link.theTranslation) says the opposite, «\(b.tokens[y].text)».",
                originalRange: a.tokens[x].range, translationRange: b.tokens[y].range))
        }
        // Open-vocabulary antonyms (WordNet, English sides), when the negations balance: with one
        // side negating more, a negation finding stands already, or "not lose" renders "gagner".
        if balanceA == balanceB { out += Self.antonymFindings(link, reported: out) }
        return out
    }

    /// "not only", "non seulement", "не только": emphasis, not negation.
    static func isNotOnly(_ i: Int, _ tokens: [WordToken]) -> Bool {
        guard i + 1 < tokens.count else { return false }
        return ["only", "seulement", "только", "doute"].contains(tokens[i + 1].lower)
    }
}
