import Foundation

/// Link costs by neighbour margin, after Bertalign (Liu & Zhu, "Bertalign: Improved word
/// embedding-based sentence alignment for Chinese–English parallel corpora of literary texts",
/// DSH 2022, §3.3): a link scores the cosine of its two windows minus how similar each window is
/// to the single sentences just outside the other window (a window that matches its neighbours
/// as well as its partner is not a confident link), times a length agreement factor
/// log₂(1 + short/long) of the two windows' character lengths (the original's scaled by the
/// documents' length ratio). The search maximizes the total score, so the cost is its negative;
/// skips cost a fixed amount (Bertalign uses 0.1). Two small 1-1 links then outscore one 2-2
/// link of the same similarity, which is what keeps links minimal.
///
/// Written from the paper's description; the margin here averages over the neighbours that exist
/// (one at a document's edge), the length factor takes an exponent (`lengthPenalty`), and the
/// anchor, paragraph and merge ("every sentence must help") terms of ``LinkCost`` carry over:
/// the merge term keeps an untranslated sentence from riding along in a neighbour's link.
struct MarginCost: LinkCostModel {
    static let costsAreNegatedScores = true
    let base: LinkCost
    /// The window cosines of the search band, computed once (``BandDots``).
    let dots: BandDots

    init(base: LinkCost, band: SearchBand) {
        self.base = base
        // Every size a cost asks for: the link types, the single sentences beside a window, and
        // the windows one sentence shorter (merge term).
        var sizes = base.p.linkTypes
        for (a, b) in base.p.linkTypes { sizes += [(a, 1), (1, b), (a - 1, b), (a, b - 1)] }
        dots = BandDots(original: base.original.windows, translation: base.translation.windows, sizes: sizes, band: band)
    }

    func cost(_ a: Int, _ b: Int, _ i: Int, _ j: Int) -> Float {
        let o = base.original, t = base.translation, p = base.p
        let oi = i - a, tj = j - b
        let sim = dots.dot(a, b, oi, tj)
        var margin: Float = 0
        var sides: Float = 0
        // The original window against the translation sentences just before and after its partner.
        var s: Float = 0, k: Float = 0
        if tj > 0 { s += dots.dot(a, 1, oi, tj - 1); k += 1 }
        if j < t.count { s += dots.dot(a, 1, oi, j); k += 1 }
        if k > 0 { margin += s / k; sides += 1 }
        s = 0; k = 0
        if oi > 0 { s += dots.dot(1, b, oi - 1, tj); k += 1 }
        if i < o.count { s += dots.dot(1, b, i, tj); k += 1 }
        if k > 0 { margin += s / k; sides += 1 }
        if sides > 0 { margin /= sides }
        var score = Double(sim - margin)
        if p.lengthPenalty > 0 {
            let (lo, lt) = base.scaledLengths(oi, i, tj, j)
            let agreement = log2(1 + (min(lo, lt) + 1) / (max(lo, lt) + 1))
            // lengthPenalty 1 is the plain factor; smaller values soften it toward 1.
            score *= pow(agreement, p.lengthPenalty)
        }
        var c = -score + p.linkPrior * Double(a + b - 2)
        if p.anchorWeight > 0 {
            c -= p.anchorWeight * AnchorFeatures.agreement(numbers: (base.anchorsO.numbers[a - 1][oi], base.anchorsT.numbers[b - 1][tj]),
                                                           names: (base.anchorsO.names[a - 1][oi], base.anchorsT.names[b - 1][tj]))
        }
        if p.paragraphPenalty > 0 {
            let crossings = (o.paragraphs[i - 1] != o.paragraphs[oi] ? 1 : 0) + (t.paragraphs[j - 1] != t.paragraphs[tj] ? 1 : 0)
            c += p.paragraphPenalty * Double(crossings)
        }
        if p.continuationBonus > 0 && (a > 1 || b > 1) {
            c -= p.continuationBonus * Double(o.innerContinuations(oi..<i) + t.innerContinuations(tj..<j))
        }
        if p.mergeWeight > 0 && (a > 1 || b > 1) {
            c += p.mergeWeight * Double(mergeExcess(a, b, oi, tj, sim))
        }
        return Float(c)
    }

    /// ``LinkCost/mergeExcess(_:_:_:_:_:)`` from the table.
    @inline(__always)
    func mergeExcess(_ a: Int, _ b: Int, _ oi: Int, _ tj: Int, _ sim: Float) -> Float {
        LinkCost.mergeExcess(a, b, oi, tj, sim, dot: dots.dot)
    }
}
