import Testing
@testable import DriftAlignDrift

/// Words the translation copies from the original instead of translating them (MQM's
/// "Untranslated"): reported once as a minor omission that points at both copies, and not taken
/// for a counterpart by the word alignment.
@Suite struct UntranslatedCheckTests {
    /// The part of FreeDict these sentences need (French «panneau», «slogan»; English "sign",
    /// "slogan", "deal"), so the tests do not depend on what is installed.
    static let lexicon = BilingualLexicon(entries: [
        ("fr", "panneau", "en", "sign"), ("fr", "slogan", "en", "slogan"), ("fr", "reprise", "en", "recovery"),
        ("fr", "accord", "en", "deal"), ("fr", "négociation", "ru", "переговоры"), ("en", "negotiation", "ru", "переговоры"),
    ])
    static let scorer = DriftScorer(encoder: nil, lexicon: .some(lexicon))

    @Test("a Russian word left in the French is reported at both places, once")
    func russianWordLeftInFrench() throws {
        let ru = "Путин заявил, что переговоры продолжатся.", fr = "Poutine a déclaré que les переговоры continueront."
        let f = try Scoring.findings(.omission, ru, fr, "ru", scorer: Self.scorer).filter { $0.reason.contains("is left") }
        #expect(f.count == 1, "\(f.map(\.reason))")
        #expect(f.first?.severity == .minor)
        #expect(f.first?.reason == "«переговоры» is left in Russian: the French copies the original's word instead of translating it.")
        let t = try #require(f.first?.translationRange), o = try #require(f.first?.originalRange)
        #expect(String(String.UnicodeScalarView(Array(fr.unicodeScalars)[t])) == "переговоры")
        #expect(String(String.UnicodeScalarView(Array(ru.unicodeScalars)[o])) == "переговоры")
        // In news prose that paraphrases the original, what the French leaves out is lowered to
        // info; a word left untranslated is in the French, wrong, and stays minor.
        let paraphrase = try Scoring.findings(.omission, ru, fr, "ru", context: DriftContext(isParaphrase: true), scorer: Self.scorer)
        #expect(paraphrase.filter { $0.reason.contains("is left") }.map(\.severity) == [.minor])
        // Inside a quotation, the quotation check leaves the copy to this finding.
        let quoted = try Scoring.findings(ru, fr, "ru", context: DriftContext(isQuotation: true), scorer: Self.scorer)
        #expect(!quoted.contains { $0.type == .quotation && $0.reason.contains("переговоры") }, "\(quoted.map(\.reason))")
        // The copy is nobody's counterpart, and no omission or addition is said for it besides.
        let all = try Scoring.findings(ru, fr, "ru", scorer: Self.scorer)
        #expect(!all.contains { $0.type == .addition && $0.reason.contains("переговоры") }, "\(all.map(\.reason))")
        #expect(!all.contains { $0.type == .omission && !$0.reason.contains("is left") && $0.reason.contains("переговоры") }, "\(all.map(\.reason))")
    }

    @Test("two adjacent copies make one finding; English words left in Russian too")
    func adjacentCopiesAndTheOtherScript() throws {
        let f = try Scoring.findings(.omission, "Both sides want a lasting ceasefire.", "Обе стороны хотят lasting ceasefire.", "en", "ru",
                                     scorer: Self.scorer).filter { $0.reason.contains("is left") }
        #expect(f.map(\.reason) == ["«lasting ceasefire» is left in English: the Russian copies the original's words instead of translating them."])
    }

    @Test("a French word with no English entry left in an English translation")
    func frenchWordLeftInEnglish() throws {
        // DEMETR's codemix perturbation (fr–en dev half): «panneaux» copied into the English.
        let f = try Scoring.findings(.omission, "La plupart des panneaux sont en catalan.", "Most of the panneaux are only in Catalan.", "fr", "en",
                                     scorer: Self.scorer).filter { $0.reason.contains("is left") }
        #expect(f.map(\.reason) == ["«panneaux» is left in French: the English copies the original's word instead of translating it."])
    }

    @Test("names, words both languages have, and copies into a French translation of the same script are no untranslated words")
    func noUntranslatedWord() throws {
        let cases: [(String, String, String, String)] = [
            // A name in its own script, capitalized.
            ("Песков заявил, что разговор был долгим.", "Peskov (Песков) a déclaré que l'échange était long.", "ru", "fr"),
            // A word English has too («slogan» / "slogan").
            ("Le slogan de la campagne a changé.", "The campaign slogan changed.", "fr", "en"),
            // An English word in a French article: French shares thousands of words with English
            // that its dictionary does not list, so the copy is no evidence there.
            ("Trump wants a deal now.", "Trump veut un deal maintenant.", "en", "fr"),
            // Addresses and handles are copied, not left untranslated.
            ("Подробности на https://clck.ru/jzjxe и в @kremlin_news.", "Plus de détails sur https://clck.ru/jzjxe et @kremlin_news.", "ru", "fr"),
            ("Details at https://www.whitehouse.gov/briefings and #peace.", "Подробности на https://www.whitehouse.gov/briefings и #peace.", "en", "ru"),
            // A faithful translation.
            ("Путин заявил, что переговоры продолжатся.", "Poutine a déclaré que les négociations continueront.", "ru", "fr"),
        ]
        for (o, t, src, tgt) in cases {
            let f = try Scoring.findings(.omission, o, t, src, tgt, scorer: Self.scorer).filter { $0.reason.contains("is left") }
            #expect(f.isEmpty, "\(o) | \(t): \(f.map(\.reason))")
        }
    }

    @Test("the word alignment gives a copy no counterpart")
    func aCopyIsNoCounterpart() throws {
        let a = LinkSide(text: "Путин заявил, что переговоры продолжатся.", language: "ru", isCommonWord: { _, _ in true })
        let b = LinkSide(text: "Poutine a déclaré que les переговоры continueront.", language: "fr", isCommonWord: { _, _ in true })
        let alignment = ContentAlignment(a, b, vectors: [:], lexicon: Self.lexicon, names: NameKeyMaker())
        let j = try #require(b.tokens.firstIndex { $0.lower == "переговоры" })
        #expect(alignment.copies.keys.sorted() == [j])
        #expect((alignment.translation[j] ?? 0) < 0.5)
    }
}
