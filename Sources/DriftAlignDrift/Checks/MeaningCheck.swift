import Foundation

/// Meaning: the two sides, as wholes, are further apart than translations of their length
/// usually are (the calibrated probability of equivalence is low).
struct MeaningCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        guard let cos = link.similarity, link.equivalence < link.calibration.meaningThreshold else { return [] }
        let c = link.calibration
        let words = link.original.tokens.count + link.translation.tokens.count
        // The cosine at which a link of this length is as likely equivalent as not.
        // (full coverage, no unmatched word: what a faithful translation would show)
        let rest = c.intercept + c.lengthWeight * log(1 + Double(words)) + c.originalCoverageWeight + c.translationCoverageWeight
        let expected = c.cosineWeight > 0 ? -rest / c.cosineWeight : 0
        let severity: DriftFinding.Severity = link.equivalence < c.meaningThreshold / 2 ? .major : .minor
        let reason = "\(link.theTranslation.capitalizedFirst) does not say what \(link.theOriginal) says: the two are "
            + String(format: "%.2f similar, where translations of this length usually reach %.2f.", cos, min(1, expected))
        return [DriftFinding(type: .meaning, severity: severity, reason: reason,
                             originalRange: 0..<link.original.text.unicodeScalars.count,
                             translationRange: 0..<link.translation.text.unicodeScalars.count)]
    }
}
