import Testing
@testable import DriftAlignDrift

/// WordNet's antonyms: lemmas found the way WordNet's morphy finds them.
@Suite struct WordNetAntonymLookupTests {
    @Test func formsFindTheirLemma() {
        #expect(WordNetAntonyms.lemmas(of: "ended").contains("end"))
        #expect(WordNetAntonyms.lemmas(of: "stopped").contains("stop"))    // doubled consonant
        #expect(WordNetAntonyms.lemmas(of: "won").contains("win"))         // irregular (verb.exc)
        #expect(WordNetAntonyms.lemmas(of: "larger").contains("large"))   // -er → -e
        #expect(WordNetAntonyms.antonyms(of: "innocent").contains("guilty"))
        #expect(WordNetAntonyms.antonyms(of: "beginnings").contains("end"))
        #expect(WordNetAntonyms.antonyms(of: "table").isEmpty)
    }

    @Test func negativePrefixPairsAreLeftToThePrefixCheck() {
        #expect(NegationCheck.differByNegativePrefix("due", "undue"))
        #expect(NegationCheck.differByNegativePrefix("disorder", "order"))
        #expect(!NegationCheck.differByNegativePrefix("guilty", "innocent"))
        #expect(!NegationCheck.differByNegativePrefix("sent", "present"))
    }
}

/// The open-vocabulary antonym test on word vectors (needs the USE-m model): English on one
/// side, French or Russian on the other.
@Suite(.enabled(if: Scoring.modelInstalled, Scoring.skipReason))
struct WordNetAntonymFlipTests {
    let scorer = Scoring.usem!

    @Test func englishOriginalFrenchTranslation() throws {
        let en = "The court found him guilty of fraud."
        let flipped = "Le tribunal l'a déclaré innocent de la fraude."
        let f = try Scoring.findings(.negation, en, flipped, "en", scorer: scorer)
        #expect(f.contains { slice(en, $0.originalRange) == "guilty" && slice(flipped, $0.translationRange) == "innocent" },
                "\(f.map(\.reason))")
        let faithful = "Le tribunal l'a reconnu coupable de fraude."
        #expect(try Scoring.findings(.negation, en, faithful, "en", scorer: scorer).isEmpty)
    }

    @Test func frenchOriginalEnglishTranslation() throws {
        // "later" is no form of the hand list's "late": only WordNet knows it is early's opposite.
        let fr = "Le convoi est arrivé tôt."
        let flipped = "The convoy arrived later."
        let f = try Scoring.findings(.negation, fr, flipped, "fr", "en", scorer: scorer)
        #expect(f.contains { slice(fr, $0.originalRange) == "tôt" && slice(flipped, $0.translationRange) == "later" },
                "\(f.map(\.reason))")
        #expect(f.first?.reason.contains("«early»") == true)
        #expect(try Scoring.findings(.negation, fr, "The convoy arrived early.", "fr", "en", scorer: scorer).isEmpty)
    }

    @Test func russianOriginalEnglishTranslation() throws {
        let ru = "В зале было темно.", flipped = "The hall was light."
        let f = try Scoring.findings(.negation, ru, flipped, "ru", "en", scorer: scorer)
        #expect(f.contains { slice(ru, $0.originalRange) == "темно" && slice(flipped, $0.translationRange) == "light" },
                "\(f.map(\.reason))")
        #expect(try Scoring.findings(.negation, ru, "The hall was dark.", "ru", "en", scorer: scorer).isEmpty)
    }

    @Test func aWordOfANameHasNoOpposite() throws {
        // DEMETR's dark → light perturbation: the flip is «light», not the «Lights» of the
        // Northern Lights (a name), which was also reported against «sombre» before.
        let fr = "C'est une bonne occasion d'admirer les aurores boréales, car le ciel sera sombre pratiquement toute la journée."
        let flipped = "This is a good opportunity to admire the Northern Lights, as the sky will be light for practically all of the day."
        let f = try Scoring.findings(.negation, fr, flipped, "fr", "en", scorer: scorer)
        #expect(f.map { slice(flipped, $0.translationRange) } == ["light"], "\(f.map(\.reason))")
        #expect(f.first.map { slice(fr, $0.originalRange) } == "sombre")
    }

    @Test func unrelatedWordsAreNotOpposites() throws {
        // Words with WordNet antonyms ("remained", "quiet", "optimistic") near nothing opposite.
        let cases = [
            ("The city remained quiet overnight.", "La ville est restée calme toute la nuit."),
            ("The soldiers obeyed the order.", "Les soldats ont obéi à l'ordre."),
            ("Both leaders left the meeting early.", "Les deux dirigeants ont quitté la réunion tôt."),
        ]
        for (en, fr) in cases {
            let f = try Scoring.findings(.negation, en, fr, "en", scorer: scorer)
            #expect(f.isEmpty, "\(en) | \(fr): \(f.map(\.reason))")
        }
    }

    /// A negated word says its antonym, and a side that says both words says the pair (faithful
    /// Tatoeba pairs that were reversals); a negated word against a negated one is still a flip
    /// (DEMETR's "doesn't make it false" for «ne deviendra pas vrai»).
    @Test func negatedWordsAndPairsOfOpposites() throws {
        for (ru, en) in [("Я просто знаю, что это неправильно.", "I just know that it's not right."),
                         ("Оба типа имеют преимущества и недостатки.", "Both types have advantages and disadvantages.")] {
            let f = try Scoring.findings(.negation, ru, en, "ru", "en", scorer: scorer)
            #expect(f.isEmpty, "\(ru) | \(en): \(f.map(\.reason))")
        }
        let fr = "Et vous pouvez le répéter autant que vous voudrez, ça n'en deviendra pas pour autant vrai."
        let flipped = "And you can say it all you want, but it doesn't make it false."
        let f = try Scoring.findings(.negation, fr, flipped, "fr", "en", scorer: scorer)
        #expect(f.contains { slice(flipped, $0.translationRange) == "false" && slice(fr, $0.originalRange) == "vrai" }, "\(f.map(\.reason))")
        let one = try Scoring.findings(.negation, "Оба типа имеют преимущества.", "Both types have disadvantages.", "ru", "en", scorer: scorer)
        #expect(one.contains { $0.severity == .major }, "\(one.map(\.reason))")
    }

    @Test("«grièvement» renders \"badly\" of the wounded: its opposite \"well\" is not the «bonne» of «bonne volonté»")
    func badlyWoundedIsGravelyWounded() throws {
        let en = "Twenty-three badly wounded soldiers will be handed over as a gesture of goodwill."
        let fr = "Vingt-trois soldats grièvement blessés seront remis en geste de bonne volonté."
        // «bonne» read as its lemma «bon», as the installed lexicon reads it: "good" is near "well".
        let lemmas = try #require(try Scoring.usem(lemmas: ["fr": "bonne\tbon\n"]))
        let f = try Scoring.findings(.negation, en, fr, "en", scorer: lemmas)
        #expect(f.isEmpty, "\(f.map(\.reason))")
    }
}
