import DriftAlignTestSupport
import Foundation
import Testing
@testable import DriftAlignEncoder

/// `driftalign embed` as a user runs it (needs the built CLI, which `swift test` builds).
@Suite("driftalign embed", .enabled(if: TestPaths.cli != nil, "the driftalign executable is not built"))
struct EmbedCommandTests {
    @Test("one row of 512 little-endian float32 per input line, empty lines included")
    func rowsPerLine() throws {
        let dir = try TemporaryDirectory()
        let input = "\(dir.path)/in.txt", output = "\(dir.path)/out.f32"
        try "Poutine a appelé Trump.\n\nПутин позвонил Трампу.\r\n".write(toFile: input, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["embed", input, "--lang", "fr", "--presegmented", "-o", output, "--encoder", "lexical"])
        #expect(r.status == 0, "\(r.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(data.count == 3 * 512 * 4)
        let floats = data.withUnsafeBytes { raw in (0..<(3 * 512)).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) } }
        let expected = try LexicalEncoder().encodeMatrix(["Poutine a appelé Trump.", "", "Путин позвонил Трампу."])
        #expect(floats == expected)
    }

    @Test("a missing model is one line on stderr saying how to install it")
    func missingModel() throws {
        let dir = try TemporaryDirectory()
        let input = "\(dir.path)/in.txt"
        try "Bonjour.\n".write(toFile: input, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["embed", input, "--lang", "fr", "--presegmented", "-o", "\(dir.path)/o.f32"],
                                  environment: ["DRIFTALIGN_MODEL_DIR": "\(dir.path)/no-model"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("scripts/install-model.sh"))
        #expect(r.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1, "\(r.stderr)")
    }

    @Test("USE-m vectors from the CLI equal the library's", .enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
    func useVectors() throws {
        let dir = try TemporaryDirectory()
        let input = "\(dir.path)/in.txt", output = "\(dir.path)/out.f32"
        let lines = ["Le Kremlin a confirmé l’appel.", "The Kremlin confirmed the call."]
        try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["embed", input, "--lang", "fr", "--presegmented", "-o", output, "--threads", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        let floats = data.withUnsafeBytes { raw in (0..<(data.count / 4)).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) } }
        let expected = try InstalledModel.encoder!.encodeMatrix(lines)
        #expect(floats.count == expected.count)
        #expect(dot(floats[0..<512], expected[0..<512]) > 0.99999)
    }
}
