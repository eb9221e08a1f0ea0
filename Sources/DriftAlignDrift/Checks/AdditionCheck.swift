/// Addition: content words of the translation with no counterpart in the original (see
/// ``ContentAlignment``).
struct AdditionCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        guard link.alignsWords else { return [] }
        let t = link.calibration.wordThreshold
        return UnmatchedRuns.runs(link.translation, scores: link.alignment.translation, threshold: t,
                                   excluding: link.explained(onTranslation: true).union(link.quotedSpans.translation)).map { run in
            let (range, text) = UnmatchedRuns.span(run, link.translation)
            return DriftFinding(
                type: .addition, severity: UnmatchedRuns.severity(run),
                reason: "«\(text)» in \(link.theTranslation) has no counterpart in \(link.theOriginal).",
                originalRange: nil, translationRange: range)
        }
    }
}
