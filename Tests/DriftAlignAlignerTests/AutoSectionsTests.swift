@testable import DriftAlignAligner
import Testing

/// The two pieces of auto mode's section-by-section alignment that need no encoder.
@Suite struct AutoSectionsTests {
    /// A section's window is drawn around its matches that keep the original's order: the longest
    /// non-decreasing run, so one match far away (a short line found at the other end of a book)
    /// does not stretch it.
    @Test func theLongestRunInOrderLeavesOutlyingMatches() {
        #expect(AutoSections.longestNondecreasingRun([412, 3, 4, 4, 7, 2, 9, 10, 803, 11]) == [3, 4, 4, 7, 9, 10, 11])
        #expect(AutoSections.longestNondecreasingRun([5, 4, 3]).count == 1)
        #expect(AutoSections.longestNondecreasingRun([]) == [])
        #expect(AutoSections.longestNondecreasingRun([2, 2, 2]) == [2, 2, 2])
    }

    /// An original sentence left out is listed once, and not when another link holds it: two
    /// sections' runs overlapped and each listed the sentences of its window it did not link.
    @Test func anOmittedSentenceIsListedOnceAndOnlyWhenUnlinked() {
        func link(_ o: [Int], _ t: [Int], doc: Int? = 0) -> DocumentAlignment.Link {
            .init(originalDocument: doc, original: o, translation: t, score: 0.5, method: .monotonic)
        }
        let links = [link([0], [0]), link([1], []), link([2], []), link([3], [1]),
                     link([1], []), link([3], []), link([2], []), link([4], []), link([], [2], doc: nil),
                     link([1], [], doc: 1), link([5, 6, 7], []), link([6], [3]), link([8, 9], []), link([9, 10], [])]
        let kept = AutoSections.withoutRepeatedOmissions(links)
        // A run partly held elsewhere keeps the rest ([5, 6, 7] with 6 linked: [5] and [7]).
        #expect(kept.map { "\($0.originalDocument ?? -1):\($0.original):\($0.translation)" }
                == ["0:[0]:[0]", "0:[1]:[]", "0:[2]:[]", "0:[3]:[1]", "0:[4]:[]", "-1:[]:[2]", "1:[1]:[]",
                    "0:[5]:[]", "0:[7]:[]", "0:[6]:[3]", "0:[8, 9]:[]", "0:[10]:[]"])
    }
}
