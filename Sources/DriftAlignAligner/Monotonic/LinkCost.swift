import DriftAlignCore
import Foundation

/// The cost of one candidate link ending at grid point (i, j) with a original and b translation
/// sentences. Lower is better; unrelated sentences cost about 1.
protocol LinkCostModel {
    func cost(_ a: Int, _ b: Int, _ i: Int, _ j: Int) -> Float
    /// Whether costs are negated scores (margin scoring: good links cost below zero), which
    /// decides what a relative skip cost is relative to.
    static var costsAreNegatedScores: Bool { get }
}

extension LinkCostModel {
    static var costsAreNegatedScores: Bool { false }
}

/// Normalizers of Vecalign's eq. 1: for each row of `x`, the mean of 1 − cos with `samples`
/// random rows of `y`.
func randomPairNorms(_ x: VectorMatrix, against y: VectorMatrix, samples: Int, rng: inout SplitMix64) -> [Float] {
    guard y.rows > 0 else { return Array(repeating: 1, count: x.rows) }
    let picks = (0..<min(samples, max(1, y.rows))).map { _ in Int(rng.next() % UInt64(y.rows)) }
    return (0..<x.rows).map { i in
        let s = picks.reduce(Float(0)) { $0 + (1 - x.dot(i, y, $1)) }
        return max(0.05, s / Float(picks.count))
    }
}

/// Coarse levels: 1-1 cost of block embeddings, normalized.
struct CoarseCost: LinkCostModel {
    let a: VectorMatrix, b: VectorMatrix
    let normA: [Float], normB: [Float]

    init(a: VectorMatrix, b: VectorMatrix, samples: Int, rng: inout SplitMix64) {
        self.a = a
        self.b = b
        normA = randomPairNorms(a, against: b, samples: samples, rng: &rng)
        normB = randomPairNorms(b, against: a, samples: samples, rng: &rng)
    }

    func cost(_ x: Int, _ y: Int, _ i: Int, _ j: Int) -> Float {
        let sim = a.dot(i - 1, b, j - 1)
        return (1 - sim) / (0.5 * (normA[i - 1] + normB[j - 1]))
    }
}

/// Coarse levels under margin scoring: the negated cosine of two blocks minus their mean cosine
/// with the blocks just outside the partner (``MarginCost`` at block resolution), so that good
/// block pairs cost below zero and skips (positive) can have affine costs without a run of skips
/// on both sides ever undercutting a run of good links.
struct CoarseMarginCost: LinkCostModel {
    static let costsAreNegatedScores = true
    let a: VectorMatrix, b: VectorMatrix
    /// The block cosines of the band, each computed once (a cell's cost reads five of them).
    let dots: BandDots

    init(a: VectorMatrix, b: VectorMatrix, band: SearchBand) {
        self.a = a
        self.b = b
        dots = BandDots(original: [a], translation: [b], sizes: [(1, 1)], band: band)
    }

    func cost(_ x: Int, _ y: Int, _ i: Int, _ j: Int) -> Float {
        let sim = dots.dot(1, 1, i - 1, j - 1)
        var margin: Float = 0, sides: Float = 0
        var s: Float = 0, k: Float = 0
        if j - 2 >= 0 { s += dots.dot(1, 1, i - 1, j - 2); k += 1 }
        if j < b.rows { s += dots.dot(1, 1, i - 1, j); k += 1 }
        if k > 0 { margin += s / k; sides += 1 }
        s = 0; k = 0
        if i - 2 >= 0 { s += dots.dot(1, 1, i - 2, j - 1); k += 1 }
        if i < a.rows { s += dots.dot(1, 1, i, j - 1); k += 1 }
        if k > 0 { margin += s / k; sides += 1 }
        return -(sim - (sides > 0 ? margin / sides : 0))
    }
}

/// The finest level: windows of 1…k sentences, with length, anchor and paragraph terms.
struct LinkCost: LinkCostModel {
    let original: AlignmentSide
    let translation: AlignmentSide
    let p: AlignmentParameters
    /// norms[k-1][i]: normalizer of the window of k sentences starting at i (normalized scoring
    /// only; empty under margin scoring, which does not use them).
    let normO: [[Float]], normT: [[Float]]
    let lengthRatio: Double
    let prefixO: [Int], prefixT: [Int]
    let sizeFactor: [[Float]]
    /// Anchors per window as sorted interned ids, built once: `[k - 1][i]`.
    let anchorsO: (numbers: [[[Int32]]], names: [[[Int32]]])
    let anchorsT: (numbers: [[[Int32]]], names: [[[Int32]]])

    init(original: AlignmentSide, translation: AlignmentSide, parameters: AlignmentParameters, rng: inout SplitMix64) {
        self.original = original
        self.translation = translation
        self.p = parameters
        if parameters.scoring == .normalizedCost {
            normO = original.windows.map { randomPairNorms($0, against: translation.windows[0], samples: parameters.normalizationSamples, rng: &rng) }
            normT = translation.windows.map { randomPairNorms($0, against: original.windows[0], samples: parameters.normalizationSamples, rng: &rng) }
        } else {
            normO = []
            normT = []
        }
        // The expected length ratio from the documents' totals, each sentence's length clipped at
        // five times its side's median, so that an outlier such as a 50,000-character line does
        // not skew it.
        lengthRatio = Double(max(1, Self.clippedTotal(translation.lengths))) / Double(max(1, Self.clippedTotal(original.lengths)))
        prefixO = original.lengths.reduce(into: [0]) { $0.append($0.last! + $1) }
        prefixT = translation.lengths.reduce(into: [0]) { $0.append($0.last! + $1) }
        var interner: [String: Int32] = [:]
        anchorsO = original.anchors.windows(upTo: parameters.maxLinkSize, interner: &interner)
        anchorsT = translation.anchors.windows(upTo: parameters.maxLinkSize, interner: &interner)
        sizeFactor = (0...6).map { a in (0...6).map { b in Float(pow(Double(max(1, a * b)), parameters.sizeExponent)) } }
    }

