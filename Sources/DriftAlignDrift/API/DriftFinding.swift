/// One place where a French sentence drifted from its original: what kind of drift, how serious,
/// why (in one sentence an editor understands), and where on each side.
///
/// Produced by ``DriftScorer`` (one file per kind under `Checks/` writes its messages); read by
/// the report writers and by `driftalign score-pairs`. Ranges are Unicode-scalar offsets into the
/// strings given to the scorer, not into a document: the caller maps them.
public struct DriftFinding: Sendable, Equatable, Codable {
    /// What drifted.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The sentences as a whole say different things (low cross-lingual similarity).
        case meaning
        /// A number, quantity, date, time, day or month differs, or is missing on one side.
        case number
        /// A person, place or organisation is changed, misspelled or missing.
        case name
        /// A negation or a polarity (an antonym) is flipped.
        case negation
        /// Content words of the original have no counterpart in the translation.
        case omission
        /// Content words of the translation have no counterpart in the original.
        case addition
        /// A hedge or conditional ("aurait", "reportedly", "якобы") is added or dropped.
        case modality
        /// A thing still to come is told as done, or a thing done as still to come ("will travel"
        /// / «s'est rendu»).
        case tense
        /// An intensifier ("highly", "très", "очень"), capitals or "!" are dropped or added.
        case intensity
        /// A passage presented as a quotation does not translate the original closely.
        case quotation
        /// The translation gives the words to someone other than the original's author.
        case attribution
    }

    /// How much an editor should care.
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        /// Worth a glance; often a legitimate choice of the translator.
        case info
        /// Probably a change of nuance or detail.
        case minor
        /// The French says something the original does not.
        case major

        var rank: Int { self == .info ? 0 : self == .minor ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var type: Kind
    public var severity: Severity
    /// One sentence for the editor, e.g. "The original says 2,500; the French says 25 000."
    public var reason: String
    /// Scalar offsets into the original string passed to the scorer, when the finding has a place.
    public var originalRange: Range<Int>?
    /// Scalar offsets into the translation string passed to the scorer.
    public var translationRange: Range<Int>?

    /// Whether the finding is about something the translation leaves out (content, a name, an
    /// intensifier) rather than something it changes or adds. A word left untranslated
    /// (``UntranslatedCheck``, an omission with a place in the translation) is in the text, wrong.
    var leavesOut: Bool {
        switch type {
        case .omission: return translationRange == nil
        case .name, .intensity: return translationRange == nil && originalRange != nil
        default: return false
        }
    }

    /// The same finding one severity lower (info stays info).
    var lowered: DriftFinding {
        var f = self
        f.severity = severity == .major ? .minor : .info
        return f
    }

    public init(type: Kind, severity: Severity, reason: String, originalRange: Range<Int>? = nil, translationRange: Range<Int>? = nil) {
        self.type = type
        self.severity = severity
        self.reason = reason
        self.originalRange = originalRange
        self.translationRange = translationRange
    }
}
