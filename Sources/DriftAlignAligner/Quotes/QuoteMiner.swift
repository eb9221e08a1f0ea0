import DriftAlignCore
import DriftAlignEncoder
import Foundation

/// Finds which sentences and «quoted spans» of French news prose translate which original
/// sentences, in any order, across several originals, and which have no source.
///
/// Margin-based mining after Artetxe & Schwenk (2019, "Margin-based parallel corpus mining"):
/// a pair's cosine is divided by the mean cosine of each side with its k nearest neighbours, so a
/// pair stands out only if it is closer than either side's usual company. The margin and the
/// cosine are mapped to a probability by ``QuoteCalibration`` (fitted on Tatoeba dev data with
/// distractors, scripts/calibrate-quotes.sh). A quoted fragment is first compared with runs of
/// words of the closest original sentences (``PhraseMiner``), which finds two- and three-word
/// quotations that a whole sentence drowns; failing that, a fragment of three words or more is
/// matched at sentence level like a sentence and then narrowed to the words it translates
/// (``SpanNarrower``).
public struct QuoteMiner: Sendable {
    public let encoder: any SentenceEncoder
    /// Neighbours per side in the margin (Artetxe & Schwenk use k = 4).
    public var neighbours = 4
    /// Minimum calibrated confidence to accept a match. The calibration says how likely a pair is
    /// an exact translation; news prose paraphrases loosely, so the operating point is lower: 0.1
    /// maximised sentence-level F1 on the seed gold (Corpora/gold/quotes: 0.600 vs 0.512 at 0.2
    /// and 0.324 at 0.5).
    public var threshold = 0.1
    public var calibration = QuoteCalibration.default
    /// The confidence model of run-of-words matches (``PhraseMiner``).
    public var phraseCalibration = QuoteCalibration.phrases
    /// Quoted spans shorter than this many words are not matched against whole sentences.
    public var minimumQuoteWords = 3
    /// Quoted spans of at least this many words are matched against runs of words of the
    /// originals (``PhraseMiner``); single quoted words are scare quotes more often than
    /// quotations (« normalisation »), so they are not mined at all.
    public var minimumPhraseWords = 2
    /// Minimum calibrated confidence for a run-of-words match: 0.5, the calibration's own decision
    /// point (more likely a translation than not), not tuned. Below it, a span of at least
    /// ``minimumQuoteWords`` words falls back to sentence-level mining at ``threshold``.
    public var phraseThreshold = 0.5

    /// Says whether the speaker the French names for a unit (its ``Attribution``) is someone
    /// other than the issuer of the candidate original text at `originalRange` of `original` (its
    /// author, or the speaker of a ``Document/voices`` passage holding it), given that text (which
    /// may itself report that speaker's words). Nil: speakers are not compared.
    public typealias OtherSpeaker = @Sendable (_ speaker: String, _ original: Document, _ originalRange: Range<Int>,
                                               _ originalText: String) -> Bool
    public var otherSpeaker: OtherSpeaker?
    /// Prior odds factor for a match whose French speaker is someone else than the original's
    /// issuer. The calibrations were fitted on pools where every unit has its translation among
    /// the candidates; words an article gives to another speaker ("Zelensky a déclaré être prêt à
    /// des «négociations sérieuses»") almost always come from a text the case does not hold (a
    /// misattributed quotation is the exception the report flags), so their odds of translating
    /// this original are divided by 20: the phrase matcher's decision point 0.5 becomes 0.95 of
    /// the uninformed confidence. A close quotation still passes (0.99 → 0.87), a match of one
    /// shared word does not ("the negotiations" for «négociations sérieuses»: 0.75 → 0.13 in seed
    /// 004, 0.91 → 0.33 in a test). Set from those odds, not tuned on the seed gold, whose figures
    /// are the same with 9 and 20 (SpeakerWeighingTests, QuoteMiningGoldTests).
    public var otherSpeakerOdds = 1.0 / 20

