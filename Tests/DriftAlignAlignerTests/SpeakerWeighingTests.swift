import DriftAlignAligner
import DriftAlignDrift
import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import Testing

/// The quote miner weighs words the French gives to someone other than an original's author
/// (``QuoteMiner/otherSpeaker``), on a realistic post and article. Seed 004 (12 February 2025)
/// quotes Zelensky's «négociations sérieuses», which the miner had matched with "the negotiations"
/// of Trump's post (confidence 0.75) and the report called a major misattribution.
@Suite(.enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
struct SpeakerWeighingTests {
    func document(_ text: String, _ source: String, _ lang: String, _ dir: URL, _ name: String) throws -> Document {
        try writtenDocument(text, source: source, lang, in: dir, name)
    }

    @Test("a loose match of another speaker's words gets no source; a close quotation given to the wrong speaker keeps its source")
    func otherSpeakersWords() throws {
        let encoder = try #require(InstalledModel.encoder)
        let dir = TestScratch.url("da-speakers")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var post = try document("""
            I just had a lengthy and highly productive phone call with President Vladimir Putin of Russia. \
            We have agreed to have our respective teams start the negotiations immediately, and we will begin by calling President Zelenskyy, of Ukraine, to inform him of the conversation. \
            Millions of people have died in a War that would not have happened if I were President, and it must end NOW.
            """, "text", "en", dir, "post.txt")
        post.author = "Donald J. Trump"
        let article = try document("""
            Le président ukrainien, Volodimir Zelenski, a déclaré être prêt à des « négociations sérieuses » avec la Russie.

            Donald Trump a dit avoir eu un « appel téléphonique long et très productif » avec Vladimir Poutine.

            Volodimir Zelenski a déclaré : « Des millions de personnes sont mortes dans une guerre qui n'aurait pas eu lieu si j'avais été président. »
            """, "frenchpress", "fr", dir, "article.txt")
        #expect(article.attributions.compactMap(\.speaker).filter { $0.contains("Zelenski") }.count == 2, "\(article.attributions)")
        func quote(_ matches: [QuoteMatch], _ words: String) throws -> QuoteMatch {
            try #require(matches.first { $0.unit == QuoteMatch.Unit.quote && ScalarText.string(article.scalars, $0.translationRange).contains(words) })
        }
        var miner = QuoteMiner(encoder: encoder)
        let plain = try miner.match(originals: [post], translation: article)
        let speakers = SpeakerMatcher()
        miner.otherSpeaker = { speaker, original, _, text in
            speakers.isSomeoneElse(speaker: speaker, issuerNames: [original.author ?? ""], originalText: text)
        }
        let weighed = try miner.match(originals: [post], translation: article)

        // Zelensky's two words: matched to "the negotiations" when speakers are not compared.
        let serious = (try quote(plain, "sérieuses"), try quote(weighed, "sérieuses"))
        #expect(serious.0.hasSource)
        #expect(!serious.1.hasSource, "\(serious.0.confidence) → \(serious.1.confidence)")
        // Trump's own words: unchanged.
        let own = (try quote(plain, "très productif"), try quote(weighed, "très productif"))
        #expect(own.1.hasSource && own.1.originalSentences == [0] && own.1.confidence == own.0.confidence)
        // A close quotation of the post given to Zelensky: still sourced, with a lower confidence
        // (the report then flags the attribution).
        let wrong = (try quote(plain, "millions de personnes"), try quote(weighed, "millions de personnes"))
        #expect(wrong.1.hasSource && wrong.1.originalSentences == [2])
        #expect(wrong.1.confidence < wrong.0.confidence && wrong.1.confidence >= 0.5, "\(wrong.0.confidence) → \(wrong.1.confidence)")
    }
}
