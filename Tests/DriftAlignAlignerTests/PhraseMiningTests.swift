import DriftAlignAligner
import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import Testing

/// Short quotations found by runs of words (PhraseMiner inside QuoteMiner), on realistic text.
@Suite(.enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
struct PhraseMiningTests {
    func document(_ text: String, _ lang: String, _ dir: URL, _ name: String) throws -> Document {
        try writtenDocument(text, lang, in: dir, name)
    }

    @Test("a two-word quotation maps to the words it translates; an unsourced one and a one-word scare quote get no source")
    func shortQuotations() throws {
        let encoder = try #require(InstalledModel.encoder)
        let dir = TestScratch.url("da-phrases")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let post = try document("""
            I just had a lengthy and highly productive phone call with President Vladimir Putin of Russia. \
            We each talked about the strengths of our respective Nations, and the great benefit that we will someday have in working together. \
            The weather in Florida was very nice this week, and the golf was excellent. \
            Our teams will meet in Saudi Arabia, and we expect the talks to go well.
            """, "en", dir, "post.txt")
        let article = try document("""
            Les deux présidents ont aussi évoqué le « grand bénéfice » qu'une coopération leur apporterait un jour. \
            Le ministre a pour sa part fixé une « ligne rouge » aux négociateurs. \
            Selon lui, les « informations » publiées étaient fausses.
            """, "fr", dir, "article.txt")
        let matches = try QuoteMiner(encoder: encoder).match(originals: [post], translation: article)
        let quotes = matches.filter { $0.unit == QuoteMatch.Unit.quote }
        // «informations» is one word: not mined as a quotation at all.
        #expect(quotes.map { $0.translationSentence } == [0, 1])
        let benefit = try #require(quotes.first(where: { $0.translationSentence == 0 }))
        let range = try #require(benefit.originalRange)
        let words = ScalarText.string(post.scalars, range)
        #expect(benefit.hasSource && benefit.originalSentences == [1])
        // The run as long as the quotation wins a near tie ("the great benefit" is as close).
        #expect(words == "great benefit", "\(words)")
        #expect(benefit.confidence >= 0.5)
        let redLine = try #require(quotes.first(where: { $0.translationSentence == 1 }))
        #expect(!redLine.hasSource, "«ligne rouge» matched \(redLine.originalRange.map { ScalarText.string(post.scalars, $0) } ?? "")")
    }

    @Test("a short quotation of a clause written in capitals for emphasis is found")
    func quotationInCapitals() throws {
        let encoder = try #require(InstalledModel.encoder)
        // Seed 003 (AFP, 18 March 2025) quotes Trump's post of 17 March: "Each week brings 2,500
        // soldier deaths, from both sides, and it must end NOW." as «Cela doit cesser MAINTENANT».
        // Compared as written, the run scores 0.56 and the quotation went unsourced.
        func read(_ path: String, _ source: String, _ lang: String) throws -> [Document] {
            let input = try InputReader().read(path: TestPaths.repo(path))
            return try SourceRegistry.builtIn.read(input, sourceID: source, options: ReadOptions(language: lang)).map(Segmenter(language: lang).segment)
        }
        let posts = try read("Corpora/2025-03-18-call/originals/truthsocial.json", "truthsocial", "en")
        let article = try read("Corpora/2025-03-18-call/articles/003_cfb312dc94c31756.txt", "frenchpress", "fr")[0]
        let matches = try QuoteMiner(encoder: encoder).match(originals: posts, translation: article)
        func quote(_ french: String) throws -> (words: String, confidence: Double) {
            let quote = try #require(matches.first { m in
                m.unit == QuoteMatch.Unit.quote && ScalarText.string(article.scalars, m.translationRange) == french
            })
            let document = try #require(quote.originalDocument)
            return (quote.originalRange.map { ScalarText.string(posts[document].scalars, $0) } ?? "", quote.confidence)
        }
        let body = try quote("Cela doit cesser MAINTENANT")
        #expect(body.words.hasSuffix("end NOW") && body.words.split(separator: " ").count <= 5, "\(body.words)")
        #expect(body.confidence >= 0.5)
        // The subheading «- 'Fin MAINTENANT' -» quotes it too (single marks, read in headings).
        // Runs are compared without the sentence's final period: "NOW." (0.684) beat "end NOW."
        // (0.644), and the report said the French adds «Fin».
        let heading = try quote("Fin MAINTENANT")
        #expect(heading.words == "end NOW", "\(heading.words)")
        #expect(heading.confidence >= 0.5)
    }

    /// Seed 001 quotes Zelensky: «Nous demandons une sécurité sur notre argent». Against a post of
    /// 29 March 2025 (Truth Social archive) its best run was "Security for our" (0.66), which made
    /// `match` rank an unrelated post second. A run does not end on a word that needs the next one.
    @Test("a run of words does not end on a determiner, a conjunction or a subject pronoun")
    func runsDoNotEndOnDanglingWords() throws {
        let encoder = try #require(InstalledModel.encoder)
        let dir = try TestScratch.directory("da-phrases-dangling")
        defer { try? FileManager.default.removeItem(at: dir) }
        let post = try document("""
            I just played a round of Golf with Alexander Stubb, President of Finland. \
            He is a very good player, and we won the Member-Guest Golf Tournament at Trump International Golf Club in Palm Beach County. \
            President Stubb and I look forward to strengthening the partnership between the United States and Finland, and that includes the purchase and development of a large number of badly needed Icebreakers for the U.S., delivering Peace and International Security for our Countries, and the World. \
            President Stubb told me, in the most powerful of words, that the United States is STRONG, and BACK, AGAIN.
            """, "en", dir, "post.txt")
        let article = try document("Zelensky a ajouté : « Nous demandons une sécurité sur notre argent ».", "fr", dir, "article.txt")
        let matches = try QuoteMiner(encoder: encoder).match(originals: [post], translation: article)
        let quote = try #require(matches.first { $0.unit == QuoteMatch.Unit.quote })
        let words = quote.originalRange.map { ScalarText.string(post.scalars, $0) } ?? ""
        #expect(!words.lowercased().hasSuffix(" our") && !words.lowercased().hasSuffix(" and"), "\(words)")
        #expect(!quote.hasSource || quote.confidence < 0.5, "\(words) \(quote.confidence)")
    }

    /// «Fin MAINTENANT» meets "NOW" and "now" in two sentences at the same cosine (the words fold
    /// alike): sentences tie as runs of one sentence do, and the run as long as the quotation wins.
    @Test("sentences whose best runs tie are decided by the run closer to the quotation's length")
    func tiedSentencesGoToTheRunOfTheQuotationsLength() throws {
        let encoder = try #require(InstalledModel.encoder)
        let dir = try TestScratch.directory("da-phrases-tie")
        defer { try? FileManager.default.removeItem(at: dir) }
        let post = try document("""
            That process is now in full force and effect, and we will, hopefully, for the sake of Humanity, get the job done! \
            Each week brings 2,500 soldier deaths, from both sides, and it must end NOW. \
            Many elements of a Final Agreement have been agreed to, but much remains.
            """, "en", dir, "post.txt")
        let article = try document("Le titre de l'article reprend ce mot d'ordre : « Fin MAINTENANT ».", "fr", dir, "article.txt")
        let matches = try QuoteMiner(encoder: encoder).match(originals: [post], translation: article)
        let quote = try #require(matches.first { $0.unit == QuoteMatch.Unit.quote })
        let words = quote.originalRange.map { ScalarText.string(post.scalars, $0) } ?? ""
        #expect(quote.originalSentences == [1] && words == "end NOW", "\(quote.originalSentences) \(words)")
    }
}
