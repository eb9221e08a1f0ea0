import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import FrenchPressSource
import KremlinSource
import Testing

/// InputLocator, which finds extracted text again in the file. Its speed is shown by timing the
/// CLI (fp_repet80000.html: 14.6 s before, linear now); here, that what it finds is right.
@Suite struct InputLocatorTests {
    @Test func findsTextWhosePrefixRepeats() {
        // Knuth–Morris–Pratt must fall back correctly inside partial matches.
        var locator = InputLocator(input: InputFile(location: "t", text: "aaab aabaab aabaabaaab"))
        #expect(locator.locate("aab") == 1..<4)
        #expect(locator.locate("aabaab") == 5..<11)
        #expect(locator.locate("aabaaab") == 15..<22)
        #expect(locator.locate("aab") == nil)
    }

    /// Text that is not verbatim is anchored on its first word; a common first word met earlier in
    /// the file (here in an image's alt text) must not take the anchor when the text's next words do
    /// not follow it.
    @Test func aCommonFirstWordEarlierInTheFileDoesNotTakeTheAnchor() {
        let html = #"<img alt="Le logo du journal"><p>Le pr&eacute;sident russe a dit &laquo; oui &raquo;.</p>"#
        var locator = InputLocator(input: InputFile(location: "t", text: html))
        let start = html.unicodeScalars.count - #"Le pr&eacute;sident russe a dit &laquo; oui &raquo;.</p>"#.unicodeScalars.count
        let r = locator.locate("Le président russe a dit « oui ».")
        #expect(r?.lowerBound == start, "anchored at \(String(describing: r)), the paragraph starts at \(start)")
        // With no confirming word (all of the next three could be escaped), the first occurrence is kept.
        var plain = InputLocator(input: InputFile(location: "t", text: "Le titre. Le pr&eacute;sident &laquo;"))
        #expect(plain.locate("Le président «")?.lowerBound == 0)
        // A confirmed first occurrence is found as before.
        var near = InputLocator(input: InputFile(location: "t", text: "<p>Le <b>pr&eacute;sident</b> russe</p>"))
        #expect(near.locate("Le président russe") == 3..<35)
    }

    @Test func searchesPastTheWindowWhileTheBudgetLasts() {
        let text = String(repeating: "x", count: 100) + "cible"
        var near = InputLocator(input: InputFile(location: "t", text: text), window: 100)
        #expect(near.locate("cible") == 100..<105)
        #expect(near.extraBudget == 210)
        // Past the window: found all the same, and the extra scan is charged to the budget.
        var far = InputLocator(input: InputFile(location: "t", text: text), window: 10)
        #expect(far.locate("cible") == 100..<105)
        #expect(far.extraBudget < 210)
        // Text that is nowhere spends the budget (two scans of the rest); later searches stay in
        // their window.
        let long = String(repeating: "x", count: 1_000) + "cible" + String(repeating: "y", count: 1_000) + "fin"
        var spent = InputLocator(input: InputFile(location: "t", text: long), window: 10)
        #expect(spent.locate("absent") == nil)
        #expect(spent.locate("nulle part") == nil)
        #expect(spent.extraBudget == 0)
        #expect(spent.locate("cible") == nil)
        // Never past the limit.
        var bounded = InputLocator(input: InputFile(location: "t", text: text), window: 10, limit: 104)
        #expect(bounded.locate("cible") == nil)
    }

    /// A page whose later paragraphs sit behind a 300 KB inline image (a base64 `data:` URL),
    /// further than the 200,000-scalar window: they keep their offsets, and none is unlocated.
    @Test func paragraphsBehindALargeInlineImageKeepTheirOffsets() throws {
        let html = "<html lang=\"fr\"><body><article><h1>Titre</h1><p>Avant l&#39;image.</p><img src=\"data:image/png;base64,"
            + String(repeating: "QUFB", count: 75_000) + "\"><p>Après l&#39;image, encore.</p><p>Tout à fait verbatim.</p></article></body></html>"
        let input = InputFile(location: "image.html", text: html)
        let doc = try FrenchPressSource().read(input, options: ReadOptions())[0]
        try #require(doc.paragraphs.count == 4)
        #expect(doc.warnings.isEmpty)
        let last = try #require(doc.inputRange(for: doc.paragraphs[3].range))
        #expect(input.slice(last) == "Tout à fait verbatim.")
        let third = try #require(doc.inputRange(for: doc.paragraphs[2].range))
        #expect(input.slice(third).hasPrefix("Après l&#39;image"))
    }

