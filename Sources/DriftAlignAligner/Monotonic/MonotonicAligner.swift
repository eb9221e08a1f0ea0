import DriftAlignCore
import Foundation

/// Aligns a translation with the original it translates, keeping order: 1-1, 1-n, n-1, 2-2,
/// 0-1 and 1-0 links.
///
/// Design, after reading Gale & Church (1993), hunalign (Varga et al. 2005), Vecalign (Thompson &
/// Koehn 2019) and Bertalign (Liu & Zhu 2022), written anew:
/// - the cost of a link is 1 − cosine of the two sides' window embeddings, divided by how far
///   each side is, on average, from random sentences of the other document (Vecalign eq. 1), so
///   costs are comparable across documents and languages; times a size factor;
/// - plus a length-ratio penalty (Gale–Church's insight, as a log ratio against the documents'
///   own ratio), minus a bonus for shared numbers and names (hunalign's dictionary anchors, here
///   script-independent), plus a penalty for links that cross paragraphs, minus a bonus for
///   segments kept with the sentence they continue (after a colon, inside brackets, lower-case start);
/// - skipping a sentence costs a quantile of the 1-1 costs in the search space;
/// - the search is coarse-to-fine: average embeddings of blocks of 2^k sentences, align
///   exhaustively at the coarsest level, then search a narrow band around the projected path at
///   each finer level. Time and memory grow linearly with document length.
public struct MonotonicAligner: Sendable {
    public let parameters: AlignmentParameters

    /// Skip cost of the coarse levels under margin scoring, as a multiple of the typical best
    /// block score (as `relative(0.4)` at the finest level).
    static let coarseRelativeSkip = 0.4

    public init(parameters: AlignmentParameters = AlignmentParameters()) throws {
        try parameters.validate()
        self.parameters = parameters
    }

    /// Aligns `original` (first side of every link) with `translation`.
    public func align(_ original: AlignmentSide, _ translation: AlignmentSide) -> [AlignmentLink] {
        let n = original.count, m = translation.count
        if n == 0 { return (0..<m).map { AlignmentLink(original: [], translation: [$0], score: 0) } }
        if m == 0 { return (0..<n).map { AlignmentLink(original: [$0], translation: [], score: 0) } }

        // The pyramid of coarse levels: level k averages blocks of 2^k sentences.
        var pyramid: [(VectorMatrix, VectorMatrix)] = [(original.windows[0], translation.windows[0])]
        while pyramid.last!.0.rows * pyramid.last!.1.rows > parameters.exhaustiveCellLimit,
              pyramid.last!.0.rows > 1, pyramid.last!.1.rows > 1 {
            let (a, b) = pyramid.last!
            pyramid.append((a.downsampled(by: 2), b.downsampled(by: 2)))
        }
        var rng = SplitMix64(seed: parameters.seed)
        var path: [(Int, Int)]? = nil
        for level in stride(from: pyramid.count - 1, through: 1, by: -1) {
            let (a, b) = pyramid[level]
            let band = path.map { SearchBand.around(coarsePath: $0, rows: a.rows, columns: b.rows, width: parameters.searchWidth) }
                ?? .full(rows: a.rows, columns: b.rows)
            switch parameters.scoring {
            case .normalizedCost:
                // Linear skips: under normalized costs (all positive) a run of skips on both sides
                // undercuts a run of mediocre links as soon as two extensions cost less than a
                // link, and coarse blocks that all look alike then collapse into gaps.
                let cost = CoarseCost(a: a, b: b, samples: parameters.normalizationSamples, rng: &rng)
                path = BandedDP.run(band: band, types: [(1, 1)], skipCost: skipCost(cost, band: band, types: [(1, 1)]), cost: cost.cost).points
            case .margin:
                // The same scale as the finest level: good block pairs score above zero.
                let cost = CoarseMarginCost(a: a, b: b, band: band)
                let skip = relativeSkip(Self.coarseRelativeSkip, cost, band: band)
                path = BandedDP.run(band: band, types: [(1, 1)], skipCost: skip, extensionCost: skip * Float(parameters.skipExtension),
                                    cost: cost.cost).points
            }
        }
        let band = path.map { SearchBand.around(coarsePath: $0, rows: n, columns: m, width: parameters.searchWidth) }
            ?? .full(rows: n, columns: m)
        let cost = LinkCost(original: original, translation: translation, parameters: parameters, rng: &rng)
        let types = parameters.linkTypes
        let result: BandedDP.Result
        switch parameters.scoring {
        case .normalizedCost:
            let skip = skipCost(cost, band: band, types: types)
            result = BandedDP.run(band: band, types: types, skipCost: skip, cost: cost.cost)
        case .margin:
            let margin = MarginCost(base: cost, band: band)
            let skip = skipCost(margin, band: band, types: types)
            result = BandedDP.run(band: band, types: types, skipCost: skip, extensionCost: skip * Float(parameters.skipExtension), cost: margin.cost)
        }
        var joined = Self.joiningMovedBoundaries(result.links, cost)
        if parameters.splitEdgeDebris { joined = Self.splittingEdgeDebris(joined, original, translation) }
        if parameters.crossedAnchorLimit > 0 {
            joined = Self.joiningCrossedAnchors(joined, original, translation, limit: parameters.crossedAnchorLimit, parameters: parameters)
        }
        let links = joined.map { link in
            guard !link.original.isEmpty, !link.translation.isEmpty else { return link }
            var l = link
            l.score = max(0, min(1, Double(cost.similarity(l.original, l.translation))))
            return l
        }
        return parameters.groupSkippedPassages ? Self.groupingSkippedPassages(links, original, translation) : links
    }

