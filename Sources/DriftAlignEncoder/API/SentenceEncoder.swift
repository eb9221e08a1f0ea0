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