    /// The most unit × candidate comparisons one ``match(originals:translation:)`` makes; over it,
    /// it throws before encoding anything (``comparisonLimitMessage(units:candidates:limit:)``).
    ///
    /// Mining compares every French unit with every candidate and keeps the whole cosine matrix
    /// (4 bytes a pair) for the margins, which need each row's and each column's nearest
    /// neighbours. Two 100,000-sentence files made that 80 GB and the process aborted on the
    /// allocation after half a minute. Refusing is chosen over a bounded-memory computation
    /// (tiles, streaming the top k of each row and column): tiles would bound the memory but not
    /// the time, which grows as the product (4,000 sentences a side, 3.2·10⁷ comparisons: 6.7 s
    /// and 193 MB with the lexical encoder on this 2-core machine; 100,000 a side would take hours),
    /// and inputs that large are full translations, which the monotonic mode aligns along the
    /// diagonal (100,000 sentences a side: 57 s). 5·10⁷ (a 200 MB matrix, about 10 s by the same
    /// figures) is far above what articles make (the demo cases: under 10⁵ comparisons) and lets
    /// a translation of about 5,000 sentences through in auto mode.
    public var maximumComparisons = QuoteMiner.defaultMaximumComparisons
    public static let defaultMaximumComparisons = 50_000_000
    /// How many candidates are encoded at once (8,192: 16 MB of 512-d vectors). Any size gives
    /// the same matches.
    public var candidateBlock = 8_192

    public init(encoder: any SentenceEncoder) { self.encoder = encoder }

    /// Why mining is refused: what it compares, how many pairs that makes and what to do instead.
    static func comparisonLimitMessage(units: Int, candidates: Int, limit: Int) -> String {
        let product = units.multipliedReportingOverflow(by: candidates)
        let count = product.overflow ? "more than \(Int.max)" : "\(product.partialValue)"
        return "quote mining compares every French unit (\(units) sentences and quotations) with every candidate of the "
            + "originals (\(candidates) sentences, sentence pairs and clauses): \(units) × \(candidates) = \(count) comparisons "
            + "is over the limit of \(limit); for a full translation of one original use --mode monotonic, "
            + "or split the documents"
    }

    /// The speaker the French names for a unit: the attribution of the quotation it overlaps, or
    /// whose cue is in its sentence (what the report compares with the author).
    func speaker(of unit: Unit, in translation: Document) -> String? {
        guard otherSpeaker != nil, !translation.attributions.isEmpty else { return nil }
        return translation.speaker(at: unit.range, sentence: translation.sentences[unit.sentence].range)
    }

    /// `confidence` with the odds lowered by ``otherSpeakerOdds`` when the unit's speaker is
    /// someone else than the original's issuer.
    func weighed(_ confidence: Double, speaker: String?, original: Document, sentences: [Int]) -> Double {
        guard let speaker, let otherSpeaker else { return confidence }
        guard let first = sentences.first, let last = sentences.last else { return confidence }
        let text = sentences.map { original.sentences[$0].text }.joined(separator: " ")
        let range = original.sentences[first].range.lowerBound..<original.sentences[last].range.upperBound
        guard otherSpeaker(speaker, original, range, text) else { return confidence }
        let odds = confidence / max(1e-9, 1 - confidence) * otherSpeakerOdds
        return odds / (1 + odds)
    }

    /// A French unit to mine: a sentence or a quoted span in it.
    struct Unit {
        var sentence: Int
        var range: Range<Int>
        var text: String
        var kind: QuoteMatch.Unit
        var words: Int
    }

    /// A candidate original: one sentence or two consecutive sentences of one document.
    struct Candidate {
        var document: Int
        var sentences: [Int]
        var text: String
    }