    static func clippedTotal(_ xs: [Int]) -> Int {
        guard !xs.isEmpty else { return 0 }
        let cap = 5 * max(1, xs.sorted()[xs.count / 2])
        return xs.reduce(0) { $0 + min($1, cap) }
    }

    /// How much better the link would match without its first or last sentence on either side
    /// (0 when every end sentence helps).
    func mergeExcess(_ a: Int, _ b: Int, _ oi: Int, _ tj: Int, _ sim: Float) -> Float {
        Self.mergeExcess(a, b, oi, tj, sim) { x, y, r, c in original.windows[x - 1].dot(r, translation.windows[y - 1], c) }
    }

    /// The merge term from `dot(a, b, r, c)`, the cosine of the original window of a sentences
    /// from r and the translation window of b sentences from c.
    @inline(__always)
    static func mergeExcess(_ a: Int, _ b: Int, _ oi: Int, _ tj: Int, _ sim: Float, dot: (Int, Int, Int, Int) -> Float) -> Float {
        var excess: Float = 0
        if a > 1 { excess += max(0, dot(a - 1, b, oi + 1, tj) - sim) + max(0, dot(a - 1, b, oi, tj) - sim) }
        if b > 1 { excess += max(0, dot(a, b - 1, oi, tj + 1) - sim) + max(0, dot(a, b - 1, oi, tj) - sim) }
        return excess
    }

    /// Character lengths of original sentences oi..<i and translation sentences tj..<j, the
    /// original's scaled by the documents' length ratio: what every length term compares.
    func scaledLengths(_ oi: Int, _ i: Int, _ tj: Int, _ j: Int) -> (original: Double, translation: Double) {
        (Double(prefixO[i] - prefixO[oi]) * lengthRatio, Double(prefixT[j] - prefixT[tj]))
    }

    /// Whether the consecutive 1-1 links (oi, tj) and (oi + 1, tj + 1) are one 2-2 link whose
    /// sentence boundary moved: the first link's French is long for its original and the
    /// second's short (or the reverse), by more than `shiftedBoundaryDeviation` in log length
    /// ratio, and the joined pair is more similar than the two links are on average by
    /// `shiftedBoundaryGain`. On the dev halves of Text+Berg and TransRead, the gold's 2-2 links
    /// that the search had split into two 1-1 links have a median |ln r₁ − ln r₂| of 0.72, against
    /// a 90th percentile of 0.40 for pairs of correct 1-1 links (docs/ALIGNER.md).
    func boundaryMoved(_ oi: Int, _ tj: Int) -> Bool {
        guard p.shiftedBoundaryDeviation > 0, original.windows.count > 1, translation.windows.count > 1,
              oi + 1 < original.count, tj + 1 < translation.count else { return false }
        func deviation(_ o: Int, _ t: Int) -> Double {
            let l = scaledLengths(o, o + 1, t, t + 1)
            return log((l.translation + 10) / (l.original + 10))
        }
        let e1 = deviation(oi, tj), e2 = deviation(oi + 1, tj + 1)
        guard e1 * e2 < 0, abs(e1 - e2) > p.shiftedBoundaryDeviation else { return false }
        let one = (original.windows[0], translation.windows[0]), two = (original.windows[1], translation.windows[1])
        let separate = (one.0.dot(oi, one.1, tj) + one.0.dot(oi + 1, one.1, tj + 1)) / 2
        return Double(two.0.dot(oi, two.1, tj) - separate) > p.shiftedBoundaryGain
    }

    /// Cosine of the embeddings of original sentences `o` and translation sentences `t`.
    func similarity(_ o: [Int], _ t: [Int]) -> Float {
        original.windows[o.count - 1].dot(o[0], translation.windows[t.count - 1], t[0])
    }

    func cost(_ a: Int, _ b: Int, _ i: Int, _ j: Int) -> Float {
        let oi = i - a, tj = j - b
        let sim = original.windows[a - 1].dot(oi, translation.windows[b - 1], tj)
        var c = Double((1 - sim) / (0.5 * (normO[a - 1][oi] + normT[b - 1][tj])) * sizeFactor[a][b])
        c += p.linkPrior * Double(a + b - 2)
        if p.lengthPenalty > 0 {
            let l = scaledLengths(oi, i, tj, j)
            c += p.lengthPenalty * abs(log((l.translation + 10) / (l.original + 10)))
        }
        if p.mergeWeight > 0 && (a > 1 || b > 1) {
            c += p.mergeWeight * Double(mergeExcess(a, b, oi, tj, sim))
        }
        if p.anchorWeight > 0 {
            c -= p.anchorWeight * AnchorFeatures.agreement(numbers: (anchorsO.numbers[a - 1][oi], anchorsT.numbers[b - 1][tj]),
                                                           names: (anchorsO.names[a - 1][oi], anchorsT.names[b - 1][tj]))
        }
        if p.paragraphPenalty > 0 {
            let crossings = (original.paragraphs[i - 1] != original.paragraphs[oi] ? 1 : 0)
                + (translation.paragraphs[j - 1] != translation.paragraphs[tj] ? 1 : 0)
            c += p.paragraphPenalty * Double(crossings)
        }
        if p.continuationBonus > 0 && (a > 1 || b > 1) {
            c -= p.continuationBonus * Double(original.innerContinuations(oi..<i) + translation.innerContinuations(tj..<j))
        }
        return Float(c)
    }
}
