import Foundation

/// The USE-m v3 parameters, loaded from the model folder's `.npy` files.
///
/// The 65 MB quantized embedding table stays memory-mapped (a row is dequantized per token as
/// `q × scale[block] + lo[block]`, 6-bit codes). The biases and LayerNorm parameters are copied
/// into one owned, 64-byte aligned arena. The weight matrices become ``WeightMatrix`` values in
/// the model's ``USEPrecision``: float32 rows in the arena, or bfloat16 packed straight from the
/// mapped files. The three branch projections are joined into one 512 × 768 matrix, and each
/// first convolution's slot blocks are set side by side, so each runs as one product.
/// Immutable after loading.
final class USEWeights: @unchecked Sendable {
    typealias A = USEArchitecture

    let table: [NpyArray]
    let tableRows: [UnsafePointer<UInt8>]
    let scale: [Float], lo: [Float]
    /// e · [P₂ ‖ P₃ ‖ P₅]: 512 × 768.
    let projection: WeightMatrix
    let projB, projLNGain, projLNBias: UnsafePointer<Float>
    /// Per branch, the first convolution's blocks side by side: 256 × (order·256), slot j's
    /// block (rows j·256 ..< (j+1)·256 of W₁) as columns j·256 ..< (j+1)·256, so one product
    /// gives every slot's term.
    let convW1: [WeightMatrix]
    /// Per branch, the second convolution: (order·256) × 256.
    let convW2: [WeightMatrix]
    let convB1, convB2: [UnsafePointer<Float>]
    let featureLNGain, featureLNBias, poolB: UnsafePointer<Float>
    /// The pooling projection (1280 × 512) and the DNN (step 5).
    let poolW, d0, d1, p1, d2, p3, d3: WeightMatrix
    let epsilon: Float
    /// How the matrix products round (``USEPrecision``).
    let precision: USEPrecision
    private let arena: UnsafeMutablePointer<Float>

    /// Loads and validates the weights. Every file's CRC-32 is checked unless `verifyChecksums`
    /// is false or a ``ChecksumStamp`` records that these very files (same inode, size and
    /// modification time) already passed; a successful full check writes that stamp.
    init(directory: String, verifyChecksums: Bool = true, precision: USEPrecision = .default) throws {
        var arrays: [String: NpyArray] = [:]
        var floatCount = 0
        let stamp = ChecksumStamp(directory: "\(directory)/weights", files: USEModelFiles.arrays.map { "\($0.name).npy" })
        let verify = verifyChecksums && !stamp.isCurrent
        for spec in USEModelFiles.arrays {
            let path = "\(directory)/weights/\(spec.name).npy"
            let a = try NpyArray(path: path, descr: spec.descr, shape: spec.shape, crc32: verify ? spec.crc32 : nil)
            arrays[spec.name] = a
            if spec.descr == "<f4" { floatCount += (a.count + 15) / 16 * 16 }
        }
        table = (1...A.blocks).map { arrays["q\($0)"]! }
        tableRows = table.map { $0.data.assumingMemoryBound(to: UInt8.self) }
        scale = arrays["scale"]!.floats()
        lo = arrays["lo"]!.floats()
        self.precision = precision

        // Room for every float array. In bfloat16 the matrices are packed into it at half their
        // size (one buffer, so its huge pages serve them all) and the rest is never touched.
        let raw = LargeBuffer.allocate(byteCount: floatCount * 4)
        arena = raw.bindMemory(to: Float.self, capacity: floatCount)
        var next = arena
        var finite = true
        func floats(_ name: String) -> UnsafePointer<Float> { arrays[name]!.data.assumingMemoryBound(to: Float.self) }
        /// Copies the named arrays, one after another, into the arena; returns where they start.
        func place(_ names: String...) -> UnsafePointer<Float> {
            let start = next
            for name in names {
                let a = arrays[name]!
                finite = finite && VectorKernels.allFinite(floats(name), count: a.count)
                next.initialize(from: floats(name), count: a.count)
                next += a.count
            }
            next = start + (next - start + 15) / 16 * 16
            return UnsafePointer(start)
        }
        /// A bfloat16 matrix of k × width blocks side by side, packed at the arena's next free place.
        func packed(_ blocks: [UnsafePointer<Float>], k: Int, width: Int) -> WeightMatrix {
            finite = finite && blocks.allSatisfy { VectorKernels.allFinite($0, count: k * width) }
            let n = blocks.count * width, words = BF16Matrix.storageBytes(k: k, n: n) / 4
            let m = BF16Matrix(columnBlocks: blocks, k: k, blockWidth: width, ldb: width, storage: UnsafeMutableRawPointer(next))
            next += (words + 15) / 16 * 16
            return WeightMatrix(k: k, n: n, bfloat16: m)
        }
        /// The k × (blocks · width) matrix of k × width blocks (row stride width) side by side.
        func matrix(_ blocks: [UnsafePointer<Float>], k: Int, width: Int) -> WeightMatrix {
            if precision == .bfloat16 { return packed(blocks, k: k, width: width) }
            finite = finite && blocks.allSatisfy { VectorKernels.allFinite($0, count: k * width) }
            let start = next, n = blocks.count * width
            for (j, block) in blocks.enumerated() {
                for r in 0..<k { (start + r * n + j * width).initialize(from: block + r * width, count: width) }
            }
            next = start + (k * n + 15) / 16 * 16
            return WeightMatrix(k: k, n: n, float32: UnsafePointer(start))
        }
        func matrix(_ names: [String], k: Int, width: Int) -> WeightMatrix { matrix(names.map(floats), k: k, width: width) }
        let B = A.branchDim, O = A.outputDim, H = A.hiddenDim
        projection = matrix(["proj2", "proj3", "proj5"], k: A.embeddingDim, width: B)
        projB = place("proj_b2", "proj_b3", "proj_b5")
        projLNGain = place("ln_g2", "ln_g3", "ln_g5")
        projLNBias = place("ln_b2", "ln_b3", "ln_b5")
        // W₁ is stored (order·256) × 256: slot j's block is the 256 × 256 matrix at row j·256.
        convW1 = zip(A.branches, ["w1_2", "w1_3", "w1_5"]).map { branch, name in
            matrix((0..<branch.order).map { floats(name) + $0 * B * B }, k: B, width: B)
        }
        convB1 = ["b1_2", "b1_3", "b1_5"].map { place($0) }
        convW2 = zip(A.branches, ["w2_2", "w2_3", "w2_5"]).map { matrix([$1], k: $0.order * B, width: B) }
        convB2 = ["b2_2", "b2_3", "b2_5"].map { place($0) }
        featureLNGain = place("ln_g")
        featureLNBias = place("ln_b")
        poolW = matrix(["cnn_W"], k: A.featureDim, width: O)
        poolB = place("cnn_b")
        d0 = matrix(["d0"], k: O, width: H)
        d1 = matrix(["d1"], k: H, width: H)
        p1 = matrix(["p1"], k: O, width: H)
        d2 = matrix(["d2"], k: H, width: O)
        p3 = matrix(["p3"], k: H, width: O)
        d3 = matrix(["d3"], k: O, width: O)
        epsilon = Float(arrays["eps"]!.data.loadUnaligned(as: Double.self))
        let bits = arrays["bits"]!.data.load(as: Int8.self)

        precondition(next - arena <= floatCount)
        finite = finite && (scale + lo).allSatisfy(\.isFinite)
        guard bits == 6, epsilon > 0, epsilon < 1e-3, finite else {
            // Every property is set, so the throw releases self and deinit frees the arena.
            throw EncoderError.corruptModelFile(path: "\(directory)/weights", detail: "parameters out of range")
        }
        if verify { stamp.record() }
    }

