import DriftAlignCore
import Foundation

/// A document as the store holds it: its key, metadata, text and sentences.
///
/// Returned by ``CorpusStore`` lookups; `match` turns it back into a core ``Document`` with
/// ``makeDocument()`` to run the quote miner on it.
public struct StoredDocument: Sendable, Equatable {
    /// The store's own row id (the key sentences, embeddings and alignments refer to).
    public var rowID: Int64
    /// The plugin that read it ("truthsocial", "kremlin", …).
    public var source: String
    /// The original's own id: a Truth Social status id, `kremlin-76470`, a file stem.
    public var originalID: String
    public var url: String?
    public var language: String
    public var title: String?
    public var author: String?
    public var published: Date?
    public var text: String
    public var skipReason: String?
    public var metadata: [String: String]
    /// SHA-256 (hex) of the stored content; see ``ContentHash``.
    public var contentHash: String
    /// The file or URL it was read from last.
    public var inputLocation: String
    /// How many sentences the document has; every committed document has exactly this many rows.
    public var sentenceCount: Int
    /// Filled only by lookups that ask for sentences.
    public var sentences: [StoredSentence]
    /// Passages in someone else's words (``Document/voices``).
    public var voices: [Voice] = []

    /// A core document rebuilt from the stored text and sentences (paragraphs recovered from the
    /// sentences' paragraph numbers; offsets map to the stored text itself).
    public func makeDocument() -> Document {
        let input = InputFile(location: inputLocation, text: text)
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        for s in self.sentences {
            let kind = Paragraph.Kind(rawValue: s.kind) ?? .body
            if let last = paragraphs.last, sentences.last?.paragraph == s.paragraph {
                paragraphs[paragraphs.count - 1].range = last.range.lowerBound..<max(last.range.upperBound, s.end)
            } else {
                paragraphs.append(Paragraph(range: s.start..<s.end, kind: kind))
            }
            sentences.append(Sentence(index: s.index, text: s.text, range: s.start..<s.end,
                                      paragraph: paragraphs.count - 1, kind: Sentence.Kind(rawValue: s.kind) ?? .body))
        }
        var doc = Document(id: originalID, sourceType: source, language: language, title: title, author: author,
                           published: published, url: url, text: text, paragraphs: paragraphs, input: input,
                           sourceMap: .identity(length: input.scalars.count), skipReason: skipReason, metadata: metadata)
        doc.sentences = sentences
        doc.voices = voices
        return doc
    }
}

/// One stored sentence: its index in the document, its scalar range in the text, its text.
public struct StoredSentence: Sendable, Equatable {
    public var index: Int
    public var start: Int
    public var end: Int
    public var paragraph: Int
    /// ``Sentence/Kind`` raw value.
    public var kind: String
    public var text: String

    public init(index: Int, start: Int, end: Int, paragraph: Int, kind: String, text: String) {
        self.index = index
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.kind = kind
        self.text = text
    }

    public init(_ s: Sentence) {
        self.init(index: s.index, start: s.range.lowerBound, end: s.range.upperBound, paragraph: s.paragraph,
                  kind: s.kind.rawValue, text: s.text)
    }
}

/// Vectors for a document's sentences from one encoder, row-major `sentences × dimension`, and
/// optionally for clauses inside long sentences.
public struct SentenceEmbeddings: Sendable, Equatable {
    /// The encoder's name (`usem3`, `lexical`): embeddings of several encoders can coexist.
    public var encoder: String
    public var dimension: Int
    public var values: [Float]
    public var clauses: [ClauseEmbedding]

    public init(encoder: String, dimension: Int, values: [Float], clauses: [ClauseEmbedding] = []) {
        self.encoder = encoder
        self.dimension = dimension
        self.values = values
        self.clauses = clauses
    }
}

/// A document's vectors made piece by piece while ``CorpusStore/save(_:vectors:runID:)`` writes
/// them, so that the vectors of a long document (a book, a 300,000-sentence transcript) are never
/// all in memory at once: each piece is written and dropped before the next is made.
///
/// `produce` runs once, inside the save's transaction. It hands the store, in order, runs of
/// consecutive sentence vectors (`sentences(first, values)`: the rows of sentences `first`,
/// `first + 1`, … row-major, starting at sentence 0 and continuing where the last run ended) and
/// clause vectors (`clauses(list)`), and may interleave the two. When it throws, or the runs do not
/// cover every sentence exactly once, nothing of the document is written. Errors it throws that
/// are not the store's reach the caller wrapped in ``EmbeddingProductionError``, so that a caller
/// can tell an encoder that failed on one document from a database that failed.
public struct EmbeddingSource {
    public typealias SentenceSink = (_ first: Int, _ values: [Float]) throws -> Void
    public typealias ClauseSink = (_ clauses: [ClauseEmbedding]) throws -> Void

    /// The encoder's name (`usem3`, `lexical`).
    public var encoder: String
    public var dimension: Int
    public var produce: (_ sentences: SentenceSink, _ clauses: ClauseSink) throws -> Void

    public init(encoder: String, dimension: Int, produce: @escaping (_ sentences: SentenceSink, _ clauses: ClauseSink) throws -> Void) {
        self.encoder = encoder
        self.dimension = dimension
        self.produce = produce
    }

    /// Vectors already made, handed over in one piece.
    public init(_ e: SentenceEmbeddings) {
        self.init(encoder: e.encoder, dimension: e.dimension) { sentences, clauses in
            try sentences(0, e.values)
            try clauses(e.clauses)
        }
    }
}

/// An ``EmbeddingSource`` failed to make a document's vectors (the encoder failed on its text):
/// the document was not written, and the store is fine.
public struct EmbeddingProductionError: Error, LocalizedError {
    public var underlying: Error
    public init(_ underlying: Error) { self.underlying = underlying }
    public var errorDescription: String? { underlying.localizedDescription }
}

/// The vector of a clause: a scalar range of the document text inside one sentence.
public struct ClauseEmbedding: Sendable, Equatable {
    public var sentence: Int
    public var range: Range<Int>
    public var values: [Float]

    public init(sentence: Int, range: Range<Int>, values: [Float]) {
        self.sentence = sentence
        self.range = range
        self.values = values
    }
}

/// What ``CorpusStore/save(_:embeddings:runID:)`` did with a document.
public enum SaveOutcome: String, Sendable, Equatable {
    /// New key: inserted with its sentences (and vectors).
    case added
    /// Known key, different content hash: replaced, its sentences, vectors and alignments renewed.
    case updated
    /// Known key, same hash, vectors already there (or none asked for): nothing written.
    case unchanged
    /// Known key, same hash: only the missing vectors for this encoder were added.
    case embedded
}

/// Row counts, for progress lines, summaries and tests.
public struct StoreCounts: Sendable, Equatable {
    public var documents: Int
    public var sentences: Int
    public var embeddings: Int
    public var skippedDocuments: Int
}
