/// Omission: content words of the original with no counterpart in the translation (see
/// ``ContentAlignment`` for what counts as a counterpart).
struct OmissionCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        guard link.alignsWords else { return [] }
        let t = link.calibration.wordThreshold
        return UnmatchedRuns.runs(link.original, scores: link.alignment.original, threshold: t,
                                   excluding: link.explained(onTranslation: false).union(link.quotedSpans.original)).map { run in
            let (range, text) = UnmatchedRuns.span(run, link.original)
            return DriftFinding(
                type: .omission, severity: UnmatchedRuns.severity(run),
                reason: "\(link.theOriginal.capitalizedFirst)'s «\(text)» has no counterpart in \(link.theTranslation).",
                originalRange: range, translationRange: nil)
        }
    }
}
