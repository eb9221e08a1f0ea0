import Foundation

/// Memoized first layer of USE-m: the layer-normalized branch projection of a token depends on
/// its piece id only, so it is computed once per distinct id and reused (Tatoeba's 48,239
/// tokens have 6,532 distinct ids: 86% of that layer's products are skipped).
///
/// Rows live in fixed chunks that never move; a row is published (its slot set) only after it
/// is fully written, under the lock, so workers may read published rows without further
/// locking. When ``capacity`` rows are taken, further ids are computed each time (no eviction:
/// the cache stays deterministic and bounded at `capacity × width × 4` bytes; a row is 3,328
/// floats, 13 KB, so 16,384 rows are at most 218 MB, allocated 1,024 rows at a time as needed).
///
/// The capacity was 4,096 rows until a book showed its cost: Candide's two sides hold about 9,000
/// distinct pieces, so past the 4,096th every new piece was recomputed at each occurrence (a
/// miss costs more products than the rest of the token's forward pass). With 16,384 rows,
/// encoding Candide (2,870 sentences, one core) went from 4.79–5.07 s to 4.12–4.37 s.
final class ProjectionCache: @unchecked Sendable {
    static let defaultCapacity = 16_384
    private static let chunkRows = 1024
    let width: Int
    let capacity: Int
    private var slotOfID: [Int32]
    private var chunks: [UnsafeMutablePointer<Float>] = []
    private var used = 0
    private let lock = NSLock()

    init(vocabularySize: Int, width: Int, capacity: Int = ProjectionCache.defaultCapacity) {
        self.width = width
        self.capacity = capacity
        slotOfID = [Int32](repeating: -1, count: vocabularySize)
    }

    deinit { for c in chunks { LargeBuffer.free(c) } }

    private func row(_ slot: Int) -> UnsafeMutablePointer<Float> {
        chunks[slot / Self.chunkRows] + (slot % Self.chunkRows) * width
    }

    /// For each token, its cached row or nil (one lock for the whole batch).
    func lookup(_ ids: UnsafeBufferPointer<Int32>, into rows: inout [UnsafePointer<Float>?]) {
        rows.removeAll(keepingCapacity: true)
        lock.lock()
        defer { lock.unlock() }
        for id in ids {
            let slot = slotOfID[Int(id)]
            rows.append(slot >= 0 ? UnsafePointer(row(Int(slot))) : nil)
        }
    }

    /// Stores freshly computed rows (`values[k]` for `ids[k]`) while there is room; returns the
    /// stored row of every id it holds afterwards (an id another worker stored first keeps
    /// that worker's identical row).
    func insert(_ ids: [Int32], values: UnsafePointer<Float>) -> [Int32: UnsafePointer<Float>] {
        lock.lock()
        defer { lock.unlock() }
        var stored: [Int32: UnsafePointer<Float>] = [:]
        for (k, id) in ids.enumerated() {
            var slot = Int(slotOfID[Int(id)])
            if slot < 0 {
                guard used < capacity else { continue }
                if used % Self.chunkRows == 0 {
                    let bytes = Self.chunkRows * width * MemoryLayout<Float>.stride
                    chunks.append(LargeBuffer.allocate(byteCount: bytes)
                        .bindMemory(to: Float.self, capacity: Self.chunkRows * width))
                }
                slot = used
                used += 1
                row(slot).initialize(from: values + k * width, count: width)
                slotOfID[Int(id)] = Int32(slot)
            }
            stored[id] = UnsafePointer(row(slot))
        }
        return stored
    }
}
