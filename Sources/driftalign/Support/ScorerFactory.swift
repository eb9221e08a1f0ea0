import DriftAlignDrift
import DriftAlignEncoder
import Foundation

/// The drift scorer `report` and `run` use, with the installed lexicon: when one is installed
/// but cannot be read, the scorer goes on without it and stderr says so, once a process (`run`
/// makes a scorer per article).
enum ScorerFactory {
    private static let warned = WarnedOnce()

    static func make(encoder: (any SentenceEncoder)?) -> DriftScorer {
        let scorer = DriftScorer(encoder: encoder)
        if let problem = scorer.lexiconProblem, warned.first() { Diagnostics.write("driftalign: warning: \(problem)\n") }
        return scorer
    }

    /// True the first time only.
    private final class WarnedOnce: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        func first() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            defer { done = true }
            return !done
        }
    }
}
