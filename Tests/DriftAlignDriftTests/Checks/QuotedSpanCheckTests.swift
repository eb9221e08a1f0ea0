import Testing
@testable import DriftAlignDrift

/// Quotation fidelity inside a sentence: a translated sentence that keeps the original's
/// quotation marks must quote what the original quotes.
@Suite struct QuotedSpanCheckTests {
    /// The dictionary entries these sentences need, so the tests do not depend on what is installed.
    static let lexicon = BilingualLexicon(entries: [
        ("ru", "надёжный", "fr", "fiable"), ("ru", "проверяемый", "fr", "vérifiable"), ("ru", "режим", "fr", "régime"),
        ("ru", "подчеркнуть", "fr", "souligner"), ("ru", "пауза", "fr", "pause"), ("ru", "Путин", "fr", "Poutine"),
        ("en", "good", "fr", "bonnes"), ("en", "productive", "fr", "productives"), ("en", "talks", "fr", "discussions"),
        ("en", "called", "fr", "qualifié"), ("en", "continue", "fr", "continueraient"), ("en", "said", "fr", "dit"),
        ("en", "lasting", "fr", "durable"), ("en", "peace", "fr", "paix"), ("en", "spoke", "fr", "parlé"), ("en", "region", "fr", "région"),
    ])
    static let scorer = DriftScorer(encoder: nil, lexicon: .some(lexicon))

    static let ru = "Путин подчеркнул, что речь идёт о «надёжном и проверяемом» режиме, а не о паузе."
    static let en = "Trump called the talks \"good and productive\" and said they would continue."

    func quotation(_ original: String, _ translation: String, _ src: String, context: DriftContext = .init()) throws -> [DriftFinding] {
        try Scoring.findings(.quotation, original, translation, src, context: context, scorer: Self.scorer)
    }

    func slice(_ s: String, _ r: Range<Int>?) -> String? {
        r.map { String(String.UnicodeScalarView(Array(s.unicodeScalars)[$0])) }
    }

    @Test("a Russian quotation the French cuts short (ru→fr)")
    func russianQuotationCutShort() throws {
        let fr = "Poutine a souligné qu'il s'agit d'un régime « fiable », et non d'une pause."
        let f = try quotation(Self.ru, fr, "ru")
        #expect(f.map(\.reason) == ["The original quotes «надёжном и проверяемом»; the French quotes «fiable»: it leaves out «проверяемом»."])
        #expect(f.map(\.severity) == [.minor])
        #expect(slice(Self.ru, f.first?.originalRange) == "надёжном и проверяемом")
        #expect(slice(fr, f.first?.translationRange) == "fiable")
        // Said once: the word left out gets no omission finding besides.
        let omissions = try Scoring.findings(.omission, Self.ru, fr, "ru", scorer: Self.scorer)
        #expect(!omissions.contains { $0.reason.contains("проверяемом") }, "\(omissions.map(\.reason))")
    }

    @Test("a faithful quotation, and words moved across the quotation marks (ru→fr)")
    func russianQuotationKeptOrMoved() throws {
        #expect(try quotation(Self.ru, "Poutine a souligné qu'il s'agit d'un régime « fiable et vérifiable », et non d'une pause.", "ru").isEmpty)
        // The French renders every word, one of them outside the marks: worth a look, no more.
        let moved = try quotation(Self.ru, "Poutine a souligné qu'il s'agit d'un régime « fiable » et vérifiable, et non d'une pause.", "ru")
        #expect(moved.map(\.reason) == ["The original quotes «надёжном и проверяемом»; the French quotes «fiable»: it puts «проверяемом» outside the quotation marks."])
        #expect(moved.map(\.severity) == [.info])
        let inside = try quotation(Self.ru, "Poutine a souligné qu'il s'agit d'un « régime fiable et vérifiable », et non d'une pause.", "ru")
        #expect(inside.map(\.reason) == ["The original quotes «надёжном и проверяемом»; the French quotes «régime fiable et vérifiable»: "
                                         + "it takes «régime» into the quotation, though the original does not quote it."])
        // The French drops the marks (reported speech): no words change, nothing to say.
        #expect(try quotation(Self.ru, "Poutine a souligné qu'il s'agit d'un régime fiable, et non d'une pause.", "ru").isEmpty)
    }

    @Test("an English quotation the French cuts short or extends (en→fr)")
    func englishQuotation() throws {
        let cut = try quotation(Self.en, "Trump a qualifié les discussions de « productives » et a dit qu'elles continueraient.", "en")
        #expect(cut.map(\.reason) == ["The original quotes «good and productive»; the French quotes «productives»: it leaves out «good»."])
        #expect(cut.map(\.severity) == [.minor])
        #expect(try quotation(Self.en, "Trump a qualifié les discussions de « bonnes et productives » et a dit qu'elles continueraient.", "en").isEmpty)
        // Two words put in the speaker's mouth: a phrase, major.
        let added = try quotation(Self.en, "Trump a qualifié les discussions de « bonnes et productives, difficiles et longues » et a dit qu'elles continueraient.", "en")
        #expect(added.map(\.severity) == [.major], "\(added.map(\.reason))")
        #expect(added.first?.reason.hasSuffix("it adds «difficiles et longues».") == true, "\(added.map(\.reason))")
    }

    @Test("one word for another inside a quotation is one level lower: often a rendering the alignment does not know")
    func substitutionIsLower() throws {
        let f = try quotation("He spoke of a \"lasting peace\" in the region.", "Il a parlé d'une « paix juste » dans la région.", "en")
        #expect(f.map(\.severity) == [.info], "\(f.map(\.reason))")
        #expect(f.first?.reason == "The original quotes «lasting peace»; the French quotes «paix juste»: it leaves out «lasting», and adds «juste».")
    }

    @Test("whole-sentence quotations and quotation links are left to the other checks")
    func notForWholeQuotations() throws {
        // The original is all quotation: the omission check says what is missing.
        let whole = "«Речь идёт о надёжном и проверяемом режиме»."
        #expect(try quotation(whole, "« Il s'agit d'un régime fiable ».", "ru").isEmpty)
        // A link the report treats as a quotation gets QuotationCheck's finding, not a second one.
        let fr = "Poutine a souligné qu'il s'agit d'un régime « fiable », et non d'une pause."
        let asQuote = try quotation(Self.ru, fr, "ru", context: DriftContext(isQuotation: true))
        #expect(asQuote.allSatisfy { $0.reason.hasPrefix("A paraphrase presented as a quote") }, "\(asQuote.map(\.reason))")
    }
}
