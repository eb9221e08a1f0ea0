/// Dynamic programming over the cells of a search band: the cheapest monotone path of links from
/// grid point (0, 0) to (n, m).
enum BandedDP {
    struct Result {
        var links: [AlignmentLink]
        /// Grid points after each link, for projecting onto a finer level.
        var points: [(Int, Int)]
    }

    /// `types` are the n-m link types (both sides ≥ 1); 1-0 and 0-1 are always allowed at
    /// `skipCost`. Memory: one float and one byte per band cell.
    static func run(band: SearchBand, types: [(Int, Int)], skipCost: Float,
                    cost: (Int, Int, Int, Int) -> Float) -> Result {
        let n = band.rows
        // 0-1 before 1-0: on a tie, an untranslated original sentence comes before an added one.
        let moves: [(Int, Int)] = [(0, 1), (1, 0)] + types
        var best: [[Float]] = (0...n).map { [Float](repeating: .infinity, count: band.hi[$0] - band.lo[$0] + 1) }
        var back: [[UInt8]] = (0...n).map { [UInt8](repeating: 255, count: band.hi[$0] - band.lo[$0] + 1) }
        best[0][0 - band.lo[0]] = 0
        for i in 0...n {
            let lo = band.lo[i], hi = band.hi[i]
            for j in lo...hi {
                if i == 0 && j == 0 { continue }
                var bestCost = Float.infinity
                var bestMove: UInt8 = 255
                for (k, (a, b)) in moves.enumerated() {
                    let pi = i - a, pj = j - b
                    guard pi >= 0, pj >= 0, band.contains(pi, pj) else { continue }
                    let prev = best[pi][pj - band.lo[pi]]
                    guard prev.isFinite else { continue }
                    let c = prev + (a == 0 || b == 0 ? skipCost : cost(a, b, i, j))
                    if c < bestCost { bestCost = c; bestMove = UInt8(k) }
                }
                best[i][j - lo] = bestCost
                back[i][j - lo] = bestMove
            }
        }
        // Backtrack from (n, m).
        var links: [AlignmentLink] = []
        var points: [(Int, Int)] = []
        var i = n, j = band.columns
        while i > 0 || j > 0 {
            points.append((i, j))
            let k = back[i][j - band.lo[i]]
            guard k != 255 else { break }
            let (a, b) = moves[Int(k)]
            links.append(AlignmentLink(original: Array((i - a)..<i), translation: Array((j - b)..<j), score: 0))
            i -= a
            j -= b
        }
        return Result(links: links.reversed(), points: points.reversed())
    }
}
