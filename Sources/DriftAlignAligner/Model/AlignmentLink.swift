/// One link of an alignment: original sentences ↔ translation sentences, with a score.
///
/// Indices are 0-based sentence indices of each side; an empty side is a 0-1 (translation with no
/// source) or 1-0 (original left untranslated) link, or an n-0 / 0-n link for a passage of
/// complete sentences left out or added whole (``MonotonicAligner/groupingSkippedPassages(_:_:_:)``).
/// ``score`` is in [0, 1]: the cosine of the two sides' embeddings, clipped; 0 for a link with an
/// empty side. Produced by the aligners, read by the drift scorer and the writers.
public struct AlignmentLink: Sendable, Equatable, Hashable {
    public var original: [Int]
    public var translation: [Int]
    public var score: Double

    public init(original: [Int], translation: [Int], score: Double) {
        self.original = original
        self.translation = translation
        self.score = score
    }

    /// The link type, e.g. "1-2" (original count - translation count).
    public var type: String { "\(original.count)-\(translation.count)" }
}

/// A quotation or sentence of a French article matched to the original sentence(s) it
/// translates, with offsets on both sides (quote mining).
public struct QuoteMatch: Sendable, Equatable {
    /// What was matched on the French side: a whole sentence or a quoted span.
    public enum Unit: String, Sendable, Codable { case sentence, quote }

    public var unit: Unit
    /// Sentence index in the translation document.
    public var translationSentence: Int
    /// Scalar range of the matched French text in the translation document.
    public var translationRange: Range<Int>
    /// Index of the original document among the candidates, nil when no source was found.
    public var originalDocument: Int?
    /// Sentence indices in that original.
    public var originalSentences: [Int]
    /// Scalar range, in the original document, of the part that the French translates.
    public var originalRange: Range<Int>?
    /// Cosine of the French text with the matched original text.
    public var similarity: Double
    /// Margin score (Artetxe & Schwenk 2019): similarity relative to each side's nearest neighbours.
    public var margin: Double
    /// Calibrated probability that the French text translates the matched original.
    public var confidence: Double

    public var hasSource: Bool { originalDocument != nil }
}
