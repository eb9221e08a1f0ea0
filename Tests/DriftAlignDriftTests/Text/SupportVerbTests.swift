import Testing
@testable import DriftAlignDrift

/// Support verbs («tirer avantage», «дать команду», "hold talks"): grammar beside their noun.
@Suite struct SupportVerbTests {
    @Test("a support verb is found beside its noun, after it or before it, and nowhere else")
    func supportVerbsBesideTheirNouns() throws {
        let found: [(String, String, String, String)] = [
            ("Nous parlons du grand avantage que nous tirerons un jour de notre collaboration.", "fr", "tirerons", "avantage"),
            ("Le président a pris la décision de partir.", "fr", "pris", "décision"),
            ("La décision prise hier reste secrète.", "fr", "prise", "décision"),
            ("Путин сразу дал соответствующую команду военным.", "ru", "дал", "команду"),
            ("Решение было принято в понедельник.", "ru", "принято", "Решение"),
            ("Стороны провели телефонный разговор.", "ru", "провели", "разговор"),
            ("They held talks in Riyadh.", "en", "held", "talks"),
            ("Europe played a key role.", "en", "played", "role"),
            ("Владимир Путин выразил признательность Дональду Трампу.", "ru", "выразил", "признательность"),
            ("Le président a exprimé sa gratitude.", "fr", "exprimé", "gratitude"),
        ]
        for (text, language, verb, noun) in found {
            let tokens = WordTokenizer.tokenize(text)
            let pairs = SupportVerbs.nouns(tokens, language: language).map { (tokens[$0.key].text, tokens[$0.value].text) }
            #expect(pairs.count == 1 && pairs.first! == (verb, noun), "\(text): \(pairs)")
        }
        // The same verbs with no noun of theirs are content words: a town taken, a cake made, a
        // week spent, shots fired («tirs» is no form of «tirer»).
        for (text, language) in [("Il a pris la ville en une semaine.", "fr"), ("They made a cake for the summit.", "en"),
                                 ("Они провели неделю в Москве.", "ru"), ("Les tirs ont repris contre l'avantage ennemi.", "fr")] {
            #expect(SupportVerbs.nouns(WordTokenizer.tokenize(text), language: language).isEmpty, "\(text)")
        }
    }

    @Test(.enabled(if: Scoring.modelInstalled, Scoring.skipReason))
    func aSupportVerbIsRenderedAsItsNounIs() throws {
        // Seed 001: Trump's post quoted in French. "the benefit that we will have" is «l'avantage
        // que nous tirerons»; «tirerons» was reported added, and the quotation a paraphrase for it.
        let scorer = try #require(Scoring.usem)
        let en = "We each talked about the strengths of our respective Nations, and the great benefit that we will someday have in working together."
        let fr = "Nous avons chacun parlé des points forts de nos nations respectives et du grand avantage que nous tirerons un jour de notre collaboration."
        let f = try Scoring.findings(en, fr, "en", "fr", context: DriftContext(isQuotation: true), scorer: scorer)
        #expect(!f.contains { $0.reason.contains("tirerons") }, "\(f.map(\.reason))")
        // A verb that is no support verb there is still a word added: «tirerons sur la cible».
        let g = try Scoring.findings(.addition, "We will someday work together.", "Un jour, nous tirerons ensemble sur la cible.", "en", "fr",
                                     scorer: scorer)
        #expect(g.contains { $0.reason.contains("tirerons") }, "\(g.map(\.reason))")
    }

    @Test("a noun of character («носил деловой характер», «revêtu un caractère») says what its adjectives say")
    func nounsOfCharacter() throws {
        let tokens = WordTokenizer.tokenize("Разговор носил деловой и конструктивный характер.")
        let found = SupportVerbs.characterNouns(tokens, language: "ru")
        #expect(found.count == 1 && tokens[found.first!.key].text == "характер" && found.first!.value.verb.map { tokens[$0].text } == "носил"
            && found.first!.value.adjectives.map { tokens[$0].text } == ["деловой", "и", "конструктивный"], "\(found)")
        // «характер» of a person, with no «носить», is a content word.
        #expect(SupportVerbs.characterNouns(WordTokenizer.tokenize("У него сложный характер."), language: "ru").isEmpty)
    }

    @Test("the Kremlin's «носил деловой и конструктивный характер» rendered by its adjectives leaves nothing out",
          .enabled(if: Scoring.modelInstalled, Scoring.skipReason))
    func characterRenderedByItsAdjectives() throws {
        // The Kremlin's stock phrase rendered by its adjectives alone: nothing left out.
        let ru = "Разговор носил деловой и конструктивный характер."
        try Scoring.expectNone(.omission, atOrAbove: .info, [
            (ru, "L'entretien a été pragmatique et constructif.", "ru"),
            (ru, "L'entretien a revêtu un caractère pragmatique et constructif.", "ru"),
        ], scorer: Scoring.usem!)
        // Without the adjectives, the noun and its verb say nothing either, and the adjectives are left out.
        let f = try Scoring.findings(.omission, ru, "L'entretien a été tendu.", "ru", scorer: Scoring.usem!)
        #expect(f.contains { slice(ru, $0.originalRange) == "деловой и конструктивный" } && !f.contains { slice(ru, $0.originalRange)?.contains("характер") == true },
                "\(f.map(\.reason))")
    }

    @Test("«выразил признательность» is thanked: «a remercié» leaves nothing out", .enabled(if: Scoring.modelInstalled, Scoring.skipReason))
    func gratitudeExpressedIsThanks() throws {
        // The Kremlin readout of 18 March 2025.
        // With a lexicon of its own (one pair), so the word alignment runs as where one is installed.
        let scorer = try #require(try Scoring.usem(lemmas: [:]))
        let ru = "Владимир Путин выразил признательность Дональду Трампу за его стремление содействовать достижению благородной цели прекращения боевых действий."
        let fr = "Vladimir Poutine a remercié Donald Trump pour sa volonté de contribuer à l'objectif noble de la cessation des hostilités."
        let f = try Scoring.findings(ru, fr, "ru", scorer: scorer)
        #expect(!f.contains { $0.reason.contains("признательность") || $0.reason.contains("remercié") }, "\(f.map(\.reason))")
        // «выразил» with no feeling of its list is a content word.
        #expect(SupportVerbs.nouns(WordTokenizer.tokenize("Он выразил мысль ясно."), language: "ru").isEmpty)
    }
}
