import DriftAlignAligner
import DriftAlignEncoder
import DriftAlignRegistry
import DriftAlignStore
import Foundation

/// Ranks stored documents by how likely an article quotes or translates them: embedding retrieval
/// over every stored sentence, then the quote miner on the best few documents.
///
/// Retrieval: each French sentence and «quotation» (3+ words) keeps its `k` nearest stored
/// sentences; a hit's probability is ``QuoteCalibration`` of its cosine and margin (cosine over
/// the mean of both sides' nearest neighbours, Artetxe & Schwenk 2019), and a document's retrieval
/// score combines its units' best hits as independent evidence (noisy-or). The quote miner then
/// re-examines the `minerDocuments` best documents together; a document's confidence is the
/// noisy-or of the miner's accepted matches, or, with none, half its retrieval score (unconfirmed).
struct MatchRanking {
    /// Why a document ranks where it does: one French unit and the original sentence(s) it matches.
    struct Evidence {
        var sentence: Int
        var unit: String
        var text: String
        var originalSentences: [Int]
        var originalText: String
        var confidence: Double
    }

    struct Candidate {
        var document: StoredDocument
        var retrieval: Double
        var confidence: Double
        /// The quote miner's accepted matches (empty when it confirmed none).
        var evidence: [Evidence]
        /// The best retrieval hits behind ``retrieval`` (sentence or clause rows).
        var retrievalEvidence: [Evidence]
    }

    let encoder: any SentenceEncoder
    var k = 10
    var neighbours = 4
    var minerDocuments = 10
    /// Units per document that count towards its retrieval score (bounds long articles' drift).
    var unitsPerDocument = 5
    var calibration = QuoteCalibration.default
    /// Documents with more sentences than this are mined only around the sentences retrieval
    /// found (``QuoteMiner/match(originals:translation:focus:window:)``), ``excerptWindow``
    /// sentences each side. 2,000 is past any post, readout or article (the seeds have up to 70
    /// sentences, a long Kremlin transcript a few hundred), so those are mined whole as before;
    /// a book or a long transcript is not re-encoded whole (111,629 sentences: 92 s, docs/STORE.md).
    var excerptAbove = 2_000
    var excerptWindow = 2

    func rank(article: Document, index: MatchIndex) throws -> [Candidate] {
        let units = Self.units(article)
        guard !units.isEmpty, index.rows > 0 else { return [] }
        let queries = try encoder.encodeMatrix(units.map { MatchText.encoderForm($0.text) })
        let (hits, rowMean) = index.search(queries, k: k, neighbours: neighbours)
        // Best hit of every (document, unit): its probability and the stored row.
        var best: [Int: [Int: (p: Double, row: Int)]] = [:]
        for (u, list) in hits.enumerated() {
            let unitMean = list.prefix(neighbours).map(\.cosine).reduce(0, +) / Float(max(1, min(neighbours, list.count)))
            for h in list {
                let margin = h.cosine / max(0.05, 0.5 * (unitMean + rowMean[h.row]))
                let p = calibration.probability(cosine: Double(h.cosine), margin: Double(margin))
                let d = index.rowDocument[h.row]
                if p > best[d]?[u]?.p ?? -1 { best[d, default: [:]][u] = (p, h.row) }
            }
        }
        var candidates = best.map { d, perUnit in
            let top = perUnit.sorted { ($0.value.p, $1.key) > ($1.value.p, $0.key) }.prefix(unitsPerDocument)
            return Candidate(document: index.documents[d], retrieval: Self.noisyOr(top.map(\.value.p)), confidence: 0, evidence: [],
                             retrievalEvidence: top.map { u, hit in
                                 Evidence(sentence: units[u].sentence, unit: "retrieval", text: units[u].text,
                                          originalSentences: [index.rowSentence[hit.row]], originalText: index.text(ofRow: hit.row),
                                          confidence: hit.p)
                             })
        }
        candidates.sort { ($0.retrieval, $1.document.rowID) > ($1.retrieval, $0.document.rowID) }
        let examined = Array(candidates.prefix(minerDocuments))
        // Sentences of each document (by row id) that some unit's hits point at (sentence or clause rows).
        var hitSentences: [Int64: Set<Int>] = [:]
        for list in hits { for h in list { hitSentences[index.documents[index.rowDocument[h.row]].rowID, default: []].insert(index.rowSentence[h.row]) } }
        var focus: [Int: Set<Int>] = [:]
        for (i, c) in examined.enumerated() where c.document.sentences.count > excerptAbove {
            focus[i] = hitSentences[c.document.rowID] ?? []
            // Said, as every change of method is: matches far from what retrieval found are not sought.
            CorpusConsole.note("match: \(c.document.source)/\(c.document.originalID) has \(Plural.count(c.document.sentences.count, "sentence")); "
                + "the quote miner reads only the \(Plural.count(focus[i]!.count, "sentence")) retrieval found in it, with \(excerptWindow) each side")
        }
        let mined = try mine(article: article, examined.map(\.document), focus: focus)
        for i in candidates.indices {
            if i < examined.count, let evidence = mined[i], !evidence.isEmpty {
                candidates[i].evidence = evidence
                candidates[i].confidence = Self.noisyOr(evidence.map(\.confidence).sorted(by: >).prefix(unitsPerDocument))
            } else {
                candidates[i].confidence = 0.5 * candidates[i].retrieval
            }
        }
        return candidates.sorted { ($0.confidence, $0.retrieval, $1.document.rowID) > ($1.confidence, $1.retrieval, $0.document.rowID) }
    }

