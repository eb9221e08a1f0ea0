import DriftAlignAligner
import DriftAlignCore
import DriftAlignReport
import Foundation
import Testing

/// The TMX writer against TMX 1.4b, read back with Foundation's XML parser. Real TMX readers
/// are in ``TMXReadBackTests``.
@Suite struct TMXWriterTests {
    func tmx(_ a: DocumentAlignment) throws -> XMLElementNode {
        let text = try TMXWriter(date: SampleAlignments.tmxDate).write(a)
        let parsed = XMLElementNode.parse(text)
        return try #require(parsed.root, "not well-formed: \(parsed.error ?? "")\n\(text)")
    }

    func units(_ root: XMLElementNode) throws -> [XMLElementNode] { try #require(root.first("body")).all("tu") }

    func props(_ tu: XMLElementNode) -> [String: String] {
        Dictionary(tu.all("prop").map { ($0.attributes["type"] ?? "", $0.text) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func headerHasTheRequiredAttributes() throws {
        let root = try tmx(SampleAlignments.tariffs(kremlin: false))
        #expect(root.name == "tmx" && root.attributes["version"] == "1.4")
        let h = try #require(root.first("header"))
        #expect(h.attributes["creationtool"] == "driftalign")
        #expect(h.attributes["creationtoolversion"] == DriftAlignVersion.string)
        #expect(h.attributes["segtype"] == "sentence")
        #expect(h.attributes["o-tmf"] == "DriftAlign")
        #expect(h.attributes["adminlang"] == "en")
        #expect(h.attributes["srclang"] == "en", "srclang is the original's language")
        #expect(h.attributes["datatype"] == "plaintext")
        #expect(h.attributes["creationdate"] == "20250311T080509Z")
        let text = try TMXWriter(date: SampleAlignments.tmxDate).write(SampleAlignments.tariffs())
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
    }

    /// A unit whose segments are not one sentence says so (TMX 1.4b's `segtype` on `<tu>`): "block"
    /// for the 1-2 and 2-1 links, nothing for the 1-1 link, which inherits the header's.
    @Test func severalSentencesMakeABlock() throws {
        let tus = try units(try tmx(SampleAlignments.tariffs(kremlin: false)))
        #expect(tus.map { $0.attributes["segtype"] } == [nil, "block", "block"])
    }

    /// A segment's control characters become spaces and a line break between two paragraphs'
    /// sentences one space, as JSON and TSV join them ("form\u{0C}feed" was glued into one word).
    @Test func segmentsHoldNoLineBreakAndNoGluedWords() {
        #expect(TMXWriter.segmentText("and form\u{0C}feed.") == "and form feed.")
        #expect(TMXWriter.segmentText("Трампом\n\nСостоялся разговор") == "Трампом Состоялся разговор")
        #expect(TMXWriter.segmentText("end.  \r\n  Next\u{0B}line") == "end. Next line")
    }

    /// 1-1, 1-2 and 2-1 links become units; 1-0 and 0-1 have nothing to pair and are left out.
    @Test func oneUnitPerPairedLink() throws {
        let a = SampleAlignments.tariffs(kremlin: false)
        let tus = try units(try tmx(a))
        #expect(tus.map { $0.attributes["tuid"] } == ["1", "2", "3"])
        #expect(tus.allSatisfy { $0.attributes["changedate"] == "20250311T080509Z" })
        for tu in tus {
            let tuvs = tu.all("tuv")
            #expect(tuvs.map { $0.attributes["xml:lang"] } == ["en", "fr"])
            #expect(tuvs.allSatisfy { !($0.first("seg")?.text ?? "").isEmpty })
        }
        let post = a.originals[0], fr = a.translation
        #expect(tus[1].all("tuv")[0].first("seg")?.text == post.sentences[1].text)
        #expect(tus[1].all("tuv")[1].first("seg")?.text == fr.sentences[1].text + " " + fr.sentences[2].text)
        #expect(tus[2].all("tuv")[0].first("seg")?.text == post.sentences[2].text + " " + post.sentences[3].text)
        let p = props(tus[1])
        #expect(p["x-original-sentences"] == "1" && p["x-translation-sentences"] == "1 2")
        #expect(p["x-score"] == "0.842" && p["x-method"] == "monotonic")
        #expect(p["x-source-url"] == "https://truthsocial.com/@realDonaldTrump/114056389432467891")
        #expect(p["x-original-document"] == "114056389432467891")
        #expect(p["x-confidence"] == nil)
        #expect(props(tus[2])["x-original-sentences"] == "2 3")
        // Props come before the variants, as the spec's content model requires.
        #expect(tus[0].children.map(\.name).drop { $0 == "prop" }.allSatisfy { $0 == "tuv" })
    }

    /// Originals in two languages: header srclang `*all*`, each unit names its own; the quote
    /// unit pairs the narrower spans.
    @Test func mixedSourceLanguagesAndQuoteSpans() throws {
        let tus = try units(try tmx(SampleAlignments.tariffs()))
        #expect(tus.map { $0.attributes["tuid"] } == ["1", "2", "3", "6"])
        #expect(tus.map { $0.attributes["srclang"] } == ["en", "en", "en", "ru"])
        let quote = tus[3]
        #expect(quote.all("tuv").map { $0.attributes["xml:lang"] } == ["ru", "fr"])
        #expect(quote.all("tuv").map { $0.first("seg")?.text } == [SampleAlignments.russianClause, SampleAlignments.frenchQuote])
        let p = props(quote)
        #expect(p["x-method"] == "quote" && p["x-confidence"] == "0.870" && p["x-score"] == "0.731")
        #expect(p["x-source-url"] == "http://kremlin.ru/events/president/news/73215")
        let r = SampleAlignments.range(of: SampleAlignments.russianClause, in: SampleAlignments.kremlinReadout())
        #expect(p["x-original-span"] == "\(r.lowerBound)-\(r.upperBound)")
    }

    /// `<`, `&`, `>` and quotes escaped (also in attributes); characters XML 1.0 forbids dropped;
    /// a pair left blank by that is skipped rather than written with an empty `<seg>`.
    @Test func escapingAndForbiddenCharacters() throws {
        let a = SampleAlignments.awkward()
        let text = try TMXWriter(date: SampleAlignments.tmxDate).write(a)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" } && !text.unicodeScalars.contains("\u{FFFE}"))
        #expect(text.contains("5 &lt; 6 &amp;&amp; 7 &gt; 3"))
        #expect(text.contains("<prop type=\"x-original-document\">a\"b&lt;c&gt;&amp;d</prop>"))
        #expect(!text.contains("<seg></seg>"))
        let tus = try units(try tmx(a))
        #expect(tus.map { $0.attributes["tuid"] } == ["1", "3"], "the pair blank after dropping U+0001 U+0002 is skipped")
        let segs = tus[0].all("tuv").map { $0.first("seg")?.text }
        #expect(segs == ["He wrote: \"5 < 6 && 7 > 3\" — it's <b>huge</b>!",
                         "Il a écrit : «\u{A0}5 < 6 && 7 > 3\u{A0}» — c'est <b>énorme</b>\u{202F}!"])
        #expect(tus[1].all("tuv")[0].first("seg")?.text == "Tabs\there, 'single' quotes.")
        #expect(props(tus[0])["x-original-document"] == "a\"b<c>&d")
    }

    @Test func whitespaceOnlySidesAreSkipped() throws {
        var a = SampleAlignments.tariffs(kremlin: false)
        a.translation.sentences[0].text = " \u{A0}\t"
        #expect(try units(try tmx(a)).map { $0.attributes["tuid"] } == ["2", "3"])
    }

    @Test func basicISO8601Dates() throws {
        #expect(TMXWriter.basicISO8601(SampleAlignments.date("2002-01-01T16:38:12Z")) == "20020101T163812Z")
        #expect(TMXWriter.basicISO8601(SampleAlignments.date("2025-12-31T23:59:59+02:00")) == "20251231T215959Z")
    }

    @Test func xmlEscapingRules() {
        #expect(XMLEscaping.content("a<b>&\"'\r") == "a&lt;b&gt;&amp;\"'&#13;")
        #expect(XMLEscaping.attribute("a<b>&\"'\t\n") == "a&lt;b&gt;&amp;&quot;&apos;&#9;&#10;")
        let forbidden = "x\u{0}\u{8}\u{B}\u{C}\u{E}\u{1F}\u{FFFE}\u{FFFF}y\u{9}\u{7F}\u{10FFFF}"
        #expect(XMLEscaping.sanitized(forbidden) == "xy\u{9}\u{7F}\u{10FFFF}")
    }
}
