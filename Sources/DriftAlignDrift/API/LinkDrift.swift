/// The drift of one aligned link (original sentence(s) ↔ French sentence(s)): a score and the
/// findings that explain it.
///
/// Returned by ``DriftScorer/score(original:translation:originalLanguage:translationLanguage:context:)``;
/// the report writers sort links by ``score`` and list ``findings``.
public struct LinkDrift: Sendable, Equatable {
    /// 0 = the translation says what the original says; 1 = it says something else entirely.
    /// See ``DriftCalibration`` for the formula.
    public var score: Double
    /// What drifted, most severe first.
    public var findings: [DriftFinding]
    /// The encoder's cosine between the two sides, or nil when the scorer has no encoder.
    public var similarity: Double?
    /// The figures the score was computed from, for calibration and debugging.
    public var evidence: DriftEvidence

    public init(score: Double, findings: [DriftFinding], similarity: Double?, evidence: DriftEvidence) {
        self.score = score
        self.findings = findings
        self.similarity = similarity
        self.evidence = evidence
    }
}

/// The inputs of ``DriftCalibration``'s formula for one link: what `score-pairs --evidence` prints
/// and what `scripts/drift/fit_calibration.py` fits the coefficients on.
public struct DriftEvidence: Sendable, Equatable, Codable {
    /// Encoder cosine, or nil without encoder.
    public var cosine: Double?
    /// Words (tokens) of both sides together.
    public var words: Int
    /// Fraction of content words without a counterpart (0 when words cannot be aligned).
    public var unmatched: Double
    /// Probability of equivalence before findings.
    public var equivalence: Double
    /// Mean best-counterpart score of the original's content words (1 when it has none).
    public var originalCoverage: Double
    /// Mean best-counterpart score of the translation's content words.
    public var translationCoverage: Double
    /// Content words of the original and of the translation (what the coverages are means over);
    /// nil when words are not aligned (the coverages are then 1 and not shrunk).
    public var originalContentWords: Int?
    public var translationContentWords: Int?

    public init(cosine: Double?, words: Int, unmatched: Double, equivalence: Double, originalCoverage: Double = 1, translationCoverage: Double = 1,
                originalContentWords: Int? = nil, translationContentWords: Int? = nil) {
        self.cosine = cosine
        self.words = words
        self.unmatched = unmatched
        self.equivalence = equivalence
        self.originalCoverage = originalCoverage
        self.translationCoverage = translationCoverage
        self.originalContentWords = originalContentWords
        self.translationContentWords = translationContentWords
    }
}
