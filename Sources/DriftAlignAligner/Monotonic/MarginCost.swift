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

    func cost(_ a: Int, _ b: Int, _ i: Int, _ j: Int) -> Float {
        let o = base.original, t = base.translation, p = base.p
        let oi = i - a, tj = j - b
        let O = o.windows[a - 1], T = t.windows[b - 1]
        let sim = O.dot(oi, T, tj)
        var margin: Float = 0
        var sides: Float = 0
        // The original window against the translation sentences just before and after its partner.
        var s: Float = 0, k: Float = 0
        if tj > 0 { s += O.dot(oi, t.windows[0], tj - 1); k += 1 }
        if j < t.count { s += O.dot(oi, t.windows[0], j); k += 1 }
        if k > 0 { margin += s / k; sides += 1 }
        s = 0; k = 0
        if oi > 0 { s += T.dot(tj, o.windows[0], oi - 1); k += 1 }
        if i < o.count { s += T.dot(tj, o.windows[0], i); k += 1 }
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
            c += p.mergeWeight * Double(base.mergeExcess(a, b, oi, tj, sim))
        }
        return Float(c)
    }
}
