import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Single-precision matrix products for the encoder: OpenBLAS's `cblas_sgemm` when the Debian
/// library is installed (it picks AVX-512/AVX2 kernels for the CPU at run time), else portable
/// Swift SIMD kernels.
///
/// OpenBLAS is loaded with `dlopen` rather than linked, so the package builds and runs on a
/// machine without it (only slower), and no C module is needed for its header. Set
/// `DRIFTALIGN_BLAS=portable` to force the Swift kernels (the tests check both paths agree).
/// OpenBLAS's own threads are switched off: the encoder parallelizes over sentences instead,
/// which scales better for its small matrices.
enum BLAS {
    typealias SgemmFunction = @convention(c) (
        Int32, Int32, Int32, Int32, Int32, Int32, Float,
        UnsafePointer<Float>?, Int32, UnsafePointer<Float>?, Int32, Float,
        UnsafeMutablePointer<Float>?, Int32
    ) -> Void

    private struct Library: @unchecked Sendable {
        let sgemm: SgemmFunction?
        let description: String
    }

    private static let library: Library = {
        if ProcessInfo.processInfo.environment["DRIFTALIGN_BLAS"] == "portable" {
            return Library(sgemm: nil, description: "portable Swift SIMD (DRIFTALIGN_BLAS=portable)")
        }
        // Lazy binding: OpenBLAS's thousands of symbols are resolved as they are first called,
        // not all at load. `embed` of one sentence (start-up and model load, one core, `perf stat
        // -r 15`) took 58.2 ms of CPU with RTLD_NOW, 52.5–54.4 ms with RTLD_LAZY.
        for name in ["libopenblas.so.0", "libopenblas.so", "libopenblas.dylib"] {
            guard let h = dlopen(name, RTLD_LAZY | RTLD_LOCAL), let f = dlsym(h, "cblas_sgemm") else { continue }
            if let setThreads = dlsym(h, "openblas_set_num_threads") {
                typealias SetThreads = @convention(c) (Int32) -> Void
                unsafeBitCast(setThreads, to: SetThreads.self)(1)
            }
            var core = ""
            if let coreName = dlsym(h, "openblas_get_corename") {
                typealias CoreName = @convention(c) () -> UnsafePointer<CChar>?
                if let c = unsafeBitCast(coreName, to: CoreName.self)() { core = " (\(String(cString: c)))" }
            }
            return Library(sgemm: unsafeBitCast(f, to: SgemmFunction.self), description: "OpenBLAS \(name)\(core)")
        }
        return Library(sgemm: nil, description: "portable Swift SIMD (OpenBLAS not found: apt-get install libopenblas-dev)")
    }()

    /// Which implementation runs, for logs and the benchmark.
    static var backend: String { library.description }

    /// `C = A·B + beta·C`, all row-major: A is m×k (row stride lda), B is k×n (ldb), C is m×n (ldc).
    static func sgemm(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float = 0,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        if m == 0 || n == 0 { return }
        if let f = library.sgemm {
            // CblasRowMajor = 101, CblasNoTrans = 111
            f(101, 111, 111, Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
        } else {
            portableSgemm(m: m, n: n, k: k, a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        }
    }

    /// Register-blocked kernel: 4 rows of C × 16 columns held in SIMD accumulators while k runs,
    /// so each B row segment is loaded once per 4 rows. Columns are blocked by 256 to keep the
    /// B panel in L2.
    static func portableSgemm(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        typealias V = SIMD16<Float>
        let vn = n - n % 16
        func load(_ p: UnsafePointer<Float>) -> V { UnsafeRawPointer(p).loadUnaligned(as: V.self) }
        func store(_ v: V, _ p: UnsafeMutablePointer<Float>) { UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self) }
        func finish(_ acc: V, _ p: UnsafeMutablePointer<Float>) { store(beta == 0 ? acc : acc + beta * load(p), p) }
        var i = 0
        while i + 4 <= m {
            let a0 = a + i * lda, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda
            var j = 0
            while j < vn {
                var c0 = V(), c1 = V(), c2 = V(), c3 = V()
                var bp = b + j
                for kk in 0..<k {
                    let bv = load(bp)
                    c0 += a0[kk] * bv; c1 += a1[kk] * bv; c2 += a2[kk] * bv; c3 += a3[kk] * bv
                    bp += ldb
                }
                let cp = c + i * ldc + j
                finish(c0, cp); finish(c1, cp + ldc); finish(c2, cp + 2 * ldc); finish(c3, cp + 3 * ldc)
                j += 16
            }
            i += 4
        }
        while i < m {
            let a0 = a + i * lda
            var j = 0
            while j < vn {
                var c0 = V()
                var bp = b + j
                for kk in 0..<k { c0 += a0[kk] * load(bp); bp += ldb }
                finish(c0, c + i * ldc + j)
                j += 16
            }
            i += 1
        }
        if vn < n {  // leftover columns, scalar
            for r in 0..<m {
                for col in vn..<n {
                    var s: Float = 0
                    for kk in 0..<k { s += a[r * lda + kk] * b[kk * ldb + col] }
                    c[r * ldc + col] = s + (beta == 0 ? 0 : beta * c[r * ldc + col])
                }
            }
        }
    }
}
