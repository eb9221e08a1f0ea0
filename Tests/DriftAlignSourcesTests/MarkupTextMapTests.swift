import DriftAlignCore
import DriftAlignRegistry
@testable import DriftAlignSources
import DriftAlignTestSupport
import Foundation
import FrenchPressSource
import KremlinSource
import Testing

/// Sentences of a paragraph that is not verbatim in the file (entities, inline markup, collapsed
/// white space) point at their own characters, not at the whole paragraph (MarkupTextMap, used by
/// DocumentBuilder for every HTML and feed reader). Before, both sentences of such a paragraph
/// got the paragraph's stretch: the offsets audit counted 205 such excerpts holding 27,246
/// characters more than their text.
@Suite struct MarkupTextMapTests {
    static func segmented(_ source: any SourcePlugin, _ input: InputFile) throws -> Document {
        let doc = try source.read(input, options: ReadOptions())[0]
        return try Segmenter(language: doc.language).segment(doc)
    }

    static func fileText(_ doc: Document, _ sentence: Sentence) -> String? {
        doc.inputRange(for: sentence.range).map(doc.input.slice)
    }

    /// A French press page whose one paragraph is `parts` joined by spaces, segmented; with its
    /// sentences less the title.
    static func page(_ parts: [String]) throws -> (Document, [Sentence]) {
        let html = "<html lang=\"fr\"><body><article><h1>Titre</h1><p>" + parts.joined(separator: " ") + "</p></article></body></html>"
        let doc = try segmented(FrenchPressSource(), InputFile(location: "p.html", text: html))
        return (doc, doc.sentences.filter { $0.text != "Titre" })
    }

    @Test func eachSentenceOfAnHTMLParagraphPointsAtItsOwnStretch() throws {
        let first = "L&#8217;&Eacute;lys&eacute;e a <em>confirm&eacute;</em> l&rsquo;appel&nbsp;: <!-- note -->il aura lieu mardi."
        let second = "Le Kremlin\n   a <a href=\"/x?a=1&amp;b=2\" title=\"l’appel\">parl&eacute;</a><br>d&rsquo;un &laquo;&nbsp;bon échange&nbsp;&raquo;."
        let third = "<script>var s = \"<p>not text</p>\";</script>Rien d&#x2019;autre."
        let (doc, sentences) = try Self.page([first, second, third])
        try #require(sentences.count == 3, "\(doc.sentences.map(\.text))")
        #expect(sentences[0].text == "L’Élysée a confirmé l’appel\u{00A0}: il aura lieu mardi.")
        #expect(Self.fileText(doc, sentences[0]) == first)
        #expect(Self.fileText(doc, sentences[1]) == second)
        #expect(Self.fileText(doc, sentences[2]) == "Rien d&#x2019;autre.")
        // Inside a sentence, a word with a reference maps onto its own characters.
        let scalars = doc.scalars
        let word = try #require(ScalarText.string(scalars, sentences[1].range).range(of: "parlé"))
        let text = ScalarText.string(scalars, sentences[1].range)
        let lo = sentences[1].range.lowerBound + text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: word.lowerBound)
        #expect(doc.inputRange(for: lo..<(lo + 5)).map(doc.input.slice) == "parl&eacute;")
        #expect(doc.warnings.isEmpty, "\(doc.warnings)")
    }

    /// An attribute value may hold ">" (`title="1 > 0"`, an `onclick` script): the tag ends at
    /// the first ">" outside quoted values, as HTML's tokenizer reads it. Before, the walk stopped
    /// at the quoted ">", and the sentences after it got the rest of the paragraph's stretch.
    @Test func aQuotedGreaterThanSignInAnAttributeDoesNotEndTheTag() throws {
        let first = "Le Kremlin a <a title=\"score > 2\" onclick='if (a>b) go()'>confirm&eacute;</a> l&rsquo;appel."
        let second = "Il a dur&eacute; deux heures."
        let third = "Rien d&rsquo;autre <span title=\"<b>\">n&rsquo;a</span> filtr&eacute;."
        let (doc, sentences) = try Self.page([first, second, third])
        try #require(sentences.count == 3, "\(doc.sentences.map(\.text))")
        #expect(sentences[0].text == "Le Kremlin a confirmé l’appel.")
        #expect(Self.fileText(doc, sentences[0]) == first)
        #expect(Self.fileText(doc, sentences[1]) == second)
        // A value holding a whole tag.
        #expect(sentences[2].text == "Rien d’autre n’a filtré.", "\(sentences[2].text)")
        #expect(Self.fileText(doc, sentences[2]) == third)
    }

    /// A Kremlin feed's description holds its HTML escaped ("&lt;p&gt;", "&amp;nbsp;"): mapped
    /// through both levels, each sentence points at its own stretch of the real feed.
    @Test func escapedMarkupInAFeedIsWalkedThrough() throws {
        let input = InputFile(location: "feed.xml", text: try TestPaths.read(TestPaths.fixture("kremlin/events-all-feed.ru.xml")))
        let docs = try KremlinSource().read(input, options: ReadOptions()).map { try Segmenter(language: $0.language).segment($0) }
        let doc = try #require(docs.first { $0.text.contains("продолжили начатый 12") })
        let sentence = try #require(doc.sentences.first { $0.text.hasPrefix("В.В.Путин и Д.Трамп продолжили") })
        let stretch = try #require(Self.fileText(doc, sentence))
        #expect(stretch.hasPrefix("В.В.Путин и Д.Трамп продолжили начатый 12&amp;nbsp;февраля"))
        #expect(stretch.hasSuffix("о ситуации вокруг Украины."), "\(stretch)")
        let next = try #require(doc.sentences.first { $0.text.hasPrefix("Президент России поблагодарил") })
        #expect(Self.fileText(doc, next).map { $0.hasPrefix("Президент России поблагодарил") } == true)
    }

    /// Where the text is not what the file shows (here NFD in the file, NFC in the text), the
    /// rest of the paragraph maps onto the rest of the stretch, as before: never narrower than the
    /// text, and exact up to there.
    @Test func textTheReaderRewroteKeepsTheRestOfTheStretch() throws {
        let hay = Array("<p>Un café noir, merci.</p>".decomposedStringWithCanonicalMapping.unicodeScalars)
        let text = Array("Un café noir, merci.".unicodeScalars)
        let stretch = 3..<(hay.count - 4)
        let pieces = try #require(MarkupTextMap.pieces(of: text, at: 100, in: hay, stretch))
        #expect(pieces.first == SourceMap.Piece(document: 100..<102, input: 3..<5, exact: true))
        #expect(pieces.last == SourceMap.Piece(document: 106..<120, input: 9..<stretch.upperBound, exact: false))
        #expect(pieces.map(\.document.count).reduce(0, +) == text.count)
        // A stretch that ends before the text could says nothing finer.
        #expect(MarkupTextMap.pieces(of: text, at: 0, in: hay, 3..<12) == nil)
        #expect(MarkupTextMap.pieces(of: Array("Un ca".unicodeScalars), at: 0, in: hay, 3..<6) == nil)
    }
}
