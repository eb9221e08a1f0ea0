/// Dynamic programming over the cells of a search band: the cheapest monotone path of links from
/// grid point (0, 0) to (n, m).
///
/// Skips (1-0, 0-1) have affine costs, as gaps in sequence alignment (Gotoh, "An improved
/// algorithm for matching biological sequences", J. Mol. Biol. 162, 1982): the first sentence of
/// a run of skips on one side costs `skipCost`, each further one `extensionCost`. A block the
/// other side does not have (thirty captions, a dropped page) is then skipped as a whole rather
/// than spread over neighbouring links to save skips. Three states per cell: the path reached it
/// by a link, by skipping an original sentence, or by skipping a translation sentence.
enum BandedDP {
    struct Result {
        var links: [AlignmentLink]
        /// Grid points after each link, for projecting onto a finer level.
        var points: [(Int, Int)]
    }

    private static let none: UInt8 = 255
    /// Back-pointer: the move in the low 5 bits, the previous cell's state in the top 2 bits.
    private static func pack(_ move: Int, _ state: Int) -> UInt8 { UInt8(move) | UInt8(state << 6) }

    /// `types` are the n-m link types (both sides ≥ 1); 1-0 and 0-1 are always allowed, at
    /// `skipCost` for the first of a run and `extensionCost` (default: `skipCost`, plain linear
    /// skips) for each next one. Memory: three floats and three bytes per band cell, in flat arrays.
    static func run(band: SearchBand, types: [(Int, Int)], skipCost: Float, extensionCost: Float? = nil,
                    cost: (Int, Int, Int, Int) -> Float) -> Result {
        let n = band.rows
        let extend = extensionCost ?? skipCost
        // Move 0 is 0-1 (state 2), move 1 is 1-0 (state 1), moves 2… are links (state 0).
        // 0-1 before 1-0: on a tie, an untranslated original sentence comes before an added one.
        let moves: [(Int, Int)] = [(0, 1), (1, 0)] + types
        precondition(moves.count < 64)
        // Flat storage: row i's cells start at offset[i]; three states side by side per cell.
        precondition(band.lo[0] == 0)
        var offset = [Int](repeating: 0, count: n + 2)
        for i in 0...n { offset[i + 1] = offset[i] + band.hi[i] - band.lo[i] + 1 }
        let cells = offset[n + 1]
        var best = [Float](repeating: .infinity, count: 3 * cells)
        var back = [UInt8](repeating: none, count: 3 * cells)
        best[0] = 0  // state 0 of cell (0, 0): band.lo[0] is 0
        best.withUnsafeMutableBufferPointer { best in
            back.withUnsafeMutableBufferPointer { back in
                band.lo.withUnsafeBufferPointer { lo in
                    band.hi.withUnsafeBufferPointer { hi in
                        for i in 0...n {
                            for j in lo[i]...hi[i] {
                                if i == 0 && j == 0 { continue }
                                let here = 3 * (offset[i] + j - lo[i])
                                for (k, (a, b)) in moves.enumerated() {
                                    let pi = i - a, pj = j - b
                                    guard pi >= 0, pj >= lo[pi], pj <= hi[pi] else { continue }
                                    let target = a == 0 ? 2 : (b == 0 ? 1 : 0)
                                    let c = target == 0 ? cost(a, b, i, j) : 0
                                    let prevBase = 3 * (offset[pi] + pj - lo[pi])
                                    var bestHere = best[here + target]
                                    var from = -1
                                    for s in 0..<3 {
                                        let prev = best[prevBase + s]
                                        guard prev.isFinite else { continue }
                                        let step = target == 0 ? c : (s == target ? extend : skipCost)
                                        if prev + step < bestHere { bestHere = prev + step; from = s }
                                    }
                                    if from >= 0 {
                                        best[here + target] = bestHere
                                        back[here + target] = pack(k, from)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        func cell(_ i: Int, _ j: Int) -> Int { 3 * (offset[i] + j - band.lo[i]) }
        // Backtrack from (n, m), in its cheapest state.
        var links: [AlignmentLink] = []
        var points: [(Int, Int)] = []
        var i = n, j = band.columns
        var state = (0..<3).min { best[cell(n, j) + $0] < best[cell(n, j) + $1] }!
        while i > 0 || j > 0 {
            points.append((i, j))
            let code = back[cell(i, j) + state]
            guard code != none else { break }
            let (a, b) = moves[Int(code & 0x3F)]
            links.append(AlignmentLink(original: Array((i - a)..<i), translation: Array((j - b)..<j), score: 0))
            i -= a
            j -= b
            state = Int(code >> 6)
        }
        return Result(links: links.reversed(), points: points.reversed())
    }
}
