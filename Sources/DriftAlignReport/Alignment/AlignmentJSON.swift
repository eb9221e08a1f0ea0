import DriftAlignAligner

/// The JSON form of an alignment, schema `driftalign-alignment/1` (docs/ALIGNMENT-JSON.md).
///
/// Written by ``AlignmentJSONWriter`` for `driftalign align --format json`; decodable by any
/// Swift consumer (a report, a store import, a test). Every key is always written, `null` when
/// there is no value, so a reader can tell "absent" from "not written by this version".
public struct AlignmentJSON: Codable, Equatable, Sendable {
    /// The value of ``schema`` this version writes. Additive changes keep it; removing, renaming
    /// or changing the meaning of a field bumps the number after the slash.
    public static let schemaVersion = "driftalign-alignment/1"

    /// A document of the alignment: where it came from and how to find it again.
    public struct DocumentInfo: Codable, Equatable, Sendable {
        /// The document's own id: a Truth Social status id, a kremlin.ru news id, a file name.
        public var id: String
        /// The source plugin that read it ("truthsocial", "kremlin", "presegmented", …).
        public var source: String
        /// BCP 47 language code.
        public var language: String
        public var title: String?
        public var author: String?
        public var url: String?
        /// Publication time, ISO 8601 in UTC ("2025-03-01T14:05:00Z").
        public var published: String?
        /// The input file (path, URL or "-") whose offsets `fileStart`/`fileEnd` count in.
        public var file: String
        /// Passages in someone else's words than the author's (a tweet a post quotes); the key is
        /// present only when the document has some.
        public var voices: [Voice]?
    }

    /// A passage of a document in another person's words (``DriftAlignCore/Voice``).
    public struct Voice: Codable, Equatable, Sendable {
        /// Unicode-scalar offsets into the document text, end exclusive.
        public var start: Int
        public var end: Int
        public var speaker: String
        /// The document text between `start` and `end`.
        public var text: String
    }

    /// A narrower stretch of a side: the part quote mining matched (a «quoted fragment» or the
    /// clause it translates).
    public struct Span: Codable, Equatable, Sendable {
        /// Unicode-scalar offsets into the document text, end exclusive.
        public var start: Int
        public var end: Int
        /// The document text between `start` and `end`.
        public var text: String
        /// The same stretch in the input file, when the document's source map knows it.
        public var fileStart: Int?
        public var fileEnd: Int?
    }

    /// One side of a link: sentences of one document.
    public struct Side: Codable, Equatable, Sendable {
        /// The document's own id (``DocumentInfo/id``).
        public var document: String
        /// 0-based sentence indices in that document.
        public var sentences: [Int]
        /// The sentences' texts joined by one space.
        public var text: String
        /// Unicode-scalar offsets into the document text, from the first sentence's start to the
        /// last sentence's end (end exclusive); for plain-text inputs, offsets into the file.
        public var start: Int
        public var end: Int
        /// `start`/`end` mapped into the input file, null when the source map cannot say.
        public var fileStart: Int?
        public var fileEnd: Int?
        /// The narrower matched part, when quote mining found one.
        public var span: Span?
    }

    /// A link: original sentences ↔ translation sentences; a 0-1 link has no original, a 1-0
    /// link no translation.
    public struct Link: Codable, Equatable, Sendable {
        /// "original count-translation count", e.g. "1-2".
        public var type: String
        public var original: Side?
        public var translation: Side?
        /// Similarity of the two sides in [0, 1], 4 decimals; 0 when a side is empty.
        public var score: Double
        public var method: DocumentAlignment.Method
        /// Calibrated probability that the link is right (quote mining), 4 decimals, or null.
        public var confidence: Double?
    }

    public var schema: String
    public var originals: [DocumentInfo]
    public var translation: DocumentInfo
    public var links: [Link]

    public init(schema: String = AlignmentJSON.schemaVersion, originals: [DocumentInfo], translation: DocumentInfo,
                links: [Link]) {
        self.schema = schema
        self.originals = originals
        self.translation = translation
        self.links = links
    }
}

// Explicit encoders: the synthesized ones leave out nil values, and the schema promises `null`.

extension AlignmentJSON.DocumentInfo {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(language, forKey: .language)
        try c.encode(title, forKey: .title)
        try c.encode(author, forKey: .author)
        try c.encode(url, forKey: .url)
        try c.encode(published, forKey: .published)
        try c.encode(file, forKey: .file)
        try c.encodeIfPresent(voices, forKey: .voices)
    }
}

extension AlignmentJSON.Span {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(fileStart, forKey: .fileStart)
        try c.encode(fileEnd, forKey: .fileEnd)
    }
}

extension AlignmentJSON.Side {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(fileStart, forKey: .fileStart)
        try c.encode(fileEnd, forKey: .fileEnd)
        try c.encode(span, forKey: .span)
    }
}

extension AlignmentJSON.Link {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(original, forKey: .original)
        try c.encode(translation, forKey: .translation)
        try c.encode(score, forKey: .score)
        try c.encode(method, forKey: .method)
        try c.encode(confidence, forKey: .confidence)
    }
}
