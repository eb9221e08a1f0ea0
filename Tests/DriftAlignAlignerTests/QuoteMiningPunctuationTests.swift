import DriftAlignAligner
import DriftAlignCore
import DriftAlignTestSupport
import Testing

/// Lines of punctuation only (a blank line of presegmented input, the "]" or "{" of JSON pasted
/// as lines) translate nothing: USE-m puts such lines close to one another, and the quote miner
/// linked "]" to every blank French line with score 0.736.
@Suite(.enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
struct QuoteMiningPunctuationTests {
    @Test func aLineWithoutWordsIsNoSourceAndNoQuote() throws {
        let encoder = try #require(InstalledModel.encoder)
        let original = Presegmented.document(InputFile(location: "post.txt", text: "The call was productive.\n]\n{\n"), id: "post", language: "en")
        let french = Presegmented.document(
            InputFile(location: "article.txt", text: "L'appel a été productif.\n\nNous avons convenu d'un cessez-le-feu.\n\n…\n"),
            id: "article", language: "fr")
        let links = try QuoteMiner(encoder: encoder).mine(originals: [original], translation: french)
        for link in links where link.originalDocument != nil {
            #expect(!link.original.contains(where: { [1, 2].contains($0) }) && !link.translation.contains(where: { [1, 3, 4].contains($0) }),
                    "\(link.original):\(link.translation) \(link.score)")
        }
        #expect(links.contains { $0.original == [0] && $0.translation == [0] }, "the sentence with words is still found")
    }
}
