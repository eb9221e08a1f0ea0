import DriftAlignCore
import DriftAlignEncoder

/// Narrows a quoted French fragment's match from a whole original sentence to the words it
/// translates: every contiguous run of original words of plausible length that does not end on
/// a word needing the next (``DanglingWords``) is embedded, and the closest run wins if it is
/// about as close as the whole sentence.
struct SpanNarrower {
    let encoder: any SentenceEncoder
    /// Bound on the runs embedded per quote.
    let maxCandidates = 400

    /// The scalar range in `doc` of the best run inside `range`, or nil to keep the whole range.
    func narrow(_ quote: String, in doc: Document, range: Range<Int>) throws -> Range<Int>? {
        let scalars = Array(doc.text.unicodeScalars)
        let words = Self.words(scalars, range)
        let qWords = Self.wordCount(quote)
        guard words.count > 3, qWords < words.count else { return nil }
        let minLen = max(1, Int(Double(qWords) * 0.5)), maxLen = min(words.count, Int(Double(qWords) * 1.6) + 2)
        var spans: [Range<Int>] = []
        let dangling = DanglingWords.words(for: doc.language)
        let dangles = words.map { DanglingWords.isDangling(scalars, $0, in: dangling) }
        for len in minLen...max(minLen, maxLen) where len <= words.count {
            for start in 0...(words.count - len) where !dangles[start + len - 1] {
                spans.append(words[start].lowerBound..<words[start + len - 1].upperBound)
                if spans.count >= maxCandidates { break }
            }
        }
        guard !spans.isEmpty else { return nil }
        let texts = [quote, ScalarText.string(scalars, range)] + spans.map { ScalarText.string(scalars, $0) }
        let v = VectorMatrix(rows: texts.count, dimension: encoder.dimension,
                             data: try encoder.encodeMatrix(texts.map { TextFolding.comparisonForm($0) }))
        let whole = v.dot(0, v, 1)
        var best = (k: -1, sim: -Float.infinity)
        for k in 0..<spans.count {
            let s = v.dot(0, v, k + 2)
            if s > best.sim { best = (k, s) }
        }
        guard best.k >= 0, best.sim >= whole - 0.02 else { return nil }
        return Self.trimmingEndPunctuation(spans[best.k], in: scalars)
    }

    /// `r` without the punctuation that ends it ("negotiations immediately," → "…immediately").
    static func trimmingEndPunctuation(_ r: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var r = r
        while r.count > 1, ",.;:!?»«\"“”".unicodeScalars.contains(scalars[r.upperBound - 1]) { r = r.lowerBound..<(r.upperBound - 1) }
        return r
    }

    /// Words of a text, as the miners count a quotation's length.
    static func wordCount(_ text: String) -> Int { text.split(whereSeparator: { $0.isWhitespace }).count }

    static func words(_ s: [Unicode.Scalar], _ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = r.lowerBound
        while i < r.upperBound {
            while i < r.upperBound, s[i].properties.isWhitespace { i += 1 }
            let start = i
            while i < r.upperBound, !s[i].properties.isWhitespace { i += 1 }
            if i > start { out.append(start..<i) }
        }
        return out
    }
}
