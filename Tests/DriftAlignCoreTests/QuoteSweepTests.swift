@testable import DriftAlignCore
import Testing

/// Quotes handed to sentences: the same clipped quotes as comparing every quote with every
/// sentence, with work bounded by the nesting depth (a live blog's one long paragraph of short
/// «quotations» was quadratic).
@Suite struct QuoteSweepTests {
    /// A live-blog paragraph: short quotations, one over two sentences, nested marks, and a last
    /// quotation whose closing mark is missing.
    static let paragraph = String(repeating: "Trump a qualifié l’appel d’« excellent ». Le Kremlin parle d’un échange « franc » et "
                                  + "« constructif ». Il a dit : « Nous avons parlé. Nous allons continuer. » Selon lui, « “la paix” est proche ». ",
                                  count: 400)
        + "Il a conclu : « nous verrons bien."

    static func document(_ text: String) -> Document {
        let input = InputFile(location: "live.txt", text: text)
        return Document(id: "live", sourceType: "text", language: "fr", text: text,
                        paragraphs: PlainTextLayout.paragraphs(of: input.scalars), input: input,
                        sourceMap: .identity(length: input.scalars.count))
    }

    @Test func sentencesGetTheQuotesAnAllPairsClipGives() throws {
        let segmenter = try Segmenter(language: "fr")
        let doc = segmenter.segment(Self.document(Self.paragraph))
        let scalars = Array(doc.text.unicodeScalars)
        #expect(doc.paragraphs.count == 1 && doc.sentences.count == 5 * 400 + 1)
        #expect(doc.quotes.count == 6 * 400 + 1 && doc.quotes.last?.closed == false)
        for s in doc.sentences {
            let expected = doc.quotes.compactMap { segmenter.clip($0, to: s.range, scalars) }
            #expect(s.quotes == expected, "sentence \(s.index): \(s.text)")
        }
        #expect(doc.sentences[3].quotes.map(\.text) == ["Nous allons continuer."])
        #expect(doc.sentences[4].quotes.map(\.text) == ["“la paix” est proche", "la paix"])
        #expect(doc.sentences.last?.quotes.map(\.text) == ["nous verrons bien."])
    }

    @Test func aSentenceIsOfferedOnlyTheQuotesOpenAroundIt() throws {
        let segmenter = try Segmenter(language: "fr")
        let doc = Self.document(Self.paragraph)
        let scalars = Array(doc.text.unicodeScalars)
        let quotes = QuoteFinder.find(in: scalars, range: 0..<scalars.count)
        var sweep = QuoteSweep(quotes)
        var offered = 0, excess = 0
        for (r, _) in segmenter.sentenceRanges(scalars, 0..<scalars.count, kind: .body) {
            let candidates = sweep.candidates(for: r)
            // Begun before the sentence and still open at its start (at most the nesting depth),
            // or begun inside it.
            let beginInside = quotes.filter { r.contains($0.range.lowerBound) }.count
            excess = max(excess, candidates.count - (QuoteFinder.maxDepth + beginInside))
            offered += candidates.count
        }
        #expect(excess <= 0, "a sentence was offered \(excess) quotes more than the bound")
        // Each quote is offered to the sentences it spans: about one each, never quotes × sentences.
        #expect(offered <= 2 * quotes.count, "\(offered) offers for \(quotes.count) quotes")
    }
}
