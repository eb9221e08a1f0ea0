import Testing
@testable import DriftAlignEncoder

@Suite("Matrix products")
struct BLASTests {
    @Test("the backend's sgemm and the portable Swift kernel agree, with and without beta",
          arguments: [(1, 16, 3), (5, 320, 512), (37, 256, 1280), (4, 20, 7)])
    func portableMatchesBackend(_ shape: (Int, Int, Int)) {
        let (m, n, k) = shape
        var seed: UInt64 = 42
        func next() -> Float {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Float(Int64(bitPattern: seed >> 11) % 2000) / 1000 - 1
        }
        let a = (0..<(m * k)).map { _ in next() }, b = (0..<(k * n)).map { _ in next() }
        let c0 = (0..<(m * n)).map { _ in next() }
        for beta: Float in [0, 1] {
            var x = c0, y = c0
            BLAS.sgemm(m: m, n: n, k: k, a: a, lda: k, b: b, ldb: n, beta: beta, c: &x, ldc: n)
            BLAS.portableSgemm(m: m, n: n, k: k, a: a, lda: k, b: b, ldb: n, beta: beta, c: &y, ldc: n)
            var naive = c0
            for i in 0..<m { for j in 0..<n {
                var s: Float = 0
                for kk in 0..<k { s += a[i * k + kk] * b[kk * n + j] }
                naive[i * n + j] = s + beta * c0[i * n + j]
            } }
            let tolerance = Float(k) * 1e-5
            #expect(zip(x, naive).allSatisfy { abs($0 - $1) <= tolerance }, "backend \(BLAS.backend)")
            #expect(zip(y, naive).allSatisfy { abs($0 - $1) <= tolerance }, "portable kernel")
        }
    }
}
