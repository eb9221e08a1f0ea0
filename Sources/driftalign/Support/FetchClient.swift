import CCurlShim
import DriftAlignRegistry
import Foundation

/// A polite HTTP GET for `driftalign fetch` (the system's libcurl through `CCurlShim`, so that no
/// other command loads FoundationNetworking): a per-attempt timeout, retries with exponential
/// backoff on 5xx, timeouts and dropped connections (never on 4xx), a response size limit
/// enforced while the body streams in, at most ``Policy/maxRedirects`` redirects, a request-rate
/// limit per host and a User-Agent that names the project.
final class FetchClient {
    struct Policy {
        /// Seconds one attempt may take, headers and body together.
        var timeout: Double = 30
        /// Attempts after the first, for retryable failures only.
        var retries = 3
        var maxBytes = 10_000_000
        /// Requests per second to one host (retries and redirects' first hops included).
        var rate = 1.0
        var maxRedirects = 5
        /// First backoff; then doubled per retry, capped at ``maxBackoff``.
        var backoff = 0.5
        var maxBackoff = 30.0
    }

    /// A successful response: status 2xx and the whole body.
    struct Response {
        var url: URL
        var status: Int
        var body: Data
        var contentType: String?
        var attempts: Int
    }

    static let projectURL = "https://github.com/driftalign/driftalign"
    static var userAgent: String { "DriftAlign/\(DriftAlignVersion.string) (+\(projectURL); research)" }

    let policy: Policy
    private var lastRequest: [String: Date] = [:]

    init(policy: Policy) { self.policy = policy }

    /// Fetches `url`, retrying what may succeed on a second try.
    func get(_ url: URL) throws -> Response {
        var attempt = 0
        while true {
            attempt += 1
            waitForRateLimit(host: url.host ?? "")
            do {
                var r = try FetchAttempt(url: url, policy: policy).run()
                r.attempts = attempt
                return r
            } catch let e as CorpusCommandError {
                guard e.isRetryable, attempt <= policy.retries else { throw e.afterAttempts(attempt) }
                Thread.sleep(forTimeInterval: min(policy.maxBackoff, policy.backoff * pow(2, Double(attempt - 1))))
            }
        }
    }

    private func waitForRateLimit(host: String) {
        if let last = lastRequest[host] {
            let wait = last.addingTimeInterval(1 / policy.rate).timeIntervalSinceNow
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
        }
        lastRequest[host] = Date()
    }
}

/// One request through libcurl (`CCurlShim`): its own timeout, redirect limit and size limit
/// (the announced length refused at once, a body that grows past it stopped as it arrives).
private struct FetchAttempt {
    let url: URL
    let policy: FetchClient.Policy

    func run() throws -> FetchClient.Response {
        var r = da_http_response()
        defer { da_http_response_free(&r) }
        let outcome = da_http_get(url.absoluteString, FetchClient.userAgent, max(1, Int(policy.timeout * 1000)),
                                  policy.maxRedirects, Int64(policy.maxBytes), &r)
        let address = url.absoluteString
        let detail = withUnsafeBytes(of: r.error) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        switch Int(outcome) {
        case Int(DA_HTTP_OK.rawValue): break
        case Int(DA_HTTP_TIMEOUT.rawValue): throw CorpusCommandError.timedOut(url: address, seconds: policy.timeout)
        case Int(DA_HTTP_TOO_LARGE.rawValue): throw CorpusCommandError.tooLarge(url: address, limit: policy.maxBytes)
        case Int(DA_HTTP_REDIRECTS.rawValue): throw CorpusCommandError.tooManyRedirects(url: address, limit: policy.maxRedirects)
        case Int(DA_HTTP_TRUNCATED.rawValue):
            throw CorpusCommandError.truncated(url: address, received: r.body_length, expected: Int(r.expected_length))
        default: throw CorpusCommandError.transport(url: address, detail: detail)
        }
        let status = Int(r.status)
        guard (200..<300).contains(status) else {
            if (300..<400).contains(status) { throw CorpusCommandError.tooManyRedirects(url: address, limit: policy.maxRedirects) }
            throw CorpusCommandError.httpStatus(url: address, status: status)
        }
        let body = r.body_length > 0 ? Data(bytes: r.body, count: r.body_length) : Data()
        let final = r.effective_url.flatMap { URL(string: String(cString: $0)) } ?? url
        return FetchClient.Response(url: final, status: status, body: body,
                                    contentType: r.content_type.map { String(cString: $0) }, attempts: 1)
    }
}
