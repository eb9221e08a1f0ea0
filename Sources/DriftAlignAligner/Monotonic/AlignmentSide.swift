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
        let singles = VectorMatrix(rows: sentences.count, dimension: dim, data: try encoder.encodeMatrix(sentences))
        var windows = [singles]
        if maxWindow >= 2 && sentences.count > 0 {
            for k in 2...maxWindow {
                switch k <= concatenationLimit ? strategy : .average {
                case .concatenate:
                    let texts = (0..<sentences.count).map { i in sentences[i..<min(sentences.count, i + k)].joined(separator: " ") }
                    windows.append(VectorMatrix(rows: texts.count, dimension: dim, data: try encoder.encodeMatrix(texts)))
                case .average:
                    var data = [Float](repeating: 0, count: sentences.count * dim)
                    for i in 0..<sentences.count {
                        for r in i..<min(sentences.count, i + k) {
                            for d in 0..<dim { data[i * dim + d] += singles.data[r * dim + d] }
                        }
                    }
                    var m = VectorMatrix(rows: sentences.count, dimension: dim, data: data)
                    m.normalizeRows()
                    windows.append(m)
                }
            }
        }
        self.windows = windows
    }
}
