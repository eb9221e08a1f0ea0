import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import FrenchPressSource
import KremlinSource
import Testing
import TruthSocialSource
import WhiteHouseSource

/// Deeply nested and unclosed markup, and pages past the reader's limits, in every reader that
/// parses HTML: nothing is lost without a word. libxml2 stops building its tree 256 levels down
/// unless told otherwise, and a CMS page that never closes its `<div>`s gets there after 128
/// paragraphs; before the fix everything from there on was dropped and the read succeeded.
@Suite struct DeepMarkupTests {
    static func paragraphs(_ doc: Document) -> [String] {
        let s = doc.scalars
        return doc.paragraphs.map { ScalarText.string(s, $0.range) }
    }

    /// Every paragraph the builder says is verbatim is the input at its offsets.
    static func expectExactPieces(_ doc: Document) {
        for p in doc.sourceMap.pieces where p.exact {
            #expect(doc.input.slice(p.input) == ScalarText.string(doc.scalars, p.document))
        }
    }

    @Test func frenchArticleNestedThreeHundredDeepKeepsEveryParagraph() throws {
        var html = #"<!doctype html><html lang="fr"><head><title>T</title></head><body><article><h1>Titre</h1>"#
        for i in 0..<300 { html += #"<div class="x"><p>Paragraphe numéro \#(i) du texte.</p>"# }
        html += String(repeating: "</div>", count: 300) + "<p>Fin de l’article.</p></article></body></html>"
        let doc = try FrenchPressSource().read(InputFile(location: "div300.html", text: html), options: ReadOptions())[0]
        let texts = Self.paragraphs(doc)
        #expect(texts.count == 302)
        #expect(texts.contains("Paragraphe numéro 299 du texte."))
        #expect(texts.last == "Fin de l’article.")
        Self.expectExactPieces(doc)
    }

    @Test func siblingAfterADeepStackIsKept() throws {
        let html = #"<!doctype html><html lang="fr"><head><title>T</title></head><body><article><h1>Titre</h1>"#
            + String(repeating: "<div>", count: 254) + "<p>Texte profond.</p>" + String(repeating: "</div>", count: 254)
            + "<p>Après la pile.</p></article></body></html>"
        let doc = try FrenchPressSource().read(InputFile(location: "d254.html", text: html), options: ReadOptions())[0]
        #expect(Self.paragraphs(doc) == ["Titre", "Texte profond.", "Après la pile."])
    }

    /// kr_unclosed: a readout whose body never closes its `<div>`s (10,000 levels).
    @Test func kremlinPageWithUnclosedDivsKeepsAllFiveThousandParagraphs() throws {
        var html = #"<!DOCTYPE html><html lang="ru"><head><link rel="canonical" href="http://kremlin.ru/events/president/news/76470"></head><body><article class="read__in"><h1 class="entry-title p-name">Телефонный разговор с Президентом США</h1><time class="read__published" datetime="2025-03-18">18 марта 2025 года</time><div class="read__time">18:00</div><div class="read__lead entry-summary p-summary"><p>Лид статьи.</p></div><div class="entry-content e-content read__internal_content">"#
        for i in 0..<5000 { html += "<div><p>Абзац \(i) текста." }
        html += "</div></article></body></html>"
        let doc = try KremlinSource().read(InputFile(location: "76470.html", text: html), options: ReadOptions())[0]
        let texts = Self.paragraphs(doc)
        #expect(texts.count == 5002)  // title, lead, 5,000 body paragraphs
        #expect(texts.last == "Абзац 4999 текста.")
        #expect(doc.sourceMap.pieces.count == 5002 && doc.sourceMap.pieces.allSatisfy(\.exact))
        Self.expectExactPieces(doc)
    }

    /// wh_deep: the post body sits 300 `<div>`s down; it was "no text found".
    @Test func whiteHousePostThreeHundredDeepIsRead() throws {
        let html = #"<!DOCTYPE html><html lang="en-US"><head><link rel="canonical" href="https://www.whitehouse.gov/briefings-statements/2025/03/readout/"></head><body><main><h1 class="wp-block-whitehouse-topper__headline">Readout</h1><div class="entry-content">"#
            + String(repeating: "<div>", count: 300) + "<p>The President spoke with President Putin today.</p>"
            + String(repeating: "</div>", count: 300) + "<p>After the stack.</p></div></main></body></html>"
        let doc = try WhiteHouseSource().read(InputFile(location: "readout.html", text: html), options: ReadOptions())[0]
        #expect(Self.paragraphs(doc) == ["Readout", "The President spoke with President Putin today.", "After the stack."])
    }

    /// krf_cdata_deep: an Atom entry whose CDATA body nests 300 `<div>`s.
    @Test func kremlinFeedBodyInDeepCDATAIsRead() throws {
        let body = String(repeating: "<div>", count: 300) + "<p>Глубоко.</p>" + String(repeating: "</div>", count: 300)
        let feed = #"<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru"><entry><title>Разговор</title><id>http://kremlin.ru/events/president/news/76470</id><published>2025-03-18T18:00:00+03:00</published><summary type="html">&lt;p&gt;Лид.&lt;/p&gt;</summary><content type="html"><![CDATA["#
            + body + "]]></content></entry></feed>"
        let doc = try KremlinSource().read(InputFile(location: "feed.xml", text: feed), options: ReadOptions())[0]
        #expect(Self.paragraphs(doc) == ["Разговор", "Лид.", "Глубоко."])
    }

    /// ts_api: a Mastodon-API status whose HTML nests 300 `<b>`s (Truth Social reads it with the
    /// plugin API's HTMLDocument).
    @Test func truthSocialStatusWithDeepMarkupKeepsItsText() throws {
        let content = "<p>Hello &amp; world.</p><p>" + String(repeating: "<b>", count: 300) + "deep text"
            + String(repeating: "</b>", count: 300) + "</p>"
        let json = #"[{"id": "114184931453780675", "created_at": "2025-03-18T18:49:43.170Z", "content": "\#(content)", "account": {"acct": "realDonaldTrump", "display_name": "Donald J. Trump"}, "visibility": "public"}]"#
        let doc = try TruthSocialSource().read(InputFile(location: "status.json", text: json), options: ReadOptions())[0]
        #expect(Self.paragraphs(doc) == ["Hello & world.", "deep text"])
    }

    /// fp_unclosed_huge, smaller: 40,000 levels of unclosed markup are read and released without
    /// recursion (a recursive release of the tree overflowed the stack).
    @Test func pageNestedFortyThousandDeepIsReadWhole() throws {
        var html = #"<!doctype html><html lang="fr"><head><title>T</title></head><body><article><h1>Titre</h1>"#
        for i in 0..<20_000 { html += "<p>Paragraphe \(i) avec du texte. <div><span>" }
        html += "</article></body></html>"
        let doc = try FrenchPressSource().read(InputFile(location: "unclosed.html", text: html), options: ReadOptions())[0]
        let texts = Self.paragraphs(doc)
        #expect(texts.count == 20_001)
        #expect(texts.last == "Paragraphe 19999 avec du texte.")
    }

    /// 2,000,000 events is the most a page may produce; fp_manyevents (2,200,000 inline elements
    /// before its last paragraph) was read without its last paragraph and without a word.
    @Test func pageOverTheEventLimitIsRefusedNotCut() throws {
        let html = #"<!doctype html><html lang="fr"><head><title>T</title></head><body><article><h1>Titre</h1><p>Début.</p>"#
            + String(repeating: "<i>x</i>", count: 1_100_000) + "<p>FIN_APRES_EVENEMENTS.</p></article></body></html>"
        #expect {
            try FrenchPressSource().read(InputFile(location: "many.html", text: html), options: ReadOptions())
        } throws: { error in
            guard case SourceError.limitExceeded(let file, _, let detail) = error else { return false }
            return file == "many.html" && detail.contains("more than 2,000,000 elements and text nodes")
                && error.localizedDescription.hasPrefix("many.html: cannot read this HTML document whole")
        }
    }

