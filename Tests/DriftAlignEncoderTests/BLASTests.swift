import CBFloat16
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

@Suite("bfloat16 matrix products")
struct BF16MatrixTests {
    /// Deterministic values in [-1, 1) with every mantissa bit in use, so rounding to bfloat16 matters.
    static func values(_ count: Int, seed start: UInt64) -> [Float] {
        var seed = start
        return (0..<count).map { _ in
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Float(Int64(bitPattern: seed >> 11) % 1_000_003) / 500_001.5 - 1
        }
    }

    /// The float32 value of x rounded to bfloat16, written out independently of the C code.
    static func bf16(_ x: Float) -> Float {
        let u = x.bitPattern
        if u & 0x7f80_0000 == 0 { return Float(bitPattern: u & 0x8000_0000) }
        let rounded = (u &+ 0x7fff &+ ((u >> 16) & 1)) & 0xffff_0000
        return Float(bitPattern: rounded)
    }

    @Test("rounding is to nearest, ties to even; subnormals become zero, NaN stays NaN, overflow is infinity")
    func rounding() {
        let one = Float(1), ulp = Float(1) / 128  // bfloat16 keeps 7 mantissa bits
        let cases: [(Float, Float)] = [
            (one, one), (one + ulp / 2, one),                  // a tie rounds to the even 1.0
            (one + 3 * ulp / 2, one + 2 * ulp),                // a tie rounds to the even 1 + 2 ulp
            (one + ulp / 2 + ulp / 64, one + ulp),             // above the tie rounds up
            (-(one + 3 * ulp / 2), -(one + 2 * ulp)),
            (Float.leastNonzeroMagnitude, 0), (-Float.leastNormalMagnitude / 2, -0.0),
            (Float.greatestFiniteMagnitude, .infinity), (.infinity, .infinity), (0.15625, 0.15625),
        ]
        let input = cases.map(\.0) + [.nan]
        var out = [Float](repeating: 7, count: input.count)
        da_bf16_round(input, &out, input.count)
        for (i, (x, expected)) in cases.enumerated() {
            #expect(out[i] == expected && out[i].sign == expected.sign, "\(x) → \(out[i]), expected \(expected)")
        }
        #expect(out.last!.isNaN)
    }

    @Test("the AVX512-BF16 kernel and the rounded float32 fallback give the same products, with and without beta",
          arguments: [(1, 16, 3), (13, 48, 37), (50, 320, 512), (97, 256, 1280), (7, 768, 512)])
    func kernelMatchesFallback(_ shape: (Int, Int, Int)) {
        let (m, n, k) = shape
        let lda = k + 3, ldc = n + 5  // strided rows, as the encoder's calls have
        let a = Self.values(m * lda, seed: 7), b = Self.values(k * n, seed: 11), c0 = Self.values(m * ldc, seed: 13)
        let kernel = BF16Matrix(b, k: k, n: n, ldb: n, useKernel: true)
        let fallback = BF16Matrix(b, k: k, n: n, ldb: n, useKernel: false)
        #expect(!fallback.usesKernel)
        #expect(kernel.usesKernel == BF16Matrix.kernelAvailable, "the kernel runs where the CPU has AVX512-BF16")
        for beta: Float in [0, 1] {
            var x = c0, y = c0
            kernel.multiply(m: m, a: a, lda: lda, beta: beta, c: &x, ldc: ldc)
            fallback.multiply(m: m, a: a, lda: lda, beta: beta, c: &y, ldc: ldc)
            var worst: Float = 0
            for i in 0..<m {
                for j in 0..<n {
                    var s = 0.0
                    for kk in 0..<k { s += Double(Self.bf16(a[i * lda + kk])) * Double(Self.bf16(b[kk * n + j])) }
                    let expected = Float(s) + beta * c0[i * ldc + j]
                    worst = max(worst, abs(x[i * ldc + j] - expected), abs(y[i * ldc + j] - expected))
                }
                // Columns past n are C's padding: untouched.
                #expect(x[(i * ldc + n)..<(i * ldc + ldc)] == c0[(i * ldc + n)..<(i * ldc + ldc)])
            }
            #expect(worst <= Float(k) * 2e-6, "largest difference from bfloat16 inputs summed in double: \(worst)")
        }
        // And bfloat16 is a real rounding: plain float32 products differ by far more than that.
        var plain = [Float](repeating: 0, count: m * n), x = [Float](repeating: 0, count: m * n)
        BLAS.sgemm(m: m, n: n, k: k, a: a, lda: lda, b: b, ldb: n, c: &plain, ldc: n)
        kernel.multiply(m: m, a: a, lda: lda, c: &x, ldc: n)
        #expect(zip(plain, x).contains { abs($0 - $1) > Float(k) * 2e-5 })
    }

    @Test("column blocks side by side multiply as the joined matrix")
    func columnBlocks() {
        let k = 40, w = 32, m = 9
        let blocks = (0..<3).map { Self.values(k * w, seed: UInt64(20 + $0)) }
        var joined = [Float](repeating: 0, count: k * 3 * w)
        for (j, block) in blocks.enumerated() {
            for r in 0..<k { for c in 0..<w { joined[r * 3 * w + j * w + c] = block[r * w + c] } }
        }
        let a = Self.values(m * k, seed: 30)
        for useKernel in [true, false] {
            let pointers = blocks.map { UnsafeMutablePointer<Float>.allocate(capacity: $0.count) }
            defer { pointers.forEach { $0.deallocate() } }
            for (p, block) in zip(pointers, blocks) { p.initialize(from: block, count: block.count) }
            let split = BF16Matrix(columnBlocks: pointers.map { UnsafePointer($0) }, k: k, blockWidth: w, ldb: w, useKernel: useKernel)
            let whole = BF16Matrix(joined, k: k, n: 3 * w, ldb: 3 * w, useKernel: useKernel)
            var x = [Float](repeating: 0, count: m * 3 * w), y = x
            split.multiply(m: m, a: a, lda: k, c: &x, ldc: 3 * w)
            whole.multiply(m: m, a: a, lda: k, c: &y, ldc: 3 * w)
            #expect(x == y, "useKernel \(useKernel)")
        }
    }
}
