import Foundation

/// Errors of the core module: reading input, decoding it, calling ICU.
///
/// The CLI prints ``errorDescription`` as one line on stderr and exits non-zero.
public enum DriftAlignCoreError: Error, LocalizedError, Equatable {
    /// The path does not exist or is not a readable file.
    case fileNotFound(file: String)
    /// The path is a directory where a file was expected.
    case isDirectory(file: String)
    /// The file could not be read (permissions, I/O).
    case unreadable(file: String, detail: String)
    /// The file has no bytes, or only white space.
    case emptyInput(file: String)
    /// The file is larger than the configured limit.
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// A stream (standard input, a pipe, a device) or a growing file went on past the limit;
    /// reading stopped there, so its size is unknown.
    case tooLargeStream(file: String, limit: Int)
    /// The file holds NUL or other control bytes: it is not text, or text in a wide encoding
    /// (UTF-16/32 without a byte-order mark) that `wideText` names.
    case binaryInput(file: String, offset: Int, wideText: String? = nil)
    /// The bytes are not valid UTF-8; `guess` names the encoding ICU thinks it is, if any.
    case notUTF8(file: String, offset: Int, guess: String?)
    /// `--encoding` named a charset ICU does not know.
    case unknownEncoding(file: String, name: String)
    /// The bytes are invalid in the requested encoding.
    case invalidEncoding(file: String, detail: String)
    /// The UTF-16 or UTF-32 form asked for (`--encoding`) cannot be the file's: decoded in it,
    /// the text would be nonsense (``WideEncodingCheck``). `reason` says why; `likely` names what
    /// the bytes look like ("UTF-8", "ASCII", "UTF-16LE"…), when something does.
    case encodingMismatch(file: String, requested: String, reason: String, likely: String?)
    /// A case folder's manifest.json is not a valid `driftalign-case/1` manifest.
    case invalidManifest(file: String, detail: String)
    /// An ICU service could not be opened.
    case icu(operation: String, detail: String)

    public var errorDescription: String? {
        switch self {
        case .fileNotFound(let f): return "\(f): no such file"
        case .isDirectory(let f): return "\(f): is a directory, expected a file"
        case .unreadable(let f, let d): return "\(f): cannot be read (\(d))"
        case .emptyInput(let f): return "\(f): the file is empty: nothing to read"
        case .tooLarge(let f, let b, let l):
            return "\(f): the file is \(Self.size(b)), over the limit of \(Self.size(l)); split it, or raise the limit with --max-bytes"
        case .tooLargeStream(let f, let l):
            return "\(f): the input is more than \(Self.size(l)), the limit (reading stopped there); split it, or raise the limit with --max-bytes"
        case .binaryInput(let f, let o, let wide?):
            return "\(f): has NUL bytes (the first at offset \(o)) but reads as \(wide) text without a byte-order mark: pass --encoding \(wide) to decode it"
        case .binaryInput(let f, let o, nil):
            return "\(f): looks like a binary file (control byte at offset \(o)), not text"
        case .notUTF8(let f, let o, let g):
            let hint = g.map { "; it looks like \($0): pass --encoding \($0) to decode it" } ?? "; pass --encoding NAME if you know its encoding"
            return "\(f): not valid UTF-8 (invalid byte at offset \(o))\(hint)"
        case .unknownEncoding(let f, let n): return "\(f): unknown encoding '\(n)' (try UTF-8, ISO-8859-1, windows-1252, windows-1251, KOI8-R)"
        case .invalidEncoding(let f, let d): return "\(f): cannot decode: \(d)"
        case .encodingMismatch(let f, let asked, let reason, let likely):
            let advice: String
            switch likely {
            case "UTF-8"?, "ASCII"?: advice = "; it looks like \(likely!): leave --encoding out to read it as UTF-8"
            case let other?: advice = "; it looks like \(other): pass --encoding \(other) to decode it"
            case nil: advice = "; check the file's encoding"
            }
            return "\(f): not \(asked) text, the encoding asked for: \(reason)\(advice)"
        case .invalidManifest(let f, let d): return "\(f): invalid case manifest: \(d)"
        case .icu(let op, let d): return "ICU: cannot \(op): \(d)"
        }
    }

    /// "245 bytes", "12.3 KB", "100.0 MB": a size in the unit that shows it (a 10-byte limit is
    /// not "0.0 MB").
    static func size(_ n: Int) -> String {
        if n < 1_000 { return n == 1 ? "1 byte" : "\(n) bytes" }
        if n < 1_000_000 { return String(format: "%.1f KB", Double(n) / 1_000) }
        return String(format: "%.1f MB", Double(n) / 1_000_000)
    }
}
