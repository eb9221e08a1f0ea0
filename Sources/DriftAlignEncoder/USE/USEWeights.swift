import Foundation

/// The USE-m v3 parameters, loaded from the model folder's `.npy` files.
///
/// The 65 MB quantized embedding table stays memory-mapped (a row is dequantized per token as
/// `q × scale[block] + lo[block]`, 6-bit codes); the 13 MB of float layers are copied into one
/// owned, 64-byte aligned arena, with the three branch projections joined into one 512 × 768
/// matrix so they run as one product. Immutable after loading.
final class USEWeights: @unchecked Sendable {
    typealias A = USEArchitecture

    let table: [NpyArray]
    let tableRows: [UnsafePointer<UInt8>]
    let scale: [Float], lo: [Float]
    let projW, projB, projLNGain, projLNBias: UnsafePointer<Float>
    /// Per branch: first and second convolution ((order × 256) × 256) and their biases.
    let convW1, convB1, convW2, convB2: [UnsafePointer<Float>]
    let featureLNGain, featureLNBias, poolW, poolB: UnsafePointer<Float>
    let d0, d1, p1, d2, p3, d3: UnsafePointer<Float>
    let epsilon: Float
    /// How the projection and the convolutions multiply (``USEPrecision``).
    let precision: USEPrecision
    /// With ``USEPrecision/bfloat16``: the joined projection (512 × 768), per branch its first
    /// convolution's slot blocks side by side (256 × (order·256): one product gives every slot's
    /// term) and its second convolution ((order·256) × 256).
    let projBF16: BF16Matrix?
    let convW1BF16, convW2BF16: [BF16Matrix]
    /// With ``USEPrecision/bfloat16``: the pooling projection and the DNN's six matrices, keyed by
    /// their float32 weights' address (``product(m:n:k:a:lda:b:ldb:beta:c:ldc:)``).
    let headBF16: [UnsafePointer<Float>: BF16Matrix]
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

        let raw = LargeBuffer.allocate(byteCount: floatCount * 4)
        arena = raw.bindMemory(to: Float.self, capacity: floatCount)
        var next = arena
        /// Copies the named arrays, one after another, into the arena; returns where they start.
        func place(_ names: String...) -> UnsafePointer<Float> {
            let start = next
            for name in names {
                let a = arrays[name]!
                next.initialize(from: a.data.assumingMemoryBound(to: Float.self), count: a.count)
                next += a.count
            }
            next = start + (next - start + 15) / 16 * 16
            return UnsafePointer(start)
        }
        // The joined projection: row r = proj2[r] ‖ proj3[r] ‖ proj5[r].
        let w = next
        for (i, name) in ["proj2", "proj3", "proj5"].enumerated() {
            let p = arrays[name]!.data.assumingMemoryBound(to: Float.self)
            for r in 0..<A.embeddingDim {
                (w + r * A.projectedDim + i * A.branchDim).initialize(from: p + r * A.branchDim, count: A.branchDim)
            }
        }
        next += A.embeddingDim * A.projectedDim
        projW = UnsafePointer(w)
        projB = place("proj_b2", "proj_b3", "proj_b5")
        projLNGain = place("ln_g2", "ln_g3", "ln_g5")
        projLNBias = place("ln_b2", "ln_b3", "ln_b5")
        convW1 = ["w1_2", "w1_3", "w1_5"].map { place($0) }
        convB1 = ["b1_2", "b1_3", "b1_5"].map { place($0) }
        convW2 = ["w2_2", "w2_3", "w2_5"].map { place($0) }
        convB2 = ["b2_2", "b2_3", "b2_5"].map { place($0) }
        featureLNGain = place("ln_g")
        featureLNBias = place("ln_b")
        poolW = place("cnn_W")
        poolB = place("cnn_b")
        d0 = place("d0"); d1 = place("d1"); p1 = place("p1"); d2 = place("d2"); p3 = place("p3"); d3 = place("d3")
        epsilon = Float(arrays["eps"]!.data.loadUnaligned(as: Double.self))
        let bits = arrays["bits"]!.data.load(as: Int8.self)

        let used = next - arena
        let finite = UnsafeBufferPointer(start: arena, count: used).allSatisfy(\.isFinite)
            && (scale + lo).allSatisfy(\.isFinite)
        guard bits == 6, epsilon > 0, epsilon < 1e-3, finite else {
            LargeBuffer.free(arena)
            throw EncoderError.corruptModelFile(path: "\(directory)/weights", detail: "parameters out of range")
        }
        self.precision = precision
        if precision == .bfloat16 {
            let B = A.branchDim, w1 = convW1, w2 = convW2
            projBF16 = BF16Matrix(projW, k: A.embeddingDim, n: A.projectedDim, ldb: A.projectedDim)
            // Slot j's block (rows j·256 ..< (j+1)·256 of W₁) becomes columns j·256 ..< (j+1)·256.
            convW1BF16 = A.branches.indices.map { i in
                BF16Matrix(columnBlocks: (0..<A.branches[i].order).map { w1[i] + $0 * B * B }, k: B, blockWidth: B, ldb: B)
            }
            convW2BF16 = A.branches.indices.map { i in
                BF16Matrix(w2[i], k: A.branches[i].order * B, n: B, ldb: B)
            }
            let O = A.outputDim, H = A.hiddenDim
            let shapes: [(UnsafePointer<Float>, Int, Int)] = [
                (poolW, A.featureDim, O), (d0, O, H), (p1, O, H), (d1, H, H), (d2, H, O), (p3, H, O), (d3, O, O),
            ]
            var head: [UnsafePointer<Float>: BF16Matrix] = [:]
            for (w, k, n) in shapes { head[w] = BF16Matrix(w, k: k, n: n, ldb: n) }
            headBF16 = head
        } else {
            projBF16 = nil
            convW1BF16 = []
            convW2BF16 = []
            headBF16 = [:]
        }
        if verify { stamp.record() }
    }

    deinit { LargeBuffer.free(arena) }

    /// `C = A·B + beta·C` for one of the pooling or DNN weights `b` (k × n, row stride n), in this
    /// model's ``precision``.
    func product(m: Int, n: Int, k: Int, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>,
                 beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int) {
        if let matrix = headBF16[b] {
            matrix.multiply(m: m, a: a, lda: lda, beta: beta, c: c, ldc: ldc)
        } else {
            BLAS.sgemm(m: m, n: n, k: k, a: a, lda: lda, b: b, ldb: n, beta: beta, c: c, ldc: ldc)
        }
    }
}

/// How USE-m's three large products (the branch projection and both convolutions, about 95 %
/// of its multiply-adds) are computed. The pooling projection and the residual DNN, run once per
/// sentence, stay in float32 either way.
public enum USEPrecision: String, Sendable, CaseIterable {
    /// Inputs rounded to bfloat16, sums in float32 (``BF16Matrix``): the default, about twice
    /// as fast on CPUs with AVX512-BF16, same vectors elsewhere.
    case bfloat16
    /// Plain float32, as the reference package computes.
    case float32

    /// `DRIFTALIGN_PRECISION=float32` selects ``float32``; anything else, or nothing, ``bfloat16``.
    public static var `default`: USEPrecision {
        ProcessInfo.processInfo.environment["DRIFTALIGN_PRECISION"].flatMap { USEPrecision(rawValue: $0.lowercased()) } ?? .bfloat16
    }
}
