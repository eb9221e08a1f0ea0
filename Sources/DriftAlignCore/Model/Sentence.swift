/// One sentence of a document, the unit the aligner links.
///
/// Offsets are Unicode scalar offsets into ``Document/text``. Editors see ``text``; the encoder and
/// the drift scorer read ``comparisonText`` (NFC, quotes and apostrophes folded).
public struct Sentence: Sendable, Equatable {
    /// The kind of text the sentence came from.
    public enum Kind: String, Sendable, Codable {
        case body, heading, title, dateline, bullet, caption
    }
    public var index: Int
    public var text: String
    public var range: Range<Int>
    public var paragraph: Int
    public var kind: Kind
    /// Quoted spans inside this sentence, clipped to it.
    public var quotes: [QuotedSpan]

    public init(index: Int, text: String, range: Range<Int>, paragraph: Int, kind: Kind, quotes: [QuotedSpan] = []) {
        self.index = index
        self.text = text
        self.range = range
        self.paragraph = paragraph
        self.kind = kind
        self.quotes = quotes
    }

    /// The text normalized for comparison: NFC, typographic quotes and apostrophes folded.
    public var comparisonText: String { TextFolding.comparisonForm(text) }
}

/// A span of text between quotation marks: « … », “ … ”, " … ", „ … “, and in headings and
/// titles ' … ' and ‘ … ’.
public struct QuotedSpan: Sendable, Equatable {
    /// The quotation style, by its opening mark. `single`: ' … ' or ‘ … ’, read in headings and
    /// titles only (``QuoteFinder/find(in:range:singleMarks:)``).
    public enum Style: String, Sendable, Codable {
        case guillemets, curly, straight, low9, single
    }
    /// Scalar range including the quotation marks.
    public var range: Range<Int>
    /// Scalar range of the quoted words, marks and the spaces inside them excluded.
    public var inner: Range<Int>
    public var style: Style
    /// The quoted words.
    public var text: String
    /// False when the closing mark was missing and the span was closed at the paragraph's end.
    public var closed: Bool

    public init(range: Range<Int>, inner: Range<Int>, style: Style, text: String, closed: Bool = true) {
        self.range = range
        self.inner = inner
        self.style = style
        self.text = text
        self.closed = closed
    }
}
