/// Who the French text says spoke a quotation or paraphrase: the cue ("a déclaré", "selon",
/// "a écrit sur Truth Social") and the speaker it names.
///
/// Found by the French-press plugin; the drift scorer compares ``speaker`` with the original's
/// author to flag a quote given to the wrong person. Offsets are scalar offsets into the document.
public struct Attribution: Sendable, Equatable {
    /// The cue words, e.g. "a déclaré" or "selon".
    public var cue: String
    public var cueRange: Range<Int>
    /// The speaker as written ("M. Peskov", "le président américain", "Trump"), if found.
    public var speaker: String?
    public var speakerRange: Range<Int>?
    /// The quotation the cue attributes, if the cue is next to one.
    public var quoteRange: Range<Int>?
    /// The channel the cue names ("Truth Social", "X", "Telegram"), if any.
    public var channel: String?

    public init(cue: String, cueRange: Range<Int>, speaker: String? = nil, speakerRange: Range<Int>? = nil,
                quoteRange: Range<Int>? = nil, channel: String? = nil) {
        self.cue = cue
        self.cueRange = cueRange
        self.speaker = speaker
        self.speakerRange = speakerRange
        self.quoteRange = quoteRange
        self.channel = channel
    }
}