    deinit { LargeBuffer.free(arena) }
}

/// One k × n weight matrix of the network, multiplied in its model's precision: float32 rows
/// (row stride n) with ``BLAS``, or a ``BF16Matrix``.
struct WeightMatrix: @unchecked Sendable {  // immutable; the float32 rows belong to USEWeights' arena
    let k: Int, n: Int
    private let float32: UnsafePointer<Float>?
    private let bfloat16: BF16Matrix?

    init(k: Int, n: Int, float32: UnsafePointer<Float>) {
        (self.k, self.n, self.float32, self.bfloat16) = (k, n, float32, nil)
    }

    init(k: Int, n: Int, bfloat16: BF16Matrix) {
        (self.k, self.n, self.float32, self.bfloat16) = (k, n, nil, bfloat16)
    }

    /// `C = A·B + beta·C` (beta 0 or 1), A row-major m × k with row stride `lda`, C with `ldc`.
    func multiply(m: Int, a: UnsafePointer<Float>, lda: Int, beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int) {
        if let bfloat16 {
            bfloat16.multiply(m: m, a: a, lda: lda, beta: beta, c: c, ldc: ldc)
        } else {
            BLAS.sgemm(m: m, n: n, k: k, a: a, lda: lda, b: float32!, ldb: n, beta: beta, c: c, ldc: ldc)
        }
    }
}

/// How USE-m's matrix products are computed (the branch projection and both convolutions hold
/// about 95 % of its multiply-adds; the pooling projection and the DNN run once per sentence).
public enum USEPrecision: String, Sendable, CaseIterable {
    /// Inputs rounded to bfloat16, sums in float32 (``BF16Matrix``): the default, about twice
    /// as fast on CPUs with AVX512-BF16, the same rounding elsewhere.
    case bfloat16
    /// Plain float32, as the reference package computes.
    case float32

    /// `DRIFTALIGN_PRECISION=float32` selects ``float32``; anything else, or nothing, ``bfloat16``.
    public static var `default`: USEPrecision {
        ProcessInfo.processInfo.environment["DRIFTALIGN_PRECISION"].flatMap { USEPrecision(rawValue: $0.lowercased()) } ?? .bfloat16
    }
}
