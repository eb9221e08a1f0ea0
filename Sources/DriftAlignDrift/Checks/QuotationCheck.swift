/// Quotation: the French presents the span as a quotation (``DriftContext/isQuotation``), so it
/// must translate the original closely; a loose similarity or any omitted or added content word
/// makes it "a paraphrase presented as a quote". Major when the quotation as a whole is not a
/// close translation (probability of equivalence under 0.5 and cosine under what translations of
/// its length reach), or when a phrase (two or more neighbouring content words: «durable et
/// juste») is added or left out; minor when it is close and only single words lack a counterpart,
/// which is as often a word the dictionary and the word vectors miss («entameraient» for
/// "start") as a change.
struct QuotationCheck: DriftCheck {
    /// Probability of equivalence a quotation must reach.
    static let minimumEquivalence = 0.5

    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        guard link.context.isQuotation else { return [] }
        let t = link.calibration.wordThreshold
        // A word left untranslated is reported on its own (``UntranslatedCheck``), not again here.
        let omittedRuns = !link.alignsWords ? [] : UnmatchedRuns.runs(link.original, scores: link.alignment.original, threshold: t,
                                                                       excluding: link.explained(onTranslation: false))
        let addedRuns = !link.alignsWords ? [] : UnmatchedRuns.runs(link.translation, scores: link.alignment.translation, threshold: t,
                                                                    excluding: link.explained(onTranslation: true))
        let omitted = omittedRuns.flatMap { $0 }, added = addedRuns.flatMap { $0 }
        // Not close as a whole: a low probability of equivalence with a cosine below what
        // translations of this length reach. With the cosine above it, the probability is low
        // because of words without a counterpart, which the findings below name one by one
        // ("so successfully" → «avec un grand succès»: 0.73 against 0.63, «grand» unmatched).
        let words = link.original.tokens.count + link.translation.tokens.count
        let loose = link.similarity.map { $0 < link.calibration.evenCosine(words: words) } == true
            && link.equivalence < Self.minimumEquivalence
        let phrase = (omittedRuns + addedRuns).contains { $0.count >= 2 }
        guard loose || !omitted.isEmpty || !added.isEmpty else { return [] }
        var detail: [String] = []
        if loose { detail.append("it is not a close translation") }
        if !omitted.isEmpty { detail.append("it leaves out " + Self.list(omittedRuns, in: link.original)) }
        if !added.isEmpty { detail.append("it adds " + Self.list(addedRuns, in: link.translation)) }
        return [DriftFinding(
            type: .quotation, severity: loose || phrase ? .major : .minor,
            reason: "A paraphrase presented as a quote: \(detail.joined(separator: ", and ")).",
            originalRange: 0..<link.original.text.unicodeScalars.count,
            translationRange: 0..<link.translation.text.unicodeScalars.count)]
    }

    /// Each run of neighbouring words quoted on its own: «points» and «tirerons», not «points
    /// tirerons», which reads as a phrase the text never wrote. At most four runs are quoted, then
    /// how many more there are.
    static func list(_ runs: [[Int]], in side: LinkSide) -> String {
        let quoted = runs.prefix(4).map { run in "«" + UnmatchedRuns.span(run, side).1 + "»" }
        if runs.count > 4 { return quoted.joined(separator: ", ") + " and \(runs.count - 4) more" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " and " + quoted.last!
    }
}
