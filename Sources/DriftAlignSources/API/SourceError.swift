import Foundation

/// Errors of the plugin layer: malformed source files, unknown plugin ids.
///
/// The CLI prints ``errorDescription`` as one line naming the file and the problem.
public enum SourceError: Error, LocalizedError, Equatable {
    /// The input is not in the format the plugin reads (bad JSON, no article body…).
    case malformed(file: String, format: String, detail: String)
    /// `--source` named no registered plugin.
    case unknownSource(id: String, valid: [String])
    /// No plugin recognised the input and none was named.
    case undetected(file: String, valid: [String])
    /// Two plugins share an identifier (a programming error caught when the registry is built).
    case duplicateIdentifier(String)
    /// The input yielded no document with text.
    case noDocuments(file: String, format: String)
    /// The input is beyond what is read whole (too many elements, too costly a misnesting): it is
    /// refused rather than read in part. `detail` names the limit and what to do.
    case limitExceeded(file: String, format: String, detail: String)
    /// The input is a well-formed page of the source's site that holds no text to read (a
    /// listing, the home page): `detail` says what it is and which page or feed to give instead.
    /// Not ``malformed``: nothing in the file is wrong, the user saved another page.
    case notAnArticle(file: String, format: String, detail: String)

    public var errorDescription: String? {
        switch self {
        case .malformed(let f, let fmt, let d): return "\(f): malformed \(fmt): \(d)"
        case .unknownSource(let id, let valid): return "unknown source '\(id)'; valid sources: \(valid.joined(separator: ", "))"
        case .undetected(let f, let valid):
            return "\(f): cannot tell what kind of source this is; name it with --source (one of: \(valid.joined(separator: ", ")))"
        case .duplicateIdentifier(let id): return "two source plugins use the identifier '\(id)'"
        case .noDocuments(let f, let fmt): return "\(f): no text found in this \(fmt)"
        case .limitExceeded(let f, let fmt, let d): return "\(f): cannot read this \(fmt) whole: \(d)"
        case .notAnArticle(let f, let fmt, let d): return "\(f): not a \(fmt): \(d)"
        }
    }

    /// "2,000,000": a count in a message, digits grouped by three.
    static func grouped(_ n: Int) -> String {
        var digits = Array(String(n.magnitude))
        var i = digits.count - 3
        while i > 0 { digits.insert(",", at: i); i -= 3 }
        return (n < 0 ? "-" : "") + String(digits)
    }
}
