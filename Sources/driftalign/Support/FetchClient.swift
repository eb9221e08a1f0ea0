import DriftAlignRegistry
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A polite HTTP GET for `driftalign fetch` (URLSession): a per-attempt timeout, retries with
/// exponential backoff on 5xx, timeouts and dropped connections (never on 4xx), a response size
/// limit enforced while the body streams in, at most ``Policy/maxRedirects`` redirects, a
/// request-rate limit per host and a User-Agent that names the project.
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

/// One request, driven by URLSession's delegate callbacks so that the size limit and the
/// redirect count are enforced as the response arrives.
private final class FetchAttempt: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let url: URL
    let policy: FetchClient.Policy
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var body = Data()
    private var response: HTTPURLResponse?
    private var redirects = 0
    private var failure: CorpusCommandError?

    init(url: URL, policy: FetchClient.Policy) {
        self.url = url
        self.policy = policy
    }

    func run() throws -> FetchClient.Response {
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = policy.timeout
        config.timeoutIntervalForResource = policy.timeout
        config.httpAdditionalHeaders = ["User-Agent": FetchClient.userAgent]
        config.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: config, delegate: self, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url, timeoutInterval: policy.timeout)
        request.setValue(FetchClient.userAgent, forHTTPHeaderField: "User-Agent")
        let task = session.dataTask(with: request)
        task.resume()
        // Our own bound, in case the transport's timers do not fire.
        if done.wait(timeout: .now() + policy.timeout + 2) == .timedOut {
            task.cancel()
            throw CorpusCommandError.timedOut(url: url.absoluteString, seconds: policy.timeout)
        }
        return try lock.withLock { () throws -> FetchClient.Response in
            if let failure { throw failure }
            guard let http = response else { throw CorpusCommandError.transport(url: url.absoluteString, detail: "no response") }
            if (300..<400).contains(http.statusCode) {
                throw CorpusCommandError.tooManyRedirects(url: url.absoluteString, limit: policy.maxRedirects)
            }
            guard (200..<300).contains(http.statusCode) else {
                throw CorpusCommandError.httpStatus(url: url.absoluteString, status: http.statusCode)
            }
            let expected = http.expectedContentLength
            if expected > 0 && Int64(body.count) < expected {
                throw CorpusCommandError.truncated(url: url.absoluteString, received: body.count, expected: Int(expected))
            }
            return FetchClient.Response(url: http.url ?? url, status: http.statusCode, body: body,
                                        contentType: http.value(forHTTPHeaderField: "Content-Type"), attempts: 1)
        }
    }

    private func fail(_ e: CorpusCommandError, _ task: URLSessionTask) {
        lock.withLock { if failure == nil { failure = e } }
        task.cancel()
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        lock.withLock { self.response = response as? HTTPURLResponse }
        if response.expectedContentLength > Int64(policy.maxBytes) {
            fail(.tooLarge(url: url.absoluteString, limit: policy.maxBytes), dataTask)
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = lock.withLock { () -> Bool in
            body.append(data)
            return body.count > policy.maxBytes
        }
        if over { fail(.tooLarge(url: url.absoluteString, limit: policy.maxBytes), dataTask) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        let allowed = lock.withLock { () -> Bool in
            redirects += 1
            return redirects <= policy.maxRedirects
        }
        if allowed { completionHandler(request) } else {
            // Refusing the redirect ends the task with the 3xx response; cancelling it here as
            // well crashes FoundationNetworking (a second redirect callback).
            lock.withLock { if failure == nil { failure = .tooManyRedirects(url: url.absoluteString, limit: policy.maxRedirects) } }
            completionHandler(nil)
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        if let error {
            let ns = error as NSError
            let (received, expected) = lock.withLock { (body.count, Int(response?.expectedContentLength ?? -1)) }
            let e: CorpusCommandError
            switch ns.code {
            case NSURLErrorTimedOut: e = .timedOut(url: url.absoluteString, seconds: policy.timeout)
            case NSURLErrorCancelled: e = .transport(url: url.absoluteString, detail: "cancelled")
            case _ where expected > received || ns.code == NSURLErrorNetworkConnectionLost:
                e = .truncated(url: url.absoluteString, received: received, expected: expected)
            default: e = .transport(url: url.absoluteString, detail: ns.localizedDescription)
            }
            lock.withLock { if failure == nil { failure = e } }
        }
        done.signal()
    }
}
