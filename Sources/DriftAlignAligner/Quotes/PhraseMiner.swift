import DriftAlignCore
import DriftAlignEncoder

/// Finds the words of an original that a short «quoted fragment» translates, by comparing the
/// fragment with runs of words rather than with whole sentences.
///
/// A two- or three-word quotation («grand bénéfice», «une conclusion réussie») is a poor match
/// for the thirty-word sentence it comes from, so sentence-level mining misses it; against the
/// run "the great benefit" it is close. For each fragment: the `sentencesPerQuote` original
/// sentences closest at sentence level are cut into every run of words of plausible length
/// (half to 1.6 × the fragment's words, plus two) that does not end on a word needing the next
/// one (``DanglingWords``); each run is embedded (once per run for the
/// whole article); the best run of each sentence is kept. The margin is the best run's cosine
/// over the mean of the next sentences' best runs (Artetxe & Schwenk 2019's ratio margin, with
/// k ≤ 4 neighbours, one per sentence so that overlapping runs of one sentence do not count as
/// neighbours), and ``QuoteCalibration/phrases`` (fitted on Tatoeba dev pairs by
/// scripts/calibrate-phrases.sh, not on the seeds) turns cosine and margin into a confidence.
struct PhraseMiner {
    let encoder: any SentenceEncoder
    let calibration: QuoteCalibration
    /// Original sentences searched per fragment.
    var sentencesPerQuote = 6
    /// Bound on the runs embedded per fragment.
    var maxRunsPerQuote = 600
    /// Neighbours in the margin.
    var neighbours = 4
    /// Runs of one sentence whose cosines differ by less than this are a tie, which the run whose
    /// length is closer to the fragment's wins: «grand bénéfice» is "great benefit" (the gold
    /// span), not "the great benefit"; «Fin MAINTENANT» is "end NOW" (0.743), not "NOW" (0.752),
    /// whose pick made the report say the French adds «Fin». Not fitted: 0.01 is below what
    /// separates runs that say different things, and the calibration reads the kept run's cosine.
    var lengthTie: Float = 0.01
    /// Sentences with runs needed for a decision.
    var minimumSentences = 3
    /// Longest fragment mined by runs; longer quotations read like sentences and are mined as such.
    static let maximumWords = 8

    struct Match {
        var document: Int
        var sentence: Int
        var range: Range<Int>
        var cosine: Double
        var margin: Double
        var confidence: Double
    }

    /// A run of words of one original sentence.
    private struct Run: Hashable {
        var document: Int, sentence: Int, range: Range<Int>
        /// How many words of the original it spans.
        var words: Int
    }

