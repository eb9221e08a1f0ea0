/// The cosines a banded search asks for, computed once: window of a original sentences starting
/// at row r against window of b translation sentences starting at column c, for every link size
/// (a, b) and every (r, c) near the band.
///
/// Under margin scoring one candidate link needs nine such cosines (its own, four with the
/// neighbouring single sentences, four for the merge term), and neighbouring candidates share most
/// of them: the table holds each once, about a fifth of the dot products the cost function would
/// otherwise take (Text+Berg's dev document: 0.34 M against 1.6 M). Values are bit-identical to
/// ``VectorMatrix/dot(_:_:_:)``, so the search's result does not change.
///
/// Row r covers the columns that links ending at band rows r − 1 … r + maxLink + 1 can touch (its
/// start, the sentence before it, the one after it), so memory is linear in the band's size:
/// (number of sizes) × rows × (band width + 2·maxLink + 2) floats, each band row counting in at
/// most maxLink + 3 table rows. A request outside the table is computed directly.
struct BandDots {
    private let original: [VectorMatrix]
    private let translation: [VectorMatrix]
    /// Table index of size (a, b) at `slot[a * stride + b]`, or -1 when not tabulated.
    private let slot: [Int]
    private let stride: Int
    /// The tables of all sizes end to end, each `tableSize` (= `offset[n]`) floats.
    private let values: [Float]
    private let tableSize: Int
    private let colLo: [Int], colHi: [Int], offset: [Int]

    init(original: [VectorMatrix], translation: [VectorMatrix], sizes: [(Int, Int)], band: SearchBand) {
        self.original = original
        self.translation = translation
        let n = original.first?.rows ?? 0, m = translation.first?.rows ?? 0
        let reach = max(original.count, translation.count) + 1
        stride = reach + 1
        var slot = [Int](repeating: -1, count: stride * stride)
        var kept: [(Int, Int)] = []
        for (a, b) in sizes where a >= 1 && b >= 1 && a <= original.count && b <= translation.count && slot[a * stride + b] < 0 {
            slot[a * stride + b] = kept.count
            kept.append((a, b))
        }
        self.slot = slot
        var colLo = [Int](repeating: 0, count: n), colHi = [Int](repeating: 0, count: n), offset = [Int](repeating: 0, count: n + 1)
        for r in 0..<n {
            var lo = Int.max, hi = Int.min
            for i in max(0, r - 1)...min(band.rows, r + reach) {
                lo = min(lo, band.lo[i])
                hi = max(hi, band.hi[i])
            }
            colLo[r] = max(0, lo - reach)
            colHi[r] = max(colLo[r], min(m, hi + 1))
            offset[r + 1] = offset[r] + colHi[r] - colLo[r]
        }
        self.colLo = colLo
        self.colHi = colHi
        self.offset = offset
        tableSize = offset[n]
        var values = [Float](repeating: 0, count: kept.count * tableSize)
        for (k, (a, b)) in kept.enumerated() {
            let O = original[a - 1], T = translation[b - 1], base = k * tableSize
            for r in 0..<n {
                for c in colLo[r]..<colHi[r] { values[base + offset[r] + c - colLo[r]] = O.dot(r, T, c) }
            }
        }
        self.values = values
    }

    /// Cosine of original window (a sentences from row r) and translation window (b from column c).
    @inline(__always)
    func dot(_ a: Int, _ b: Int, _ r: Int, _ c: Int) -> Float {
        let k = a < stride && b < stride ? slot[a * stride + b] : -1
        if k >= 0, r >= 0, r < colLo.count, c >= colLo[r], c < colHi[r] {
            return values[k * tableSize + offset[r] + c - colLo[r]]
        }
        return original[a - 1].dot(r, translation[b - 1], c)
    }
}
