import DriftAlignAligner
import DriftAlignCore
import DriftAlignDrift

/// Scores every link of an alignment for drift and places the findings in the documents.
///
/// Used by `driftalign report` and the corpus runner. Links with both sides are scored by the
/// ``DriftScorer`` in one batch per language pair; a monotonic alignment's 0-n and n-0 links are
/// findings themselves (French with no source, original left untranslated). In quote mining the
/// French prose around the quotes is expected to have no source and is not a finding.
public struct DriftReportBuilder {
    public let scorer: DriftScorer

    public init(scorer: DriftScorer) { self.scorer = scorer }

    public func build(_ a: DocumentAlignment, title: String, encoder: String, mode: String) throws -> DriftReport {
        var entries: [DriftReport.Entry] = a.links.enumerated().map { k, link in
            DriftReport.Entry(number: k + 1, link: link, originalRange: originalRange(link, a),
                              translationRange: translationRange(link, a), drift: nil, findings: [])
        }
        // Score links with both sides, grouped by language pair.
        let scored = entries.indices.filter { entries[$0].originalRange != nil && entries[$0].translationRange != nil }
        let groups = Dictionary(grouping: scored) { a.originals[entries[$0].link.originalDocument!].language }
        for (language, indices) in groups {
            let pairs = indices.map { i in
                (slice(a.originals[entries[i].link.originalDocument!], entries[i].originalRange!),
                 slice(a.translation, entries[i].translationRange!))
            }
            let contexts = indices.map { context(entries[$0], a) }
            let drifts = try scorer.scoreMany(pairs, originalLanguage: language, translationLanguage: a.translation.language, contexts: contexts)
            for (i, drift) in zip(indices, drifts) {
                entries[i].drift = drift.score
                let o = entries[i].originalRange!.lowerBound, t = entries[i].translationRange!.lowerBound
                let uncertain = entries[i].link.confidence.flatMap { $0 < Self.certainSource ? $0 : nil }
                entries[i].findings = drift.findings.map { f in
                    // A finding is no surer than the link it is found on: on a possible source
                    // (more likely not the source than the source) it is one severity lower.
                    let severity: DriftFinding.Severity = uncertain == nil ? f.severity : f.severity == .major ? .minor : .info
                    let reason = uncertain.map { f.reason + " (Possible source only: link confidence " + String(format: "%.2f", $0) + ".)" } ?? f.reason
                    return DriftReport.Finding(type: f.type, severity: severity, reason: reason,
                                        originalDocument: entries[i].link.originalDocument,
                                        originalRange: f.originalRange.map { ($0.lowerBound + o)..<($0.upperBound + o) },
                                        translationRange: f.translationRange.map { ($0.lowerBound + t)..<($0.upperBound + t) },
                                        link: entries[i].number)
                }
            }
        }
        if mode != "quotes" { addSkipFindings(&entries, a) }
        addTextOnlyFindings(&entries, a)
        var report = DriftReport(title: title, originals: a.originals, translation: a.translation, entries: entries,
                                 summary: summary(entries, a), encoder: encoder, mode: mode)
        report.declaredSections = a.declaredSections
        return report
    }

    /// Quote-mining confidence below which a link is only a possible source (the calibrated
    /// probability that it is the source is under one half): its findings are one severity lower
    /// (a major is minor, a minor info) and say so.
    public static let certainSource = 0.5

    /// Findings the French shows alone, on every link, sourced or not: no original is needed to
    /// see them, and seed 002 writes them in a paraphrase of a readout that is not available.
    /// Known names misspelled (``KnownNameSpelling``: «Whitoff» for Witkoff) are name findings;
    /// words whose construction betrays a wrong sense (``SuspectSenses``: «grèves sur les
    /// infrastructures», «donné à l'armée l'équipe») are meaning findings. A word the link's own
    /// check already flagged with the original beside it (the name check, ``SenseErrors``), or
    /// that an earlier link holds too, is not said twice.
    func addTextOnlyFindings(_ entries: inout [DriftReport.Entry], _ a: DocumentAlignment) {
        typealias Found = (range: Range<Int>, reason: String)
        let checks: [(type: DriftFinding.Kind, find: (String) -> [Found])] = [
            (.name, { KnownNameSpelling.nearMisses(in: $0).map { m in
                (m.range, "«\(m.written)» looks like a misspelling of \(m.known) (a name DriftAlign knows).") } }),
            (.meaning, { SuspectSenses.find(in: $0).map { s in
                (s.range, "«\(s.written)» is probably a wrong sense: here the source most likely meant \(s.meaning). Check the original.") } }),
        ]
        let findings = entries.flatMap(\.findings)
        let flagged = checks.map { c in OverlapIndex(findings.filter { $0.type == c.type }.compactMap(\.translationRange)) }
        var said = checks.map { _ in Set<Int>() }
        for i in entries.indices {
            guard let r = entries[i].translationRange else { continue }
            let text = slice(a.translation, r)
            for (k, check) in checks.enumerated() {
                for f in check.find(text) {
                    let range = (f.range.lowerBound + r.lowerBound)..<(f.range.upperBound + r.lowerBound)
                    guard !flagged[k].overlaps(range), said[k].insert(range.lowerBound).inserted else { continue }
                    entries[i].findings.append(.init(type: check.type, severity: .minor, reason: f.reason, originalDocument: nil,
                                                     originalRange: nil, translationRange: range, link: entries[i].number))
                }
            }
        }
    }

