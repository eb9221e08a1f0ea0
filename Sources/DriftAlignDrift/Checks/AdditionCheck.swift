/// Addition: content words of the translation with no counterpart in the original (see
/// ``ContentAlignment``).
struct AdditionCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        guard link.alignsWords else { return [] }
        let (omitted, added) = link.unmatchedRuns
        return added.map { run in
            let (range, text) = UnmatchedRuns.span(run, link.translation)
            let instead = UnmatchedRuns.rewording(of: run, link.translation, otherRuns: omitted, link.original, link: link)
            return DriftFinding(
                type: .addition, severity: UnmatchedRuns.severity(run, reworded: instead != nil),
                reason: "«\(text)» in \(link.theTranslation) has no counterpart in \(link.theOriginal)"
                    + UnmatchedRuns.rewordingNote(run, instead: instead, link.original),
                originalRange: nil, translationRange: range)
        }
    }
}
