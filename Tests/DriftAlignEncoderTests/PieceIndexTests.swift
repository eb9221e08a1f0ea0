import Testing
@testable import DriftAlignEncoder

/// The vocabulary index behind the tokenizer, on hand-made vocabularies (no model needed).
@Suite struct PieceIndexTests {
    /// Builds an index over `pieces` (ids are their positions).
    private func index(_ pieces: [String]) -> PieceIndex {
        var bytes: [UInt8] = [], offsets: [Int32] = [0]
        for p in pieces {
            bytes += Array(p.utf8)
            offsets.append(Int32(bytes.count))
        }
        return PieceIndex(bytes: bytes, offsets: offsets)
    }

    private func prefixes(_ index: PieceIndex, _ text: String, from start: Int = 0) -> [(Int, Int32)] {
        var out: [(Int, Int32)] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { b in index.forEachPrefix(of: b, from: start) { out.append(($0, $1)) } }
        return out
    }

    @Test func everyPrefixIsFoundShortestFirstAcrossSharedSixteenBytePrefixes() {
        // Pieces that share their first 8 and 16 bytes exercise every level of the sort: the
        // radix keys, the next eight bytes, and the full comparison.
        let pieces = ["abcdefghijklmnopqrs", "b", "abcdefghij", "a", "abcdefghijklmnopq", "ab", "abcdefghijklmnopqr",
                      "abcdefghijklmnopqrX", "▁le", "▁l", "abcdefgh", "abcdefgZ"]
        let idx = index(pieces)
        let found = prefixes(idx, "abcdefghijklmnopqrst")
        #expect(found.map(\.0) == [1, 2, 8, 10, 17, 18, 19])
        #expect(found.map(\.1) == [3, 5, 10, 2, 4, 6, 0])
        #expect(prefixes(idx, "▁les").map(\.1) == [9, 8])
        #expect(prefixes(idx, "zzz").isEmpty)
        #expect(prefixes(idx, "xab", from: 1).map(\.0) == [2, 3])
    }

    @Test func radixSortOrdersByKeyAndKeepsTiesInInputOrder() {
        var state: UInt64 = 42
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state }
        // Keys that differ in every byte position, and many ties.
        let pairs = (0..<5_000).map { i -> (key: UInt64, id: Int32) in
            let r = next()
            return (i % 3 == 0 ? r : (r >> 56) << UInt64(8 * Int(r % 8)), Int32(i))
        }
        let sorted = PieceIndex.radixSorted(pairs)
        let expected = pairs.sorted { $0.key != $1.key ? $0.key < $1.key : $0.id < $1.id }
        #expect(sorted.map(\.key) == expected.map(\.key))
        #expect(sorted.map(\.id) == expected.map(\.id))
        #expect(PieceIndex.radixSorted([]).isEmpty)
        #expect(PieceIndex.radixSorted([(7, 0), (7, 1)]).map(\.id) == [0, 1])
    }
}
