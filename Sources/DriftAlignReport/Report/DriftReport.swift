import DriftAlignAligner
import DriftAlignCore
import DriftAlignDrift

/// Everything a drift report shows about one translation: the alignment with its original(s),
/// each link's drift and findings in document offsets, and a summary.
///
/// Built by ``DriftReportBuilder``; read by the HTML, Markdown, JSON and TSV writers. Offsets are
/// Unicode-scalar offsets into each document's text (``Document/text``).
public struct DriftReport: Sendable {
    /// One link with its drift.
    public struct Entry: Sendable {
        /// 1-based number shown to editors ("link 7").
        public var number: Int
        public var link: DocumentAlignment.Link
        /// Scalar range of the link's original side in its document (nil for an empty side).
        public var originalRange: Range<Int>?
        /// Scalar range of the link's French side (the quoted span for a quote link).
        public var translationRange: Range<Int>?
        /// Drift in [0, 1]; nil for links with an empty side (they are findings of their own).
        public var drift: Double?
        public var findings: [Finding]
    }

    /// A finding placed in the documents.
    public struct Finding: Sendable {
        public var type: DriftFinding.Kind
        public var severity: DriftFinding.Severity
        public var reason: String
        /// Index into ``originals`` of the document ``originalRange`` points into.
        public var originalDocument: Int?
        public var originalRange: Range<Int>?
        public var translationRange: Range<Int>?
        /// The link (``Entry/number``) the finding belongs to.
        public var link: Int
    }

    /// Per-document figures an editor reads first.
    public struct Summary: Sendable {
        /// Share of the originals' sentences that some link covers.
        public var originalCoverage: Double
        /// Share of the French sentences that have a source.
        public var sourcedShare: Double
        /// Share of scored links with a minor or major finding: what an editor has to read. (A
        /// link's drift score alone can be high with nothing to point at: a faithful link whose
        /// cosine is low for the encoder, as the last link of the Kremlin fixture's faithful
        /// French translation, 0.52.)
        public var driftedShare: Double
        /// Mean drift of scored links (0 when none).
        public var meanDrift: Double
        public var links: Int
        public var findingsBySeverity: [DriftFinding.Severity: Int]
    }

    /// From this drift score on, a link is coloured as drifted (the summary's
    /// ``Summary/driftedShare`` counts findings instead).
    public static let driftThreshold = 0.5

    public var title: String
    public var originals: [Document]
    public var translation: Document
    public var entries: [Entry]
    public var summary: Summary
    /// Encoder and aligner mode, for the record.
    public var encoder: String
    public var mode: String
    /// Sections whose heading declares what they translate (auto mode).
    public var declaredSections: [DocumentAlignment.DeclaredSection] = []

    /// One sentence per declared section, for every report format: what the heading says and
    /// what the aligner did with it.
    public var declaredSectionNotes: [String] {
        declaredSections.map { d in
            let heading = translation.sentences.indices.contains(d.heading) ? translation.sentences[d.heading].text : d.issuer
            // Cite the link numbers the page shows on the section's sentences, not their positions.
            let links = entries.filter { e in !e.link.translation.isEmpty && e.link.translation.allSatisfy(d.sentences.contains) }
            let span = links.isEmpty ? "" : " (link\(links.count == 1 ? "" : "s") \(ReportText.numberRanges(links.map(\.number))))"
            if let o = d.originalDocument, originals.indices.contains(o) {
                return "«\(heading)»\(span) declares that it translates a text from \(d.issuer): aligned in order with \(originals[o].title ?? originals[o].id)."
            }
            return "«\(heading)»\(span) declares that it translates a text from \(d.issuer), which is not among this case's originals: its sentences are not compared with anything."
        }
    }

    /// All findings, worst first: by severity, then those on links that are sure sources before
    /// those on possible sources only (quote-mining confidence under
    /// ``DriftReportBuilder/certainSource``, whose drift is high because the link may be wrong),
    /// then by the drift of their link, highest first, then in reading order (French position,
    /// then original position, then link number), so equal findings never swap between runs.
    public var worstFindings: [Finding] {
        let drift = Dictionary(uniqueKeysWithValues: entries.map { ($0.number, $0.drift ?? 0) })
        let sure = Dictionary(uniqueKeysWithValues: entries.map { ($0.number, ($0.link.confidence ?? 1) >= DriftReportBuilder.certainSource ? 1 : 0) })
        func position(_ f: Finding) -> (Int, Int, Int) {
            (f.translationRange?.lowerBound ?? Int.max, f.originalRange?.lowerBound ?? Int.max, f.link)
        }
        return entries.flatMap(\.findings).sorted { a, b in
            let ka = (a.severity, sure[a.link] ?? 1, drift[a.link] ?? 0), kb = (b.severity, sure[b.link] ?? 1, drift[b.link] ?? 0)
            return ka != kb ? ka > kb : position(a) < position(b)
        }
    }
}

/// A file of a case that is not in its report, and why (an article that could not be read: the
/// other articles are reported, and the report says which one is missing).
public struct LeftOutFile: Sendable, Equatable {
    /// The path as the case's manifest resolves it.
    public var file: String
    /// One sentence: the error that kept it out.
    public var reason: String
    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}
