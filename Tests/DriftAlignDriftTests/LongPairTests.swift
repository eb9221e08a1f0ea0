import Testing
@testable import DriftAlignDrift

/// A pair far longer than a sentence (documents pasted whole into `score-pairs`): words are
/// compared within a band around their relative position, with as much work as the longer side
/// allows, the same findings as comparing every pair, and a note that says how they were compared.
@Suite struct LongPairTests {
    static let scorer = OmissionAdditionTests.scorer

    /// A faithful readout sentence 80 times, with one sentence in the middle whose translation
    /// leaves out "lasting" (the only one of the text).
    static let pair: (String, String) = {
        let en = "Trump invited Russia and Ukraine to stop strikes on energy infrastructure for 30 days. "
        let fr = "Trump a invité la Russie et l'Ukraine à cesser les frappes sur les infrastructures énergétiques pendant 30 jours. "
        let middleEN = "We think a lasting peace is on the road. "
        let middleFR = "Nous pensons qu'une paix est en voie. "
        return (String(repeating: en, count: 40) + middleEN + String(repeating: en, count: 40),
                String(repeating: fr, count: 40) + middleFR + String(repeating: fr, count: 40))
    }()

    @Test func aLongPairIsComparedInABandAndSaysSo() throws {
        let (en, fr) = Self.pair
        let findings = try Scoring.findings(en, fr, "en", scorer: Self.scorer)
        let omissions = findings.filter { $0.type == .omission }
        #expect(omissions.count == 1 && slice(en, omissions.first?.originalRange) == "lasting", "\(omissions)")
        #expect(!findings.contains { $0.type == .addition }, "\(findings.filter { $0.type == .addition })")
        let notes = findings.filter { $0.reason.hasPrefix("Too long to compare every word with every other") }
        #expect(notes.count == 1 && notes.first?.severity == .info && notes.first?.type == .meaning)
        #expect(notes.first?.reason.contains("within 200 places of its relative position") == true)
    }

    @Test func theBandFindsWhatComparingEveryPairFindsWithBoundedWork() throws {
        let (en, fr) = Self.pair
        let a = Self.scorer.side(en, "en"), b = Self.scorer.side(fr, "fr")
        try #require(a.content.count > 401 && b.content.count > 401)
        let band = ContentAlignment(a, b, vectors: [:], lexicon: Self.scorer.lexicon, names: NameKeyMaker())
        let every = ContentAlignment(a, b, vectors: [:], lexicon: Self.scorer.lexicon, names: NameKeyMaker(), window: 100_000)
        #expect(band.isWindowed && !every.isWindowed)
        let t = Self.scorer.calibration.wordThreshold
        #expect(ContentAlignment.unmatched(band.original, below: t) == ContentAlignment.unmatched(every.original, below: t))
        #expect(ContentAlignment.unmatched(band.translation, below: t) == ContentAlignment.unmatched(every.translation, below: t))
        #expect(band.comparisons <= 401 * max(a.content.count, b.content.count))
        #expect(every.comparisons == a.content.count * b.content.count)
    }

    @Test func sentencesAreStillComparedInFull() throws {
        let en = "Trump invited Russia and Ukraine to stop strikes on energy infrastructure for 30 days."
        let fr = "Trump a invité la Russie et l'Ukraine à cesser les frappes sur les infrastructures pendant 30 jours."
        let findings = try Scoring.findings(en, fr, "en", scorer: Self.scorer)
        #expect(!findings.contains { $0.reason.hasPrefix("Too long to compare") })
        let a = Self.scorer.side(en, "en"), b = Self.scorer.side(fr, "fr")
        let alignment = ContentAlignment(a, b, vectors: [:], lexicon: Self.scorer.lexicon, names: NameKeyMaker())
        #expect(!alignment.isWindowed && alignment.comparisons == a.content.count * b.content.count)
    }

    /// The tokens inside numbers, dates and quantities are found by binary search per quantity:
    /// the same set as testing every token against every quantity, on a long text full of them.
    @Test func numberTokensAreFoundPerQuantity() {
        let text = String(repeating: "Le 18 mars 2025, 2 500 soldats et 30 % des 1,5 million d'habitants ont quitté la ville. ", count: 60)
        let side = LinkSide(text: text, language: "fr") { _, _ in false }
        let brute = Set(side.tokens.indices.filter { i in side.quantities.contains { $0.range.overlaps(side.tokens[i].range) } })
        #expect(side.quantities.count >= 240)
        #expect(LinkSide.tokens(side.tokens, overlapping: side.quantities.map(\.range)) == brute)
        #expect(!side.content.contains { side.tokens[$0].lower == "2025" || side.tokens[$0].lower == "500" })
    }
}
