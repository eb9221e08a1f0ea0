import DriftAlignCore
import DriftAlignDrift
import Foundation

/// The drift report as JSON, schema `driftalign-report/1` (documented in docs/REPORT-JSON.md).
/// Offsets are Unicode-scalar offsets into each document's text; `fileStart`/`fileEnd` point into
/// the input file through the document's source map.
public struct JSONReportWriter {
    public static let schema = "driftalign-report/1"

    public init() {}

    struct Out: Encodable {
        var schema: String
        var title: String
        var reports: [Report]
        /// Files of the case not in the report; absent when there are none.
        var leftOut: [LeftOut]?
    }
    struct LeftOut: Encodable {
        var file, reason: String
    }
    struct Report: Encodable {
        var translation: Doc
        var originals: [Doc]
        var mode, encoder: String
        var summary: Summary
        var links: [Link]
        var findings: [Finding]
        var declaredSections: [DeclaredSection]
    }
    struct DeclaredSection: Encodable {
        var heading: Span?
        var sentences: [Int]
        var issuer: String
        /// Id of the original the section was aligned with; null when the case has none.
        var original: String?
        var note: String
    }
    struct Doc: Encodable {
        var id, source, language, file: String
        var title, author, url: String?
        /// What the source plugin worked around (``Document/warnings``); absent for a clean read.
        var warnings: [String]?
        /// Passages in someone else's words (``Document/voices``); absent when there are none.
        var voices: [Voice]?
    }
    struct Voice: Encodable {
        var start, end: Int
        var speaker, text: String
    }
    struct Summary: Encodable {
        var originalCoverage, sourcedShare, driftedShare, meanDrift: Double
        var links: Int
        var findings: [String: Int]
    }
    struct Span: Encodable {
        var document: String
        var sentences: [Int]
        var start, end: Int
        var fileStart, fileEnd: Int?
        var text: String
    }
    struct Link: Encodable {
        var number: Int
        var method: String
        var original: Span?
        var translation: Span?
        var score: Double
        var drift: Double?
        var confidence: Double?
    }
    struct Finding: Encodable {
        var link: Int
        var type, severity, reason: String
        var original: Span?
        var translation: Span?
    }

    /// `leftOut`: files of the case not in the report (``LeftOutFile``), as `leftOut` at the top level.
    public func write(_ reports: [DriftReport], caseTitle: String, leftOut: [LeftOutFile] = []) throws -> String {
        let out = Out(schema: Self.schema, title: caseTitle, reports: reports.map(report),
                      leftOut: leftOut.isEmpty ? nil : leftOut.map { LeftOut(file: $0.file, reason: $0.reason) })
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try enc.encode(out), as: UTF8.self) + "\n"
    }

    func report(_ r: DriftReport) -> Report {
        func doc(_ d: Document) -> Doc {
            Doc(id: d.id, source: d.sourceType, language: d.language, file: d.input.location, title: d.title, author: d.author, url: d.url,
                warnings: d.warnings.isEmpty ? nil : d.warnings,
                voices: d.voices.isEmpty ? nil : d.voices.map {
                    Voice(start: $0.range.lowerBound, end: $0.range.upperBound, speaker: $0.speaker, text: ReportText.slice(d, $0.range))
                })
        }
        func span(_ d: Document, _ sentences: [Int], _ range: Range<Int>?) -> Span? {
            guard let range else { return nil }
            let f = d.inputRange(for: range)
            return Span(document: d.id, sentences: sentences, start: range.lowerBound, end: range.upperBound,
                        fileStart: f?.lowerBound, fileEnd: f?.upperBound, text: ReportText.slice(d, range))
        }
        let round = { (x: Double) in (x * 10_000).rounded() / 10_000 }
        return Report(
            translation: doc(r.translation), originals: r.originals.map(doc), mode: r.mode, encoder: r.encoder,
            summary: Summary(originalCoverage: round(r.summary.originalCoverage), sourcedShare: round(r.summary.sourcedShare),
                             driftedShare: round(r.summary.driftedShare), meanDrift: round(r.summary.meanDrift), links: r.summary.links,
                             // Every severity, zero included, as REPORT-JSON.md lists them.
                             findings: Dictionary(uniqueKeysWithValues: DriftFinding.Severity.allCases.map {
                                 ($0.rawValue, r.summary.findingsBySeverity[$0] ?? 0)
                             })),
            links: r.entries.map { e in
                Link(number: e.number, method: e.link.method.rawValue,
                     original: e.link.originalDocument.flatMap { span(r.originals[$0], e.link.original, e.originalRange) },
                     translation: span(r.translation, e.link.translation, e.translationRange),
                     score: round(e.link.score), drift: e.drift.map(round), confidence: e.link.confidence.map(round))
            },
            findings: r.worstFindings.map { f in
                Finding(link: f.link, type: f.type.rawValue, severity: f.severity.rawValue, reason: f.reason,
                        original: f.originalDocument.flatMap { span(r.originals[$0], [], f.originalRange) },
                        translation: span(r.translation, [], f.translationRange))
            },
            declaredSections: zip(r.declaredSections, r.declaredSectionNotes).map { d, note in
                let h = r.translation.sentences.indices.contains(d.heading) ? r.translation.sentences[d.heading].range : nil
                return DeclaredSection(heading: span(r.translation, [d.heading], h), sentences: Array(d.sentences), issuer: d.issuer,
                                       original: d.originalDocument.flatMap { r.originals.indices.contains($0) ? r.originals[$0].id : nil },
                                       note: note)
            })
    }
}
