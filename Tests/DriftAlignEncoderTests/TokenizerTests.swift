import DriftAlignTestSupport
import Foundation
import Testing
@testable import DriftAlignEncoder

@Suite("SentencePiece tokenizer", .enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
struct TokenizerTests {
    let tokenizer = InstalledModel.tokenizer!

    @Test("piece ids equal the reference package's on Tatoeba, seed and edge-case sentences")
    func referenceParity() {
        #expect(Fixtures.tokenIDs.count > 300)
        var mismatches: [String] = []
        for row in Fixtures.tokenIDs where tokenizer.encode(row.text) != row.ids {
            mismatches.append("\(row.text.debugDescription.prefix(80)): \(tokenizer.encode(row.text)) ≠ \(row.ids)")
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(5))")
    }

    @Test("whitespace is normalized: dummy ▁ prefix, runs collapsed, ends trimmed")
    func whitespace() {
        #expect(tokenizer.normalize("  Bonjour   le\tmonde  ") == "▁Bonjour▁le▁monde")
        #expect(tokenizer.pieces("Bonjour") == tokenizer.pieces("   Bonjour   "))
        #expect(tokenizer.normalize("") == "")
        #expect(tokenizer.normalize(" \t\n ") == "")
    }

    @Test("NFKC and the NMT rules apply: full-width, ligatures, no-break spaces; control characters are kept")
    func normalization() {
        #expect(tokenizer.normalize("ＡＢＣ１２３") == "▁ABC123")
        #expect(tokenizer.normalize("ﬁn") == "▁fin")
        #expect(tokenizer.normalize("a\u{00A0}b") == "▁a▁b")
        // This model's nmt_nfkc map keeps C0 controls (they become <unk> pieces), as the reference does.
        #expect(tokenizer.normalize("a\u{0007}b") == "▁a\u{0007}b")
        #expect(tokenizer.normalize("e\u{0301}") == "▁é")
    }

    @Test("<s> and </s> frame every sentence; text that normalizes to nothing is <unk>")
    func specialPieces() {
        let bos = tokenizer.beginOfSentenceID, eos = tokenizer.endOfSentenceID, unk = tokenizer.unknownID
        #expect(tokenizer.encode("") == [bos, unk, eos])
        #expect(tokenizer.encode(" \t\n ") == [bos, unk, eos])
        #expect(tokenizer.encode("\u{0001}\u{0002}").filter { $0 == unk }.count == 2)
        #expect(tokenizer.encode("Bonjour", addBOS: false, addEOS: false).first != bos)
        #expect(tokenizer.piece(for: unk) == "<unk>")
        #expect(tokenizer.pieceCount == 128_000)
    }

    @Test("characters outside the vocabulary become <unk> pieces, never a crash")
    func unknownCharacters() {
        let ids = tokenizer.encode("\u{10FFFD}\u{E000}")  // private-use characters
        #expect(ids.contains(tokenizer.unknownID))
        #expect(ids.allSatisfy { $0 >= 0 && Int($0) < tokenizer.pieceCount })
    }

    @Test("a 10,000-character line tokenizes in bounded time to valid ids")
    func longLine() {
        let line = String(repeating: "Poutine a appelé Trump. ", count: 417)
        let ids = tokenizer.encode(line)
        #expect(ids.count > 1000)
        #expect(ids.first == tokenizer.beginOfSentenceID && ids.last == tokenizer.endOfSentenceID)
    }
}

@Suite("SentencePiece model parsing")
struct SentencePieceModelTests {
    @Test("garbage, empty and truncated model bytes are errors naming the file, not crashes")
    func damagedModels() throws {
        let cases: [[UInt8]] = [[], [0xFF, 0xFF, 0xFF], Array("not a model at all".utf8), [0x0A, 0x80]]
        for bytes in cases {
            #expect(throws: EncoderError.self) {
                _ = try bytes.withUnsafeBytes { try SentencePieceTokenizer(bytes: $0, location: "/m/sp.model") }
            }
        }
        do {
            _ = try [UInt8]([0x0A, 0x05, 0x0A]).withUnsafeBytes { try SentencePieceTokenizer(bytes: $0, location: "/m/sp.model") }
            Issue.record("a truncated model was accepted")
        } catch let error as EncoderError {
            #expect(error.localizedDescription.contains("/m/sp.model"))
            #expect(error.localizedDescription.contains("install-model.sh"))
        }
    }

    @Test("a model truncated at every 1/16 of its length is refused or loads, never crashes",
          .enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
    func truncatedRealModel() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(InstalledModel.directory)/sp.model"))
        for k in 1..<16 {
            let cut = data.prefix(data.count * k / 16)
            _ = try? cut.withUnsafeBytes { try SentencePieceTokenizer(bytes: $0, location: "sp.model") }
        }
    }
}
