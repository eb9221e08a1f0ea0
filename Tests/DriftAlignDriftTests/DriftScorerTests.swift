import Testing
@testable import DriftAlignDrift

/// The scorer's contract: scores in [0, 1], monotone in findings, batching equal to one-by-one,
/// clear errors.
@Suite struct DriftScorerTests {
    @Test func scoreIsMonotoneInFindings() {
        let c = DriftCalibration.usem
        let minor = DriftFinding(type: .number, severity: .minor, reason: "x")
        let major = DriftFinding(type: .name, severity: .major, reason: "y")
        for p in [0.0, 0.3, 0.9, 1.0] {
            let none = c.drift(equivalence: p, findings: [])
            let one = c.drift(equivalence: p, findings: [minor])
            let two = c.drift(equivalence: p, findings: [minor, major])
            #expect(none <= one && one <= two)
            #expect((0...1).contains(none) && (0...1).contains(two))
            if p > 0 { #expect(none < one && one < two) }
        }
        #expect(c.drift(equivalence: 0.9, findings: [major]) > c.drift(equivalence: 0.9, findings: [minor]))
    }

    /// The drift score restates the fitted probability at even odds: REFreSD's share of equivalent
    /// pairs (140 of 422) becomes an even chance, the order of probabilities is kept, and a
    /// calibration set by hand is left as it is.
    @Test func driftIsStatedAtEvenOdds() {
        let c = DriftCalibration.usem
        #expect(abs(c.evenOdds(140.0 / 422.0) - 0.5) < 1e-9)
        #expect(abs(c.drift(equivalence: 140.0 / 422.0, findings: []) - 0.5) < 1e-9)
        let ps = [0.01, 0.1, 0.3, 0.5, 0.8, 0.99]
        #expect(zip(ps, ps.dropFirst()).allSatisfy { c.evenOdds($0) < c.evenOdds($1) })
        #expect(ps.allSatisfy { c.evenOdds($0) > $0 })
        #expect(c.evenOdds(0) == 0 && c.evenOdds(1) == 1)
        #expect(DriftCalibration.lexical.evenOdds(0.3) == 0.3)
    }

    /// The original's coverage is shrunk toward the prior by one pseudo-word: a mean over one word
    /// moves halfway, over forty hardly at all; calibrations without a prior are left as they are.
    @Test func fewWordsOfCoverageAreShrunkTowardThePrior() {
        let c = DriftCalibration.usem
        #expect(abs(c.shrunkOriginalCoverage(0.3, words: 1) - (0.3 + 0.87) / 2) < 1e-9)
        #expect(abs(c.shrunkOriginalCoverage(0.3, words: 40) - 0.3) < 0.02)
        #expect(abs(c.shrunkOriginalCoverage(1, words: 0) - 0.87) < 1e-9)
        let one = c.equivalence(cosine: 0.6, words: 8, unmatched: 0.5, originalCoverage: 0.3, originalContentWords: 1)
        let unshrunk = c.equivalence(cosine: 0.6, words: 8, unmatched: 0.5, originalCoverage: 0.3)
        let many = c.equivalence(cosine: 0.6, words: 80, unmatched: 0.5, originalCoverage: 0.3, originalContentWords: 40)
        #expect(one > unshrunk && many > unshrunk && one > many)
        #expect(DriftCalibration.lexical.shrunkOriginalCoverage(0.3, words: 1) == 0.3)
        #expect(DriftCalibration.noEncoder.shrunkOriginalCoverage(0.3, words: 1) == 0.3)
    }

    @Test func findingsRaiseTheScoreOfARealPair() throws {
        let en = "Russia lost 2,500 soldiers on Tuesday."
        let r = try Scoring.rules.scoreMany([(en, "La Russie a perdu 2 500 soldats mardi."), (en, "La Russie a perdu 25 000 soldats mercredi.")],
                                            originalLanguage: "en", translationLanguage: "fr")
        #expect(r[0].findings.isEmpty)
        #expect(r[1].findings.count == 2)
        #expect(r[0].score < r[1].score)
        #expect(r.allSatisfy { (0...1).contains($0.score) && $0.similarity == nil })
    }

    @Test func batchEqualsOneByOne() throws {
        let pairs = [("Putin met Witkoff.", "Poutine a rencontré Whitoff."), ("It must stop NOW!", "Cela doit cesser maintenant."),
                     ("Путин якобы согласился.", "Poutine a accepté.")]
        let scorer = DriftScorer(encoder: nil, lexicon: .some(nil))
        scorer.batchSize = 2
        let batch = try scorer.scoreMany(pairs.map { ($0.0, $0.1) }, originalLanguage: "en", translationLanguage: "fr")
        for (k, p) in pairs.enumerated() {
            #expect(try scorer.score(original: p.0, translation: p.1, originalLanguage: "en", translationLanguage: "fr") == batch[k])
        }
    }

    @Test func contextCountMustMatch() {
        #expect(throws: DriftError.contextCountMismatch(pairs: 1, contexts: 2)) {
            try Scoring.rules.scoreMany([("a", "b")], originalLanguage: "en", translationLanguage: "fr", contexts: [.init(), .init()])
        }
    }

    @Test func languageCodesAreNormalized() {
        #expect(DriftScorer.code("fr-FR") == "fr")
        #expect(DriftScorer.code("Russian") == "ru")
        #expect(DriftScorer.code("EN") == "en")
    }

    @Test func emptyAndPunctuationOnlyTextsDoNotCrash() throws {
        let r = try Scoring.rules.scoreMany([("", ""), (".", "…"), ("Trump!", "")], originalLanguage: "en", translationLanguage: "fr")
        #expect(r.count == 3)
        #expect(r.allSatisfy { (0...1).contains($0.score) })
    }
}