    /// A paragraph that is in no form in the file (here, one word the parser joins across a tag,
    /// «&Eacute;t<i></i>at»; until the first word was looked for as HTML writes it, "&Eacute;tat"
    /// alone was such a paragraph) is counted, and the document says so.
    @Test func unlocatedParagraphsAreWarnedAbout() throws {
        let html = "<html lang=\"fr\"><body><article><h1>Titre</h1><p>&Eacute;t<i></i>at</p><p>Suite.</p></article></body></html>"
        let doc = try FrenchPressSource().read(InputFile(location: "e.html", text: html), options: ReadOptions())[0]
        try #require(doc.paragraphs.count == 3)
        #expect(doc.inputRange(for: doc.paragraphs[1].range) == nil)
        #expect(doc.warnings == ["1 paragraph of 3 was not found in the file (entities or markup changed it beyond recognition): "
                                 + "findings there show no file offsets"])
        let clean = try FrenchPressSource().read(InputFile(location: "c.html", text: "<html><body><p>Texte.</p></body></html>"),
                                                 options: ReadOptions())[0]
        #expect(clean.warnings.isEmpty)
    }

    /// A paragraph whose last word holds a character reference ("l&rsquo;Ukraine.") runs to that
    /// word's end in the file: it ended at its first word plus its length, so every entity before
    /// the end cut that many scalars off, and sentences there pointed at a stretch without them.
    @Test func aLastWordWithAReferenceEndsTheParagraph() throws {
        let paragraph = "Poutine a parlé avant l&rsquo;appel, affirmant que l&rsquo;Occident attaquerait l&rsquo;Ukraine."
        let html = "<html lang=\"fr\"><body><article><h1>Titre</h1><p>" + paragraph + "</p><p>Suite.</p></article></body></html>"
        let start = html.unicodeScalars.count - (paragraph + "</p><p>Suite.</p></article></body></html>").unicodeScalars.count
        var locator = InputLocator(input: InputFile(location: "t", text: html))
        let found = locator.locate("Poutine a parlé avant l’appel, affirmant que l’Occident attaquerait l’Ukraine.")
        #expect(found == start..<(start + paragraph.unicodeScalars.count))
        // Through the French press reader: the sentence's file stretch holds its last word.
        let input = InputFile(location: "p.html", text: html)
        let doc = try FrenchPressSource().read(input, options: ReadOptions())[0]
        try #require(doc.paragraphs.count == 3)
        let stretch = try #require(doc.inputRange(for: doc.paragraphs[1].range))
        #expect(input.slice(stretch) == paragraph)
    }

    /// A paragraph whose first word is written with references, one of them outside the short
    /// list of HTMLEntities («L&#8217;&Eacute;lys&eacute;e», "&bull;"): it was not placed in the
    /// file (null file offsets and a warning; found by the offsets audit). Both the reference-aware
    /// search for the first word and libxml2's entity table are needed.
    @Test func aFirstWordWithReferencesIsPlaced() throws {
        let paragraph = "L&#8217;&Eacute;lys&eacute;e a confirm&eacute; l&#8217;appel &bull; mardi."
        let html = "<html lang=\"fr\"><body><article><h1>Titre</h1><p>" + paragraph + "</p><p>Le Kremlin a parl&eacute;.</p></article></body></html>"
        let start = html.unicodeScalars.count - (paragraph + "</p><p>Le Kremlin a parl&eacute;.</p></article></body></html>").unicodeScalars.count
        var locator = InputLocator(input: InputFile(location: "t", text: html))
        #expect(locator.locate("L’Élysée a confirmé l’appel • mardi.") == start..<(start + paragraph.unicodeScalars.count))
        #expect(HTMLEntities.decode("&Eacute;lys&eacute;e &bull; &thetasym; &Nosuch; &bull") == "Élysée • ϑ &Nosuch; &bull")
        let input = InputFile(location: "p.html", text: html)
        let doc = try FrenchPressSource().read(input, options: ReadOptions())[0]
        try #require(doc.paragraphs.count == 3)
        #expect(doc.inputRange(for: doc.paragraphs[1].range).map(input.slice) == paragraph)
        #expect(doc.warnings.isEmpty, "\(doc.warnings)")
    }

    /// fp_repet: a long paragraph that is not verbatim in the file (its last word is an entity)
    /// maps onto the whole paragraph, not onto its first word only.
    @Test func longParagraphEndingInAnEntityMapsWhole() throws {
        let n = 20_000
        let html = "<html lang=\"fr\"><body><article><h1>T</h1><p>" + String(repeating: "a ", count: n) + "&eacute;</p><p>"
            + String(repeating: "a ", count: n) + "</p></article></body></html>"
        let input = InputFile(location: "repet.html", text: html)
        let doc = try FrenchPressSource().read(input, options: ReadOptions())[0]
        try #require(doc.paragraphs.count == 3)
        let first = try #require(doc.inputRange(for: doc.paragraphs[1].range))
        let entity = html.unicodeScalars.count - ("&eacute;</p><p>" + String(repeating: "a ", count: n) + "</p></article></body></html>").unicodeScalars.count
        #expect(first.lowerBound == entity - 2 * n)
        #expect(first.upperBound >= entity && first.upperBound <= entity + "&eacute;".count)
        let second = try #require(doc.inputRange(for: doc.paragraphs[2].range))
        #expect(input.slice(second) == ScalarText.string(doc.scalars, doc.paragraphs[2].range))
    }
}
