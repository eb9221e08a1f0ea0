/// The vocabulary sorted by bytes, walked as an implicit trie: the pieces that start with a
/// given prefix form one contiguous run of the sorted order, so extending the prefix by one byte
/// narrows the run with two binary searches. No node arrays are built, which keeps model loading
/// to one sort.
struct PieceIndex: Sendable {
    private let bytes: [UInt8]
    private let offsets: [Int32]
    /// Piece ids in byte-lexicographic order of their pieces.
    private let sorted: [Int32]
    /// For each first byte, the run of `sorted` whose pieces start with it.
    private let firstByteRuns: [Range<Int>]
    /// In `sorted` order: each piece's first eight bytes packed big-endian (zero-padded), and its
    /// length, so that the binary searches of the first eight levels read one contiguous array
    /// instead of following id → offset → byte.
    private let sortedKeys: [UInt64]
    private let sortedLengths: [Int32]

    init(bytes: [UInt8], offsets: [Int32]) {
        let count = offsets.count - 1
        var ids = [Int32]()
        ids.reserveCapacity(count)
        bytes.withUnsafeBufferPointer { b in
            offsets.withUnsafeBufferPointer { o in
                // Sort by the first eight bytes packed big-endian (zero-padded, so a prefix sorts
                // before its extensions, as in byte order) with a linear radix sort, then order
                // each run of equal keys by the next eight bytes, and the few pieces that share
                // sixteen with the full comparison. USE-m's 128,000 pieces: a comparison sort of
                // the whole vocabulary took about 65 ms of model loading; a comparison sort of
                // eight-byte keys, the full comparison within runs, 45 ms for the whole index;
                // now 20–28 ms (and none when ``CompiledVocabulary`` holds the order).
                var keyed = [(key: UInt64, id: Int32)]()
                keyed.reserveCapacity(count)
                for id in 0..<count { keyed.append((Self.key(id, from: 0, b, o), Int32(id))) }
                keyed = Self.radixSorted(keyed)
                var i = 0
                while i < keyed.count {
                    var j = i + 1
                    while j < keyed.count, keyed[j].key == keyed[i].key { j += 1 }
                    if j - i == 1 {
                        ids.append(keyed[i].id)
                    } else {
                        var run = keyed[i..<j].map { (next: Self.key(Int($0.id), from: 8, b, o), id: $0.id) }
                        run.sort { $0.next != $1.next ? $0.next < $1.next : Self.less($0.id, $1.id, b, o) }
                        ids.append(contentsOf: run.map(\.id))
                    }
                    i = j
                }
            }
        }
        self.init(bytes: bytes, offsets: offsets, validOrder: ids)
    }

    /// The index from an order computed earlier (``sortedIDs``, kept by ``CompiledVocabulary``);
    /// nil unless `order` holds every id once, in this index's order.
    init?(bytes: [UInt8], offsets: [Int32], order: [Int32]) {
        let count = offsets.count - 1
        guard order.count == count else { return nil }
        var seen = [Bool](repeating: false, count: count)
        let ok = bytes.withUnsafeBufferPointer { b in
            offsets.withUnsafeBufferPointer { o in
                for (i, id) in order.enumerated() {
                    guard id >= 0, Int(id) < count, !seen[Int(id)] else { return false }
                    seen[Int(id)] = true
                    if i > 0, !Self.less(order[i - 1], id, b, o) { return false }
                }
                return true
            }
        }
        guard ok else { return nil }
        self.init(bytes: bytes, offsets: offsets, validOrder: order)
    }

    /// The sorted order, for ``CompiledVocabulary``.
    var sortedIDs: [Int32] { sorted }

    private init(bytes: [UInt8], offsets: [Int32], validOrder ids: [Int32]) {
        self.bytes = bytes
        self.offsets = offsets
        let count = ids.count
        sorted = ids
        sortedKeys = bytes.withUnsafeBufferPointer { b in
            offsets.withUnsafeBufferPointer { o in ids.map { Self.key(Int($0), from: 0, b, o) } }
        }
        sortedLengths = ids.map { offsets[Int($0) + 1] - offsets[Int($0)] }
        var runs = [Range<Int>](repeating: 0..<0, count: 256)
        var i = 0
        while i < count {
            let s = Int(offsets[Int(ids[i])]), e = Int(offsets[Int(ids[i]) + 1])
            if s == e { i += 1; continue }
            let first = bytes[s]
            var j = i
            while j < count, offsets[Int(ids[j])] < offsets[Int(ids[j]) + 1], bytes[Int(offsets[Int(ids[j])])] == first { j += 1 }
            runs[Int(first)] = i..<j
            i = j
        }
        firstByteRuns = runs
    }

    /// Piece `id`'s bytes `first ..< first + 8`, packed big-endian and zero-padded.
    private static func key(_ id: Int, from first: Int, _ b: UnsafeBufferPointer<UInt8>, _ o: UnsafeBufferPointer<Int32>) -> UInt64 {
        let s = Int(o[id]) + first, e = Int(o[id + 1])
        var key: UInt64 = 0
        for k in 0..<8 { key = key << 8 | UInt64(s + k < e ? b[s + k] : 0) }
        return key
    }

