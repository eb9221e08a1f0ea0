/// Every knob of the monotonic aligner, documented and validated before any work starts.
///
/// Defaults were tuned on the dev halves of Text+Berg (de–fr), TransRead (en–fr) and FLORES
/// (ru–fr) only (see scripts/bench-aligner.sh). Users of `driftalign align` set a few through
/// flags; the rest are for experiments.
public struct AlignmentParameters: Sendable, Equatable {
    /// How a window of several consecutive sentences is embedded.
    public enum WindowEmbedding: String, Sendable, CaseIterable {
        /// Encode the sentences joined by a space (Vecalign's and Bertalign's choice): exact, but one
        /// encoder call per window size.
        case concatenate
        /// Average the sentences' unit vectors and renormalize: free, slightly less exact.
        case average
        /// Add the sentences' pooled encoder states and finish them as one text (an encoder whose
        /// vector is a function of a sum over tokens, ``PoolingSentenceEncoder``): the joined
        /// text's vector up to the convolution context at the junctions, for one encoder pass.
        case pooled
    }

    /// How a link is scored at the finest level.
    public enum Scoring: String, Sendable, CaseIterable {
        /// 1 − cosine over the mean distance to random sentences, times a size factor, plus
        /// length, merge and member terms (Vecalign-style, ``LinkCost``); minimized.
        case normalizedCost = "normalized"
        /// Cosine minus the neighbour margin, times a length factor (Bertalign-style,
        /// ``MarginCost``); maximized. Needs a fixed skip cost.
        case margin
    }

    /// How the cost of leaving a sentence unaligned (1-0, 0-1) is set.
    public enum SkipCost: Sendable, Equatable {
        /// A fixed cost, in the units of a normalized link cost (about 1 for unrelated sentences).
        case fixed(Double)
        /// This quantile of the 1-1 costs in the search space (Vecalign's `del_percentile_frac`).
        case quantile(Double)
        /// This multiple of the typical best 1-1 cost of a sentence in this document (the median over
        /// the shorter side): a sentence is left unaligned when its best link would be much worse
        /// than the document's typical one, so literal translations get a strict threshold and
        /// free ones a lenient one.
        case relative(Double)
    }

