import Foundation
import Testing
@testable import DriftAlignEncoder
import DriftAlignTestSupport

@Suite("USE-m encoder", .enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
struct USEEncoderTests {
    let encoder = InstalledModel.encoder!

    @Test("vectors match the reference package's (cosine ≥ 0.9999), in bfloat16 and in float32",
          arguments: USEPrecision.allCases)
    func referenceParity(_ precision: USEPrecision) throws {
        let rows = Fixtures.vectors
        let use = precision == encoder.precision
            ? encoder : try USEMultilingualEncoder(modelDirectory: encoder.modelDirectory, precision: precision)
        #expect(use.precision == precision)
        let m = try use.encodeMatrix(rows.map(\.text))
        for (i, row) in rows.enumerated() {
            let v = m[(i * 512)..<((i + 1) * 512)]
            let cos = dot(v, row.vector[...]) / (norm(v) * norm(row.vector[...]))
            #expect(cos >= 0.9999, "\(precision): \(row.text.debugDescription.prefix(60)): cosine \(cos)")
        }
    }

    @Test("translations are closer than unrelated sentences (Tatoeba fr–en, ru–en)")
    func translationsCloser() throws {
        for pair in ["fra-eng.fra", "rus-eng.rus"] {
            let src = try lines("tatoeba.\(pair)").prefix(40)
            let eng = try lines("tatoeba.\(pair.prefix(7)).eng").prefix(40)
            let a = try encoder.encodeMatrix(Array(src)), b = try encoder.encodeMatrix(Array(eng))
            var wins = 0
            for i in 0..<40 {
                let matched = dot(a[(i * 512)..<((i + 1) * 512)], b[(i * 512)..<((i + 1) * 512)])
                let j = (i + 17) % 40
                let unrelated = dot(a[(i * 512)..<((i + 1) * 512)], b[(j * 512)..<((j + 1) * 512)])
                if matched > unrelated { wins += 1 }
            }
            #expect(wins >= 38, "\(pair): translation closer in \(wins)/40")
        }
    }

    @Test("a sentence gets the same vector alone, in a batch, and with 2 threads (no leakage)")
    func batchIndependence() throws {
        let sentences = try Array(lines("tatoeba.fra-eng.fra").prefix(300))
        let batch = try encoder.encodeMatrix(sentences)
        let twoThreads = try USEMultilingualEncoder(modelDirectory: InstalledModel.directory, threads: 2).encodeMatrix(sentences)
        for i in [0, 1, 57, 150, 299] {
            let alone = try encoder.encodeMatrix([sentences[i]])
            let row = batch[(i * 512)..<((i + 1) * 512)]
            #expect(dot(alone[...], row) > 0.99999)
            #expect(dot(twoThreads[(i * 512)..<((i + 1) * 512)], row) > 0.99999)
        }
    }

    enum BadInput: String, CaseIterable, CustomTestStringConvertible {
        case empty, blank, emoji, mixedScripts, controls, longLine, tenThousandEmoji, invisible
        var text: String {
            switch self {
            case .empty: ""
            case .blank: "   \t "
            case .emoji: "👍🏽🇫🇷🎉"
            case .mixedScripts: "Trump и Путин à Djeddah 🙂"
            case .controls: "a\u{0000}b\u{0007}\u{001B}[0m"
            case .longLine: String(repeating: "Poutine a appelé Trump hier soir. ", count: 300)
            case .tenThousandEmoji: String(repeating: "🙂", count: 10_000)
            case .invisible: "\u{FEFF}\u{200B}"
            }
        }
        var testDescription: String { rawValue }
    }

    @Test("bad input gives finite unit vectors: empty, blank, emoji, mixed scripts, controls, 10,000 characters",
          arguments: BadInput.allCases)
    func badInput(_ input: BadInput) throws {
        let v = try encoder.encode([input.text])[0]
        #expect(v.count == 512)
        #expect(v.allSatisfy { $0.isFinite })
        #expect(abs(norm(v[...]) - 1) < 1e-4)
    }

    @Test("empty and blank lines encode alike (both are <s> <unk> </s>) and the empty batch is empty")
    func emptyInputs() throws {
        let m = try encoder.encodeMatrix(["", "  ", "\n\t\u{3000}"])
        #expect(dot(m[0..<512], m[512..<1024]) > 0.99999)
        #expect(dot(m[0..<512], m[1024..<1536]) > 0.99999)
        #expect(try encoder.encodeMatrix([]).isEmpty)
    }

    @Test("sentences longer than the cap are truncated to maxTokensPerSentence pieces")
    func truncation() {
        let ids = encoder.tokenIDs(String(repeating: "Poutine ", count: 5000))
        #expect(ids.count == USEMultilingualEncoder.maxTokensPerSentence)
        #expect(ids.last == encoder.tokenizer.endOfSentenceID)
    }

    @Test("the factory builds both encoders and names the valid ones for an unknown name")
    func factory() throws {
        let use = try EncoderFactory.make(name: "usem", modelDirectory: InstalledModel.directory)
        #expect(use.name == "usem3" && use.dimension == 512)
        #expect(try EncoderFactory.make(name: "lexical").name == "lexical")
        #expect(throws: EncoderError.unknownEncoder(name: "laser", valid: ["usem", "lexical"])) {
            _ = try EncoderFactory.make(name: "laser")
        }
    }

    private func lines(_ name: String) throws -> [String] {
        try String(contentsOfFile: "\(TestPaths.shared.path)/bench/tatoeba/\(name)", encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

@Suite("USE-m pooled windows", .enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
struct USEPooledWindowTests {
    let encoder = InstalledModel.encoder!

    private func lines(_ name: String) throws -> [String] {
        try String(contentsOfFile: "\(TestPaths.shared.path)/bench/tatoeba/\(name)", encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    @Test("a one-sentence span is that sentence's vector; a run of 2–4 sentences is close to encoding them joined")
    func spansMatchJoinedText() throws {
        let sentences = try Array(lines("tatoeba.fra-eng.fra").prefix(120))
        let pooled = try encoder.pool(sentences)
        let singles = try encoder.encodeMatrix(sentences)
        let one = try encoder.vectors(of: (0..<sentences.count).map { $0..<($0 + 1) }, in: pooled)
        for i in sentences.indices {
            #expect(dot(one[(i * 512)..<((i + 1) * 512)], singles[(i * 512)..<((i + 1) * 512)]) > 0.99999)
        }
        var worst: Float = 1, total: Float = 0, count = 0
        for k in 2...4 {
            let spans = stride(from: 0, to: sentences.count - k, by: 7).map { $0..<($0 + k) }
            let windows = try encoder.vectors(of: spans, in: pooled)
            let joined = try encoder.encodeMatrix(spans.map { sentences[$0].joined(separator: " ") })
            for r in spans.indices {
                let c = dot(windows[(r * 512)..<((r + 1) * 512)], joined[(r * 512)..<((r + 1) * 512)])
                worst = min(worst, c)
                total += c
                count += 1
            }
        }
        // Only the convolution context across each junction differs, and Tatoeba's short
        // sentences (about 12 pieces) make that a large share of the tokens: measured mean 0.975,
        // worst 0.923. Keeping the inner </s> and <s> terms instead gives mean 0.855, worst 0.750.
        #expect(worst > 0.90, "worst cosine to the joined text \(worst)")
        #expect(total / Float(count) > 0.96, "mean cosine to the joined text \(total / Float(count))")
    }

    @Test("a pooled window is closer to its joined text than the average of its sentences is")
    func betterThanAveraging() throws {
        let sentences = try Array(lines("tatoeba.rus-eng.rus").prefix(60))
        let pooled = try encoder.pool(sentences)
        let singles = try encoder.encodeMatrix(sentences)
        let spans = stride(from: 0, to: 57, by: 3).map { $0..<($0 + 3) }
        let windows = try encoder.vectors(of: spans, in: pooled)
        let joined = try encoder.encodeMatrix(spans.map { sentences[$0].joined(separator: " ") })
        var pooledWins = 0
        for (r, span) in spans.enumerated() {
            var avg = [Float](repeating: 0, count: 512)
            for i in span { for d in 0..<512 { avg[d] += singles[i * 512 + d] } }
            let n = norm(avg[...])
            let j = joined[(r * 512)..<((r + 1) * 512)]
            if dot(windows[(r * 512)..<((r + 1) * 512)], j) > dot(avg[...], j) / n { pooledWins += 1 }
        }
        #expect(pooledWins >= spans.count - 1, "pooled closer in \(pooledWins)/\(spans.count)")
    }

    @Test("spans outside the pooled sentences, empty spans and another encoder's states are errors")
    func badSpans() throws {
        let pooled = try encoder.pool(["Bonjour.", "Merci."])
        #expect(throws: EncoderError.self) { try encoder.vectors(of: [1..<3], in: pooled) }
        #expect(throws: EncoderError.self) { try encoder.vectors(of: [1..<1], in: pooled) }
        let lexical = try LexicalEncoder().pool(["Bonjour."])
        #expect(throws: EncoderError.self) { try encoder.vectors(of: [0..<1], in: lexical) }
        #expect(try encoder.vectors(of: [], in: pooled).isEmpty)
        #expect(try encoder.pool([]).count == 0)
    }
}
