import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the tokenizer takes from a SentencePiece model (pieces, scores, special ids, the
/// normalizer's map and flags) and the piece index's sorted order, stored flat in one file next to
/// the model, so that a process loads them with one read instead of parsing 128,000 protobuf
/// messages and sorting the vocabulary again (about 18 of the 50 ms a one-sentence `embed` took).
///
/// The file is derived data: it names the model it came from (size and CRC-32, which the encoder
/// computes at every load anyway) and ends with its own CRC-32, and anything that does not match
/// (another model, a truncated or edited file, another layout version) is ignored and the model
/// is parsed as before. Writing it is best effort (a read-only model folder just parses each time).
///
/// Layout (little-endian): "DAVOCAB1", then UInt32 fields: model CRC-32, model size (low, high
/// 32 bits), piece count n, piece byte count, charsmap byte count, unk, bos and eos ids, flags
/// (bit 0 add dummy prefix, 1 remove extra whitespaces, 2 escape whitespaces); then n + 1 Int32
/// piece offsets, n Float32 scores, n Int32 sorted ids, the piece bytes, the charsmap bytes; then
/// the CRC-32 of everything before it.
struct CompiledVocabulary {
    static let fileName = ".sp-vocabulary"
    private static let magic = Array("DAVOCAB1".utf8)
    private static let headerWords = 10

    var pieceBytes: [UInt8]
    var pieceOffsets: [Int32]
    var scores: [Float]
    var sortedIDs: [Int32]
    var unkID: Int32, bosID: Int32, eosID: Int32
    var charsmap: [UInt8]
    var addDummyPrefix: Bool, removeExtraWhitespaces: Bool, escapeWhitespaces: Bool

    /// The stored vocabulary of the model whose size and CRC-32 are given, or nil when the file is
    /// missing, for another model, or damaged.
    static func read(path: String, modelSize: Int, modelCRC: UInt32) -> CompiledVocabulary? {
        #if _endian(big)
        return nil
        #else
        guard let file = try? MappedFile(path: path) else { return nil }
        let raw = file.bytes
        let head = magic.count + headerWords * 4
        guard raw.count >= head + 4, raw.prefix(magic.count).elementsEqual(magic) else { return nil }
        func word(_ i: Int) -> UInt32 { raw.loadUnaligned(fromByteOffset: magic.count + 4 * i, as: UInt32.self) }
        guard word(0) == modelCRC, UInt64(word(1)) | UInt64(word(2)) << 32 == UInt64(modelSize) else { return nil }
        let n = Int(word(3)), byteCount = Int(word(4)), mapCount = Int(word(5))
        let arrays = (n + 1) * 4 + n * 4 + n * 4
        guard n > 3, raw.count == head + arrays + byteCount + mapCount + 4 else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: raw[0..<(raw.count - 4)])
        guard CRC32.checksum(body) == raw.loadUnaligned(fromByteOffset: raw.count - 4, as: UInt32.self) else { return nil }
        var at = head
        /// The next `count` values (trivial types only: Int32, Float), copied out of the mapping.
        func take<T>(_ count: Int, _ type: T.Type) -> [T] {
            let bytes = count * MemoryLayout<T>.stride
            defer { at += bytes }
            return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[at..<(at + bytes)]))
                initialized = count
            }
        }
        let offsets = take(n + 1, Int32.self), scores = take(n, Float.self), order = take(n, Int32.self)
        let bytes = Array(raw[at..<(at + byteCount)])
        let map = Array(raw[(at + byteCount)..<(at + byteCount + mapCount)])
        // Offsets must describe the byte array; ids must name pieces (the index checks the order).
        guard offsets.first == 0, offsets.last == Int32(byteCount), zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }),
              scores.allSatisfy(\.isFinite) else { return nil }
        let special = [Int32(bitPattern: word(6)), Int32(bitPattern: word(7)), Int32(bitPattern: word(8))]
        guard special.allSatisfy({ $0 >= 0 && Int($0) < n }) else { return nil }
        let flags = word(9)
        return CompiledVocabulary(
            pieceBytes: bytes, pieceOffsets: offsets, scores: scores, sortedIDs: order,
            unkID: special[0], bosID: special[1], eosID: special[2], charsmap: map,
            addDummyPrefix: flags & 1 != 0, removeExtraWhitespaces: flags & 2 != 0, escapeWhitespaces: flags & 4 != 0)
        #endif
    }

    /// Writes the file (through a temporary name and a rename, so readers never see half of it);
    /// failures are ignored.
    func write(path: String, modelSize: Int, modelCRC: UInt32) {
        #if !_endian(big)
        var data = Data(Self.magic)
        func append<T>(_ values: [T]) { values.withUnsafeBytes { data.append(contentsOf: $0) } }
        let flags = UInt32(addDummyPrefix ? 1 : 0) | UInt32(removeExtraWhitespaces ? 2 : 0) | UInt32(escapeWhitespaces ? 4 : 0)
        append([modelCRC, UInt32(truncatingIfNeeded: modelSize), UInt32(truncatingIfNeeded: UInt64(modelSize) >> 32),
                UInt32(scores.count), UInt32(pieceBytes.count), UInt32(charsmap.count),
                UInt32(bitPattern: unkID), UInt32(bitPattern: bosID), UInt32(bitPattern: eosID), flags])
        append(pieceOffsets)
        append(scores)
        append(sortedIDs)
        data.append(contentsOf: pieceBytes)
        data.append(contentsOf: charsmap)
        let crc = data.withUnsafeBytes { CRC32.checksum($0) }
        append([crc])
        let tmp = "\(path).\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: tmp, contents: data) else { return }
        if rename(tmp, path) != 0 { unlink(tmp) }
        #endif
    }
}
