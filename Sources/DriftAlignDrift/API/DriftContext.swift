import Foundation

/// What the scorer should know about where a link sits: whether the French presents it as a
/// quotation, who wrote the original, whom the French names as the speaker.
///
/// Filled by the pipeline from the French-press plugin's ``DriftAlignCore/Attribution`` and the
/// original document's author; the quotation and attribution checks fire only when it is given.
public struct DriftContext: Sendable, Equatable {
    /// True when the French span is between quotation marks, so it must translate closely.
    public var isQuotation: Bool
    /// The original's author, e.g. "Donald J. Trump" or "Дмитрий Песков".
    public var originalAuthor: String?
    /// The speaker the French attribution names, e.g. "M. Peskov" or "le président américain".
    public var translationSpeaker: String?

    /// True when the French is news prose that reports the original in its own words (a sentence
    /// found by quote mining, not a quotation, not part of a translated section). It may give only
    /// part of what was said: what it leaves out (omissions, names and intensifiers dropped, the
    /// distance of the whole) is reported one severity lower; what it changes is not.
    public var isParaphrase: Bool

    /// When the original was published: days it names relative to that ("yesterday", «вчера»)
    /// are checked against the French's weekdays (``RelativeDays``).
    public var originalPublished: Date?

    public init(isQuotation: Bool = false, originalAuthor: String? = nil, translationSpeaker: String? = nil,
                isParaphrase: Bool = false, originalPublished: Date? = nil) {
        self.isQuotation = isQuotation
        self.isParaphrase = isParaphrase
        self.originalAuthor = originalAuthor
        self.translationSpeaker = translationSpeaker
        self.originalPublished = originalPublished
    }
}
