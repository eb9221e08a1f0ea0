/// A sentence encoder: maps sentences to fixed-size vectors whose cosine says how close in
/// meaning (or, for ``LexicalEncoder``, in surface form) two sentences are, across languages.
///
/// The aligner and the drift scorer hold an `any SentenceEncoder` built by ``EncoderFactory``;
/// plug in another model by conforming to this protocol and adding it to the factory.
///
/// Thread safety: conformers are `Sendable`; the built-in encoders serialize calls internally, so
/// one instance may be shared between tasks, but calls run one at a time (use several instances,
/// or the encoder's own `threads`, for parallelism).
public protocol SentenceEncoder: Sendable {
    /// Short identifier, e.g. `usem3` or `lexical`.
    var name: String { get }
    /// Length of every vector this encoder returns.
    var dimension: Int { get }
    /// One vector per sentence, in input order. Vectors are L2-normalized, so a dot product is
    /// a cosine (``LexicalEncoder`` gives the zero vector for text without letters or digits).
    func encode(_ sentences: [String]) throws -> [[Float]]
    /// The same vectors as one row-major `sentences.count × dimension` matrix (no per-row arrays).
    func encodeMatrix(_ sentences: [String]) throws -> [Float]
}

extension SentenceEncoder {
    public func encode(_ sentences: [String]) throws -> [[Float]] {
        let flat = try encodeMatrix(sentences)
        let d = dimension
        return (0..<sentences.count).map { Array(flat[($0 * d)..<(($0 + 1) * d)]) }
    }
}

/// An encoder whose vector is a fixed function of a sum over the sentence's parts (tokens,
/// n-grams). It can then embed a run of consecutive sentences as if they had been joined by a
/// space and encoded, from each sentence's sum, without encoding the joined text again: the
/// aligner's window embeddings cost one pass over the sentences instead of one per window size.
public protocol PoolingSentenceEncoder: SentenceEncoder {
    /// Each sentence's pooled state, in input order.
    func pool(_ sentences: [String]) throws -> PooledSentences
    /// One vector per span (a range of rows of `pooled`), row-major `spans.count × dimension`:
    /// the vector of the span's sentences joined, as far as the pooled sums determine it (for
    /// USE-m the convolution context across each junction is lost; for ``LexicalEncoder`` it is
    /// exact). A one-sentence span gives that sentence's ``SentenceEncoder/encodeMatrix(_:)`` row.
    func vectors(of spans: [Range<Int>], in pooled: PooledSentences) throws -> [Float]
}

/// Pooled states of sentences, produced and read by one ``PoolingSentenceEncoder``.
public struct PooledSentences: Sendable {
    /// Number of sentences.
    public let count: Int
    /// Floats per sentence in ``sums``.
    public let width: Int
    /// Row-major `count × width` sums.
    public internal(set) var sums: [Float]
    /// Per sentence, how many parts (tokens) its sum holds.
    public internal(set) var lengths: [Int]
    /// Encoder-specific per-sentence rows (USE-m: the first and last token's terms).
    public internal(set) var edges: [Float]
    /// The ``SentenceEncoder/name`` of the encoder that pooled them.
    public let encoder: String

    public init(count: Int, width: Int, sums: [Float], lengths: [Int], edges: [Float] = [], encoder: String) {
        self.count = count
        self.width = width
        self.sums = sums
        self.lengths = lengths
        self.edges = edges
        self.encoder = encoder
    }
}

extension PoolingSentenceEncoder {
    /// Refuses spans outside `pooled` or pooled by another encoder.
    public func checkSpans(_ spans: [Range<Int>], _ pooled: PooledSentences) throws {
        guard pooled.encoder == name else {
            throw EncoderError.invalidInput("pooled states come from the \(pooled.encoder) encoder, not \(name)")
        }
        for s in spans where s.isEmpty || s.lowerBound < 0 || s.upperBound > pooled.count {
            throw EncoderError.invalidInput("span \(s) is empty or outside the \(pooled.count) pooled sentences")
        }
    }
}
