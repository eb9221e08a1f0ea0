import Foundation

/// Errors of the aligner: bad parameters, unreadable alignment files.
///
/// The CLI prints ``errorDescription`` as one line.
public enum AlignerError: Error, LocalizedError, Equatable {
    /// A parameter is out of range or two parameters contradict each other.
    case invalidParameters(String)
    /// A links file (gold or prediction) could not be parsed.
    case malformedLinks(file: String, line: Int, detail: String)
    /// `eval` was given gold and prediction files that do not pair up.
    case unpairedFiles(String)
    /// The inputs are too large for the mode asked (quote mining's all-pairs comparison).
    case tooLarge(String)

    public var errorDescription: String? {
        switch self {
        case .invalidParameters(let d): return "invalid alignment parameters: \(d)"
        case .malformedLinks(let f, let l, let d): return "\(f):\(l): malformed link: \(d) (expected e.g. [0, 1]:[2]:0.873 or []:[5])"
        case .unpairedFiles(let d): return d
        case .tooLarge(let d): return d
        }
    }
}
