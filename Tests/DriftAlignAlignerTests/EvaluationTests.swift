import DriftAlignAligner
import Testing

@Suite struct EvaluationTests {
    func links(_ s: String) throws -> [AlignmentLink] { try LinksFormat.read(s, file: "test") }

    /// Worked by hand. Gold: [0]:[0], [1]:[1,2], [2,3]:[3], []:[4], [4]:[].
    /// Prediction: [0]:[0] (strict hit), [1]:[1] (lax: gold target of 1 is {1,2}), [2]:[3] (lax),
    /// [3]:[] (miss: no targets), []:[2] (miss), []:[4] (strict hit, a 0-1), [4]:[] (strict hit).
    /// Precision counts all 7 predicted links: strict 3/7, lax 5/7.
    /// Recall counts gold links with both sides (3) against predicted links with both sides
    /// ([0]:[0], [1]:[1], [2]:[3]): strict 1/3; lax: [1]:[1,2] meets [1]:[1], [2,3]:[3] meets
    /// [2]:[3] → 3/3.
    @Test func vecalignDefinitionsOnAHandMadeExample() throws {
        let gold = try links("[0]:[0]\n[1]:[1, 2]\n[2, 3]:[3]\n[]:[4]\n[4]:[]\n")
        let pred = try links("[0]:[0]:0.9\n[1]:[1]:0.8\n[2]:[3]:0.7\n[3]:[]:0.0\n[]:[2]:0.0\n[]:[4]:0.0\n[4]:[]:0.0\n")
        let s = AlignmentEvaluation.score([(gold, pred)])
        #expect(abs(s.strict.precision - 3.0 / 7) < 1e-9)
        #expect(abs(s.lax.precision - 5.0 / 7) < 1e-9)
        #expect(abs(s.strict.recall - 1.0 / 3) < 1e-9)
        #expect(abs(s.lax.recall - 1.0) < 1e-9)
        let f = 2 * (3.0 / 7) * (1.0 / 3) / (3.0 / 7 + 1.0 / 3)
        #expect(abs(s.strict.f1 - f) < 1e-9)
    }

    @Test func microAveragingAddsCountsAcrossDocuments() throws {
        let a = try links("[0]:[0]\n[1]:[1]\n"), b = try links("[0]:[1]\n")
        // Document 1 perfect (2/2), document 2 wrong (0/1): micro precision 2/3, not (1 + 0) / 2.
        let s = AlignmentEvaluation.score([(a, a), (try links("[0]:[0]\n"), b)])
        #expect(abs(s.strict.precision - 2.0 / 3) < 1e-9)
    }

    @Test func linksFormatRoundTripsAndRejectsGarbage() throws {
        let l = [AlignmentLink(original: [0, 1], translation: [2], score: 0.8734), AlignmentLink(original: [], translation: [5], score: 0)]
        let text = LinksFormat.write(l)
        #expect(text == "[0, 1]:[2]:0.873\n[]:[5]:0.000\n")
        let back = try LinksFormat.read(text, file: "x")
        #expect(back.map(\.original) == [[0, 1], []] && back.map(\.translation) == [[2], [5]])
        #expect(throws: AlignerError.self) { try LinksFormat.read("[0]:[x]\n", file: "x") }
        #expect(throws: AlignerError.self) { try LinksFormat.read("0:1\n", file: "x") }
        #expect(throws: AlignerError.self) { try LinksFormat.read("[0]:[1]:high\n", file: "x") }
    }
}
