import DriftAlignCore

/// The alignment of one translation with its original(s): what the drift scorer and the writers
/// read.
///
/// Original sentences are addressed as (document, sentence) so that quote mining can draw on
/// several originals; a monotonic alignment has one original document.
public struct DocumentAlignment: Sendable {
    /// How a link was found.
    public enum Method: String, Sendable, Codable { case monotonic, quote }

    /// A link between original and translation sentences (either side may be empty).
    public struct Link: Sendable, Equatable {
        /// Index into ``originals``; nil only when the original side is empty.
        public var originalDocument: Int?
        public var original: [Int]
        public var translation: [Int]
        public var score: Double
        public var method: Method
        /// For quote mining: the matched French span and original span, when narrower than the
        /// sentences (a «quoted fragment» ↔ the clause it translates).
        public var translationSpan: Range<Int>?
        public var originalSpan: Range<Int>?
        /// Calibrated confidence (quote mining), or nil.
        public var confidence: Double?

        public init(originalDocument: Int?, original: [Int], translation: [Int], score: Double, method: Method,
                    translationSpan: Range<Int>? = nil, originalSpan: Range<Int>? = nil, confidence: Double? = nil) {
            self.originalDocument = originalDocument
            self.original = original
            self.translation = translation
            self.score = score
            self.method = method
            self.translationSpan = translationSpan
            self.originalSpan = originalSpan
            self.confidence = confidence
        }
    }

    /// A section of the translation whose heading declares what it translates ("Compte-rendu du
    /// Kremlin"), found by `--mode auto`.
    public struct DeclaredSection: Sendable, Equatable {
        /// The heading sentence.
        public var heading: Int
        /// The section's sentences (after the heading, up to the next one).
        public var sentences: Range<Int>
        /// The issuer as the heading names it ("Maison-Blanche").
        public var issuer: String
        /// The original the section was aligned with, or nil when the case has none of that
        /// issuer: the section's sentences are then left without a source.
        public var originalDocument: Int?

        public init(heading: Int, sentences: Range<Int>, issuer: String, originalDocument: Int?) {
            self.heading = heading
            self.sentences = sentences
            self.issuer = issuer
            self.originalDocument = originalDocument
        }
    }

    public var originals: [Document]
    public var translation: Document
    public var links: [Link]
    /// Sections whose heading declares their source (auto mode only).
    public var declaredSections: [DeclaredSection]

    public init(originals: [Document], translation: Document, links: [Link], declaredSections: [DeclaredSection] = []) {
        self.originals = originals
        self.translation = translation
        self.links = links
        self.declaredSections = declaredSections
    }

    /// Global index of a sentence over the originals taken in order (for the links format).
    public func globalIndex(document: Int, sentence: Int) -> Int {
        originals[..<document].reduce(0) { $0 + $1.sentences.count } + sentence
    }

    /// Sentence-level links in the shared links format: original indices global over the
    /// originals in order. Quote links narrower than a sentence still count as sentence links.
    public var sentenceLinks: [AlignmentLink] {
        links.map { l in
            AlignmentLink(original: l.original.map { globalIndex(document: l.originalDocument ?? 0, sentence: $0) },
                          translation: l.translation, score: l.score)
        }
    }
}
