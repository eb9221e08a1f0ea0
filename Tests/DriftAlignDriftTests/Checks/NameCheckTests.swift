import Testing
@testable import DriftAlignDrift

/// Names across scripts and press conventions (Poutine = Putin = Путин), misspellings
/// ("Whitoff" in the seed article for Steve Witkoff) and substitutions.
@Suite struct NameCheckTests {
    @Test func misspelledNameEnglishFrench() throws {
        let en = "Putin met special envoy Steve Witkoff on March 13."
        let fr = "Poutine a rencontré l'envoyé spécial Steve Whitoff le 13 mars."
        let f = try Scoring.findings(.name, en, fr, "en")
        #expect(f.count == 1)
        #expect(f.first?.severity == .minor)
        #expect(f.first?.reason == "The French writes Whitoff for Witkoff: a misspelling of the name.")
        #expect(slice(fr, f.first?.translationRange) == "Whitoff")
    }

    @Test func misspelledNameRussianFrench() throws {
        let ru = "Путин встретился со спецпосланником Стивом Уиткоффом 13 марта."
        let fr = "Poutine a rencontré l'envoyé spécial Steve Whitoff le 13 mars."
        let f = try Scoring.findings(.name, ru, fr, "ru")
        #expect(f.contains { $0.severity == .minor && $0.reason.contains("misspelling") && slice(fr, $0.translationRange) == "Whitoff" })
        #expect(!f.contains { $0.severity == .major })
    }

    @Test func pressFormsAreNotFlaggedEnglishFrench() throws {
        let cases = [
            ("President Putin spoke with President Zelenskyy.", "Le président Poutine s'est entretenu avec le président Zelensky."),
            ("Kyiv and Moscow exchanged prisoners in Kursk.", "Kiev et Moscou ont échangé des prisonniers à Koursk."),
            ("The White House said the call went well.", "La Maison-Blanche a déclaré que l'appel s'était bien passé."),
            ("Steve Witkoff arrived in Moscow.", "Steve Witkoff est arrivé à Moscou."),
            ("Russian forces advanced.", "Les forces russes ont progressé."),
        ]
        for (en, fr) in cases {
            #expect(try Scoring.findings(.name, en, fr, "en").isEmpty, "\(en) | \(fr)")
        }
    }

    @Test func transliteratedNamesAreNotFlaggedRussianFrench() throws {
        let cases = [
            ("Песков заявил, что Путин и Зеленский не встречались.", "Peskov a déclaré que Poutine et Zelenski ne s'étaient pas rencontrés."),
            ("Владимир Путин провёл переговоры в Курской области.", "Vladimir Poutine a mené des pourparlers dans la région de Koursk."),
            ("Дмитрий Песков прокомментировал слова Трампа.", "Dmitri Peskov a commenté les propos de Trump."),
        ]
        for (ru, fr) in cases {
            #expect(try Scoring.findings(.name, ru, fr, "ru").isEmpty, "\(ru) | \(fr)")
        }
    }

    @Test func capitalsOfEmphasisOnACommonWordAreNotNames() throws {
        // The dictionary decides what a common word is; a two-entry lexicon stands in for FreeDict.
        let lexicon = BilingualLexicon(entries: [("en", "peace", "fr", "paix"), ("en", "war", "fr", "guerre")])
        let scorer = DriftScorer(encoder: nil, lexicon: .some(lexicon))
        let en = "He, like President Putin, wants to make PEACE and end the WAR."
        let fr = "Comme le président Poutine, il veut faire la paix et mettre fin à la guerre."
        #expect(try Scoring.findings(.name, en, fr, "en", scorer: scorer).isEmpty)
        // The shouting itself is still reported, by the intensity check.
        #expect(try Scoring.findings(.intensity, en, fr, "en", scorer: scorer).contains { $0.reason.contains("PEACE") })
        // A short acronym stays a name, and one the dictionary does not know stays one at any length.
        let dropped = try Scoring.findings(.name, "The US and the UNHCR will send observers.", "Les pays enverront des observateurs.", "en", scorer: scorer)
        #expect(dropped.contains { slice("The US and the UNHCR will send observers.", $0.originalRange) == "US" })
        #expect(dropped.contains { slice("The US and the UNHCR will send observers.", $0.originalRange) == "UNHCR" })
    }

    @Test func substitutedNameEnglishFrench() throws {
        let en = "Kremlin spokesman Dmitry Peskov confirmed the call."
        let fr = "Le porte-parole du Kremlin, Sergueï Lavrov, a confirmé l'appel."
        let f = try Scoring.findings(.name, en, fr, "en")
        #expect(f.contains { $0.severity == .major && slice(en, $0.originalRange) == "Peskov" && slice(fr, $0.translationRange) == "Lavrov" })
    }

    @Test func droppedAndSubstitutedNamesRussianFrench() throws {
        let ru = "Ушаков заявил, что Путин пригласил Трампа в Москву."
        let fr = "Peskov a déclaré que Poutine avait invité le président américain."
        let f = try Scoring.findings(.name, ru, fr, "ru")
        #expect(f.contains { $0.severity == .major && slice(ru, $0.originalRange) == "Ушаков" && slice(fr, $0.translationRange) == "Peskov" })
        #expect(f.contains { slice(ru, $0.originalRange) == "Москву" && $0.translationRange == nil }, "\(f.map(\.reason))")
        // "le président américain" renders Trump: not a dropped name.
        #expect(!f.contains { slice(ru, $0.originalRange) == "Трампа" })
    }
}
