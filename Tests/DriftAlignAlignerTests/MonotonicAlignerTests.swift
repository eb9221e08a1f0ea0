import DriftAlignAligner
import DriftAlignEncoder
import Foundation
import Testing

/// An encoder with known geometry, for testing the search itself: each "word" of a sentence is a
/// concept with its own direction (concept k → unit vector on axis k); a sentence's vector is the
/// normalized sum of its concepts. Two sentences that share concepts are similar, as translations
/// are; a window of sentences has the union of their concepts, as a concatenation does.
struct ConceptEncoder: SentenceEncoder {
    let name = "concepts"
    let dimension = 256

    func encodeMatrix(_ sentences: [String]) throws -> [Float] {
        var out = [Float](repeating: 0, count: sentences.count * dimension)
        for (i, s) in sentences.enumerated() {
            for w in s.split(separator: " ") {
                guard let k = Int(w.filter(\.isNumber)) else { continue }
                out[i * dimension + (k % dimension)] += 1
            }
            let norm = (0..<dimension).reduce(Float(0)) { $0 + out[i * dimension + $1] * out[i * dimension + $1] }.squareRoot()
            if norm > 0 { for d in 0..<dimension { out[i * dimension + d] /= norm } }
        }
        return out
    }
}

@Suite struct MonotonicAlignerTests {
    /// Sides built from concept lists: ["c1 c2", "c3"] etc.
    func align(_ o: [String], _ t: [String], _ configure: (inout AlignmentParameters) -> Void = { _ in }) throws -> [String] {
        var p = AlignmentParameters()
        p.lengthPenalty = 0
        p.anchorWeight = 0
        configure(&p)
        let enc = ConceptEncoder()
        let os = try AlignmentSide(sentences: o, language: "en", encoder: enc, maxWindow: p.maxLinkSize, strategy: p.windowEmbedding)
        let ts = try AlignmentSide(sentences: t, language: "fr", encoder: enc, maxWindow: p.maxLinkSize, strategy: p.windowEmbedding)
        return try MonotonicAligner(parameters: p).align(os, ts).map { "\($0.original):\($0.translation)" }
    }

    @Test func recoversEveryLinkType() throws {
        // o0↔t0 (1-1), o1↔t1+t2 (1-2), o2+o3↔t3 (2-1), o4 untranslated (1-0), o5↔t4+t5+t6 (1-3),
        // o6+o7+o8↔t7 (3-1), t8 added (0-1), o9+o10↔t9+t10 (2-2, crossing halves), o11↔t11 (1-1).
        let o = ["c1 c2 c3", "c4 c5 c6 c7", "c8 c9", "c10 c11", "c40 c41 c42", "c12 c13 c14 c15 c16 c17", "c18 c19", "c20 c21",
                 "c22 c23", "c24 c25 c26", "c27 c28 c29", "c30 c31 c32"]
        let t = ["c1 c2 c3", "c4 c5", "c6 c7", "c8 c9 c10 c11", "c12 c13", "c14 c15", "c16 c17",
                 "c18 c19 c20 c21 c22 c23", "c50 c51 c52", "c24 c25 c27", "c26 c28 c29", "c30 c31 c32"]
        let links = try align(o, t)
        #expect(links == ["[0]:[0]", "[1]:[1, 2]", "[2, 3]:[3]", "[4]:[]", "[5]:[4, 5, 6]", "[6, 7, 8]:[7]", "[]:[8]",
                          "[9, 10]:[9, 10]", "[11]:[11]"])
    }

    @Test func linkTypesFollowTheParameters() throws {
        let o = ["c1 c2 c3 c4"], t = ["c1 c2", "c3 c4"]
        #expect(try align(o, t) == ["[0]:[0, 1]"])
        // With 1-1 links only, the second French sentence is left unaligned.
        let oneToOne = try align(o, t) { $0.maxLinkSize = 1; $0.maxLinkSentences = 2 }
        #expect(oneToOne.filter { $0.hasSuffix(":[]") || $0.hasPrefix("[]") }.count == 1)
        #expect(oneToOne.count == 2)
    }

    @Test func scoresAreCosinesAndSkipsScoreZero() throws {
        var p = AlignmentParameters()
        p.lengthPenalty = 0
        let enc = ConceptEncoder()
        let os = try AlignmentSide(sentences: ["c1 c2", "c9"], language: "en", encoder: enc, maxWindow: 4, strategy: .concatenate)
        let ts = try AlignmentSide(sentences: ["c1 c2"], language: "fr", encoder: enc, maxWindow: 4, strategy: .concatenate)
        let links = try MonotonicAligner(parameters: p).align(os, ts)
        #expect(links.count == 2)
        #expect(abs(links[0].score - 1) < 1e-5)
        #expect(links[1].score == 0 && links[1].translation.isEmpty)
    }

    @Test func emptySidesGiveSkipLinks() throws {
        #expect(try align([], ["c1", "c2"]) == ["[]:[0]", "[]:[1]"])
        #expect(try align(["c1"], []) == ["[0]:[]"])
        #expect(try align([], []) == [])
    }

    @Test func unbalancedCountsStillAlign() throws {
        // 1 original sentence against 1,000 translation sentences: one link to the matching one.
        let t = (0..<1000).map { "c\(100 + $0 % 60) c\(200 + $0 % 7)" } + ["c1 c2 c3"]
        let links = try align(["c1 c2 c3"], t)
        #expect(links.contains("[0]:[1000]"))
        #expect(links.count == 1001)
    }

    @Test func longDocumentsUseTheCoarseToFineSearchAndAgreeWithExhaustiveSearch() throws {
        // 200 × 200 sentences with a few deletions: the banded search finds the same path.
        var o: [String] = [], t: [String] = []
        for k in 0..<200 {
            o.append("c\(k % 64) c\((k * 7 + 3) % 64) c\((k * 13 + 5) % 64)")
            if k % 50 != 17 { t.append(o.last!) }
        }
        let coarse = try align(o, t) { $0.exhaustiveCellLimit = 1_000 }
        let exhaustive = try align(o, t) { $0.exhaustiveCellLimit = 1_000_000 }
        #expect(coarse == exhaustive)
        #expect(coarse.filter { $0.hasSuffix(":[]") }.count == 4)
    }

    @Test func contradictoryParametersAreRejectedUpFront() {
        var p = AlignmentParameters()
        p.maxLinkSize = 4
        p.maxLinkSentences = 4
        #expect(throws: AlignerError.self) { try p.validate() }
        p = AlignmentParameters()
        p.skipCost = .quantile(1.5)
        #expect(throws: AlignerError.self) { try MonotonicAligner(parameters: p) }
        p = AlignmentParameters()
        p.searchWidth = 0
        #expect(throws: AlignerError.self) { try p.validate() }
    }
}
