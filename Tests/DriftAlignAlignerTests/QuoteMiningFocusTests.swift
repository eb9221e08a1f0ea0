@testable import DriftAlignAligner
import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import Testing

/// Mining a long original only around the sentences retrieval found
/// (``QuoteMiner/match(originals:translation:focus:window:)``), as `driftalign match` does for a
/// stored book: the matches it finds there are the whole document's, in the whole document's
/// sentence indices and offsets, and nothing outside the neighbourhoods is a candidate.
@Suite struct QuoteMiningFocusTests {
    @Test func runsMergeNeighbouringWindowsAndStayInTheDocument() {
        #expect(QuoteMiner.runs(around: [5, 7, 20, 0], window: 2, count: 21) == [0..<10, 18..<21])
        #expect(QuoteMiner.runs(around: [3, 9], window: 2, count: 12) == [1..<6, 7..<12])
        #expect(QuoteMiner.runs(around: [3, 8], window: 2, count: 12) == [1..<11])
        #expect(QuoteMiner.runs(around: [4, 40, -1], window: 0, count: 10) == [4..<5])
        #expect(QuoteMiner.runs(around: [], window: 2, count: 10).isEmpty)
    }

    /// A post in the middle of a long text, a passage of it in someone else's words.
    static let filler = (1...40).map { "Item \($0) of the municipal report describes the opening hours of library branch number \($0)." }
    static let post = [
        "I just had a lengthy and highly productive phone call with President Vladimir Putin of Russia.",
        "We agreed to have our respective teams start negotiations immediately.",
        "Millions of people have died in a War that would not have happened if I were President, and it must end NOW.",
    ]

    func longOriginal(in dir: URL) throws -> Document {
        var doc = try writtenDocument((Self.filler[0..<20] + Self.post + Self.filler[20...]).joined(separator: " "), "en", in: dir, "long.txt")
        doc.author = "Donald J. Trump"
        let scalars = doc.scalars
        let millions = try #require(doc.sentences.first { $0.text.hasPrefix("Millions") })
        doc.voices = [Voice(range: millions.range, speaker: "Volodymyr Zelensky")]
        #expect(doc.sentences.count == 43)
        #expect(ScalarText.string(scalars, doc.sentences[20].range).hasPrefix("I just had"))
        return doc
    }

    @Test func anExcerptKeepsItsTextAndMovesEveryOffset() throws {
        let dir = try TestScratch.directory("da-focus-excerpt")
        defer { try? FileManager.default.removeItem(at: dir) }
        let doc = try longOriginal(in: dir)
        let (e, base) = QuoteMiner.excerpt(doc, scalars: doc.scalars, sentences: 21..<24)
        #expect(base == doc.sentences[21].range.lowerBound)
        #expect(e.text == ScalarText.string(doc.scalars, base..<doc.sentences[23].range.upperBound))
        #expect(e.sentences.map(\.index) == [0, 1, 2])
        for (i, s) in e.sentences.enumerated() {
            #expect(s.text == doc.sentences[21 + i].text)
            #expect(ScalarText.string(e.scalars, s.range) == ScalarText.string(doc.scalars, doc.sentences[21 + i].range))
        }
        #expect(e.voices == [Voice(range: e.sentences[1].range, speaker: "Volodymyr Zelensky")])
        #expect(e.author == doc.author && e.sourceType == doc.sourceType && e.id == doc.id)
        // A voice wholly outside is dropped.
        #expect(QuoteMiner.excerpt(doc, scalars: doc.scalars, sentences: 0..<5).0.voices.isEmpty)
    }

    @Test(.enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
    func focusedMiningFindsTheSameSourcesInTheWholeDocumentsTerms() throws {
        let encoder = try #require(InstalledModel.encoder)
        let dir = try TestScratch.directory("da-focus")
        defer { try? FileManager.default.removeItem(at: dir) }
        let long = try longOriginal(in: dir)
        let short = try writtenDocument("The weather in Munich was cold and grey all week. The conference opens on Friday.", "en", in: dir, "short.txt")
        let article = try writtenDocument("""
            Donald Trump a dit avoir eu un « appel téléphonique long et très productif » avec Vladimir Poutine.

            Selon lui, les deux équipes vont « entamer immédiatement des négociations ».

            La conférence de Munich s'ouvre vendredi.
            """, source: "frenchpress", "fr", in: dir, "article.txt")
        let miner = QuoteMiner(encoder: encoder)
        let whole = try miner.match(originals: [short, long], translation: article)
        let focused = try miner.match(originals: [short, long], translation: article, focus: [1: [20, 21]], window: 2)
        #expect(whole.count == focused.count)
        var compared = 0
        for (w, f) in zip(whole, focused) where w.originalDocument == 1 && (18..<24).contains(w.originalSentences.first ?? -1) {
            compared += 1
            #expect(f.originalDocument == 1)
            #expect(f.originalSentences == w.originalSentences)
            #expect(f.originalRange == w.originalRange)
        }
        #expect(compared >= 2, "\(whole)")
        let productive = try #require(focused.first { $0.unit == .quote && ScalarText.string(article.scalars, $0.translationRange).contains("productif") })
        #expect(productive.originalDocument == 1 && productive.originalSentences == [20])
        #expect(ScalarText.string(long.scalars, try #require(productive.originalRange)).contains("highly productive"))
        // The short original is mined whole, as without focus.
        let munich = (whole.last!, focused.last!)
        #expect(munich.0.originalDocument == 0 && munich.1.originalDocument == 0 && munich.1.originalSentences == munich.0.originalSentences)
        // Focused elsewhere, the post's sentences are no candidates.
        let away = try miner.match(originals: [short, long], translation: article, focus: [1: [2]], window: 2)
        #expect(!away.contains { $0.originalDocument == 1 && ($0.originalSentences.first ?? 0) >= 5 })
    }
}
