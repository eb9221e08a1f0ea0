/// The cells of the DP grid a search may visit: for each grid row i (0…n), the columns lo…hi.
///
/// Grid point (i, j) means "the first i original and j translation sentences are aligned".
/// Coarse-to-fine search (Thompson & Koehn 2019, §3.2) projects the path found at half
/// resolution onto the finer grid and widens it, so the work is linear in document length.
struct SearchBand {
    var lo: [Int]
    var hi: [Int]
    let columns: Int

    var rows: Int { lo.count - 1 }

    /// Every cell: exhaustive search.
    static func full(rows n: Int, columns m: Int) -> SearchBand {
        SearchBand(lo: Array(repeating: 0, count: n + 1), hi: Array(repeating: m, count: n + 1), columns: m)
    }

    /// The band around `coarsePath` (grid points at half resolution), scaled to an n × m grid and
    /// widened by `width` columns on each side, made monotone and connected.
    static func around(coarsePath: [(Int, Int)], rows n: Int, columns m: Int, width: Int) -> SearchBand {
        var lo = Array(repeating: Int.max, count: n + 1)
        var hi = Array(repeating: Int.min, count: n + 1)
        func mark(_ i: Int, _ j0: Int, _ j1: Int) {
            let r = min(max(i, 0), n)
            lo[r] = min(lo[r], max(0, min(j0, j1)))
            hi[r] = max(hi[r], min(m, max(j0, j1)))
        }
        var prev = (0, 0)
        for (ci, cj) in coarsePath {
            let p = (min(2 * ci, n), min(2 * cj, m))
            // Fill the rectangle between consecutive projected points.
            for r in prev.0...max(prev.0, p.0) { mark(r, prev.1, p.1) }
            prev = p
        }
        for r in prev.0...n { mark(r, prev.1, m) }
        // Rows the path jumped over inherit their neighbours' columns.
        for r in 0...n where lo[r] == Int.max {
            lo[r] = r > 0 ? lo[r - 1] : 0
            hi[r] = r > 0 ? hi[r - 1] : 0
        }
        for r in 0...n {
            lo[r] = max(0, lo[r] - width)
            hi[r] = min(m, hi[r] + width)
        }
        // Monotone: lo and hi never decrease from row to row.
        if n > 0 {
            for r in stride(from: n - 1, through: 0, by: -1) { lo[r] = min(lo[r], lo[r + 1]) }
            for r in 1...n { hi[r] = max(hi[r], hi[r - 1]) }
        }
        lo[0] = 0
        hi[n] = m
        return SearchBand(lo: lo, hi: hi, columns: m)
    }

    @inline(__always) func contains(_ i: Int, _ j: Int) -> Bool { i >= 0 && i < lo.count && j >= lo[i] && j <= hi[i] }

    var cellCount: Int { zip(lo, hi).reduce(0) { $0 + $1.1 - $1.0 + 1 } }
}
