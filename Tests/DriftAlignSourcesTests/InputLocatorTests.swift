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

    @Test func searchesNoFurtherThanTheWindow() {
        let text = String(repeating: "x", count: 100) + "cible"
        var near = InputLocator(input: InputFile(location: "t", text: text), window: 100)
        #expect(near.locate("cible") == 100..<105)
        var far = InputLocator(input: InputFile(location: "t", text: text), window: 99)
        #expect(far.locate("cible") == nil)
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
