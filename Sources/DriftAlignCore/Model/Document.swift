import Foundation

/// One text read from a source: a Truth Social post, a Kremlin readout, a French article.
///
/// Produced by source plugins, segmented by ``Segmenter``, consumed by the encoder, the aligner and
/// the reporters. ``text`` is what we display; every offset (paragraphs, sentences, quotes) is a
/// Unicode scalar offset into it, and ``sourceMap`` maps those back into ``input``.
public struct Document: Sendable {
    /// The document's own identifier: a status id, a kremlin.ru news id, a file name.
    public var id: String
    /// The identifier of the plugin that read it ("truthsocial", "kremlin", …).
    public var sourceType: String
    /// BCP 47 language code: "fr", "en", "ru", "de".
    public var language: String
    public var title: String?
    /// The author or speaker of the text (for originals) or the outlet's byline (for articles).
    public var author: String?
    public var published: Date?
    public var url: String?
    /// The displayed text. Paragraphs are separated by blank lines when the text was assembled.
    public var text: String
    public var paragraphs: [Paragraph]
    /// The input the document was read from, shared with the other documents of the same file.
    public var input: InputFile
    public var sourceMap: SourceMap
    /// Set by plugins for records that must not be aligned (reposts, media-only posts), with why.
    public var skipReason: String?
    /// Free-form metadata a plugin wants to keep (counts, place, twin ids), shown in JSON output.
    public var metadata: [String: String]
    /// What the plugin had to work around while reading, in one sentence each (escapes repaired,
    /// paragraphs it could not find in the file): the CLI prints them on stderr, so nothing is
    /// changed or approximated silently. Empty for a clean read.
    public var warnings: [String] = []
    /// Filled by ``Segmenter/segment(_:)``.
    public var sentences: [Sentence] = []
    /// Every quoted span in the document, also those that run over a sentence boundary.
    public var quotes: [QuotedSpan] = []
    /// Attribution cues found by the plugin (French press: who said each quotation).
    public var attributions: [Attribution] = []
    /// Passages in someone else's words than ``author``'s, set by plugins: a tweet quoted in a
    /// Truth Social post is its own author's, not the poster's (``speaker(of:)``).
    public var voices: [Voice] = []

    /// The document text as scalars, for slicing by offset.
    public var scalars: [Unicode.Scalar] { Array(text.unicodeScalars) }

    public init(
        id: String, sourceType: String, language: String, title: String? = nil, author: String? = nil,
        published: Date? = nil, url: String? = nil, text: String, paragraphs: [Paragraph],
        input: InputFile, sourceMap: SourceMap, skipReason: String? = nil, metadata: [String: String] = [:]
    ) {
        self.id = id
        self.sourceType = sourceType
        self.language = language
        self.title = title
        self.author = author
        self.published = published
        self.url = url
        self.text = text
        self.paragraphs = paragraphs
        self.input = input
        self.sourceMap = sourceMap
        self.skipReason = skipReason
        self.metadata = metadata
    }

    /// Where a range of this document's text lies in the input file (scalar offsets).
    public func inputRange(for range: Range<Int>) -> Range<Int>? { sourceMap.inputRange(for: range) }

    /// The speaker this document names for the words at `range` of its sentence `sentence`: the
    /// attribution of the quotation `range` overlaps, or, for a cue with no quotation, the one
    /// in that sentence. A cue in the quotation's own sentence («« … », a écrit Marco Rubio»)
    /// comes before one in another sentence that also points at it (the sentence before, «Donald
    /// Trump a salué …»).
    public func speaker(at range: Range<Int>, sentence: Range<Int>) -> String? {
        let candidates = attributions.filter { att in
            if let q = att.quoteRange { return q.overlaps(range) }
            return sentence.contains(att.cueRange.lowerBound)
        }
        if let found = candidates.first(where: { sentence.contains($0.cueRange.lowerBound) }) ?? candidates.first {
            return found.speaker
        }
        // Words no cue points at, after a cue of their sentence that names someone: reported
        // speech goes on to the sentence's end ("Vladimir Poutine a déclaré que la « … » et que
        // de « … »": the second quotation is his too).
        return attributions.last {
            $0.speaker != nil && sentence.contains($0.cueRange.lowerBound) && $0.cueRange.upperBound <= range.lowerBound
        }?.speaker
    }

    /// The innermost of ``voices`` that holds all of `range`, if any.
    public func voice(holding range: Range<Int>) -> Voice? {
        voices.filter { $0.range.lowerBound <= range.lowerBound && range.upperBound <= $0.range.upperBound }
            .min { $0.range.count < $1.range.count }
    }

    /// Whose words `range` is: the speaker of the innermost voice holding it, else ``author``.
    /// A range that runs out of a quotation into the post around it is the author's.
    public func speaker(of range: Range<Int>) -> String? { voice(holding: range)?.speaker ?? author }
}

/// A block of a document: a heading, a dateline, a list item or a body paragraph.
public struct Paragraph: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case title, heading, dateline, bullet, body, caption
    }
    /// Scalar range of the paragraph's content in the document text (bullet markers excluded).
    public var range: Range<Int>
    public var kind: Kind
    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
