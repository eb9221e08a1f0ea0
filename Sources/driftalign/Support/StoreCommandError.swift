import Foundation

/// Why `ingest`, `match` or `fetch` failed (beyond the store's own ``StoreError`` and a plugin's
/// ``SourceError``): one enum for the corpus commands, each message naming the file or URL and
/// saying what was kept and what to do.
enum CorpusCommandError: Error, LocalizedError, Equatable {
    /// Some inputs could not be read, parsed or fetched; the others were stored.
    case someInputsFailed(command: String, failed: Int, total: Int, first: String)
    /// Some documents could not be encoded, or had the id of another document of the run; the
    /// others were stored.
    case someDocumentsFailed(command: String, failed: Int, database: String)
    /// `match`: the database does not exist or holds nothing to match against.
    case emptyStore(database: String)
    /// `match`: the article gave no document or no sentences.
    case emptyArticle(file: String)
    /// `fetch`: not an http(s) URL.
    case invalidURL(String)
    /// `fetch`: a site no plugin reads, and no --source given.
    case unsupportedSite(url: String, supported: [String])
    /// `fetch`: a Truth Social address that is not a status.
    case notAStatus(url: String)
    /// `fetch`: the server answered with a non-2xx status (after redirects).
    case httpStatus(url: String, status: Int)
    /// `fetch`: no complete answer within the timeout.
    case timedOut(url: String, seconds: Double)
    /// `fetch`: the connection closed before the announced length arrived.
    case truncated(url: String, received: Int, expected: Int)
    /// `fetch`: the response is larger than --max-bytes (the download was stopped).
    case tooLarge(url: String, limit: Int)
    /// `fetch`: more redirects than allowed.
    case tooManyRedirects(url: String, limit: Int)
    /// `fetch`: the connection failed (refused, reset, DNS).
    case transport(url: String, detail: String)
    /// `fetch`: a retryable failure that persisted through every attempt.
    indirect case gaveUp(attempts: Int, last: CorpusCommandError)

    /// Worth another attempt: server errors, timeouts, dropped or refused connections.
    var isRetryable: Bool {
        switch self {
        case .httpStatus(_, let status): return status >= 500
        case .timedOut, .truncated: return true
        case .transport(_, let detail): return detail != "cancelled"
        default: return false
        }
    }

    func afterAttempts(_ n: Int) -> CorpusCommandError { n > 1 && isRetryable ? .gaveUp(attempts: n, last: self) : self }

    var errorDescription: String? {
        switch self {
        case .someInputsFailed(let command, let failed, let total, let first) where failed == total:
            return total == 1 ? "\(command): the input failed (\(first)); nothing was stored"
                : "\(command): all \(total) inputs failed (first: \(first)); nothing was stored"
        case .someInputsFailed(let command, let failed, let total, let first):
            return "\(command): \(failed) of \(total) inputs failed (first: \(first)); the others were stored"
        case .someDocumentsFailed(let command, let failed, let database):
            return "\(command): \(Plural.count(failed, "document")) \(failed == 1 ? "was" : "were") not stored in \(database) (said above why); the others were"
        case .emptyStore(let database):
            return "\(database) holds no documents to match against: run `driftalign ingest FILE... --db \(database)` first"
        case .emptyArticle(let file):
            return "\(file): no sentences to match"
        case .invalidURL(let u):
            return "'\(u)' is not an http or https URL"
        case .unsupportedSite(let url, let supported):
            return "\(url): no plugin reads this site (supported: \(supported.joined(separator: ", "))); pass --source to choose one"
        case .notAStatus(let url):
            return "\(url): not a Truth Social status address (expected https://truthsocial.com/@user/<id>)"
        case .httpStatus(let url, let status):
            return "\(url): the server answered HTTP \(status)" + (status >= 500 ? " (a server error)" : "")
        case .timedOut(let url, let seconds):
            return "\(url): no complete answer within \(String(format: "%g", seconds)) s (--timeout)"
        case .truncated(let url, let received, let expected):
            return "\(url): the connection closed after \(received) bytes" + (expected > 0 ? " of \(expected)" : "") + " (truncated)"
        case .tooLarge(let url, let limit):
            return "\(url): the response is larger than \(limit) bytes; download stopped (raise --max-bytes)"
        case .tooManyRedirects(let url, let limit):
            return "\(url): more than \(limit) redirects"
        case .transport(let url, let detail):
            return "\(url): \(detail)"
        case .gaveUp(let attempts, let last):
            return "\(last.errorDescription ?? "failed") — gave up after \(attempts) attempts"
        }
    }
}