    /// For each fragment (its text and its original sentences ranked closest first), the best
    /// run, or nil when there is nothing to compare.
    func best(for fragments: [(text: String, ranked: [(document: Int, sentence: Int)])], in originals: [Document]) throws -> [Match?] {
        let scalars = originals.map { Array($0.text.unicodeScalars) }
        let dangling = originals.map { DanglingWords.words(for: $0.language) }
        var runIndex: [Run: Int] = [:]
        var runs: [Run] = []
        var perFragment: [[Int]] = []
        var fragmentWords: [Int] = []
        for f in fragments {
            let qWords = SpanNarrower.wordCount(f.text)
            fragmentWords.append(qWords)
            let minLen = max(1, Int(Double(qWords) * 0.5)), maxLen = max(minLen, Int(Double(qWords) * 1.6) + 2)
            var mine: [Int] = []
            for (d, s) in f.ranked.prefix(sentencesPerQuote) {
                let words = SpanNarrower.words(scalars[d], originals[d].sentences[s].range)
                let dangles = words.map { DanglingWords.isDangling(scalars[d], $0, in: dangling[d]) }
                for len in minLen...maxLen where len <= words.count {
                    for start in 0...(words.count - len) where mine.count < maxRunsPerQuote && !dangles[start + len - 1] {
                        // Compared without the sentence's closing punctuation, as the fragment is
                        // quoted without it: "NOW." drew «Fin MAINTENANT» (0.684) from "end NOW."
                        // (0.644), though "end NOW" is as close as "NOW" (0.743, 0.752).
                        let range = SpanNarrower.trimmingEndPunctuation(words[start].lowerBound..<words[start + len - 1].upperBound,
                                                                        in: scalars[d])
                        let run = Run(document: d, sentence: s, range: range, words: len)
                        let k: Int
                        if let known = runIndex[run] { k = known } else {
                            k = runs.count
                            runIndex[run] = k
                            runs.append(run)
                        }
                        mine.append(k)
                    }
                }
            }
            perFragment.append(mine)
        }
        guard !runs.isEmpty else { return fragments.map { _ in nil } }
        let dim = encoder.dimension
        let q = VectorMatrix(rows: fragments.count, dimension: dim, data: try encoder.encodeMatrix(fragments.map { Self.form($0.text) }))
        let r = VectorMatrix(rows: runs.count, dimension: dim, data: try encoder.encodeMatrix(runs.map {
            Self.form(ScalarText.string(scalars[$0.document], $0.range))
        }))
        return perFragment.enumerated().map { i, mine -> Match? in
            // The best run of each sentence, and each sentence's best cosine.
            var bestOf: [Int: (run: Int, sim: Float)] = [:]
            var peak: [Int: Float] = [:]
            var order: [Int] = []  // sentences by first appearance = by rank
            let gap = { (k: Int) in abs(runs[k].words - fragmentWords[i]) }
            for k in mine {
                let key = runs[k].document << 32 | runs[k].sentence
                let sim = q.dot(i, r, k)
                peak[key] = max(peak[key] ?? -.infinity, sim)
                if let b = bestOf[key] {
                    let better = abs(sim - b.sim) < lengthTie ? gap(k) < gap(b.run) || (gap(k) == gap(b.run) && sim > b.sim) : sim > b.sim
                    if better { bestOf[key] = (k, sim) }
                } else {
                    bestOf[key] = (k, sim)
                    order.append(key)
                }
            }
            let ranked = order.map { (key: $0, best: bestOf[$0]!) }.sorted { $0.best.sim > $1.best.sim }
            // Fewer than three sentences long enough to hold a run: no margin worth the name.
            guard ranked.count >= minimumSentences, let highest = peak.values.max() else { return nil }
            // Sentences tie as runs of one sentence do: those whose best cosine is within
            // `lengthTie` of the highest are a tie, which the kept run closer to the fragment's
            // length wins. «Fin MAINTENANT» met "NOW" in "…and it must end NOW." and "now" in
            // "That process is now in full force…" at the same cosine (0.752, the words fold
            // alike); the first sentence kept "end NOW" (0.743) by the length rule and lost to
            // the second one's "now".
            let top = ranked.filter { highest - peak[$0.key]! < lengthTie }
                .min { (gap($0.best.run), -$0.best.sim) < (gap($1.best.run), -$1.best.sim) }!.best
            let others = ranked.filter { $0.best.run != top.run }.prefix(neighbours).map(\.best.sim)
            let margin = top.sim / max(0.05, others.reduce(0, +) / Float(others.count))
            return Match(document: runs[top.run].document, sentence: runs[top.run].sentence, range: runs[top.run].range, cosine: Double(top.sim),
                         margin: Double(margin), confidence: calibration.probability(cosine: Double(top.sim), margin: Double(margin)))
        }
    }

    /// The form fragments and runs are compared in: ``TextFolding/comparisonForm(_:)`` with every
    /// ALL-CAPS word lower-cased. Emphasis in capitals is common in the short quotations mined
    /// here ("it must end NOW", «Cela doit cesser MAINTENANT») and USE-m reads capitalized words
    /// poorly (that pair: cosine 0.56 as written, 0.69 folded), while an acronym folded on both
    /// sides loses little ("the CIA and the FBI" / «la CIA et le FBI» 0.902 → 0.892, "the USA" /
    /// «les USA» 0.955 → 0.947). ``TextFolding`` folds only runs of three such words, as the sentences it
    /// serves carry acronyms more often than emphasis.
    static func form(_ text: String) -> String {
        TextFolding.lowercasingCapitalWords(TextFolding.comparisonForm(text))
    }
}
