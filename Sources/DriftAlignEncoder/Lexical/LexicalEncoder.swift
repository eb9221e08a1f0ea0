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
public final class LexicalEncoder: SentenceEncoder, @unchecked Sendable {
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
        lock.lock()
        defer { lock.unlock() }
        var out = [Float](repeating: 0, count: sentences.count * dimension)
        for (row, sentence) in sentences.enumerated() {
            let folded = transliterator.transliterate(TextFolding.comparisonForm(sentence))
            var counts: [Int: Float] = [:]
            for word in Self.words(folded) {
                let padded = [UInt8(ascii: " ")] + word + [UInt8(ascii: " ")]
                for n in Self.orders where padded.count >= n {
                    for i in 0...(padded.count - n) { counts[bucket(padded[i..<(i + n)]), default: 0] += 1 }
                }
            }
            var norm: Float = 0
            let base = row * dimension
            for (key, c) in counts {
                let w = log1p(c) * (key < 0 ? -1 : 1)
                let slot = base + (abs(key) - 1)
                out[slot] += w
            }
            for k in base..<(base + dimension) { norm += out[k] * out[k] }
            if norm > 0 {
                let inv = 1 / norm.squareRoot()
                for k in base..<(base + dimension) { out[k] *= inv }
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