    /// In a translation (monotonic links), French with no source and original left out are findings:
    /// one per link, so a passage the aligner grouped (an n-0 or 0-n link) is one finding.
    func addSkipFindings(_ entries: inout [DriftReport.Entry], _ a: DocumentAlignment) {
        for i in entries.indices where entries[i].link.method == .monotonic {
            let e = entries[i]
            if let r = e.translationRange, e.originalRange == nil {
                let words = slice(a.translation, r).split(whereSeparator: \.isWhitespace).count
                let n = e.link.translation.count
                entries[i].findings.append(.init(type: .addition, severity: words > 12 ? .major : .minor,
                    reason: n == 1 ? "This French sentence (\(words) words) translates nothing in the original."
                                   : "These \(n) French sentences (\(words) words) translate nothing in the original.",
                    originalDocument: nil, originalRange: nil, translationRange: r, link: e.number))
            } else if let r = e.originalRange, e.translationRange == nil, let d = e.link.originalDocument {
                let words = slice(a.originals[d], r).split(whereSeparator: \.isWhitespace).count
                let n = e.link.original.count
                entries[i].findings.append(.init(type: .omission, severity: words > 12 ? .major : .minor,
                    reason: n == 1 ? "This sentence of the original (\(words) words) is missing from the French."
                                   : "These \(n) sentences of the original (\(words) words) are missing from the French.",
                    originalDocument: d, originalRange: r, translationRange: nil, link: e.number))
            }
        }
    }

    func originalRange(_ l: DocumentAlignment.Link, _ a: DocumentAlignment) -> Range<Int>? {
        guard let d = l.originalDocument, let first = l.original.first, let last = l.original.last else { return nil }
        if let span = l.originalSpan { return span }
        let s = a.originals[d].sentences
        return s[first].range.lowerBound..<s[last].range.upperBound
    }

    func translationRange(_ l: DocumentAlignment.Link, _ a: DocumentAlignment) -> Range<Int>? {
        guard let first = l.translation.first, let last = l.translation.last else { return nil }
        if let span = l.translationSpan { return span }
        let s = a.translation.sentences
        return s[first].range.lowerBound..<s[last].range.upperBound
    }

    /// Quotation and speaker context: a quote link is held to quotation fidelity, and the speaker
    /// the French names for it is compared with the original's author.
    func context(_ e: DriftReport.Entry, _ a: DocumentAlignment) -> DriftContext {
        // A tweet quoted in a post is its author's words, not the poster's (``Document/voices``).
        let author = e.link.originalDocument.flatMap { d in e.originalRange.map { a.originals[d].speaker(of: $0) } ?? a.originals[d].author }
        let published = e.link.originalDocument.flatMap { a.originals[$0].published }
        guard let t = e.translationRange else { return DriftContext(originalAuthor: author, originalPublished: published) }
        let sentence = e.link.translation.first.map { a.translation.sentences[$0].range } ?? t
        // A quoted fragment, or a sentence that is itself almost all quotation.
        let isQuote = e.link.translationSpan != nil || e.link.translation.first.map { i in
            a.translation.sentences[i].quotes.contains { 5 * $0.inner.count >= 4 * sentence.count }
        } == true
        let speaker = a.translation.speaker(at: t, sentence: sentence)
        return DriftContext(isQuotation: isQuote, originalAuthor: author, translationSpeaker: speaker,
                            isParaphrase: e.link.method == .quote && !isQuote, originalPublished: published)
    }

    func slice(_ d: Document, _ r: Range<Int>) -> String { ReportText.slice(d, r) }

    func summary(_ entries: [DriftReport.Entry], _ a: DocumentAlignment) -> DriftReport.Summary {
        let totalOriginal = a.originals.reduce(0) { $0 + $1.sentences.count }
        // Original sentences paired with French: a 1-0 or n-0 link (left untranslated) covers nothing.
        var covered = Set<[Int]>()
        for e in entries where !e.link.translation.isEmpty {
            if let d = e.link.originalDocument { for s in e.link.original { covered.insert([d, s]) } }
        }
        let sourced = Set(entries.filter { $0.link.originalDocument != nil }.flatMap(\.link.translation))
        let drifts = entries.compactMap(\.drift)
        var bySeverity: [DriftFinding.Severity: Int] = [:]
        for f in entries.flatMap(\.findings) { bySeverity[f.severity, default: 0] += 1 }
        return DriftReport.Summary(
            originalCoverage: totalOriginal == 0 ? 0 : Double(covered.count) / Double(totalOriginal),
            sourcedShare: a.translation.sentences.isEmpty ? 0 : Double(sourced.count) / Double(a.translation.sentences.count),
            driftedShare: drifts.isEmpty ? 0 : Double(entries.filter { e in e.drift != nil && e.findings.contains { $0.severity >= .minor } }.count)
                / Double(drifts.count),
            meanDrift: drifts.isEmpty ? 0 : drifts.reduce(0, +) / Double(drifts.count),
            links: entries.count, findingsBySeverity: bySeverity)
    }
}

/// Ranges, for asking whether a range overlaps any of them in O(log n): a document with thousands
/// of findings asks once per word the report-wide checks flag.
struct OverlapIndex {
    private let lowers: [Int]
    /// The largest upper bound among the ranges up to each index, in order of lower bound.
    private let maxUppers: [Int]

    init(_ ranges: [Range<Int>]) {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        lowers = sorted.map(\.lowerBound)
        var best = Int.min
        maxUppers = sorted.map { best = max(best, $0.upperBound); return best }
    }

    /// Whether `range` overlaps one of the ranges: one starts before `range` ends and ends after it starts.
    func overlaps(_ range: Range<Int>) -> Bool {
        // The number of ranges that start before `range` ends.
        var lo = 0, hi = lowers.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lowers[mid] < range.upperBound { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && maxUppers[lo - 1] > range.lowerBound
    }
}
