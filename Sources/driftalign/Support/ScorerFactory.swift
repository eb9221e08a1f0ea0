import DriftAlignDrift
import DriftAlignEncoder
import Foundation

/// The drift scorer `report` and `run` use, with the installed lexicon: when one is installed
/// but cannot be read, the scorer goes on without it and stderr says so, once a process (`run`
/// makes a scorer per article).
///
/// The installed lexicon is read once a process and shared by every scorer (a scorer never
/// changes it): reading it (FreeDict, the word lists, the lemma tables) takes most of a second,
/// which `run` paid for every article (`scripts/bench-scale.sh`, one worker: 67 articles a minute
/// when each read it, 3,606 since; docs/SCALE.md).
enum ScorerFactory {
    private static let warned = WarnedOnce()

    /// The installed lexicon, read at the first scorer made (nil when none is installed).
    private static let installed: Result<BilingualLexicon?, any Error> = Result { try BilingualLexicon.installed() }

    static func make(encoder: (any SentenceEncoder)?) -> DriftScorer {
        switch installed {
        case .success(let lexicon):
            return DriftScorer(encoder: encoder, lexicon: .some(lexicon))
        case .failure(let error):
            // A damaged installed lexicon is scored without, but never silently.
            if warned.first() { Diagnostics.write("driftalign: warning: \(error.localizedDescription); scoring without it\n") }
            return DriftScorer(encoder: encoder, lexicon: .some(nil))
        }
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