    /// The quote miner's accepted matches, per examined document.
    private func mine(article: Document, _ docs: [StoredDocument], focus: [Int: Set<Int>]) throws -> [Int: [Evidence]] {
        guard !docs.isEmpty else { return [:] }
        let originals = docs.map { $0.makeDocument() }
        var miner = QuoteMiner(encoder: encoder)
        miner.otherSpeaker = AlignmentPipeline.otherSpeaker
        let matches = try miner.match(originals: originals, translation: article, focus: focus, window: excerptWindow)
        var out: [Int: [Evidence]] = [:]
        let scalars = Array(article.text.unicodeScalars)
        // Each original's scalars made once, not once a match (a stored book's are 14 million).
        var originalScalars: [Int: [Unicode.Scalar]] = [:]
        for m in matches where m.hasSource {
            let d = m.originalDocument!
            let orig = originals[d]
            let oText = m.originalRange.map { r -> String in
                if originalScalars[d] == nil { originalScalars[d] = Array(orig.text.unicodeScalars) }
                return ScalarText.string(originalScalars[d]!, r)
            }
                ?? m.originalSentences.map { orig.sentences[$0].text }.joined(separator: " ")
            out[d, default: []].append(Evidence(sentence: m.translationSentence, unit: m.unit.rawValue,
                                                text: ScalarText.string(scalars, m.translationRange),
                                                originalSentences: m.originalSentences, originalText: oText, confidence: m.confidence))
        }
        return out
    }

    /// The French units searched: every body sentence and every quotation with at least
    /// ``minimumWords`` words (datelines, captions and bylines carry no quoted content).
    static func units(_ doc: Document) -> [(sentence: Int, text: String)] {
        var out: [(sentence: Int, text: String)] = []
        let scalars = Array(doc.text.unicodeScalars)
        for s in doc.sentences where s.kind != .dateline && s.kind != .caption {
            if MatchText.wordCount(scalars, s.range) >= minimumWords { out.append((s.index, s.text)) }
            for q in s.quotes where q.inner != s.range && MatchText.wordCount(scalars, q.inner) >= minimumWords {
                out.append((s.index, q.text))
            }
        }
        return out
    }

    /// Units with fewer words are not searched (« normalisation », "Washington (AFP) -").
    static let minimumWords = 3

    /// 1 − Π(1 − pᵢ): the probability that at least one piece of evidence is right, if independent.
    static func noisyOr<S: Sequence>(_ ps: S) -> Double where S.Element == Double {
        1 - ps.reduce(1.0) { $0 * (1 - min(max($1, 0), 1)) }
    }
}
