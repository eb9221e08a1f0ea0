@testable import DriftAlignAligner
import DriftAlignEncoder
import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import Synchronization
import Testing

/// Quote mining compares every French unit with every candidate of the originals; over
/// ``QuoteMiner/maximumComparisons`` it refuses with a message that says so, before encoding or
/// allocating anything (two 100,000-sentence files aborted on an 80 GB allocation). The limit is
/// set small here, so the inputs stay small: a readout and its full translation, as in
/// `driftalign align readout.txt traduction.txt` in auto mode.
@Suite struct QuoteMiningLimitTests {
    /// The lexical encoder, counting the texts it is asked to encode.
    final class CountingEncoder: SentenceEncoder {
        let inner: LexicalEncoder
        let encoded = Mutex(0)
        init() throws { inner = try LexicalEncoder() }
        var name: String { inner.name }
        var dimension: Int { inner.dimension }
        func encodeMatrix(_ sentences: [String]) throws -> [Float] {
            encoded.withLock { $0 += sentences.count }
            return try inner.encodeMatrix(sentences)
        }
    }

    let original = """
        Vladimir Putin had a telephone conversation with President of the United States of America Donald Trump. \
        The President of Russia thanked his American counterpart for his desire to help end the hostilities. \
        Donald Trump outlined his considerations on the proposal of a 30-day ceasefire. \
        The two presidents also discussed the situation in the Middle East. \
        Vladimir Putin and Donald Trump agreed to stay in contact on all the issues discussed.
        """
    let translation = """
        Vladimir Poutine a eu une conversation téléphonique avec le président des États-Unis d'Amérique Donald Trump. \
        Le président russe a remercié son homologue américain pour sa volonté d'aider à mettre fin aux hostilités. \
        Donald Trump a exposé ses réflexions sur la proposition d'un cessez-le-feu de 30 jours. \
        Les deux présidents ont également abordé la situation au Moyen-Orient. \
        Vladimir Poutine et Donald Trump sont convenus de rester en contact sur toutes les questions abordées.
        """

    func documents() throws -> (Document, Document) {
        let dir = try TestScratch.directory("da-quote-limit")
        return (try writtenDocument(original, "en", in: dir, "readout.txt"), try writtenDocument(translation, "fr", in: dir, "traduction.txt"))
    }

    @Test(arguments: [DocumentAligner.Mode.auto, .quotes])
    func overTheLimitMiningIsRefusedBeforeAnythingIsEncoded(_ mode: DocumentAligner.Mode) throws {
        let (en, fr) = try documents()
        try #require(en.sentences.count == 5 && fr.sentences.count == 5)
        let encoder = try CountingEncoder()
        var aligner = try DocumentAligner(encoder: encoder)
        aligner.maximumQuoteComparisons = 40
        // 5 French sentences × (5 sentences + 4 pairs + the clauses of the long sentences).
        do {
            _ = try aligner.align(originals: [en], translation: fr, mode: mode)
            Issue.record("aligned over the limit")
        } catch let error as AlignerError {
            let message = error.localizedDescription
            #expect(message.contains("quote mining compares every French unit (5 sentences and quotations) with every candidate"), "\(message)")
            #expect(message.contains("is over the limit of 40; for a full translation of one original use --mode monotonic"), "\(message)")
            let product = try #require(message.firstMatch(of: /5 × (\d+) = (\d+) comparisons/))
            #expect(Int(product.1)! >= 9 && Int(product.2)! == 5 * Int(product.1)!)
        }
        #expect(encoder.encoded.withLock { $0 } == 0)
    }

    @Test func underTheLimitAndInMonotonicModeTheSameTextsAlign() throws {
        let (en, fr) = try documents()
        var aligner = try DocumentAligner(encoder: try LexicalEncoder())
        aligner.maximumQuoteComparisons = 40
        let monotonic = try aligner.align(originals: [en], translation: fr, mode: .monotonic)
        #expect(Set(monotonic.links.flatMap(\.translation)) == Set(0..<5) && monotonic.links.contains { !$0.original.isEmpty })
        aligner.maximumQuoteComparisons = QuoteMiner.defaultMaximumComparisons
        let auto = try aligner.align(originals: [en], translation: fr, mode: .auto)
        #expect(Set(auto.links.flatMap(\.translation)) == Set(0..<5))
    }

    /// The candidates are encoded a block at a time (so a huge original's vectors are never all in
    /// memory): blocks of 1, 3 or 7 candidates give the very matches of one block, on the readout
    /// and its translation, and on an article quoting two originals (in English, so that the
    /// lexical encoder finds its sources).
    @Test func candidateBlocksOfAnySizeGiveTheSameMatches() throws {
        let (en, fr) = try documents()
        let dir = try TestScratch.directory("da-quote-blocks")
        let post = try writtenDocument("The war in Ukraine must end NOW. Millions of people are dying, and it is a great waste of lives!",
                                       "en", in: dir, "post.txt")
        let article = try writtenDocument("""
            Donald Trump said that the war in Ukraine "must end NOW". According to the Kremlin, the two presidents also             discussed the situation in the Middle East. Markets barely moved on the news.
            """, "en", in: dir, "article.txt")
        let encoder = try LexicalEncoder()
        var miner = QuoteMiner(encoder: encoder)
        for (originals, translation) in [([en], fr), ([en, post], article)] {
            let whole = try miner.match(originals: originals, translation: translation)
            #expect(Set(whole.compactMap(\.originalDocument)).count == originals.count)
            #expect(miner.candidates(originals).count > 7)
            for size in [1, 3, 7] {
                miner.candidateBlock = size
                #expect(try miner.match(originals: originals, translation: translation) == whole, "block of \(size)")
            }
            miner.candidateBlock = QuoteMiner(encoder: encoder).candidateBlock
        }
    }
}
