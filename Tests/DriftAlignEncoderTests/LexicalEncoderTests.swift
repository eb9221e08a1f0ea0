import Testing
@testable import DriftAlignEncoder

@Suite("Lexical encoder")
struct LexicalEncoderTests {
    let encoder = try! LexicalEncoder()

    @Test("vectors are deterministic, unit length and of the stated dimension")
    func deterministic() throws {
        let text = ["Poutine a appelé Trump.", "Путин позвонил Трампу."]
        let a = try encoder.encodeMatrix(text), b = try LexicalEncoder().encodeMatrix(text)
        #expect(a == b)
        #expect(a.count == 2 * encoder.dimension)
        #expect(abs(norm(a[0..<512]) - 1) < 1e-5)
    }

    @Test("transliteration brings Cyrillic names close to their French spelling")
    func crossScript() throws {
        let m = try encoder.encode(["Путин", "Poutine", "Macron", "Песков", "Peskov", "Zelensky"])
        let putinPoutine = dot(m[0][...], m[1][...]), putinMacron = dot(m[0][...], m[2][...])
        #expect(putinPoutine > putinMacron, "Путин·Poutine \(putinPoutine) vs Путин·Macron \(putinMacron)")
        #expect(dot(m[3][...], m[4][...]) > 0.6)
        #expect(dot(m[3][...], m[4][...]) > dot(m[3][...], m[5][...]))
    }

    @Test("empty, blank and symbol-only input gives a zero vector, never NaN")
    func emptyInput() throws {
        let m = try encoder.encodeMatrix(["", "   ", "🙂 !!"])
        #expect(m.allSatisfy { $0 == 0 })
    }

    @Test("a pooled span equals encoding the sentences joined by a space, exactly")
    func pooledSpansExact() throws {
        let sentences = ["Poutine a appelé Trump.", "Путин позвонил Трампу в среду.", "", "Whitoff (sic) était là, 18 mars 2025 !"]
        let pooled = try encoder.pool(sentences)
        for span in [0..<1, 0..<2, 1..<4, 0..<4, 2..<3] {
            let joined = try encoder.encodeMatrix([sentences[span].joined(separator: " ")])
            let window = try encoder.vectors(of: [span], in: pooled)
            #expect(zip(joined, window).allSatisfy { abs($0 - $1) < 1e-6 }, "span \(span)")
        }
        #expect(throws: EncoderError.self) { try encoder.vectors(of: [3..<5], in: pooled) }
    }

    @Test("the factory's lexical encoder needs no model")
    func factory() throws {
        let e = try EncoderFactory.make(name: "lexical", modelDirectory: "/nonexistent")
        #expect(e.dimension == 512)
    }
}
