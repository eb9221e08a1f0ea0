import DriftAlignCore
import DriftAlignEncoder

/// One side of a monotonic alignment: its sentences, where paragraphs change, its language, and
/// the embeddings of every window of 1…k consecutive sentences.
public struct AlignmentSide: Sendable {
    public var sentences: [String]
    /// Paragraph index of each sentence (a link that crosses paragraphs is penalized).
    public var paragraphs: [Int]
    public var language: String
    /// `windows[k - 1]` row i = embedding of sentences i..<i+k (rows past the end repeat the
    /// shorter tail and are never used).
    public var windows: [VectorMatrix]
    var lengths: [Int]
    var anchors: AnchorFeatures

    public var count: Int { sentences.count }

    /// Embeds the sentences and their windows with `encoder`.
    public init(sentences: [String], paragraphs: [Int]? = nil, language: String, encoder: any SentenceEncoder,
                maxWindow: Int, strategy: AlignmentParameters.WindowEmbedding, concatenationLimit: Int = 6) throws {
        self.sentences = sentences
        self.paragraphs = paragraphs ?? Array(repeating: 0, count: sentences.count)
        self.language = language
        self.lengths = sentences.map { $0.unicodeScalars.count }
        self.anchors = AnchorFeatures(sentences: sentences, language: language)
        let dim = encoder.dimension
        let n = sentences.count
        let windowCount = maxWindow >= 2 && n > 0 ? maxWindow : 1
        if strategy == .pooled {
            guard let pooling = encoder as? any PoolingSentenceEncoder else {
                throw AlignerError.invalidParameters(
                    "window embedding 'pooled' needs an encoder that pools (usem3, lexical); \(encoder.name) does not: use 'concatenate' or 'average'")
            }
            // One encoder pass; every window is then combined from its sentences' pooled sums.
            let pooled = try pooling.pool(sentences)
            self.windows = try (1...windowCount).map { k in
                let spans = (0..<n).map { i in i..<min(n, i + k) }
                return VectorMatrix(rows: n, dimension: dim, data: try pooling.vectors(of: spans, in: pooled))
            }
            return
        }
        let singles = VectorMatrix(rows: n, dimension: dim, data: try encoder.encodeMatrix(sentences))
        var windows = [singles]
        if windowCount >= 2 {
            for k in 2...windowCount {
                switch k <= concatenationLimit ? strategy : .average {
                case .concatenate:
                    let texts = (0..<n).map { i in sentences[i..<min(n, i + k)].joined(separator: " ") }
                    windows.append(VectorMatrix(rows: texts.count, dimension: dim, data: try encoder.encodeMatrix(texts)))
                case .average, .pooled:
                    var data = [Float](repeating: 0, count: n * dim)
                    for i in 0..<n {
                        for r in i..<min(n, i + k) {
                            for d in 0..<dim { data[i * dim + d] += singles.data[r * dim + d] }
                        }
                    }
                    var m = VectorMatrix(rows: n, dimension: dim, data: data)
                    m.normalizeRows()
                    windows.append(m)
                }
            }
        }
        self.windows = windows
    }
}
