import Foundation

/// Errors of the drift scorer: bad input pairs, an unreadable optional lexicon.
///
/// The CLI prints ``errorDescription`` as one line on stderr.
public enum DriftError: Error, LocalizedError, Equatable {
    /// A pairs file line has no tab between original and translation.
    case missingTab(file: String, line: Int)
    /// A pairs file line has more than one tab, so where the translation starts is unclear.
    case extraTab(file: String, line: Int)
    /// `scoreMany` was given a number of contexts different from the number of pairs.
    case contextCountMismatch(pairs: Int, contexts: Int)
    /// The bilingual lexicon file exists but cannot be read or parsed.
    case unreadableLexicon(path: String, detail: String)

    public var errorDescription: String? {
        switch self {
        case .missingTab(let f, let l):
            return "\(f):\(l): no tab on this line: each line must be original<TAB>translation"
        case .extraTab(let f, let l):
            return "\(f):\(l): more than one tab on this line: each line must be original<TAB>translation (remove the tabs inside the texts)"
        case .contextCountMismatch(let p, let c):
            return "scoreMany got \(p) pairs but \(c) contexts: give one context per pair, or none"
        case .unreadableLexicon(let p, let d):
            return "bilingual lexicon \(p) cannot be read (\(d)): rebuild it with scripts/build-lexicon.sh, or remove it"
        }
    }
}
