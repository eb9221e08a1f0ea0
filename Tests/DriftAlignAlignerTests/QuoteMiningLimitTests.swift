import DriftAlignAligner
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
}