    /// One link per French sentence: to its source (narrowed to a quote when the match is a
    /// quotation), or with an empty original side when it has none.
    public func mine(originals: [Document], translation: Document) throws -> [DocumentAlignment.Link] {
        let matches = try match(originals: originals, translation: translation)
        // Grouped once, in match order: filtering all matches for each sentence was quadratic.
        let bySentence = Dictionary(grouping: matches, by: \.translationSentence)
        var links: [DocumentAlignment.Link] = []
        for s in translation.sentences {
            let own = bySentence[s.index] ?? []
            let found = own.filter(\.hasSource)
            if found.isEmpty {
                links.append(.init(originalDocument: nil, original: [], translation: [s.index], score: 0, method: .quote, confidence: own.first { $0.unit == .sentence }.map { 1 - $0.confidence }))
                continue
            }
            // A sentence match and quote matches to the same original sentences: keep the quote.
            var kept: [QuoteMatch] = []
            for m in found.sorted(by: { ($0.unit == .quote ? 0 : 1, -$0.confidence) < ($1.unit == .quote ? 0 : 1, -$1.confidence) }) {
                if kept.contains(where: { $0.originalDocument == m.originalDocument && !Set($0.originalSentences).isDisjoint(with: m.originalSentences) }) { continue }
                kept.append(m)
            }
            for m in kept.sorted(by: { $0.translationRange.lowerBound < $1.translationRange.lowerBound }) {
                links.append(.init(originalDocument: m.originalDocument, original: m.originalSentences, translation: [s.index],
                                   score: max(0, min(1, m.similarity)), method: .quote,
                                   translationSpan: m.unit == .quote ? m.translationRange : nil,
                                   originalSpan: m.originalRange, confidence: m.confidence))
            }
        }
        return links
    }

