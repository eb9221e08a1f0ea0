import DriftAlignSources
import Foundation

extension TruthSocialSource {
    /// Assembles a post's paragraphs with a source map finer than one piece per paragraph.
    ///
    /// ``DocumentBuilder`` joins the paragraphs (blank lines) and numbers them; the map is kept
    /// here because a repaired archive paragraph is mostly verbatim JSON: "Why can’t they" comes
    /// from `Why can\u00e2\u0080\u0099t they`, so only the "’" needs an inexact piece (the span of
    /// its three escapes) and every other character maps exactly. A sentence then points at its own
    /// characters in the file, not at the whole record.
    struct PostBuilder {
        private(set) var paragraphs: DocumentBuilder
        private(set) var sourceMap = SourceMap()
        /// What the post's reading had to approximate (``Document/warnings``), kept by the
        /// paragraphs' builder.
        var warnings: [String] {
            get { paragraphs.warnings }
            set { paragraphs.warnings = newValue }
        }

        init(input: InputFile) { paragraphs = DocumentBuilder(input: input) }

        var isEmpty: Bool { paragraphs.isEmpty }
        var text: String { paragraphs.text }

        /// Adds `text[range]` (trimmed, non-empty), mapped scalar by scalar through its origins.
        mutating func add(_ text: MappedText, _ range: Range<Int>, kind: Paragraph.Kind = .body) {
            let before = paragraphs.paragraphs.count
            paragraphs.addMappedElsewhere(ScalarText.string(text.scalars, range), kind: kind)
            guard paragraphs.paragraphs.count > before, let doc = paragraphs.paragraphs.last?.range else { return }
            guard doc.count == range.count else {
                sourceMap.append(SourceMap.Piece(document: doc, input: text.inputSpan(range) ?? 0..<0, exact: false))
                return
            }
            let raw = paragraphs.input.scalars
            func verbatim(_ k: Int) -> Bool {
                let o = text.origins[k]
                return o.count == 1 && o.lowerBound < raw.count && raw[o.lowerBound] == text.scalars[k]
            }
            var start = range.lowerBound
            while start < range.upperBound {
                let exact = verbatim(start)
                var end = start + 1
                while end < range.upperBound, verbatim(end) == exact,
                      !exact || text.origins[end].lowerBound == text.origins[end - 1].upperBound {
                    end += 1
                }
                let input = text.origins[start].lowerBound..<max(text.origins[start].lowerBound, text.origins[end - 1].upperBound)
                let offset = doc.lowerBound - range.lowerBound
                sourceMap.append(SourceMap.Piece(document: (start + offset)..<(end + offset), input: input, exact: exact))
                start = end
            }
        }

        /// Adds a line known only to come from `span` of the input (one piece, exact if verbatim).
        mutating func add(_ line: String, span: Range<Int>) {
            let before = paragraphs.paragraphs.count
            paragraphs.addMappedElsewhere(line)
            guard paragraphs.paragraphs.count > before, let doc = paragraphs.paragraphs.last?.range else { return }
            let exact = span.count == doc.count && paragraphs.input.slice(span) == line.trimmingWhitespace()
            sourceMap.append(SourceMap.Piece(document: doc, input: span, exact: exact))
        }

        /// The document, with this builder's map in place of DocumentBuilder's (which has no pieces).
        func document(id: String, language: String, author: String?, published: Date?, url: String?,
                      skipReason: String?, metadata: [String: String]) -> Document {
            paragraphs.document(id: id, sourceType: TruthSocialSource.description.id, language: language, author: author,
                                published: published, url: url, skipReason: skipReason, metadata: metadata, sourceMap: sourceMap)
        }
    }
}