    /// Largest number of sentences on one side of a link (1 to 6).
    public var maxLinkSize: Int = 6
    /// Largest number of sentences in a link, both sides together (2 to 8): with 7, links go up to
    /// 1-6, 6-1, 2-5, 3-4… (Bertalign's `max_align` plays the same role). Text+Berg's and
    /// TransRead's gold have 1-5, 2-5, 3-4 and 4-3 links.
    public var maxLinkSentences: Int = 7
    /// With margin scoring, `relative(k)` is k × the typical best 1-1 link score.
    public var skipCost: SkipCost = .relative(0.4)
    /// Each further sentence of a run of skips on one side costs this fraction of the skip cost
    /// (affine gaps, ``BandedDP``): 1 makes every skip cost the same; smaller values let a block
    /// with no counterpart (captions, a dropped page) be skipped whole instead of being spread
    /// over neighbouring links. Margin scoring only: under normalized costs (all positive) runs
    /// of skips on both sides undercut mediocre links and documents collapse into gaps, so
    /// normalized scoring and the coarse levels use linear skips and refuse a value below 1.
    public var skipExtension: Double = 0.25
    /// A link's cost is multiplied by (original count × translation count)^sizeExponent, so that a
    /// 2-2 link does not undercut two 1-1 links (Thompson & Koehn 2019, eq. 1, uses exponent 1).
    public var sizeExponent: Double = 1.0
    /// Cost added per sentence beyond the first on each side of a link: a prior for 1-1 links, as
    /// Gale & Church (1993, table 5) make 1-1 beads far more probable than 2-1 or 2-2 ones. It also
    /// breaks ties between one big link and several small ones that match equally well.
    public var linkPrior: Double = 0
    /// Normalized scoring: weight of |ln(length ratio / expected ratio)| (Gale & Church 1993 use
    /// lengths alone). Margin scoring: exponent of the length agreement factor log₂(1 + short/long).
    public var lengthPenalty: Double = 0.7
    /// Weight of shared numbers and names (subtracted from the cost).
    public var anchorWeight: Double = 0.1
    /// Weight of the "every sentence must help" term: for an n-m link, how much the similarity
    /// rises when the first or last sentence of a side is dropped (a sentence that does not belong
    /// lowers the window's similarity). Zero disables it.
    public var mergeWeight: Double = 2
    /// Moved sentence boundaries: two consecutive 1-1 links become one 2-2 link when their length
    /// ratios deviate from the documents' ratio in opposite directions by more than this in all
    /// (|ln r₁ − ln r₂|: one French sentence took words of the next) and the joined pair matches
    /// better than the two links by ``shiftedBoundaryGain``. Zero disables it. See
    /// ``LinkCost/boundaryMoved(_:_:)``.
    public var shiftedBoundaryDeviation: Double = 0.7
    /// How much the cosine of the joined pair must exceed the mean cosine of the two 1-1 links.
    public var shiftedBoundaryGain: Double = 0.08
    /// Crossed anchors: two consecutive links become one when a number or name that occurs in at
    /// most this many sentences of each document links the original side of one to the
    /// translation side of the other, and neither the first link's original nor the second's
    /// translation (or the other way round) holds it ("Dämon Himalaya ( Basel :" / "Benno
    /// Schwabe , Basel 1935 ."): the translator moved it across the sentence boundary, so the
    /// boundary the search chose is not the text's. Frequent names (a novel's hero) move with
    /// pronouns and prove less. Zero disables it. Dev strict F1 (Text+Berg / TransRead / FLORES)
    /// is the same for every value from 5 to 50 but TransRead's (best from 10); 10 is the middle
    /// of that plateau. See
    /// ``MonotonicAligner/joiningCrossedAnchors(_:_:_:limit:parameters:)`` and docs/ALIGNER.md.
    public var crossedAnchorLimit: Int = 10
    /// Added for each paragraph boundary a multi-sentence link crosses.
    public var paragraphPenalty: Double = 0.05
    /// Subtracted for each sentence inside a link (not its first) that continues the one before
    /// it: the one before ends with a colon, a round bracket is open across the junction, or it
    /// starts in lower case (a segmenter split at a colon, a semicolon or an abbreviation; the
    /// other language usually keeps the two parts in one link). See
    /// ``AlignmentSide/continues(_:after:casedText:)`` and docs/ALIGNER.md.
    public var continuationBonus: Double = 0.12
    /// A run of two or more consecutive skips on one side whose segments all read as complete
    /// sentences (``AlignmentSide/isCompleteSentence(_:)``) becomes one n-0 (or 0-n) link: a
    /// passage the translator left out (or added) is one unit, as TransRead's gold marks it;
    /// lines that are not sentences (captions, headings, OCR debris) stay one link each, as
    /// Text+Berg's gold marks its photo pages. See docs/ALIGNER.md.
    public var groupSkippedPassages: Bool = true
    /// A segment at either end of a link's multi-sentence side that is OCR debris or stray marks
    /// (``AlignmentSide/isDebris(_:)``) and shares no number with the other side becomes its own
    /// 0-1 (1-0) link, as Text+Berg's gold marks such lines. See docs/ALIGNER.md.
    public var splitEdgeDebris: Bool = true
    /// Random sentences of the other side used to normalize each cost (Vecalign eq. 1).
    public var normalizationSamples: Int = 64
    /// Half-width, in sentences, of the search band around the coarse path at each finer level.
    public var searchWidth: Int = 8
    /// Above this many cells (n × m) the search runs coarse-to-fine; below, exhaustively.
    public var exhaustiveCellLimit: Int = 250_000
    public var windowEmbedding: WindowEmbedding = .pooled
    public var scoring: Scoring = .margin
    /// With `concatenate`, windows longer than this are averaged instead: encoding cost grows with
    /// the window's length, and long windows gain least from exact encoding.
    public var concatenationLimit: Int = 4
    /// Seed of the normalization sampler, so runs are reproducible.
    public var seed: UInt64 = 0x5eed

    /// The defaults: margin scoring (tuned on the dev halves, see docs/ALIGNER.md).
    public init() {}

    /// The normalized-cost scoring with the values tuned for it (the aligner's defaults before
    /// margin scoring): relative skip 1.5, linear skips, links up to 4 sentences a side and 5 in all,
    /// link prior 0.02, length weight 0.5, merge weight 0.5, no joining of moved boundaries or of
    /// links with crossed anchors, and no continuation bonus.
    public static var normalizedCost: AlignmentParameters {
        var p = AlignmentParameters()
        p.scoring = .normalizedCost
        p.maxLinkSize = 4
        p.maxLinkSentences = 5
        p.skipCost = .relative(1.5)
        p.skipExtension = 1
        p.linkPrior = 0.02
        p.lengthPenalty = 0.5
        p.mergeWeight = 0.5
        p.shiftedBoundaryDeviation = 0
        p.continuationBonus = 0
        p.crossedAnchorLimit = 0
        return p
    }