    /// The index's order: bytes compared lexicographically, a prefix before its extensions,
    /// equal pieces by id.
    private static func less(_ x: Int32, _ y: Int32, _ b: UnsafeBufferPointer<UInt8>, _ o: UnsafeBufferPointer<Int32>) -> Bool {
        let xs = Int(o[Int(x)]), xe = Int(o[Int(x) + 1]), ys = Int(o[Int(y)]), ye = Int(o[Int(y) + 1])
        let n = min(xe - xs, ye - ys)
        for k in 0..<n where b[xs + k] != b[ys + k] { return b[xs + k] < b[ys + k] }
        return (xe - xs, x) < (ye - ys, y)
    }

    /// `pairs` in ascending order of key, ties in their input order: a least-significant-digit
    /// radix sort, one byte a pass (each pass stable; a byte every key shares is skipped), linear
    /// in the vocabulary's size.
    static func radixSorted(_ pairs: [(key: UInt64, id: Int32)]) -> [(key: UInt64, id: Int32)] {
        let n = pairs.count
        var a = pairs
        var b = pairs
        a.withUnsafeMutableBufferPointer { pa in
            b.withUnsafeMutableBufferPointer { pb in
                // Locals only: a captured `var` would be boxed and checked for exclusive access
                // at every use.
                let counts = UnsafeMutablePointer<Int>.allocate(capacity: 256)
                defer { counts.deallocate() }
                var src = pa.baseAddress!, dst = pb.baseAddress!
                for pass in 0..<8 {
                    let shift = UInt64(8 * pass)
                    for k in 0..<256 { counts[k] = 0 }
                    for i in 0..<n { counts[Int(truncatingIfNeeded: src[i].key >> shift) & 0xFF] += 1 }
                    if (0..<256).contains(where: { counts[$0] == n }) { continue }
                    var total = 0
                    for k in 0..<256 { let c = counts[k]; counts[k] = total; total += c }
                    for i in 0..<n {
                        let d = Int(truncatingIfNeeded: src[i].key >> shift) & 0xFF
                        dst[counts[d]] = src[i]
                        counts[d] += 1
                    }
                    swap(&src, &dst)
                }
                // An odd number of passes moved: the result is in `b`'s storage.
                if src != pa.baseAddress! { pa.baseAddress!.update(from: src, count: n) }
            }
        }
        return a
    }

    /// Calls `body(end, id)` for every piece that is a prefix of `text[start...]`, shortest first
    /// (`end` is the byte offset just past the piece).
    @inline(__always)
    func forEachPrefix(of text: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (Int, Int32) -> Void) {
        guard start < text.count else { return }
        bytes.withUnsafeBufferPointer { b in
            offsets.withUnsafeBufferPointer { o in
                sorted.withUnsafeBufferPointer { ids in
                    sortedKeys.withUnsafeBufferPointer { keys in
                        sortedLengths.withUnsafeBufferPointer { lengths in
                            walk(text, start, Buffers(bytes: b, offsets: o, ids: ids, keys: keys, lengths: lengths), body)
                        }
                    }
                }
            }
        }
    }

    private struct Buffers {
        let bytes: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int32>, ids: UnsafeBufferPointer<Int32>
        let keys: UnsafeBufferPointer<UInt64>, lengths: UnsafeBufferPointer<Int32>

        @inline(__always) func length(_ i: Int) -> Int { Int(lengths[i]) }
        /// Byte `d` of the piece at sorted position `i` (which is longer than `d`).
        @inline(__always) func byte(_ i: Int, _ d: Int) -> UInt8 {
            d < 8 ? UInt8(truncatingIfNeeded: keys[i] >> UInt64(56 - 8 * d)) : bytes[Int(offsets[Int(ids[i])]) + d]
        }
    }

    @inline(__always)
    private func walk(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ p: Buffers, _ body: (Int, Int32) -> Void) {
        var run = firstByteRuns[Int(text[start])]
        var depth = 1
        var pos = start + 1
        while !run.isEmpty {
            // The piece equal to the prefix itself, if any, sorts first in its run.
            if p.length(run.lowerBound) == depth {
                // A duplicated piece (not in a well-formed model) resolves to its
                // last id, as a later dictionary entry would overwrite an earlier one.
                var k = run.lowerBound
                while k + 1 < run.upperBound, p.length(k + 1) == depth { k += 1 }
                body(pos, p.ids[k])
                run = (k + 1)..<run.upperBound
            }
            guard pos < text.count, !run.isEmpty else { return }
            let c = text[pos]
            // All pieces left in the run are longer than `depth`.
            var lo = run.lowerBound, hi = run.upperBound
            while lo < hi { let mid = (lo + hi) >> 1; if p.byte(mid, depth) < c { lo = mid + 1 } else { hi = mid } }
            var end = lo
            hi = run.upperBound
            while end < hi { let mid = (end + hi) >> 1; if p.byte(mid, depth) <= c { end = mid + 1 } else { hi = mid } }
            run = lo..<end
            depth += 1
            pos += 1
        }
    }
}
