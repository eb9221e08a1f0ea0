/// A plugin's documentation and executable examples (as SwiftLint rules carry their examples).
///
/// `driftalign sources` prints it; the test suite reads every example of every registered plugin,
/// checks that format detection picks the plugin, and checks what the documents must hold.
public struct SourceDescription: Sendable {
    /// Short identifier used with `--source` ("truthsocial", "kremlin", "whitehouse", "frenchpress", "text").
    public var id: String
    public var name: String
    /// One sentence on what the plugin reads.
    public var summary: String
    /// Languages of the documents it yields ("en", "ru", "fr"; "*" for any).
    public var languages: [String]
    /// The formats it reads, in words ("Mastodon status JSON", "Atom feed").
    public var formats: [String]
    public var examples: [SourceExample]
    /// How other texts, in any language, name this source's issuer ("Kremlin", "Кремль"; "White
    /// House", "Maison-Blanche"): a French article's "Compte-rendu de la Maison-Blanche" section
    /// is then known to translate a document of this source (`--mode auto`). The document's
    /// author is always used as well.
    public var pressNames: [String]

    public init(id: String, name: String, summary: String, languages: [String], formats: [String], examples: [SourceExample],
                pressNames: [String] = []) {
        self.id = id
        self.name = name
        self.summary = summary
        self.languages = languages
        self.formats = formats
        self.examples = examples
        self.pressNames = pressNames
    }
}

/// One example input and what reading it must yield.
public struct SourceExample: Sendable {
    public var name: String
    /// A file name that detection sees ("status.json", "page.html").
    public var location: String
    /// The input text, inline.
    public var input: String
    public var options: ReadOptions
    /// Whether automatic detection must pick this plugin for it (false for `--source`-only inputs).
    public var detected: Bool
    public var expected: [ExpectedDocument]

    public init(name: String, location: String, input: String, options: ReadOptions = ReadOptions(),
                detected: Bool = true, expected: [ExpectedDocument]) {
        self.name = name
        self.location = location
        self.input = input
        self.options = options
        self.detected = detected
        self.expected = expected
    }
}

/// What one document read from an example must hold. Unset fields are not checked.
public struct ExpectedDocument: Sendable {
    public var id: String?
    public var language: String?
    public var title: String?
    public var author: String?
    /// ISO-8601 date-time, UTC ("2025-02-12T16:53:38Z"), compared to the second.
    public var published: String?
    public var url: String?
    public var paragraphs: Int?
    public var sentences: Int?
    /// Strings the text must contain.
    public var contains: [String]
    /// Strings the text must not contain.
    public var excludes: [String]
    /// Whether the document is flagged not to be aligned.
    public var skipped: Bool?
    /// Quoted spans the document must hold (their inner text).
    public var quotes: [String]
    /// Metadata entries the document must carry.
    public var metadata: [String: String]

    public init(id: String? = nil, language: String? = nil, title: String? = nil, author: String? = nil,
                published: String? = nil, url: String? = nil, paragraphs: Int? = nil, sentences: Int? = nil,
                contains: [String] = [], excludes: [String] = [], skipped: Bool? = nil, quotes: [String] = [],
                metadata: [String: String] = [:]) {
        self.id = id
        self.language = language
        self.title = title
        self.author = author
        self.published = published
        self.url = url
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.contains = contains
        self.excludes = excludes
        self.skipped = skipped
        self.quotes = quotes
        self.metadata = metadata
    }
}
