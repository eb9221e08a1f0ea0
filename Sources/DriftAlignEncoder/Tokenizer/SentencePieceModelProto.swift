/// The parts of a SentencePiece `ModelProto` the tokenizer needs, read with a small protobuf
/// wire-format reader (no generated code, no dependency).
///
/// Fields used (sentencepiece_model.proto): ModelProto 1 `pieces` (SentencePiece: 1 piece,
/// 2 score, 3 type), 2 `trainer_spec` (40 unk_id, 41 bos_id, 42 eos_id), 3 `normalizer_spec`
/// (1 name, 2 precompiled_charsmap, 3 add_dummy_prefix, 4 remove_extra_whitespaces,
/// 5 escape_whitespaces). Everything else is skipped.
struct SentencePieceModelProto {
    var pieceBytes: [UInt8] = []
    var pieceOffsets: [Int32] = [0]
    var scores: [Float] = []
    var types: [UInt8] = []
    var unkID: Int32 = 0
    var bosID: Int32 = 1
    var eosID: Int32 = 2
    var normalizerName = ""
    var charsmap: [UInt8] = []
    var addDummyPrefix = true
    var removeExtraWhitespaces = true
    var escapeWhitespaces = true

    var pieceCount: Int { scores.count }

    init(bytes: UnsafeRawBufferPointer, path: String) throws {
        var top = ProtoReader(bytes, path: path)
        while let (field, wire) = try top.nextField() {
            switch (field, wire) {
            case (1, 2): try readPiece(top.lengthDelimited())
            case (2, 2):
                var t = ProtoReader(try top.lengthDelimited(), path: path)
                while let (f, w) = try t.nextField() {
                    switch (f, w) {
                    case (40, 0): unkID = Int32(truncatingIfNeeded: try t.varint())
                    case (41, 0): bosID = Int32(truncatingIfNeeded: try t.varint())
                    case (42, 0): eosID = Int32(truncatingIfNeeded: try t.varint())
                    default: try t.skip(wire: w)
                    }
                }
            case (3, 2):
                var n = ProtoReader(try top.lengthDelimited(), path: path)
                while let (f, w) = try n.nextField() {
                    switch (f, w) {
                    case (1, 2): normalizerName = String(decoding: try n.lengthDelimited(), as: UTF8.self)
                    case (2, 2): charsmap = Array(try n.lengthDelimited())
                    case (3, 0): addDummyPrefix = try n.varint() != 0
                    case (4, 0): removeExtraWhitespaces = try n.varint() != 0
                    case (5, 0): escapeWhitespaces = try n.varint() != 0
                    default: try n.skip(wire: w)
                    }
                }
            default: try top.skip(wire: wire)
            }
        }
        guard pieceCount > 3 else {
            throw EncoderError.corruptModelFile(path: path, detail: "no vocabulary (\(pieceCount) pieces)")
        }
        for id in [unkID, bosID, eosID] where id < 0 || Int(id) >= pieceCount {
            throw EncoderError.corruptModelFile(path: path, detail: "special piece id \(id) outside the vocabulary")
        }
    }

    private mutating func readPiece(_ bytes: UnsafeRawBufferPointer) throws {
        var r = ProtoReader(bytes, path: "")
        var score: Float = 0, type: UInt8 = 1
        var piece: UnsafeRawBufferPointer?
        while let (f, w) = try r.nextField() {
            switch (f, w) {
            case (1, 2): piece = try r.lengthDelimited()
            case (2, 5): score = Float(bitPattern: try r.fixed32())
            case (3, 0): type = UInt8(truncatingIfNeeded: try r.varint())
            default: try r.skip(wire: w)
            }
        }
        pieceBytes.append(contentsOf: piece ?? UnsafeRawBufferPointer(start: nil, count: 0))
        pieceOffsets.append(Int32(pieceBytes.count))
        scores.append(score.isFinite ? score : 0)
        types.append(type)
    }
}

/// Protocol Buffers wire format, just enough to walk messages ("Encoding", protobuf.dev).
/// Every read is bounds-checked: a truncated or damaged model is an error, never a crash.
struct ProtoReader {
    private let bytes: UnsafeRawBufferPointer
    private var pos = 0
    private let path: String

    init(_ bytes: UnsafeRawBufferPointer, path: String) {
        self.bytes = bytes
        self.path = path
    }

    private func damaged(_ what: String) -> EncoderError {
        .corruptModelFile(path: path.isEmpty ? "sp.model" : path, detail: "\(what) at byte \(pos)")
    }

    mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard pos < bytes.count, shift < 64 else { throw damaged("truncated varint") }
            let b = bytes[pos]
            pos += 1
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
        }
    }

    /// The next (field number, wire type), or nil at the end of the message.
    mutating func nextField() throws -> (Int, Int)? {
        if pos >= bytes.count { return nil }
        let tag = try varint()
        return (Int(tag >> 3), Int(tag & 7))
    }

    mutating func lengthDelimited() throws -> UnsafeRawBufferPointer {
        let n = try varint()
        guard n <= UInt64(bytes.count - pos) else { throw damaged("field longer than its message") }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[pos..<(pos + Int(n))])
        pos += Int(n)
        return slice
    }

    mutating func fixed32() throws -> UInt32 {
        guard pos + 4 <= bytes.count else { throw damaged("truncated fixed32") }
        let v = bytes.loadUnaligned(fromByteOffset: pos, as: UInt32.self).littleEndian
        pos += 4
        return v
    }

    mutating func skip(wire: Int) throws {
        switch wire {
        case 0: _ = try varint()
        case 1: guard pos + 8 <= bytes.count else { throw damaged("truncated fixed64") }; pos += 8
        case 2: _ = try lengthDelimited()
        case 5: _ = try fixed32()
        default: throw damaged("unknown wire type \(wire)")
        }
    }
}
