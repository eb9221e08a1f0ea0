import DriftAlignRegistry
import Foundation

/// The JSON form of segmented documents (`segment --format json`).
enum SegmentationJSON {
    struct Out: Encodable {
        var documents: [Doc]
    }
    struct Doc: Encodable {
        var id, source, language: String
        var title, author, published, url, skipped: String?
        var file: String
        var metadata: [String: String]
        /// What the plugin worked around (``Document/warnings``); absent for a clean read.
        var warnings: [String]?
        var sentences: [Sent]
        var attributions: [Attr]
    }
    struct Attr: Encodable {
        var cue: String
        var start, end: Int
        var speaker, channel: String?
        var speakerStart, speakerEnd, quoteStart, quoteEnd: Int?
    }
    struct Sent: Encodable {
        var index: Int
        var text: String
        var start, end: Int
        var fileStart, fileEnd: Int?
        var paragraph: Int
        var kind: String
        var quotes: [Quote]
    }
    struct Quote: Encodable {
        var text: String
        var start, end: Int
        var style: String
    }

    static func encode(_ docs: [Document]) throws -> String {
        let iso = ISO8601DateFormatter()
        let out = Out(documents: docs.map { d in
            Doc(id: d.id, source: d.sourceType, language: d.language, title: d.title, author: d.author,
                published: d.published.map { iso.string(from: $0) }, url: d.url, skipped: d.skipReason,
                file: d.input.location, metadata: d.metadata, warnings: d.warnings.isEmpty ? nil : d.warnings,
                sentences: d.sentences.map { s in
                    let f = d.inputRange(for: s.range)
                    return Sent(index: s.index, text: s.text, start: s.range.lowerBound, end: s.range.upperBound,
                                fileStart: f?.lowerBound, fileEnd: f?.upperBound, paragraph: s.paragraph, kind: s.kind.rawValue,
                                quotes: s.quotes.map { Quote(text: $0.text, start: $0.inner.lowerBound, end: $0.inner.upperBound, style: $0.style.rawValue) })
                },
                attributions: d.attributions.map { a in
                    Attr(cue: a.cue, start: a.cueRange.lowerBound, end: a.cueRange.upperBound, speaker: a.speaker, channel: a.channel,
                         speakerStart: a.speakerRange?.lowerBound, speakerEnd: a.speakerRange?.upperBound,
                         quoteStart: a.quoteRange?.lowerBound, quoteEnd: a.quoteRange?.upperBound)
                })
        })
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try enc.encode(out), as: UTF8.self)
    }
}
