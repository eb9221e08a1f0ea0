import Foundation

/// One invocation of a command that wrote to the store (`ingest`, `fetch`, `corpus run`).
///
/// Written by ``CorpusStore/beginRun(command:arguments:)``; its item counts grow in the same
/// transaction as each document, so a killed run's counts still match what it committed.
public struct RunRecord: Sendable, Equatable {
    /// How a run ended. A run still `running` with no other process at work was killed.
    public enum Status: String, Sendable { case running, ok, failed }
    public var id: Int64
    public var command: String
    public var arguments: [String]
    public var started: Date
    public var finished: Date?
    public var status: Status
    public var added = 0, updated = 0, unchanged = 0, skipped = 0, failed = 0
    public var message: String?
}

/// A sentence link to store: translation sentences and original sentences of two stored documents.
///
/// Written by the corpus runner after aligning; plain values so that the store does not depend
/// on the aligner.
public struct StoredAlignment: Sendable, Equatable {
    public var translationDocument: Int64
    /// Nil when the translation sentences have no source.
    public var originalDocument: Int64?
    public var translationSentences: [Int]
    public var originalSentences: [Int]
    /// `monotonic` or `quote`.
    public var method: String
    public var score: Double
    public var confidence: Double?
    /// Narrower spans (scalar offsets) when the link is a quotation, else nil.
    public var translationSpan: Range<Int>?
    public var originalSpan: Range<Int>?

    public init(translationDocument: Int64, originalDocument: Int64?, translationSentences: [Int], originalSentences: [Int],
                method: String, score: Double, confidence: Double? = nil,
                translationSpan: Range<Int>? = nil, originalSpan: Range<Int>? = nil) {
        self.translationDocument = translationDocument
        self.originalDocument = originalDocument
        self.translationSentences = translationSentences
        self.originalSentences = originalSentences
        self.method = method
        self.score = score
        self.confidence = confidence
        self.translationSpan = translationSpan
        self.originalSpan = originalSpan
    }
}

/// A drift finding on a stored alignment (kind, severity 0–1, message, JSON-able details).
public struct StoredFinding: Sendable, Equatable {
    public var kind: String
    public var severity: Double
    public var message: String
    public var details: [String: String]

    public init(kind: String, severity: Double, message: String, details: [String: String] = [:]) {
        self.kind = kind
        self.severity = severity
        self.message = message
        self.details = details
    }
}