    /// The defaults of `scoring`.
    public static func defaults(for scoring: Scoring) -> AlignmentParameters {
        scoring == .margin ? AlignmentParameters() : .normalizedCost
    }

    /// The n-m link types (both sides non-empty) these parameters allow.
    public var linkTypes: [(Int, Int)] {
        var t: [(Int, Int)] = []
        for a in 1...maxLinkSize {
            for b in 1...maxLinkSize where a + b <= maxLinkSentences { t.append((a, b)) }
        }
        return t
    }

    /// Throws ``AlignerError/invalidParameters`` for any value out of range or any contradiction.
    public func validate() throws {
        func fail(_ s: String) throws { throw AlignerError.invalidParameters(s) }
        if !(1...6).contains(maxLinkSize) { try fail("maxLinkSize must be 1 to 6, got \(maxLinkSize)") }
        if !(2...8).contains(maxLinkSentences) { try fail("maxLinkSentences must be 2 to 8, got \(maxLinkSentences)") }
        if maxLinkSentences < maxLinkSize + 1 {
            try fail("maxLinkSentences (\(maxLinkSentences)) leaves no room for 1-\(maxLinkSize) links; raise it to at least \(maxLinkSize + 1) or lower maxLinkSize")
        }
        switch skipCost {
        case .fixed(let c) where !(c > 0 && c.isFinite): try fail("a fixed skip cost must be positive, got \(c)")
        case .quantile(let q) where !(q > 0 && q < 1): try fail("the skip quantile must be in (0, 1), got \(q)")
        case .relative(let k) where !(k > 0 && k.isFinite): try fail("the relative skip cost must be positive, got \(k)")
        default: break
        }
        if !(sizeExponent >= 0 && sizeExponent <= 3) { try fail("sizeExponent must be in [0, 3], got \(sizeExponent)") }
        for (name, v) in [("lengthPenalty", lengthPenalty), ("anchorWeight", anchorWeight), ("paragraphPenalty", paragraphPenalty),
                          ("continuationBonus", continuationBonus),
                          ("mergeWeight", mergeWeight), ("linkPrior", linkPrior), ("shiftedBoundaryDeviation", shiftedBoundaryDeviation)]
        where !(v >= 0 && v.isFinite) { try fail("\(name) must be ≥ 0, got \(v)") }
        if scoring == .margin {
            if case .quantile = skipCost {
                try fail("margin scoring takes a fixed or relative skip cost, not a quantile (its costs are negated scores)")
            }
            if sizeExponent != 1 { try fail("sizeExponent applies to normalized scoring only; margin scoring keeps links small by summing scores") }
        }
        if scoring == .normalizedCost && skipExtension != 1 {
            try fail("skipExtension applies to margin scoring only (normalized costs need linear skips), got \(skipExtension)")
        }
        if !(skipExtension > 0 && skipExtension <= 1) { try fail("skipExtension must be in (0, 1], got \(skipExtension)") }
        if !(shiftedBoundaryGain.isFinite && shiftedBoundaryGain > -1 && shiftedBoundaryGain < 1) {
            try fail("shiftedBoundaryGain must be in (-1, 1), got \(shiftedBoundaryGain)")
        }
        if shiftedBoundaryDeviation > 0 && (maxLinkSize < 2 || maxLinkSentences < 4) {
            try fail("shiftedBoundaryDeviation makes 2-2 links, which maxLinkSize \(maxLinkSize) / maxLinkSentences \(maxLinkSentences) exclude; set it to 0")
        }
        if !(0...1000).contains(crossedAnchorLimit) { try fail("crossedAnchorLimit must be 0 to 1000, got \(crossedAnchorLimit)") }
        if !(1...4096).contains(normalizationSamples) { try fail("normalizationSamples must be 1 to 4096, got \(normalizationSamples)") }
        if !(1...256).contains(searchWidth) { try fail("searchWidth must be 1 to 256, got \(searchWidth)") }
        if !(1...6).contains(concatenationLimit) { try fail("concatenationLimit must be 1 to 6, got \(concatenationLimit)") }
        if exhaustiveCellLimit < 16 { try fail("exhaustiveCellLimit must be ≥ 16, got \(exhaustiveCellLimit)") }
    }
}
