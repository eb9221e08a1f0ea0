/// A passage of a document in another person's words than its author's: the text of a tweet a
/// post quotes, its byline included. Offsets are scalar offsets into ``Document/text``.
public struct Voice: Sendable, Equatable {
    public var range: Range<Int>
    /// Who the passage is by, as its byline names them ("Example Wire", or "@handle").
    public var speaker: String
    public init(range: Range<Int>, speaker: String) {
        self.range = range
        self.speaker = speaker
    }
}