    /// Every unit's best match (sources found or not), with similarity, margin and confidence.
    public func match(originals: [Document], translation: Document) throws -> [QuoteMatch] {
        let units = self.units(translation)
        let candidates = self.candidates(originals)
        guard !units.isEmpty else { return [] }
        let product = units.count.multipliedReportingOverflow(by: candidates.count)
        guard !product.overflow, product.partialValue <= maximumComparisons else {
            throw AlignerError.tooLarge(Self.comparisonLimitMessage(units: units.count, candidates: candidates.count,
                                                                             limit: maximumComparisons))
        }
        guard !candidates.isEmpty else {
            return units.map { QuoteMatch(unit: $0.kind, translationSentence: $0.sentence, translationRange: $0.range, originalDocument: nil,
                                          originalSentences: [], originalRange: nil, similarity: 0, margin: 0, confidence: 0) }
        }
        let dim = encoder.dimension
        let u = VectorMatrix(rows: units.count, dimension: dim, data: try encoder.encodeMatrix(units.map { TextFolding.comparisonForm($0.text) }))
        // Cosine matrix, units × candidates. The candidates are encoded a block at a time and
        // their vectors dropped once compared, so memory holds the matrix (at most
        // `maximumComparisons` floats) and one block of vectors, not every candidate's 2 KB
        // vector: a 250,000-sentence original (500,000 candidates) took 1.48 GB with all of them.
        var sim = [Float](repeating: 0, count: units.count * candidates.count)
        var blockStart = 0
        while blockStart < candidates.count {
            let blockEnd = min(candidates.count, blockStart + max(1, candidateBlock))
            let c = VectorMatrix(rows: blockEnd - blockStart, dimension: dim,
                                 data: try encoder.encodeMatrix(candidates[blockStart..<blockEnd].map { TextFolding.comparisonForm($0.text) }))
            for i in 0..<units.count {
                for j in blockStart..<blockEnd { sim[i * candidates.count + j] = u.dot(i, c, j - blockStart) }
            }
            blockStart = blockEnd
        }
        let k = neighbours
        let unitNeighbourMean = (0..<units.count).map { i in meanTop(k, (0..<candidates.count).map { sim[i * candidates.count + $0] }) }
        let candNeighbourMean = (0..<candidates.count).map { j in meanTop(k, (0..<units.count).map { sim[$0 * candidates.count + j] }) }

        // Quoted spans: their best run of words among the originals' closest sentences.
        let quoteUnits = units.indices.filter {
            units[$0].kind == .quote && units[$0].words <= PhraseMiner.maximumWords
        }
        let fragments = quoteUnits.map { i -> (text: String, ranked: [(document: Int, sentence: Int)]) in
            var best: [Int: Float] = [:]
            for (j, cand) in candidates.enumerated() {
                for s in cand.sentences {
                    let key = cand.document << 32 | s
                    best[key] = max(best[key] ?? -1, sim[i * candidates.count + j])
                }
            }
            let ranked = best.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.map { (document: $0.key >> 32, sentence: $0.key & 0xFFFF_FFFF) }
            return (units[i].text, ranked)
        }
        let phraseMatches = try PhraseMiner(encoder: encoder, calibration: phraseCalibration).best(for: fragments, in: originals)
        var phraseOf: [Int: PhraseMiner.Match] = [:]
        for (k, i) in quoteUnits.enumerated() { if let m = phraseMatches[k] { phraseOf[i] = m } }

        let narrower = SpanNarrower(encoder: encoder)
        return try units.enumerated().map { i, unit in
            // A line of punctuation (a blank line of presegmented input, "]" of pasted JSON)
            // translates nothing, however close its vector lies to another such line; nor does a
            // dateline («Washington, 11 mars 2025 (AFP) -»), the agency's own place and date, which
            // USE-m puts near an original's dated lines (a quoted tweet's byline, 0.49).
            guard Self.hasWords(unit.text), translation.sentences[unit.sentence].kind != .dateline else {
                return QuoteMatch(unit: unit.kind, translationSentence: unit.sentence, translationRange: unit.range, originalDocument: nil,
                                  originalSentences: [], originalRange: nil, similarity: 0, margin: 0, confidence: 0)
            }
            let speaker = self.speaker(of: unit, in: translation)
            let phrase = phraseOf[i].map { p in
                (match: p, confidence: weighed(p.confidence, speaker: speaker, original: originals[p.document], sentences: [p.sentence]))
            }
            if let p = phrase, p.confidence >= phraseThreshold {
                return QuoteMatch(unit: unit.kind, translationSentence: unit.sentence, translationRange: unit.range, originalDocument: p.match.document,
                                  originalSentences: [p.match.sentence], originalRange: p.match.range, similarity: p.match.cosine,
                                  margin: p.match.margin, confidence: p.confidence)
            }
            if unit.kind == .quote && unit.words < minimumQuoteWords {
                return QuoteMatch(unit: unit.kind, translationSentence: unit.sentence, translationRange: unit.range, originalDocument: nil,
                                  originalSentences: [], originalRange: nil, similarity: phrase?.match.cosine ?? 0,
                                  margin: phrase?.match.margin ?? 0, confidence: phrase?.confidence ?? 0)
            }
            var best = (j: -1, margin: -Float.infinity)
            for j in 0..<candidates.count {
                let m = sim[i * candidates.count + j] / max(0.05, 0.5 * (unitNeighbourMean[i] + candNeighbourMean[j]))
                if m > best.margin { best = (j, m) }
            }
            let cand = candidates[best.j]
            let cosine = Double(sim[i * candidates.count + best.j])
            let conf = weighed(calibration.probability(cosine: cosine, margin: Double(best.margin)), speaker: speaker,
                               original: originals[cand.document], sentences: cand.sentences)
            guard conf >= threshold else {
                return QuoteMatch(unit: unit.kind, translationSentence: unit.sentence, translationRange: unit.range, originalDocument: nil,
                                  originalSentences: [], originalRange: nil, similarity: cosine, margin: Double(best.margin), confidence: conf)
            }
            let doc = originals[cand.document]
            var range = doc.sentences[cand.sentences.first!].range.lowerBound..<doc.sentences[cand.sentences.last!].range.upperBound
            if unit.kind == .quote, let narrowed = try narrower.narrow(unit.text, in: doc, range: range) { range = narrowed }
            return QuoteMatch(unit: unit.kind, translationSentence: unit.sentence, translationRange: unit.range, originalDocument: cand.document,
                              originalSentences: cand.sentences, originalRange: range, similarity: cosine,
                              margin: Double(best.margin), confidence: conf)
        }
    }

