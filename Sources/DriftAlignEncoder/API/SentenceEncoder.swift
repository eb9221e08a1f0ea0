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
    /// a cosine.
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

    /// Cosine of two vectors returned by an encoder (they are unit length, so this is a dot product
    /// divided by the norms only to be safe with vectors from elsewhere).
    public static func cosine(_ a: [Float], _ b: [Float]) -> Float {
        precondition(a.count == b.count, "vectors of different dimension")
        var dot: Float = 0, na: Float = 0, nb: Float = 0
        for i in 0..<a.count {
            dot += a[i] * b[i]
            na += a[i] * a[i]
            nb += b[i] * b[i]
        }
        let den = (na * nb).squareRoot()
        return den > 0 ? dot / den : 0
    }
}
