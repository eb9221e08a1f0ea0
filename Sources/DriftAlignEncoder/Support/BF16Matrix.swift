import CBFloat16
import Foundation

/// A constant k × n weight matrix multiplied in bfloat16: each product rounds its inputs (the
/// weights once, the activations per call) to bfloat16 and sums in float32.
///
/// Why: most of a short document's alignment time is USE-m's projection and convolutions (about
/// 5.3·10⁹ multiply-adds for a 115-sentence FLORES document, half its run time in OpenBLAS's
/// float32 kernel). AVX512-BF16's VDPBF16PS does two multiply-adds per 32-bit lane where a float32
/// FMA does one, and a plain register-blocked kernel reaches about 196 GFLOP/s here against
/// OpenBLAS's 98 on the same shapes (docs/ENCODER.md, "bfloat16").
///
/// Same numbers on every machine: a product of two bfloat16 values is exact in float32, so where
/// the CPU lacks AVX512-BF16 (or `DRIFTALIGN_BLAS=portable`) the activations are rounded the same
/// way and multiplied by the rounded weights with ``BLAS/sgemm(m:n:k:a:lda:b:ldb:beta:c:ldc:)``:
/// the two paths differ only in the order of float32 sums (a test checks they agree; whole
/// vectors agree to a cosine ≥ 0.99999, as a sum near a rounding boundary can round either way
/// at the next layer).
final class BF16Matrix: @unchecked Sendable {  // immutable after init
    let k: Int, n: Int
    /// Whether this process multiplies with the AVX512-BF16 kernel.
    static let kernelAvailable: Bool =
        ProcessInfo.processInfo.environment["DRIFTALIGN_BLAS"] != "portable" && da_bf16_kernel_available() != 0

    /// The kernel's packed pairs, or the rounded float32 weights for the fallback.
    private let packed: UnsafeMutablePointer<UInt32>?
    private let rounded: UnsafeMutablePointer<Float>?
    private let ownsPacked: Bool

    /// Rows of A rounded at a time on the fallback path (bounds its scratch to 64 × k floats).
    private static let fallbackRows = 64

    /// Copies `b` (row-major k × n, row stride `ldb`). `useKernel` defaults to the CPU's support;
    /// the kernel needs n to be a multiple of 16, else the fallback runs.
    convenience init(_ b: UnsafePointer<Float>, k: Int, n: Int, ldb: Int, useKernel: Bool = BF16Matrix.kernelAvailable) {
        self.init(columnBlocks: [b], k: k, blockWidth: n, ldb: ldb, useKernel: useKernel)
    }

    /// The k × (blocks · blockWidth) matrix whose columns are the blocks side by side, each
    /// row-major k × blockWidth with row stride `ldb`: one product then yields every block's.
    ///
    /// `storage`, when given, receives the packed matrix (``storageBytes(k:n:)`` bytes, kept
    /// alive and released by the caller), so that many matrices can share one large buffer and
    /// its huge pages; otherwise the matrix allocates its own.
    init(columnBlocks: [UnsafePointer<Float>], k: Int, blockWidth: Int, ldb: Int,
         useKernel: Bool = BF16Matrix.kernelAvailable, storage: UnsafeMutableRawPointer? = nil) {
        precondition(k > 0 && blockWidth > 0 && ldb >= blockWidth && !columnBlocks.isEmpty)
        self.k = k
        self.n = columnBlocks.count * blockWidth
        if useKernel && blockWidth % 16 == 0 && da_bf16_kernel_available() != 0 {
            // Packed panels of 16 columns are contiguous, so each block packs into its own run.
            let perBlock = da_bf16_packed_count(Int32(k), Int32(blockWidth))
            let p = storage?.bindMemory(to: UInt32.self, capacity: perBlock * columnBlocks.count)
                ?? UnsafeMutablePointer<UInt32>.allocate(capacity: perBlock * columnBlocks.count)
            ownsPacked = storage == nil
            for (j, block) in columnBlocks.enumerated() {
                da_bf16_pack(block, Int32(k), Int32(blockWidth), Int32(ldb), p + j * perBlock)
            }
            packed = p
            rounded = nil
        } else {
            let r = UnsafeMutablePointer<Float>.allocate(capacity: k * n)
            for (j, block) in columnBlocks.enumerated() {
                for row in 0..<k { da_bf16_round(block + row * ldb, r + row * n + j * blockWidth, blockWidth) }
            }
            rounded = r
            packed = nil
            ownsPacked = false
        }
    }

    /// Bytes the packed form of a k × n matrix takes (what `storage` must hold).
    static func storageBytes(k: Int, n: Int) -> Int { Int(da_bf16_packed_count(Int32(k), Int32(n))) * 4 }

    deinit {
        if ownsPacked { packed?.deallocate() }
        rounded?.deallocate()
    }

    /// Which path this matrix takes.
    var usesKernel: Bool { packed != nil }

    /// `C = A·B + beta·C` (beta 0 or 1), A row-major m × k with row stride `lda`, C with `ldc`.
    func multiply(m: Int, a: UnsafePointer<Float>, lda: Int, beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int) {
        precondition(beta == 0 || beta == 1)
        if m == 0 { return }
        if let packed {
            // -1 only when its 48-row buffer cannot be allocated (the arguments are this matrix's
            // own): out of memory traps, as LargeBuffer does.
            guard da_bf16_gemm(Int32(m), Int32(n), Int32(k), a, Int32(lda), packed, beta, c, Int32(ldc)) == 0 else {
                fatalError("DriftAlign: out of memory in a bfloat16 matrix product (\(m) × \(k) · \(k) × \(n))")
            }
            return
        }
        // No kernel: round the activations, then float32 products with the rounded weights.
        let weights = rounded!
        let chunk = min(m, Self.fallbackRows)
        let scratch = UnsafeMutablePointer<Float>.allocate(capacity: chunk * k)
        defer { scratch.deallocate() }
        var r0 = 0
        while r0 < m {
            let rows = min(chunk, m - r0)
            for r in 0..<rows { da_bf16_round(a + (r0 + r) * lda, scratch + r * k, k) }
            BLAS.sgemm(m: rows, n: n, k: k, a: scratch, lda: k, b: weights, ldb: n, beta: beta, c: c + r0 * ldc, ldc: ldc)
            r0 += rows
        }
    }
}
