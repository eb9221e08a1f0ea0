import DriftAlignTestSupport
import Foundation
import Testing
@testable import DriftAlignEncoder

/// The tokenizer's stored vocabulary (`CompiledVocabulary`): written on the first load, used on
/// the next, ignored when it does not hold the model at hand.
@Suite("Compiled vocabulary", .enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
struct CompiledVocabularyTests {
    /// A scratch folder with its own copy of the compiled file (the installed model stays untouched).
    final class Scratch {
        let dir: String
        let model: MappedFile
        let crc: UInt32
        var compiled: String { "\(dir)/\(CompiledVocabulary.fileName)" }

        init() throws {
            dir = NSTemporaryDirectory() + "driftalign-vocab-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            model = try MappedFile(path: "\(InstalledModel.directory)/sp.model")
            crc = CRC32.checksum(model.bytes)
        }
        deinit { try? FileManager.default.removeItem(atPath: dir) }

        func load() throws -> SentencePieceTokenizer {
            try SentencePieceTokenizer(bytes: model.bytes, crc32: crc, location: "sp.model", compiledPath: compiled)
        }
    }

    /// The stored file as it would be read for this model, or nil.
    static func stored(_ s: Scratch) -> CompiledVocabulary? {
        CompiledVocabulary.read(path: s.compiled, modelSize: s.model.bytes.count, modelCRC: s.crc)
    }

    static func ids(_ t: SentencePieceTokenizer) -> [[Int32]] { Fixtures.tokenIDs.map { t.encode($0.text) } }

    @Test("the first load writes the file, the second reads it, and both give the reference's piece ids")
    func writtenThenRead() throws {
        let s = try Scratch()
        #expect(Self.stored(s) == nil)
        let parsed = try s.load()
        let stored = try #require(Self.stored(s))
        #expect(stored.scores.count == parsed.pieceCount && stored.sortedIDs.count == parsed.pieceCount)
        let read = try s.load()
        let expected = Fixtures.tokenIDs.map(\.ids)
        #expect(Self.ids(parsed) == expected)
        #expect(Self.ids(read) == expected)
        #expect(read.piece(for: 1000) == parsed.piece(for: 1000) && read.unknownID == parsed.unknownID)
    }

    @Test("a damaged file, a file for another model and an unsorted order are ignored, then rewritten")
    func badFilesAreIgnored() throws {
        let s = try Scratch()
        _ = try s.load()
        let good = try Data(contentsOf: URL(fileURLWithPath: s.compiled))
        let expected = Fixtures.tokenIDs.map(\.ids)

        // One byte flipped in the middle: the file's CRC-32 no longer matches.
        var damaged = good
        damaged[damaged.count / 2] ^= 0x20
        try damaged.write(to: URL(fileURLWithPath: s.compiled))
        #expect(Self.stored(s) == nil)
        #expect(Self.ids(try s.load()) == expected)
        #expect(try Data(contentsOf: URL(fileURLWithPath: s.compiled)) == good, "rewritten by the load")

        // Truncated.
        try good.prefix(good.count - 9).write(to: URL(fileURLWithPath: s.compiled))
        #expect(Self.stored(s) == nil)

        // Another model: same file, but the model's CRC-32 differs.
        try good.write(to: URL(fileURLWithPath: s.compiled))
        #expect(CompiledVocabulary.read(path: s.compiled, modelSize: s.model.bytes.count, modelCRC: s.crc ^ 1) == nil)
        #expect(CompiledVocabulary.read(path: s.compiled, modelSize: s.model.bytes.count + 1, modelCRC: s.crc) == nil)

        // A well-formed file whose order is not the index's: two ids swapped, CRC recomputed.
        var wrong = try #require(Self.stored(s))
        wrong.sortedIDs.swapAt(500, 501)
        wrong.write(path: s.compiled, modelSize: s.model.bytes.count, modelCRC: s.crc)
        let reread = try #require(Self.stored(s))
        #expect(PieceIndex(bytes: reread.pieceBytes, offsets: reread.pieceOffsets, order: reread.sortedIDs) == nil)
        #expect(Self.ids(try s.load()) == expected)
        #expect(try Data(contentsOf: URL(fileURLWithPath: s.compiled)) == good, "rewritten by the load")
    }
}
