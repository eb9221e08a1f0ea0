/// Omission: content words of the original with no counterpart in the translation (see
/// ``ContentAlignment`` for what counts as a counterpart).
struct OmissionCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        guard link.alignsWords else { return [] }
        let (omitted, added) = link.unmatchedRuns
        return omitted.map { run in
            let (range, text) = UnmatchedRuns.span(run, link.original)
            let instead = UnmatchedRuns.rewording(of: run, link.original, otherRuns: added, link.translation, link: link)
            return DriftFinding(
                type: .omission, severity: UnmatchedRuns.severity(run, reworded: instead != nil),
                reason: "\(link.theOriginal.capitalizedFirst)'s «\(text)» has no counterpart in \(link.theTranslation)"
                    + UnmatchedRuns.rewordingNote(run, instead: instead, link.translation),
                originalRange: range, translationRange: nil)
        }
    }
}