    func units(_ doc: Document) -> [Unit] {
        var out: [Unit] = []
        for s in doc.sentences {
            out.append(Unit(sentence: s.index, range: s.range, text: s.text, kind: .sentence, words: SpanNarrower.wordCount(s.text)))
            for q in s.quotes where q.inner != s.range {
                let words = SpanNarrower.wordCount(q.text)
                if words >= minimumPhraseWords { out.append(Unit(sentence: s.index, range: q.inner, text: q.text, kind: .quote, words: words)) }
            }
        }
        return out
    }

    func candidates(_ docs: [Document]) -> [Candidate] {
        var out: [Candidate] = []
        for (d, doc) in docs.enumerated() {
            for (i, s) in doc.sentences.enumerated() where Self.hasWords(s.text) {
                out.append(Candidate(document: d, sentences: [i], text: s.text))
                if i + 1 < doc.sentences.count, Self.hasWords(doc.sentences[i + 1].text) {
                    out.append(Candidate(document: d, sentences: [i, i + 1], text: s.text + " " + doc.sentences[i + 1].text))
                }
                // Long sentences also offer their clauses: a quoted fragment often renders one.
                for clause in Self.clauses(s.text) { out.append(Candidate(document: d, sentences: [i], text: clause)) }
            }
        }
        return out
    }

    /// Whether a text has a letter or a digit: a sentence that has none is no source and no quote.
    static func hasWords(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// The clauses of a sentence of more than 8 words, split at , ; : and dashes, keeping pieces
    /// of at least 4 words. Posts are written in short sentences: «Cela doit cesser MAINTENANT»
    /// renders the last clause of the 14-word "Each week brings 2,500 soldier deaths, from both
    /// sides, and it must end NOW.", which as a whole is too far from it (cosine 0.11) to be among
    /// the sentences whose runs of words are searched (more than 16 words until 2026-11-28).
    static func clauses(_ sentence: String) -> [String] {
        guard sentence.split(separator: " ").count > 8 else { return [] }
        let pieces = sentence.split(whereSeparator: { ",;:—–".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.count > 1 else { return [] }
        return pieces.filter { $0.split(separator: " ").count >= 4 }
    }

    func meanTop(_ k: Int, _ xs: [Float]) -> Float {
        let top = xs.sorted(by: >).prefix(k)
        return top.isEmpty ? 0 : top.reduce(0, +) / Float(top.count)
    }
}

/// Maps a pair's cosine and margin to the probability that one translates the other: a logistic
/// model fitted on Tatoeba dev pairs (true translations vs. the best wrong candidate).
public struct QuoteCalibration: Sendable, Equatable {
    public var bias: Double
    public var cosineWeight: Double
    public var marginWeight: Double

    /// Fitted by scripts/calibrate-quotes.sh on the Tatoeba dev pairs (fr-en, ru-en; 12,000
    /// simulated units in pools of 30 candidates): held-out accuracy 0.974 at p = 0.5.
    public static let `default` = QuoteCalibration(bias: -17.10, cosineWeight: 12.133, marginWeight: 7.144)

    /// Fitted by scripts/calibrate-phrases.sh on the Tatoeba dev pairs (fr-en, ru-en; 480
    /// simulated fragments of 2-8 words against runs of pseudo sentences): held-out accuracy 0.925
    /// at p = 0.5. The margin weighs far less than at sentence level: runs of one sentence overlap,
    /// so the closeness of the best run says more than its lead over other sentences. Refitted on
    /// 2026-12-05 when runs stopped ending on ``DanglingWords`` (before: bias −12.584, cosine
    /// 16.230, margin 1.176, accuracy 0.921).
    public static let phrases = QuoteCalibration(bias: -12.603, cosineWeight: 16.091, marginWeight: 1.245)

    public func probability(cosine: Double, margin: Double) -> Double {
        1 / (1 + exp(-(bias + cosineWeight * cosine + marginWeight * margin)))
    }
}
