/// Assembles a document's text from paragraphs extracted from an input, keeping the source map.
///
/// Plugins that do not show the input verbatim (HTML, JSON, feeds) add paragraphs one by one with
/// the input range each came from; the builder joins them with blank lines and records whether
/// each piece is a verbatim copy (exact offsets) or a transformed one (span offsets).
public struct DocumentBuilder {
    public let input: InputFile
    /// The text so far. A `String` grows in place; `String.UnicodeScalarView.append(contentsOf:)`
    /// copies the whole view on each call (Swift 6.3 stdlib: `self = (String(self) + …)`), which
    /// made a page of 100,000 paragraphs quadratic.
    private var assembled = ""
    private var count = 0
    private(set) public var paragraphs: [Paragraph] = []
    private(set) public var sourceMap = SourceMap()
    /// Paragraphs added without an input range (``add(_:kind:from:)`` given nil): their offsets
    /// in the file are unknown, and ``document(id:sourceType:language:title:author:published:url:skipReason:metadata:)``
    /// says so in the document's warnings.
    private(set) public var unlocated = 0
    /// Warnings a plugin adds while reading (``Document/warnings``).
    public var warnings: [String] = []

    public init(input: InputFile) { self.input = input }

    public var isEmpty: Bool { paragraphs.isEmpty }

    /// Adds a paragraph. `from` is the input range the text was taken from, if known; the piece is
    /// exact when the text equals that stretch of the input, and otherwise mapped character by
    /// character through the markup where it can be (``MarkupTextMap``).
    public mutating func add(_ text: String, kind: Paragraph.Kind = .body, from range: Range<Int>?) {
        guard let (docRange, trimmed) = append(text, kind: kind) else { return }
        if let r = range {
            let exact = r.count == docRange.count && input.slice(r) == trimmed
            // Not verbatim (entities, inline markup, collapsed white space): mapped character by
            // character where the file shows the text, so a sentence points at its own stretch.
            if !exact, let pieces = MarkupTextMap.pieces(of: Array(trimmed.unicodeScalars), at: docRange.lowerBound,
                                                         in: input.scalars, r) {
                for piece in pieces { sourceMap.append(piece) }
            } else {
                sourceMap.append(SourceMap.Piece(document: docRange, input: r, exact: exact))
            }
        } else {
            unlocated += 1
        }
    }

    /// Adds a paragraph whose input range the caller maps itself (the source map given to
    /// ``document(id:sourceType:language:title:author:published:url:skipReason:metadata:sourceMap:)``,
    /// as the Truth Social plugin builds it piece by piece): not counted as unlocated.
    public mutating func addMappedElsewhere(_ text: String, kind: Paragraph.Kind = .body) {
        _ = append(text, kind: kind)
    }

    /// Appends the trimmed text as a paragraph (nothing when it is blank): its range in the
    /// document and the text.
    private mutating func append(_ text: String, kind: Paragraph.Kind) -> (Range<Int>, String)? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        if count > 0 {
            assembled.append("\n\n")
            count += 2
        }
        let n = trimmed.unicodeScalars.count
        let docRange = count..<(count + n)
        assembled.append(trimmed)
        count += n
        paragraphs.append(Paragraph(range: docRange, kind: kind))
        return (docRange, trimmed)
    }

    /// The warnings of the document: the plugin's, and how many paragraphs have no place in the file.
    var allWarnings: [String] {
        guard unlocated > 0 else { return warnings }
        let what = unlocated == 1 ? "1 paragraph of \(paragraphs.count) was" : "\(unlocated) paragraphs of \(paragraphs.count) were"
        return warnings + ["\(what) not found in the file (entities or markup changed it beyond recognition): "
                           + "findings there show no file offsets"]
    }

    /// The assembled text.
    public var text: String { assembled }

    /// A document with the assembled text, paragraphs, warnings and source map (`sourceMap`, when
    /// the plugin built its own finer one, in place of the builder's).
    public func document(id: String, sourceType: String, language: String, title: String? = nil, author: String? = nil,
                         published: Date? = nil, url: String? = nil, skipReason: String? = nil,
                         metadata: [String: String] = [:], sourceMap: SourceMap? = nil) -> Document {
        var doc = Document(id: id, sourceType: sourceType, language: language, title: title, author: author, published: published,
                           url: url, text: text, paragraphs: paragraphs, input: input, sourceMap: sourceMap ?? self.sourceMap,
                           skipReason: skipReason, metadata: metadata)
        doc.warnings = allWarnings
        return doc
    }
}

import Foundation

extension String {
    /// White space (including no-break spaces) trimmed from both ends.
    public func trimmingWhitespace() -> String {
        let sc = Array(unicodeScalars)
        return ScalarText.string(sc, ScalarText.trimmed(sc, 0..<sc.count))
    }

    /// Runs of white space collapsed to one space, ends trimmed (how browsers render HTML text).
    public func collapsingWhitespace() -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in unicodeScalars {
            if s.properties.isWhitespace && s != "\u{00A0}" && s != "\u{202F}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(s)
            }
        }
        return String(out)
    }
}
