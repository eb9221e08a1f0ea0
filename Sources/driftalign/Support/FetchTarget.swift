import Foundation

/// What `driftalign fetch` downloads for an address, and which plugin reads it.
///
/// Truth Social status pages (`https://truthsocial.com/@user/<id>`, `/users/<user>/statuses/<id>`)
/// become the API call `https://truthsocial.com/api/v1/statuses/<id>` (FORMATS.md §1);
/// kremlin.ru / en.kremlin.ru pages and feeds and whitehouse.gov pages are fetched as they are.
/// A base URL (`--base-url`, or `DRIFTALIGN_FETCH_BASE_URL`), for tests and mirrors, replaces the
/// scheme, host and port of the request while the plugin and the stored location keep the
/// original address.
struct FetchTarget: Equatable {
    /// The address as the user gave it: the stored documents' input location.
    var original: URL
    /// The address requested.
    var request: URL
    /// The plugin that reads the response.
    var source: String

    static let supported = ["truthsocial.com (status pages)", "kremlin.ru, en.kremlin.ru (pages, Atom feeds)", "whitehouse.gov (pages)"]

    static func resolve(_ text: String, base: URL?, source: String?) throws -> FetchTarget {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host?.lowercased(), !host.isEmpty else {
            throw CorpusCommandError.invalidURL(text)
        }
        let parts = URLComponents(url: url, resolvingAgainstBaseURL: false)
        // URL.path drops a trailing slash, which whitehouse.gov addresses keep.
        var path = (parts?.percentEncodedPath).flatMap { $0.isEmpty ? nil : $0 } ?? "/"
        var query = parts?.percentEncodedQuery
        let plugin: String
        if host == "truthsocial.com" || host.hasSuffix(".truthsocial.com") {
            guard let id = statusID(path) else { throw CorpusCommandError.notAStatus(url: text) }
            path = "/api/v1/statuses/\(id)"
            query = nil
            plugin = "truthsocial"
        } else if host == "kremlin.ru" || host.hasSuffix(".kremlin.ru") {
            plugin = "kremlin"
        } else if host == "whitehouse.gov" || host.hasSuffix(".whitehouse.gov") {
            plugin = "whitehouse"
        } else if let source {
            plugin = source
        } else {
            throw CorpusCommandError.unsupportedSite(url: text, supported: supported)
        }
        var request = URLComponents()
        if let base, let b = URLComponents(url: base, resolvingAgainstBaseURL: false) {
            request.scheme = b.scheme
            request.host = b.host
            request.port = b.port
            let prefix = b.path.hasSuffix("/") ? String(b.path.dropLast()) : b.path
            request.percentEncodedPath = prefix + path
        } else {
            request.scheme = scheme
            request.host = url.host
            request.port = url.port
            request.percentEncodedPath = path
        }
        request.percentEncodedQuery = query
        guard let r = request.url else { throw CorpusCommandError.invalidURL(text) }
        return FetchTarget(original: url, request: r, source: source ?? plugin)
    }

    /// The numeric status id of `/@user/<id>`, `/users/<user>/statuses/<id>` or `/api/v1/statuses/<id>`.
    static func statusID(_ path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        let digits = { (s: String) in !s.isEmpty && s.count <= 24 && s.allSatisfy { $0.isASCII && $0.isNumber } }
        if parts.count == 2, parts[0].hasPrefix("@"), digits(parts[1]) { return parts[1] }
        if parts.count >= 4, parts[0] == "users", parts[2] == "statuses", digits(parts[3]) { return parts[3] }
        if parts.count == 4, parts[0] == "api", parts[2] == "statuses", digits(parts[3]) { return parts[3] }
        return nil
    }

    /// The charset a Content-Type header declares ("text/html; charset=windows-1251"), if not UTF-8.
    static func charset(_ contentType: String?) -> String? {
        guard let ct = contentType?.lowercased(), let r = ct.range(of: "charset=") else { return nil }
        let name = ct[r.upperBound...].prefix { $0 != ";" && $0 != " " }.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return ["utf-8", "utf8", ""].contains(name) ? nil : name
    }
}