    /// Thousands of open elements followed by end tags that close nothing: libxml2 rescans the
    /// open elements for each (quadratic; 1.3 MB took 40 s). Refused with the line, quickly.
    @Test func misnestingThatWouldTakeTooLongIsRefused() throws {
        let html = "<html><body><article><p>Début.</p>" + String(repeating: "<div>", count: 20_000)
            + String(repeating: "</x>", count: 40_000) + "<p>Fin.</p></article></body></html>"
        #expect {
            try FrenchPressSource().read(InputFile(location: "stray.html", text: html), options: ReadOptions())
        } throws: { error in
            guard case SourceError.limitExceeded(_, _, let detail) = error else { return false }
            return detail.hasPrefix("line 1: 20,00") && detail.contains("elements are left open")
        }
    }

    /// Implicitly closed elements cost nothing: 100,000 unclosed <b> in a <div> are read.
    @Test func manyImplicitlyClosedElementsAreRead() throws {
        let html = #"<html lang="fr"><body><article><div>"# + String(repeating: "<b>mot ", count: 100_000)
            + "</div><p>Fin.</p></article></body></html>"
        let doc = try FrenchPressSource().read(InputFile(location: "bold.html", text: html), options: ReadOptions())[0]
        #expect(Self.paragraphs(doc).last == "Fin.")
    }
}
