import DriftAlignCore
import Foundation

/// A model-free encoder: hashed character n-grams of the text after transliteration to Latin
/// ASCII, so "Путин" and "Poutine" share most of their trigrams. Deterministic, instant to build.
///
/// Selected with `--encoder lexical`; used by tests and tools that must run without the USE-m
/// model, and as a surface-similarity signal (names, numbers). It measures shared spelling,
/// not meaning: translations share names and numbers, little else.
///
/// Features: character 2-, 3- and 4-grams of each space-padded word (McNamee & Mayfield,
/// "Character N-Gram Tokenization for European Language Text Retrieval", Information Retrieval
/// 7, 2004), hashed into ``dimension`` buckets with a sign bit (Weinberger et al., "Feature
/// Hashing for Large Scale Multitask Learning", ICML 2009), TF weighted by log(1 + count),
/// L2-normalized. The hash is FNV-1a (Fowler, Noll, Vo), fixed, so vectors are stable across
/// runs and machines.
///
/// Thread safety: calls are serialized by an internal lock (ICU transliterators are not
/// thread-safe); one instance can be shared.
public final class LexicalEncoder: PoolingSentenceEncoder, @unchecked Sendable {
    public let name = "lexical"
    public let dimension: Int
    private let transliterator: ICUTransliterator
    private let lock = NSLock()
    private static let orders = [2, 3, 4]

    /// - Parameter dimension: number of hash buckets (default 512, the USE-m width).
    public init(dimension: Int = 512) throws {
        precondition(dimension > 0)
        self.dimension = dimension
        // Any-Latin covers Cyrillic (and Greek, …); Latin-ASCII then drops the accents, so
        // "Poutine", "Poutine" and "Путин" (→ "Putin") meet on plain letters.
        transliterator = try ICUTransliterator(id: "Any-Latin; Latin-ASCII; Lower")
    }

    public func encodeMatrix(_ sentences: [String]) throws -> [Float] {
        try vectors(of: (0..<sentences.count).map { $0..<($0 + 1) }, in: pool(sentences))
    }

    /// Per sentence, the n-gram counts per signed bucket: the first `dimension` floats count the
    /// n-grams hashed to +bucket, the next `dimension` those hashed to −bucket. Counts add, so a
    /// span of sentences pools exactly as their joined text (n-grams never cross a word).
    public func pool(_ sentences: [String]) throws -> PooledSentences {
        lock.lock()
        defer { lock.unlock() }
        let width = 2 * dimension
        var sums = [Float](repeating: 0, count: sentences.count * width)
        var lengths = [Int](repeating: 0, count: sentences.count)
        for (row, sentence) in sentences.enumerated() {
            let folded = transliterator.transliterate(TextFolding.comparisonForm(sentence))
            let base = row * width
            for word in Self.words(folded) {
                let padded = [UInt8(ascii: " ")] + word + [UInt8(ascii: " ")]
                for n in Self.orders where padded.count >= n {
                    for i in 0...(padded.count - n) {
                        let key = bucket(padded[i..<(i + n)])
                        sums[base + (abs(key) - 1) + (key < 0 ? dimension : 0)] += 1
                        lengths[row] += 1
                    }
                }
            }
        }
        return PooledSentences(count: sentences.count, width: width, sums: sums, lengths: lengths, encoder: name)
    }

    /// TF weight log(1 + count) per signed bucket, the sign bit's buckets subtracted, L2-normalized.
    public func vectors(of spans: [Range<Int>], in pooled: PooledSentences) throws -> [Float] {
        try checkSpans(spans, pooled)
        let d = dimension, width = 2 * d
        var out = [Float](repeating: 0, count: spans.count * d)
        var counts = [Float](repeating: 0, count: width)
        for (row, span) in spans.enumerated() {
            for k in 0..<width { counts[k] = 0 }
            for i in span { for k in 0..<width { counts[k] += pooled.sums[i * width + k] } }
            let base = row * d
            var norm: Float = 0
            for k in 0..<d {
                let v = log1p(counts[k]) - log1p(counts[d + k])
                out[base + k] = v
                norm += v * v
            }
            if norm > 0 {
                let inv = 1 / norm.squareRoot()
                for k in base..<(base + d) { out[k] *= inv }
            }
        }
        return out
    }

    /// Lower-case letter and digit runs (as UTF-8), after transliteration.
    private static func words(_ text: String) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        for s in text.unicodeScalars {
            if s.properties.isAlphabetic || s.properties.numericType != nil {
                current.append(contentsOf: String(s).lowercased().utf8)
            } else if !current.isEmpty {
                words.append(current)
                current.removeAll()
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Signed bucket in ±(1…dimension): FNV-1a 64 of the n-gram, the low bit giving the sign.
    private func bucket(_ gram: ArraySlice<UInt8>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in gram { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        let index = Int((h >> 1) % UInt64(dimension)) + 1
        return h & 1 == 0 ? index : -index
    }
}