    /// Each run of two or more consecutive skips on the same side whose segments all read as
    /// complete sentences becomes one n-0 (or 0-n) link with score 0: an omitted (or added)
    /// passage is one unit for a reader and for TransRead's gold. A run with a line that is not a
    /// sentence (a caption, a heading, OCR debris) keeps one link per line, as Text+Berg's gold
    /// does. Paragraphs are not consulted: a left-out passage may span several, and presegmented
    /// input makes every line a paragraph. One pass, linear in the number of links.
    static func groupingSkippedPassages(_ links: [AlignmentLink], _ original: AlignmentSide,
                                        _ translation: AlignmentSide) -> [AlignmentLink] {
        // Which side a link skips: 0 = an original sentence left untranslated, 1 = a translation
        // sentence with no source, nil = a link with both sides.
        func skipped(_ l: AlignmentLink) -> (side: Int, sentence: Int)? {
            if l.translation.isEmpty, l.original.count == 1 { return (0, l.original[0]) }
            if l.original.isEmpty, l.translation.count == 1 { return (1, l.translation[0]) }
            return nil
        }
        let sides = [original, translation]
        var out: [AlignmentLink] = []
        out.reserveCapacity(links.count)
        var run: [Int] = []
        var runSide = 0
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            let s = sides[runSide]
            if run.count >= 2,
               run.allSatisfy({ AlignmentSide.isCompleteSentence(s.sentences[$0]) }) {
                out.append(AlignmentLink(original: runSide == 0 ? run : [], translation: runSide == 1 ? run : [], score: 0))
            } else {
                out += run.map { AlignmentLink(original: runSide == 0 ? [$0] : [], translation: runSide == 1 ? [$0] : [], score: 0) }
            }
        }
        for l in links {
            if let (side, sentence) = skipped(l) {
                if !run.isEmpty, side != runSide || sentence != run.last! + 1 { flush() }
                runSide = side
                run.append(sentence)
            } else {
                if !run.isEmpty { flush() }
                out.append(l)
            }
        }
        if !run.isEmpty { flush() }
        return out
    }

    /// A segment at the start or end of a link's multi-sentence side that is OCR debris
    /// (``AlignmentSide/isDebris(_:)``: "24 a !", "h * \"", ".:-- , .") and shares no number with
    /// the link's other side becomes its own 0-1 (or 1-0) link, in document order: it translates
    /// nothing, and the search attaches it to a neighbour only because the encoder's vector of a
    /// few stray marks is noise, which costs less than a skip. A page reference ("296-309 ) .") shares
    /// its numbers with the other side and stays. Inner segments stay (splitting a link in two
    /// would guess its boundary). One pass, linear in the number of links.
    static func splittingEdgeDebris(_ links: [AlignmentLink], _ original: AlignmentSide,
                                    _ translation: AlignmentSide) -> [AlignmentLink] {
        let sides = [original, translation]
        var out: [AlignmentLink] = []
        out.reserveCapacity(links.count)
        for link in links {
            guard !link.original.isEmpty, !link.translation.isEmpty,
                  link.original.count > 1 || link.translation.count > 1 else { out.append(link); continue }
            var kept = [link.original, link.translation]
            var before: [AlignmentLink] = [], after: [AlignmentLink] = []
            for side in 0..<2 {
                let other = sides[1 - side].anchors.numbers
                let otherNumbers = kept[1 - side].reduce(into: Set<String>()) { $0.formUnion(other[$1]) }
                func stray(_ i: Int) -> Bool {
                    AlignmentSide.isDebris(sides[side].sentences[i]) && sides[side].anchors.numbers[i].isDisjoint(with: otherNumbers)
                }
                func single(_ i: Int) -> AlignmentLink {
                    AlignmentLink(original: side == 0 ? [i] : [], translation: side == 1 ? [i] : [], score: 0)
                }
                while kept[side].count > 1, stray(kept[side][0]) { before.append(single(kept[side].removeFirst())) }
                var tail: [AlignmentLink] = []
                while kept[side].count > 1, stray(kept[side].last!) { tail.insert(single(kept[side].removeLast()), at: 0) }
                after += tail
            }
            out += before
            out.append(AlignmentLink(original: kept[0], translation: kept[1], score: link.score))
            out += after
        }
        return out
    }

    /// Two consecutive 1-1 links whose sentence boundary moved (``LinkCost/boundaryMoved(_:_:)``)
    /// become one 2-2 link: margin scoring lets two small links outscore one larger link of the
    /// same similarity, which keeps links minimal but splits these.
    static func joiningMovedBoundaries(_ links: [AlignmentLink], _ cost: LinkCost) -> [AlignmentLink] {
        joiningPairs(links) { a, b in
            a.original.count == 1 && a.translation.count == 1 && b.original == [a.original[0] + 1]
                && b.translation == [a.translation[0] + 1] && cost.boundaryMoved(a.original[0], a.translation[0])
        }
    }

    /// One pass over the links: each pair of consecutive links that `join` accepts becomes one
    /// link (score 0, set later), and the next pair starts after it, so a joined link is not
    /// joined again.
    static func joiningPairs(_ links: [AlignmentLink], _ join: (AlignmentLink, AlignmentLink) -> Bool) -> [AlignmentLink] {
        var out: [AlignmentLink] = []
        out.reserveCapacity(links.count)
        var k = 0
        while k < links.count {
            let a = links[k]
            if k + 1 < links.count, join(a, links[k + 1]) {
                let b = links[k + 1]
                out.append(AlignmentLink(original: a.original + b.original, translation: a.translation + b.translation, score: 0))
                k += 2
            } else {
                out.append(a)
                k += 1
            }
        }
        return out
    }

    /// Two consecutive links (both with two sides, together within the link size limits) become
    /// one when a rare anchor crosses their boundary: a number or name key in at most `limit`
    /// sentences of each document that the first link's translation and the second's original
    /// share while neither the first's original nor the second's translation holds it (or the
    /// other way round). A human aligner reads such an anchor as proof that the two sentences
    /// translate each other; its side of the boundary is wrong, and the search chose that
    /// boundary only because margin scoring lets two small links outscore one larger link of the
    /// same similarity (as ``joiningMovedBoundaries(_:_:)``). A sentence holds an anchor when any
    /// of its words, in any case, has its key (name keys otherwise skip lower-case words and a
    /// sentence's first word). Rare: the two sentences with "Basel" in a Text+Berg report, not the
    /// 270 with "Candide", which a translator swaps with "il" at will. A joined link is not joined
    /// again. One pass; work linear in the links and the anchors.
    static func joiningCrossedAnchors(_ links: [AlignmentLink], _ original: AlignmentSide, _ translation: AlignmentSide,
                                      limit: Int, parameters: AlignmentParameters) -> [AlignmentLink] {
        let keys = NameKeys()
        // Each sentence's anchors; names of three consonants or more (two collide: "CEP" and
        // "Cap" are both "cp").
        func anchors(_ side: AlignmentSide) -> [Set<String>] {
            zip(side.anchors.numbers, side.anchors.names).map { numbers, names in numbers.union(names.filter { $0.count >= 3 }) }
        }
        let o = anchors(original), t = anchors(translation)
        // How many sentences of each document hold an anchor, the first word's name key counted.
        func frequency(_ sets: [Set<String>], _ side: AlignmentSide) -> [String: Int] {
            var f: [String: Int] = [:]
            for (set, text) in zip(sets, side.sentences) {
                for k in set { f[k, default: 0] += 1 }
                if let first = keys.firstWordKey(in: text), !set.contains(first) { f[first, default: 0] += 1 }
            }
            return f
        }
        let fo = frequency(o, original), ft = frequency(t, translation)
        func union(_ sets: [Set<String>], _ idx: [Int]) -> Set<String> { idx.reduce(into: Set<String>()) { $0.formUnion(sets[$1]) } }
        // Whether a sentence of `idx` holds the anchor anywhere: a number, or any word's key,
        // whatever its case («ислам» holds the "slm" of "Islam", «пирамида» the "prmd" of
        // "Pyramide"). Computed only for a candidate's sentences, once each, as it transliterates
        // every word.
        var wordKeys: [[Int: Set<String>]] = [[:], [:]]
        func holds(_ side: Int, _ idx: [Int], _ key: String) -> Bool {
            let (s, sets) = side == 0 ? (original, o) : (translation, t)
            return idx.contains { i in
                if sets[i].contains(key) { return true }
                if let known = wordKeys[side][i] { return known.contains(key) }
                let found = keys.wordKeys(in: s.sentences[i])
                wordKeys[side][i] = found
                return found.contains(key)
            }
        }
        func rare(_ key: String) -> Bool { (fo[key] ?? 0) <= limit && (ft[key] ?? 0) <= limit }
        func crossed(_ a: AlignmentLink, _ b: AlignmentLink) -> Bool {
            // The second link's original in the first's translation only, or the first's
            // original in the second's translation only.
            let forward = union(o, b.original).intersection(union(t, a.translation)).filter(rare)
            if forward.contains(where: { !holds(0, a.original, $0) && !holds(1, b.translation, $0) }) { return true }
            let backward = union(o, a.original).intersection(union(t, b.translation)).filter(rare)
            return backward.contains { !holds(0, b.original, $0) && !holds(1, a.translation, $0) }
        }
        return joiningPairs(links) { a, b in
            let no = a.original.count + b.original.count, nt = a.translation.count + b.translation.count
            return !a.original.isEmpty && !a.translation.isEmpty && !b.original.isEmpty && !b.translation.isEmpty
                && no <= parameters.maxLinkSize && nt <= parameters.maxLinkSize && no + nt <= parameters.maxLinkSentences
                && crossed(a, b)
        }
    }

    /// The skip cost for a search: fixed, or a quantile of the 1-1 costs of the band's cells
    /// (sampled when the band is large).
    func skipCost(_ model: some LinkCostModel, band: SearchBand, types: [(Int, Int)]) -> Float {
        switch parameters.skipCost {
        case .fixed(let c): return Float(c)
        case .relative(let k): return relativeSkip(k, model, band: band)
        case .quantile(let q): return skipCost(model, band: band, quantile: q)
        }
    }

    /// k × the typical best 1-1 link: its cost, or under margin scoring (costs are negated
    /// scores) its score.
    func relativeSkip<M: LinkCostModel>(_ k: Double, _ model: M, band: SearchBand) -> Float {
        if M.costsAreNegatedScores { return Float(k) * max(0.01, -typicalBestCost(model, band: band, floor: -.infinity)) }
        return Float(k) * typicalBestCost(model, band: band)
    }

    /// The median, over the sentences of the shorter side, of each sentence's best 1-1 cost in the
    /// band: what a sentence with a partner typically costs in this document. The shorter side is
    /// used because its sentences are the ones most likely all to have a partner.
    func typicalBestCost(_ model: some LinkCostModel, band: SearchBand, floor: Float = 0.05) -> Float {
        let n = band.rows, m = band.columns
        guard n > 0, m > 0 else { return 1 }
        var bestRow = [Float](repeating: .infinity, count: n + 1)
        var bestCol = [Float](repeating: .infinity, count: m + 1)
        for i in 1...n {
            for j in max(1, band.lo[i])...max(1, band.hi[i]) where j <= m {
                let c = model.cost(1, 1, i, j)
                bestRow[i] = min(bestRow[i], c)
                bestCol[j] = min(bestCol[j], c)
            }
        }
        let side = (n <= m ? bestRow[1...] : bestCol[1...]).filter(\.isFinite).sorted()
        guard !side.isEmpty else { return 1 }
        return max(floor, side[side.count / 2])
    }

    func skipCost(_ model: some LinkCostModel, band: SearchBand, quantile q: Double) -> Float {
        do {
            var costs: [Float] = []
            let stride = max(1, band.cellCount / 20_000)
            var k = 0
            for i in 1...band.rows {
                for j in max(1, band.lo[i])...max(1, band.hi[i]) where j <= band.columns {
                    k += 1
                    if k % stride == 0 { costs.append(model.cost(1, 1, i, j)) }
                }
            }
            guard !costs.isEmpty else { return 1 }
            costs.sort()
            return costs[min(costs.count - 1, Int(Double(costs.count) * q))]
        }
    }
}

/// A deterministic 64-bit generator (SplitMix64, Steele et al. 2014) for reproducible sampling.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
