import DriftAlignCore
import Foundation

/// The JSON form of segmented documents (`driftalign segment --format json`).
///
/// Written document by document and sentence by sentence (``write(_:chunkSize:to:)``): the whole
/// tree encoded at once took about 1.2 KB of memory per sentence, so a 5 MB file of "A!A!A!…"
/// (2.5 million one-word sentences) needed over 3 GB. The bytes are those of `JSONEncoder` with
/// pretty printing and sorted keys on the whole tree (``tree(_:)``).
public enum SegmentationJSON {
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

    /// The JSON of `docs`, whole (tests, small outputs).
    public static func encode(_ docs: [Document]) throws -> String {
        var out = ""
        try write(docs) { out += $0 }
        return out
    }

    /// Writes the JSON of `docs` to `sink` in pieces of about `chunkSize` bytes (one batch of 256
    /// sentences or attributions more at most), followed by a line end.
    public static func write(_ docs: [Document], chunkSize: Int = 1 << 16, to sink: @escaping (String) -> Void) throws {
        var out = Chunks(size: chunkSize, sink: sink)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard !docs.isEmpty else {
            out.emit(Array(try encoder.encode(Out(documents: []))) + [0x0A])
            out.flush()
            return
        }
        let iso = ISO8601DateFormatter()
        /// The `count` items of a document's array (at depth 4), in place of the empty array's
        /// blank line: encoded 256 at a time (an encoder call per item took 40 % longer), as an
        /// array whose first and last lines, its brackets, are dropped.
        func items<T: Encodable>(_ count: Int, _ item: (Int) -> T) throws {
            for lo in stride(from: 0, to: count, by: 256) {
                let hi = min(count, lo + 256)
                let lines = indented(Array(try encoder.encode((lo..<hi).map(item))), depth: 3)
                let first = lines.firstIndex(of: 0x0A)!, last = lines.lastIndex(of: 0x0A)!
                out.emit(lines[(first + 1)..<last])
                out.emit(hi < count ? ",\n" : "\n")  // "}," before the next batch
            }
        }
        out.emit("{\n  \"documents\" : [\n")
        let attributionsLine = Array("      \"attributions\" : [".utf8), sentencesLine = Array("      \"sentences\" : [".utf8)
        for (k, d) in docs.enumerated() {
            // The document with its two long arrays empty; their items are written where the
            // empty arrays' blank lines are ("attributions" sorts first, "sentences" later).
            let shell = indented(Array(try encoder.encode(document(d, iso: iso, sentences: false))), depth: 2)
            var lines = shell.split(separator: 0x0A, omittingEmptySubsequences: false)[...]
            while let line = lines.popFirst() {
                // The last line is the document's closing brace; documents are separated by commas.
                out.emit(line)
                out.emit(lines.isEmpty && k + 1 < docs.count ? ",\n" : "\n")
                guard lines.first?.isEmpty == true else { continue }
                if line.elementsEqual(attributionsLine), !d.attributions.isEmpty {
                    lines.removeFirst()
                    try items(d.attributions.count) { attribution(d.attributions[$0]) }
                } else if line.elementsEqual(sentencesLine), !d.sentences.isEmpty {
                    lines.removeFirst()
                    try items(d.sentences.count) { sentence(d.sentences[$0], of: d) }
                }
            }
        }
        out.emit("  ]\n}\n")
        out.flush()
    }

    /// Pretty-printed JSON moved `depth` levels in: two spaces more on every line but empty ones.
    static func indented(_ json: [UInt8], depth: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 8)
        var lineStart = true
        for b in json {
            if lineStart && b != 0x0A { out.append(contentsOf: repeatElement(0x20, count: 2 * depth)) }
            out.append(b)
            lineStart = b == 0x0A
        }
        return out
    }

    /// Bytes handed on in pieces of about `size`.
    struct Chunks {
        let size: Int
        let sink: (String) -> Void
        var buffer: [UInt8] = []

        mutating func emit<C: Collection<UInt8>>(_ bytes: C) {
            buffer.append(contentsOf: bytes)
            if buffer.count >= size { flush() }
        }

        mutating func emit(_ s: String) { emit(s.utf8) }

        mutating func flush() {
            guard !buffer.isEmpty else { return }
            sink(String(decoding: buffer, as: UTF8.self))
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// The whole tree, as `JSONEncoder` encodes it (the reference ``write(_:chunkSize:to:)``
    /// reproduces).
    static func tree(_ docs: [Document]) -> some Encodable {
        let iso = ISO8601DateFormatter()
        return Out(documents: docs.map { document($0, iso: iso, sentences: true) })
    }

    static func document(_ d: Document, iso: ISO8601DateFormatter, sentences: Bool) -> Doc {
        Doc(id: d.id, source: d.sourceType, language: d.language, title: d.title, author: d.author,
            published: d.published.map { iso.string(from: $0) }, url: d.url, skipped: d.skipReason,
            file: d.input.location, metadata: d.metadata, warnings: d.warnings.isEmpty ? nil : d.warnings,
            sentences: sentences ? d.sentences.map { sentence($0, of: d) } : [],
            attributions: sentences ? d.attributions.map(attribution) : [])
    }

    static func sentence(_ s: Sentence, of d: Document) -> Sent {
        let f = d.inputRange(for: s.range)
        return Sent(index: s.index, text: s.text, start: s.range.lowerBound, end: s.range.upperBound,
                    fileStart: f?.lowerBound, fileEnd: f?.upperBound, paragraph: s.paragraph, kind: s.kind.rawValue,
                    quotes: s.quotes.map { Quote(text: $0.text, start: $0.inner.lowerBound, end: $0.inner.upperBound, style: $0.style.rawValue) })
    }

    static func attribution(_ a: Attribution) -> Attr {
        Attr(cue: a.cue, start: a.cueRange.lowerBound, end: a.cueRange.upperBound, speaker: a.speaker, channel: a.channel,
             speakerStart: a.speakerRange?.lowerBound, speakerEnd: a.speakerRange?.upperBound,
             quoteStart: a.quoteRange?.lowerBound, quoteEnd: a.quoteRange?.upperBound)
    }
}
