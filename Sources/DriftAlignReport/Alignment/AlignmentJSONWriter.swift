import DriftAlignAligner
import DriftAlignCore
import Foundation

/// Writes a ``DocumentAlignment`` as JSON (schema ``AlignmentJSON/schemaVersion``,
/// docs/ALIGNMENT-JSON.md): `driftalign align --format json`, and anyone who wants the links with
/// their texts and offsets in both the documents and the input files.
///
/// Output is stable: keys sorted, two-space indentation, numbers rounded to 4 decimals, so two
/// runs on the same input give the same bytes and diffs stay readable.
public struct AlignmentJSONWriter: Sendable {
    public init() {}

    /// The alignment as the JSON model, sides resolved and offsets mapped into the input files.
    public func model(_ alignment: DocumentAlignment) throws -> AlignmentJSON {
        let links = try alignment.resolvedLinks().map { r in
            AlignmentJSON.Link(
                type: "\(r.link.original.count)-\(r.link.translation.count)",
                original: r.original.map(Self.side), translation: r.translation.map(Self.side),
                score: Self.rounded(r.link.score), method: r.link.method,
                confidence: r.link.confidence.map(Self.rounded))
        }
        return AlignmentJSON(originals: alignment.originals.map(Self.info), translation: Self.info(alignment.translation),
                             links: links)
    }

    /// The JSON text, ending with a newline.
    public func write(_ alignment: DocumentAlignment) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(try model(alignment))
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch let e as EncodingError {
            throw AlignmentWriterError.encoding("\(e)")
        }
    }

    static func info(_ d: Document) -> AlignmentJSON.DocumentInfo {
        AlignmentJSON.DocumentInfo(id: d.id, source: d.sourceType, language: d.language, title: d.title,
                                   author: d.author, url: d.url, published: d.published.map(iso8601),
                                   file: d.input.location, voices: d.voices.isEmpty ? nil : d.voices.map {
                                       AlignmentJSON.Voice(start: $0.range.lowerBound, end: $0.range.upperBound, speaker: $0.speaker,
                                                           text: ReportText.slice(d, $0.range))
                                   })
    }

    static func side(_ s: ResolvedSide) -> AlignmentJSON.Side {
        let file = s.document.inputRange(for: s.range)
        let span = s.span.map { r in
            let f = s.document.inputRange(for: r)
            return AlignmentJSON.Span(start: r.lowerBound, end: r.upperBound, text: s.spanText ?? "",
                                      fileStart: f?.lowerBound, fileEnd: f?.upperBound)
        }
        return AlignmentJSON.Side(document: s.document.id, sentences: s.sentences, text: s.text,
                                  start: s.range.lowerBound, end: s.range.upperBound,
                                  fileStart: file?.lowerBound, fileEnd: file?.upperBound, span: span)
    }

    /// Four decimals: enough to rank links, few enough that output does not churn between runs.
    static func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

    /// ISO 8601 in UTC to the second, e.g. "2025-03-01T14:05:00Z".
    static func iso8601(_ date: Date) -> String { date.formatted(.iso8601) }
}
