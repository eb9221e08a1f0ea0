@testable import DriftAlignReport
import Testing

/// The report-wide checks ask whether a word is already covered by a finding (``OverlapIndex``):
/// the answer must match a plain scan, nested and touching ranges included.
@Suite struct OverlapIndexTests {
    @Test func agreesWithAPlainScan() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let ranges: [Range<Int>] = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                let a = Int.random(in: 0..<60, using: &generator)
                return a..<(a + Int.random(in: 1...15, using: &generator))
            }
            let index = OverlapIndex(ranges)
            for lower in 0..<70 {
                for length in 1...6 {
                    let q = lower..<(lower + length)
                    #expect(index.overlaps(q) == ranges.contains { $0.overlaps(q) }, "\(ranges) \(q)")
                }
            }
        }
        // Touching is not overlapping; a range inside a longer one is.
        #expect(!OverlapIndex([0..<5]).overlaps(5..<7))
        #expect(OverlapIndex([0..<50, 10..<12]).overlaps(30..<31))
        #expect(!OverlapIndex([]).overlaps(0..<1))
    }
}
