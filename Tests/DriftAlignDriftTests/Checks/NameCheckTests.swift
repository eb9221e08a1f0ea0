import DriftAlignEncoder
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

    @Test func aShortOrFullFormOfTheNameIsNoMisspelling() throws {
        // Seed 001 writes "Steven Witkoff" for the post's "Steve Witkoff": his full first name.
        let en = "Special Envoy Steve Witkoff will lead the negotiations."
        let f = try Scoring.findings(.name, en, "L'envoyé spécial Steven Witkoff dirigera les négociations.", "en")
        #expect(f.map(\.severity) == [.info], "\(f.map(\.reason))")
        #expect(f.first?.reason == "The French writes Steven for Steve: another form of the name.")
        // A misspelling is still one, and two letters more make another name.
        let g = try Scoring.findings(.name, en, "L'envoyé spécial Steke Witkoff dirigera les négociations.", "en")
        #expect(g.contains { $0.severity == .minor && $0.reason.contains("misspelling") }, "\(g.map(\.reason))")
        let h = try Scoring.findings(.name, "Ivan Petrov will lead the negotiations.", "Ivanov Petrov dirigera les négociations.", "en")
        #expect(!h.contains { $0.reason.contains("another form") }, "\(h.map(\.reason))")
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
            ("The call was welcomed in Beijing.", "L'appel a été salué à Pékin."),
        ]
        for (en, fr) in cases {
            #expect(try Scoring.findings(.name, en, fr, "en").isEmpty, "\(en) | \(fr)")
        }
        try Scoring.expectMajor(.name, [("The call was welcomed in Beijing.", "L'appel a été salué à Tokyo.", "en")])
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
        // Acronyms are often spelled out: a check for the editor, not an alarm.
        #expect(dropped.allSatisfy { $0.severity == .minor && $0.reason.contains("spelled out") }, "\(dropped.map(\.reason))")
    }

    @Test func wordNetCommonWordsMakeTitleCapitalsCommon() throws {
        // The FreeDict lexicon lacks many English words ("northern"); WordNet's common-word list
        // (the file scripts/build-lexicon.sh writes beside it) tells the check "Heavy" is one.
        let en = "The Heavy Industry Ministry met in Geneva."
        let fr = "Le ministère de l'Industrie lourde s'est réuni à Genève."
        let lexicon = BilingualLexicon(entries: [("en", "industry", "fr", "industrie"), ("en", "ministry", "fr", "ministère")])
        let before = try Scoring.findings(.name, en, fr, "en", scorer: DriftScorer(encoder: nil, lexicon: .some(lexicon)))
        #expect(before.contains { slice(en, $0.originalRange) == "Heavy" }, "\(before.map(\.reason))")
        lexicon.addCommonWords("heavy\nheavily\n", language: "en")
        let after = try Scoring.findings(.name, en, fr, "en", scorer: DriftScorer(encoder: nil, lexicon: .some(lexicon)))
        // Geneva is no common word and is still compared as a name (Genève: the same name).
        #expect(after.isEmpty, "\(after.map(\.reason))")
    }

    @Test func anAdjectiveBeforeANameTheOtherLanguageSpellsItsOwnWay() throws {
        // FLORES: «во Французской Гвиане» / «en Guyane». «Guyane» is French's own spelling of
        // «Гвиана» (the dictionary lists it as a name), and French needs no adjective: the
        // adjective before the kept name is a detail, as a first name before a kept surname.
        let lexicon = BilingualLexicon(entries: [("fr", "ville", "ru", "город"), ("fr", "relier", "ru", "соединять")])
        lexicon.markProperNouns("fr\tguyane\n")
        let scorer = DriftScorer(encoder: nil, lexicon: .some(lexicon))
        let ru = "Мост соединяет города во Французской Гвиане.", fr = "Le pont relie les villes en Guyane."
        let f = try Scoring.findings(.name, ru, fr, "ru", scorer: scorer)
        #expect(f.map(\.severity) == [.info] && f[0].reason.contains("keeps Гвиане but not «Французской»"), "\(f.map(\.reason))")
        // Without the dictionary's word, «Guyane» is a misspelling of «Гвиане», and the adjective
        // dropped before it is reported.
        let plain = try Scoring.findings(.name, ru, fr, "ru")
        #expect(plain.contains { $0.reason.contains("Французской") && $0.severity == .major }, "\(plain.map(\.reason))")
    }

    @Test func frenchWordFormsMakeASentenceOpeningCommonButNotAWordInside() throws {
        // FreeDict's French lacks most inflected forms: «Historiquement», opening a DEMETR
        // sentence, was "The original names Historiquement". The word list scripts/build-lexicon.sh
        // copies from Debian's wfrench holds every form; a two-entry lexicon stands in for FreeDict.
        let fr = "Historiquement, la plupart des agriculteurs vivaient à Tripoli."
        let en = "Most farmers lived in Tripoli."
        let lexicon = BilingualLexicon(entries: [("en", "farmer", "fr", "agriculteur"), ("en", "live", "fr", "vivre")])
        let before = try Scoring.findings(.name, fr, en, "fr", "en", scorer: DriftScorer(encoder: nil, lexicon: .some(lexicon)))
        #expect(before.contains { slice(fr, $0.originalRange) == "Historiquement" }, "\(before.map(\.reason))")
        // (Lines may end in CRLF: Swift's split on "\n" would keep "\r\n" lines whole.)
        lexicon.addWordForms("historiquement\r\ntripoli\npierre\r\napr.\n", language: "fr")
        #expect(lexicon.knowsWordForm("historiquement", language: "fr") && lexicon.knowsWordForm("pierre", language: "fr"))
        let after = try Scoring.findings(.name, fr, en, "fr", "en", scorer: DriftScorer(encoder: nil, lexicon: .some(lexicon)))
        #expect(after.isEmpty, "\(after.map(\.reason))")
        // Inside a sentence the list makes no capitalized word common: it holds «tripoli» (a
        // polishing stone) and «pierre», which there are names.
        let dropped = try Scoring.findings(.name, "Les agriculteurs vivaient à Tripoli avec Pierre.", "The farmers lived there.", "fr", "en",
                                           scorer: DriftScorer(encoder: nil, lexicon: .some(lexicon)))
        #expect(dropped.contains { $0.reason.contains("Tripoli") } && dropped.contains { $0.reason.contains("Pierre") }, "\(dropped.map(\.reason))")
        // Only exact forms count, and an abbreviation of the list (a line ending in a period) is none.
        #expect(!lexicon.knowsWordForm("historique", language: "fr"))
        #expect(!lexicon.knowsWordForm("apr.", language: "fr") && !lexicon.knowsWordForm("apr", language: "fr"))
    }

    @Test func wordNetCommonPhrasesInTitleCaseAreNotNames() throws {
        // "Northern" alone is a name for WordNet (it is capitalized in some synset), but the
        // phrase "northern lights" is a lower-case WordNet noun: in title case it names nothing.
        let en = "Tourists came to Tromsø to admire the Northern Lights."
        let fr = "Les touristes sont venus à Tromsø pour admirer les aurores boréales."
        let lexicon = BilingualLexicon(entries: [("en", "tourist", "fr", "touriste"), ("en", "admire", "fr", "admirer")])
        let before = try Scoring.findings(.name, en, fr, "en", scorer: DriftScorer(encoder: nil, lexicon: .some(lexicon)))
        #expect(before.contains { slice(en, $0.originalRange) == "Northern" }, "\(before.map(\.reason))")
        lexicon.addCommonPhrases("northern lights\nworld war\n", language: "en")
        let after = try Scoring.findings(.name, en, fr, "en", scorer: DriftScorer(encoder: nil, lexicon: .some(lexicon)))
        #expect(after.isEmpty, "\(after.map(\.reason))")
        // Only words one space apart form a phrase: a list of names is still a list of names.
        let listed = "Northern, Lights and Tromsø voted."
        let f = try Scoring.findings(.name, listed, "Tromsø a voté.", "en", scorer: DriftScorer(encoder: nil, lexicon: .some(lexicon)))
        #expect(f.contains { slice(listed, $0.originalRange) == "Northern" }, "\(f.map(\.reason))")
        // A phrase the lexicon does not hold stays a name ("Northern Alliance").
        let g = try Scoring.findings(.name, "The Northern Alliance took the city.", "Les rebelles ont pris la ville.", "en",
                                     scorer: DriftScorer(encoder: nil, lexicon: .some(lexicon)))
        #expect(g.contains { slice("The Northern Alliance took the city.", $0.originalRange) == "Northern" }, "\(g.map(\.reason))")
    }

    @Test("a name of several words is quoted in a reason as written, hyphen and all")
    func namesAreQuotedAsWritten() throws {
        // It read "The French names Moyen Orient" beside the excerpt «Moyen-Orient».
        let fr = "Le président a chargé M. Rubio de mener les discussions au Moyen-Orient."
        let f = try Scoring.findings(.name, "I have asked Marco Rubio to lead the talks.", fr, "en")
        #expect(f.contains { $0.reason.contains("names Moyen-Orient;") && slice(fr, $0.translationRange) == "Moyen-Orient" }, "\(f.map(\.reason))")
    }

    @Test func aFullNameRenderedByItsSurnameIsNotASubstitution() throws {
        // "Marco Rubio" → "M. Rubio": the dropped first name is not paired with another name.
        let en = "I have asked Secretary of State Marco Rubio to lead the talks."
        let fr = "Le président a chargé M. Rubio de mener les discussions au Moyen-Orient."
        let f = try Scoring.findings(.name, en, fr, "en")
        #expect(!f.contains { $0.severity == .major }, "\(f.map(\.reason))")
        #expect(f.contains { $0.severity == .info && slice(en, $0.originalRange) == "Marco" && $0.reason.contains("keeps Rubio") })
        // Russian–French, the other way round: the French adds the first name.
        let ru = "Путин поговорил с Трампом."
        let fr2 = "Vladimir Poutine a parlé avec Donald Trump."
        let g = try Scoring.findings(.name, ru, fr2, "ru")
        #expect(g.allSatisfy { $0.severity == .info }, "\(g.map(\.reason))")
        #expect(g.contains { slice(fr2, $0.translationRange) == "Vladimir" })
        // The surname is what identifies the person: keeping only the first name is a dropped name.
        let h = try Scoring.findings(.name, "Vladimir Putin spoke with the press.", "Vladimir a parlé à la presse.", "en")
        #expect(h.contains { $0.severity == .major && slice("Vladimir Putin spoke with the press.", $0.originalRange) == "Putin" })
    }

    @Test func theAuthorNamedForTheOriginalsIIsNotAnAddedName() throws {
        let en = "I just had a lengthy phone call with President Putin."
        let fr = "M. Trump a eu un long appel téléphonique avec le président Poutine."
        let withAuthor = try Scoring.findings(.name, en, fr, "en", context: DriftContext(originalAuthor: "Donald J. Trump"))
        #expect(withAuthor.isEmpty, "\(withAuthor.map(\.reason))")
        let without = try Scoring.findings(.name, en, fr, "en")
        #expect(without.contains { slice(fr, $0.translationRange) == "Trump" })
    }

    @Test func romanNumeralsAreNotNames() throws {
        let en = "We fought so successfully together in World War II."
        let fr = "Nous avons lutté ensemble avec un grand succès durant la Seconde Guerre mondiale."
        // "World" and "War" are common words to the dictionary (a two-entry lexicon here); "II" is
        // no word at all, and was reported as a dropped name.
        let lexicon = BilingualLexicon(entries: [("en", "world", "fr", "monde"), ("en", "war", "fr", "guerre")])
        let w = try Scoring.findings(.name, en, fr, "en", scorer: DriftScorer(encoder: nil, lexicon: .some(lexicon)))
        #expect(w.isEmpty, "\(w.map(\.reason))")
        #expect(LinkSide.isRomanNumeral("II") && LinkSide.isRomanNumeral("XVI") && LinkSide.isRomanNumeral("XIV"))
        #expect(!LinkSide.isRomanNumeral("CIA") && !LinkSide.isRomanNumeral("IIII") && !LinkSide.isRomanNumeral("VX") && !LinkSide.isRomanNumeral("I"))
        // A real name next to a numeral is still compared.
        let f = try Scoring.findings(.name, "Pope Leo XIV met Zelensky.", "Le pape a rencontré Poutine.", "en")
        #expect(f.contains { $0.severity == .major && slice("Pope Leo XIV met Zelensky.", $0.originalRange) == "Zelensky" })
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
        // «le vice-président américain» is Vance, not Trump: the longest role phrase counts.
        let vice = try Scoring.findings(.name, ru, "Peskov a déclaré que Poutine avait invité le vice-président américain.", "ru")
        #expect(vice.contains { slice(ru, $0.originalRange) == "Трампа" }, "\(vice.map(\.reason))")
    }

    @Test func acronymsAreTranslatedWithTheirNames() throws {
        // ФНС (Федеральная налоговая служба) is the FTS, the Federal Tax Service: a translated
        // acronym the exonym table does not know is worth a check only.
        let ru = "ФНС попыталась отнять дом у ветерана.", en = "The FTS tried to take the house from the veteran."
        let f = try Scoring.findings(.name, ru, en, "ru", "en")
        #expect(f.count == 1 && f.first?.severity == .minor, "\(f.map(\.reason))")
        #expect(slice(ru, f.first?.originalRange) == "ФНС" && slice(en, f.first?.translationRange) == "FTS")
        // One the table knows meets its counterpart: РПЦ (Русская православная церковь) is the ROC.
        let known = try Scoring.findings(.name, "РПЦ попыталась отнять дом у ветерана.", "The ROC tried to take the house from the veteran.", "ru", "en")
        #expect(known.isEmpty, "\(known.map(\.reason))")
        // A name for an acronym is still a substitution.
        let g = try Scoring.findings(.name, "L'OTAN a répondu.", "Lavrov replied.", "fr", "en")
        #expect(g.contains { $0.severity == .major && $0.reason.contains("instead") }, "\(g.map(\.reason))")
    }

    @Test func anAcronymWithTheSameLettersInAnotherOrderIsTheSameName() throws {
        // Новая демократическая партия is the Nouveau Parti démocratique: НДП, NPD (FLORES).
        let ru = "Он встретился с лидером НДП Джеком Лейтоном во вторник."
        let fr = "Il a rencontré mardi le chef du NPD, Jack Layton."
        let f = try Scoring.findings(.name, ru, fr, "ru")
        #expect(f.isEmpty, "\(f.map(\.reason))")
        // Other letters are another acronym, worth a check.
        let g = try Scoring.findings(.name, ru, "Il a rencontré mardi le chef du PCD, Jack Layton.", "ru")
        #expect(g.contains { $0.severity == .minor && $0.reason == "The French names PCD; the original does not." }, "\(g.map(\.reason))")
        // And so are letters of the same count in another order that repeat one differently.
        #expect(!NameCheck.permutedAcronyms("NDP", "NPP", NameKeyMaker()))
        #expect(NameCheck.permutedAcronyms("CEP", "PEC", NameKeyMaker()))
        // Two letters are too few to tell.
        #expect(!NameCheck.permutedAcronyms("UE", "EU", NameKeyMaker()))
    }

    @Test func aSentenceOpeningWordTakenForACommonWordMayBeTheName() throws {
        // «сами» is also "themselves"; opening the sentence it is Sami (Tatoeba).
        let f = try Scoring.findings(.name, "Сами пошёл в госпиталь вчера.", "Yesterday, Sami went to the hospital.", "ru", "en")
        #expect(f.isEmpty, "\(f.map(\.reason))")
        // Another first word leaves the name added.
        let g = try Scoring.findings(.name, "Они пошли в госпиталь вчера.", "Yesterday, Sami went to the hospital.", "ru", "en")
        #expect(g.map(\.reason) == ["The English names Sami; the original does not."], "\(g.map(\.reason))")
    }

    @Test func anAcronymItsSentenceSpellsOutIsNoNameOfItsOwn() throws {
        // "Le Kruger National Park (KNP)": the parenthesis only abbreviates the name before it.
        let ru = "Национальный парк Крюгера расположен на северо-востоке Южной Африки."
        let fr = "Le Kruger National Park (KNP) se situe au nord-est de l'Afrique du Sud."
        let f = try Scoring.findings(.name, ru, fr, "ru")
        #expect(!f.contains { $0.reason.contains("KNP") }, "\(f.map(\.reason))")
        // A letter may stand inside a word of the long form (REFreSD: the French spells it out only).
        let ukirt = try Scoring.findings(.name, "They can be seen with the United Kingdom Infrared Telescope (UKIRT).",
                                         "On les voit avec le télescope infrarouge du Royaume-Uni.", "en")
        #expect(!ukirt.contains { $0.reason.contains("UKIRT") }, "\(ukirt.map(\.reason))")
        // But the first letter starts a word: "Grand Kingdom Infrared Telescope" does not spell UKIRT.
        let grand = try Scoring.findings(.name, "They can be seen with the Grand Kingdom Infrared Telescope (UKIRT).",
                                         "On les voit avec le grand télescope infrarouge du Royaume.", "en")
        #expect(grand.contains { $0.reason.contains("UKIRT") }, "\(grand.map(\.reason))")
        // The long form may follow the acronym, and skip a word («de»).
        let en = "The Union said it would vote."
        let g = try Scoring.findings(.name, en, "L'UDC (Union démocratique du centre) a dit qu'elle voterait.", "en")
        #expect(!g.contains { $0.reason.contains("UDC") }, "\(g.map(\.reason))")
        // The words that spell out an acronym the original names are rendered with it
        // (FLORES: «L'USGS (United States Geological Survey)» / «Геологическая служба США (USGS)»).
        let usgs = try Scoring.findings(.name, "Служба USGS не получала сообщений.",
                                        "L'USGS (United States Geological Survey) n'a reçu aucun rapport.", "ru")
        #expect(usgs.isEmpty, "\(usgs.map(\.reason))")
        // Not when the original lacks the acronym.
        let none = try Scoring.findings(.name, "Служба не получала сообщений.",
                                        "L'USGS (United States Geological Survey) n'a reçu aucun rapport.", "ru")
        #expect(none.contains { $0.reason.contains("Survey") }, "\(none.map(\.reason))")
        // An acronym in parentheses after words that do not spell it is added.
        let h = try Scoring.findings(.name, ru, "Le parc national Kruger (KNP) se situe au nord-est de l'Afrique du Sud.", "ru")
        #expect(h.contains { $0.severity == .minor && $0.reason == "The French names KNP; the original does not." }, "\(h.map(\.reason))")
        // Without the parenthesis it is a name of its own.
        let k = try Scoring.findings(.name, ru, "Le Kruger National Park KNP se situe au nord-est de l'Afrique du Sud.", "ru")
        #expect(k.contains { $0.reason.contains("KNP") }, "\(k.map(\.reason))")
        // A dropped acronym the original spells out is still a substitution when the translation
        // names something else in its place (REFreSD: "(SSPP)" / «ACIREPh»).
        let s = try Scoring.findings(.name, "The society for the study of process philosophies (SSPP) met.",
                                     "L'association pour la création (ACIRE) s'est réunie.", "en")
        #expect(s.map(\.reason) == ["The original has the acronym SSPP, the French ACIRE: check they stand for the same name."],
                "\(s.map(\.reason))")
    }

    @Test func placeAdjectivesNameThePlace() throws {
        // Russian writes "Рязанской области", "Химкинский суд"; English "Ryazan", "Khimki".
        let cases = [("Он родился в Рязанской области.", "He was born in the Ryazan region."),
                     ("Химкинский суд приговорил девушку.", "The Khimki court sentenced the girl."),
                     ("Санкции нанесут удар по путинскому режиму.", "The sanctions will deal a blow to Putin's regime.")]
        for (ru, en) in cases {
            let f = try Scoring.findings(.name, ru, en, "ru", "en")
            #expect(f.isEmpty, "\(ru) | \(en): \(f.map(\.reason))")
        }
        // Another place is still another place.
        let moved = try Scoring.findings(.name, "Он родился в Рязанской области.", "He was born in the Tula region.", "ru", "en")
        #expect(moved.contains { $0.severity == .major }, "\(moved.map(\.reason))")
    }

    @Test func theEnglishFirstPersonIsNoName() throws {
        // With a dictionary, an unknown capitalized word at the start of a sentence is a name;
        // "I'll", "I've", "I'm" are the pronoun, whatever the dictionary holds.
        let lexicon = BilingualLexicon(entries: [("en", "tell", "ru", "рассказать"), ("en", "money", "ru", "деньги")])
        let scorer = DriftScorer(encoder: nil, lexicon: .some(lexicon))
        for en in ["I'll tell you about mine:", "I've lost our money.", "I'm in love with her."] {
            let f = try Scoring.findings(.name, "Расскажу про свой:", en, "ru", "en", scorer: scorer)
            #expect(!f.contains { $0.reason.contains("I'") }, "\(en): \(f.map(\.reason))")
        }
        // A name there still is one.
        let g = try Scoring.findings(.name, "Расскажу про свой:", "Peskov will tell you about his.", "ru", "en", scorer: scorer)
        #expect(g.contains { $0.reason.contains("Peskov") }, "\(g.map(\.reason))")
    }

    @Test func aCapitalizedCommonWordIsNotAMisspelledName() throws {
        // "Репортаж из Грозного" → "Reporting from Grozny": a cognate at the start of a title,
        // a word the dictionary knows.
        let lexicon = BilingualLexicon(entries: [("en", "reporting", "ru", "репортаж"), ("en", "report", "ru", "доклад")])
        let scorer = DriftScorer(encoder: nil, lexicon: .some(lexicon))
        let f = try Scoring.findings(.name, "Репортаж из Грозного", "Reporting from Grozny", "ru", "en", scorer: scorer)
        #expect(f.isEmpty, "\(f.map(\.reason))")
        // A misspelled name still is one.
        let g = try Scoring.findings(.name, "Переговорщик Уиткофф прилетел в Москву.", "Le négociateur Whitoff est arrivé à Moscou.", "ru", scorer: scorer)
        #expect(g.contains { $0.reason.contains("misspelling") }, "\(g.map(\.reason))")
    }

    @Test(.enabled(if: Scoring.modelInstalled, Scoring.skipReason))
    func aSentenceInitialWordWithACounterpartIsNoName() throws {
        // Russian capitalizes "Опишите" (describe) at the start of a sentence, in a form the
        // dictionary lacks (MLQE-PE ru–en dev).
        let lexicon = BilingualLexicon(entries: [("en", "life", "ru", "жизнь"), ("en", "work", "ru", "дело")])
        let scorer = DriftScorer(encoder: try USEMultilingualEncoder(modelDirectory: Scoring.modelDirectory), lexicon: .some(lexicon))
        for (ru, en) in [("Опишите жизнь программиста.", "Describe the life of a programmer."),
                         ("Брось грязное дело — пойдем трубы чистить.", "Quit the dirty work and let's go pipe cleaning.")] {
            let f = try Scoring.findings(.name, ru, en, "ru", "en", scorer: scorer)
            #expect(f.isEmpty, "\(ru): \(f.map(\.reason))")
        }
        // A dropped name at the start of a sentence is still reported.
        let g = try Scoring.findings(.name, "Песков описал жизнь программиста.", "He described the life of a programmer.", "ru", "en", scorer: scorer)
        #expect(g.contains { $0.severity == .major }, "\(g.map(\.reason))")
    }

    @Test(.enabled(if: Scoring.modelInstalled, Scoring.skipReason))
    func englishWordsKeptInAFrenchNameAreTranslatedByTheRussian() throws {
        // FLORES ru–fr: the French keeps the English name the Russian translates. "Hurricane",
        // "Highway", "Commonwealth" are English common words and no French words: their
        // counterparts need the word alignment's bar, not a name's.
        let lexicon = BilingualLexicon(entries: [("fr", "centre", "ru", "центр"), ("fr", "menace", "ru", "угроза"), ("fr", "police", "ru", "полиция")])
        lexicon.addCommonWords("hurricane\ncenter\nhighway\npatrol\ncommonwealth\ngames\n", language: "en")
        let scorer = DriftScorer(encoder: try USEMultilingualEncoder(modelDirectory: Scoring.modelDirectory), lexicon: .some(lexicon))
        for (ru, fr) in [
            ("Согласно Национальному ураганному центру, Джерри не представляет угрозы.",
             "Le National Hurricane Center affirme que Jerry ne représente aucune menace."),
            ("Полицейский Калифорнийского дорожного патруля остановил движение.",
             "Un agent de la California Highway Patrol a arrêté la circulation."),
            ("Он должен был участвовать в эстафетах на Играх Содружества.", "Il devait participer aux relais des Jeux du Commonwealth."),
        ] {
            let f = try Scoring.findings(.name, ru, fr, "ru", scorer: scorer).filter { $0.severity >= .minor }
            #expect(f.isEmpty, "\(fr): \(f.map(\.reason))")
        }
        // An English name the Russian does not translate is still an added name, and against an
        // English original a kept word meets the original's own word, so the bar stays a name's.
        let g = try Scoring.findings(.name, "Джерри не представляет угрозы.", "Selon le Wall Street Journal, Jerry ne représente aucune menace.", "ru", scorer: scorer)
        #expect(g.contains { $0.severity == .minor && $0.reason.contains("Wall") }, "\(g.map(\.reason))")
        #expect(NameCheck.isKeptEnglishWord(2, LinkSide(text: "Le National Hurricane Center", language: "fr") { _, _ in false },
                                            otherLanguage: "ru", lexicon: lexicon))
        #expect(!NameCheck.isKeptEnglishWord(2, LinkSide(text: "Le National Hurricane Center", language: "fr") { _, _ in false },
                                             otherLanguage: "en", lexicon: lexicon))
    }

    @Test func abbreviatedRanksAreNotNames() throws {
        let en = "He served under Maj. Gen. Don Carlos Buell and Brig. Gen. Jacob Ammen."
        let fr = "Il a servi sous les ordres du major général Don Carlos Buell et du brigadier général Jacob Ammen."
        let f = try Scoring.findings(.name, en, fr, "en")
        #expect(f.isEmpty, "\(f.map(\.reason))")
        // The officers' names are still compared.
        let g = try Scoring.findings(.name, en, "Il a servi sous les ordres du major général Don Carlos Buell et du brigadier général Lavrov.", "en")
        #expect(g.contains { $0.severity == .major }, "\(g.map(\.reason))")
    }

    @Test func aNameRelationAskedAgainIsTheSame() {
        // Relations are remembered (a long link asks for the same few names again and again):
        // asked twice, in either order, after other questions, each answer is the first one.
        let keys = NameKeyMaker()
        let questions = [("Уиткофф", "Witkoff"), ("Witkoff", "Whitoff"), ("Гордон", "Hudson"), ("Whitoff", "Witkoff")]
        let first = questions.map { keys.relation($0.0, $0.1) }
        #expect(first == [.same, .misspelled, .different, .misspelled])
        #expect(questions.map { keys.relation($0.0, $0.1) } == first)
    }

    @Test func russianRenderingsOfAForeignFirstLetterAreTransliterations() throws {
        // From FLORES fr–ru dev pairs: H as Г or Х, W as У, J as Й or Е.
        let keys = NameKeyMaker()
        for (ru, latin) in [("Галифаксе", "Halifax"), ("Ховард", "Howard"), ("Гамбург", "Hamburg"), ("Уэльс", "Wales"),
                            ("Уильям", "William"), ("Йенсен", "Jensen"), ("Елинек", "Jelinek")] {
            #expect(keys.relation(ru, latin) == .same, "\(ru) / \(latin)")
        }
        // Other names stay apart, and a near miss stays a misspelling.
        #expect(keys.relation("Уиткофф", "Whitoff") != .same)
        for (ru, latin) in [("Гордон", "Hudson"), ("Ушаков", "Peskov"), ("Уолтерс", "Wilson"), ("Ермаков", "Johnson")] {
            #expect(keys.relation(ru, latin) == .different, "\(ru) / \(latin)")
        }
        let f = try Scoring.findings(.name, "Премьер-министр Джон Ховард заявил, что закон нужен.", "Le Premier ministre John Howard a déclaré que la loi était nécessaire.", "ru")
        #expect(!f.contains { $0.severity == .major }, "\(f.map(\.reason))")
        let g = try Scoring.findings(.name, "Премьер-министр Джон Гордон заявил, что закон нужен.", "Le Premier ministre John Howard a déclaré que la loi était nécessaire.", "ru")
        #expect(g.contains { $0.severity == .major }, "\(g.map(\.reason))")
    }
    @Test func russianHNamesAndTwoConsonantNames() throws {
        // FLORES fr–ru dev pairs where the check said the French put another name: the first "h"
        // counts as a consonant of the name, and two-consonant names meet on their classes.
        let keys = NameKeyMaker()
        for (ru, latin) in [("Херши", "Hershey"), ("Хэнкоком", "Hancock"), ("Чейз", "Chase"), ("Рубио", "Rubio")] {
            #expect(keys.relation(ru, latin) == .same, "\(ru) / \(latin)")
        }
        for (ru, latin) in [("Херши", "Hamilton"), ("Чейз", "Chen"), ("Хейл", "Hill"), ("Лавров", "Rubio")] {
            #expect(keys.relation(ru, latin) == .different, "\(ru) / \(latin)")
        }
        #expect(keys.relation("Уиткофф", "Whitoff") != .same)
        let f = try Scoring.findings(.name, "Эксперимент Херши и Чейз стал одним из главных доказательств.",
                                     "L'expérience Hershey et Chase a été l'une des principales preuves.", "ru")
        #expect(f.isEmpty, "\(f.map(\.reason))")
    }

    @Test func russianModalWordsOpeningASentenceAreNotNames() throws {
        // FLORES fr–ru dev pairs: «Можно», «Некогда» at a sentence start read as dropped names.
        let kept = [
            ("Можно только гадать, что станет с клавиатурой.", "On ne peut que se demander ce que le clavier deviendra."),
            ("Некогда древний город Смирна сегодня является современным торговым центром.", "L'antique cité de Smyrne est aujourd'hui un centre commercial moderne."),
        ]
        for (ru, fr) in kept {
            let f = try Scoring.findings(.name, ru, fr, "ru")
            #expect(!f.contains { $0.severity == .major }, "\(ru): \(f.map(\.reason))")
            // With a dictionary that lacks the word (FreeDict's Russian lacks both), it is still no name.
            let side = LinkSide(text: ru, language: "ru") { _, _ in false }
            #expect(!side.names.contains { ["Можно", "Некогда"].contains($0.text) }, "\(side.names.map(\.text))")
        }
        // The name in the sentence is still one.
        let f = try Scoring.findings(.name, "Некогда древний город Смирна сегодня является торговым центром.", "La ville antique est aujourd'hui un centre commercial.", "ru")
        #expect(f.contains { $0.severity == .major }, "\(f.map(\.reason))")
    }

    @Test func unknownRussianWordsOpeningASentenceAreWeakUnlessTheyLookLikeNames() {
        // MLQE ru–en dev pairs: «Скажи», «Таким», «Стоит» opening a sentence, unknown to the
        // dictionary, were names the English "dropped". A dictionary that knows no word:
        let weak = { (text: String) in LinkSide(text: text, language: "ru") { _, _ in false }.names.map { ($0.text, $0.isWeak) } }
        #expect(weak("Скажи мне правду.").allSatisfy { $0.1 })
        #expect(weak("Таким образом, победил другой.").allSatisfy { $0.1 })
        #expect(weak("Стоит ли использовать лямки?").allSatisfy { $0.1 })
        #expect(weak("Комиссия приняла решение.").allSatisfy { $0.1 })
        #expect(weak("Коротко о главном.").allSatisfy { $0.1 })
        // A surname's ending, or a capitalized word after it, keeps a name strong.
        #expect(weak("Песков заявил, что встреча прошла хорошо.").contains { $0.0 == "Песков" && !$0.1 })
        #expect(weak("Ушакова спросили о встрече.").contains { $0.0 == "Ушакова" && !$0.1 })
        #expect(weak("Владимир Путин заявил, что готов.").contains { $0.0 == "Владимир" && !$0.1 })
        // Inside a sentence, a capital still makes a name.
        #expect(weak("Вчера Уиткофф прилетел в Москву.").contains { $0.0 == "Уиткофф" && !$0.1 })
    }

    @Test("a quotation mark standing alone opens a quotation: its first word's capital says nothing")
    func singleQuoteOpensAQuotation() throws {
        // TransRead (Alice): "' Anything you like , ' said the Footman" — "Anything" was a name
        // the French dropped. An apostrophe inside or against a word is no quotation mark.
        // (A dictionary that lacks "anything": asked for positive evidence, as for a capital
        // inside a sentence, it says no; at a sentence or quotation start, a known-looking word
        // is taken as common.)
        let side = { (text: String) in LinkSide(text: text, language: "en") { w, strict in !strict && ["anything", "europe"].contains(w) } }
        #expect(side("' Anything you like , ' said the Footman .").names.allSatisfy { $0.isWeak || $0.text == "Footman" })
        #expect(side("He said ' Anything you like ' to the Footman .").names.allSatisfy { $0.isWeak || $0.text == "Footman" })
        #expect(side("He hates Europe 's rules .").names.contains { $0.text == "Europe" && !$0.isWeak })
        #expect(try Scoring.findings(.name, "' Anything you like , ' said the Footman .", "« Tout ce que vous voudrez », dit le Laquais .", "en")
            .allSatisfy { !$0.reason.contains("Anything") })
    }

    @Test("plural adjectives of place names and the United States in every case")
    func pluralAdjectivesAndCasesOfTheUnitedStates() throws {
        // FLORES ru–fr dev pairs: «Южные Шетландские острова» / «les îles Shetland du Sud» was a
        // misspelling, «в Соединённых Штатах» / «aux États-Unis» a name the original lacked.
        for (ru, fr) in [("На Шетландские острова приезжают туристы.", "Des touristes viennent aux îles Shetland."),
                         ("Он говорил с Шетландскими рыбаками.", "Il a parlé aux pêcheurs des Shetland."),
                         ("Доклад призывает к консенсусу в Соединённых Штатах.", "Le rapport appelle à un consensus aux États-Unis."),
                         ("Соединенные Штаты ввели санкции.", "Les États-Unis ont imposé des sanctions.")] {
            let f = try Scoring.findings(.name, ru, fr, "ru")
            #expect(!f.contains { $0.severity >= .minor }, "\(ru): \(f.map(\.reason))")
        }
        try Scoring.expectMajor(.name, [
            ("Он говорил с Шетландскими рыбаками.", "Il a parlé aux pêcheurs des Féroé.", "ru"),
            ("Доклад призывает к консенсусу в Соединённых Штатах.", "Le rapport appelle à un consensus au Canada.", "ru"),
        ])
    }

    @Test func agenciesAndCountriesWrittenTheirOwnWay() throws {
        // FLORES fr–ru dev pairs: ФБР is the FBI, ИГИЛ «l'État islamique» or «ÉI», Южная Африка
        // and ЮАР «l'Afrique du Sud»; «Госдуме» is a case of «Госдума».
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("ФБР арестовало подозреваемого в Вашингтоне.", "Le FBI a arrêté le suspect à Washington.", "ru"),
            ("ИГИЛ взял на себя ответственность за нападение.", "L'État islamique a revendiqué l'attaque.", "ru"),
            ("Сборная Южной Африки победила Замбию.", "L'équipe d'Afrique du Sud a battu la Zambie.", "ru"),
            ("ЮАР начала турнир с победы.", "L'Afrique du Sud a commencé le tournoi par une victoire.", "ru"),
            ("В Госдуме предложили новый закон.", "À la Douma, un nouveau texte a été proposé.", "ru"),
            // The mediators and the fund of the 2025 talks.
            ("Посредником выступили ОАЭ.", "Les Émirats arabes unis ont servi de médiateur.", "ru"),
            ("Делегацию возглавил глава РФПИ Кирилл Дмитриев.", "La délégation était dirigée par le chef du RDIF Kirill Dmitriev.", "ru"),
        ])
        try Scoring.expectMajor(.name, [("ФБР арестовало подозреваемого.", "La CIA a arrêté le suspect.", "ru"),
                                        ("Посредником выступили ОАЭ.", "Le Qatar a servi de médiateur.", "ru")])
    }

    @Test func aNameInTwoWordsMeetsItInOne() throws {
        // TransRead dev pairs (Candide): "El Dorado" is «Eldorado».
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("We return with sheep loaded with the pebbles of El Dorado .", "Nous retournons avec des moutons chargés de cailloux d' Eldorado .", "en"),
            ("We return with sheep loaded with the pebbles of Eldorado .", "Nous retournons avec des moutons chargés de cailloux d' El Dorado .", "en"),
        ])
        try Scoring.expectMajor(.name, [("We return with the pebbles of El Dorado .", "Nous retournons avec les cailloux de Lima .", "en")])
    }

    @Test func germanNounsAreNotNames() throws {
        // Text+Berg dev pairs: German capitalizes every noun, so "Regierung" and "Gipfel" are no
        // names the French dropped (565 major name findings on 233 faithful pairs before).
        let de = "Alles ist der Regierung von Nepal vorzulegen , bevor es irgendwo publiziert werden darf ."
        let fr = "Tout doit être soumis au Gouvernement népalais avant d' être publié où que ce soit ."
        let n = try Scoring.findings(.name, de, fr, "de")
        // (Without a dictionary, the French «Gouvernement» may read as an added name; the German side reports nothing.)
        #expect(!n.contains { $0.originalRange != nil }, "\(n.map(\.reason))")
        let g = try Scoring.findings(.name, "Um 16 Uhr standen sie am Fusse des dritten Turmes , und hinter ihm erschien der Gipfel .",
                                     "A 16 heures , ils sont au pied de la troisième tour , au delà de laquelle apparaît le sommet .", "de")
        #expect(g.isEmpty, "\(g.map(\.reason))")
        // A name the French misspells is still one, and an acronym is still a name.
        let w = try Scoring.findings(.name, "Steve Witkoff traf Putin in Moskau.", "Steve Whitoff a rencontré Poutine à Moscou.", "de")
        #expect(w.map(\.severity) == [.minor], "\(w.map(\.reason))")
        let u = try Scoring.findings(.name, "Die UNO verurteilte den Angriff.", "L'attaque a été condamnée.", "de")
        #expect(u.count == 1, "\(u.map(\.reason))")
        // English keeps reading capitals as names.
        let e = try Scoring.findings(.name, "Steve Witkoff met the Ratay family.", "Steve Witkoff a rencontré la famille.", "en")
        #expect(e.contains { $0.severity == .major }, "\(e.map(\.reason))")
    }

    @Test func soundsSpelledDifferentlyInsideANameMeet() throws {
        // FLORES fr–ru dev pairs the check called misspelled or other names: Х for an inner "h",
        // a German "ch", "g" before e sounding "dzh", "ng" before a consonant, and Pinyin written
        // by the Palladius system (Синьхуа / Xinhua; Xi Jinping is Си Цзиньпин in Kremlin readouts).
        let keys = NameKeyMaker()
        for (ru, latin) in [("Эхуда", "Ehud"), ("Мадхья", "Madhya"), ("Сахелем", "Sahel"), ("Михаэль", "Michael"),
                            ("Педжета", "Paget"), ("Гонконг", "Hongkong"), ("Синьхуа", "Xinhua"), ("Цзинь", "Jin"),
                            ("Си", "Xi"), ("Цзиньпин", "Jinping"), ("Чжоу", "Zhou"), ("Цин", "Qing"), ("Кристофер", "Christopher"),
                            ("Гавайях", "Hawaii"), ("Хейл", "Hale"), ("Холл", "Hall"), ("Блейк", "Blake"), ("Рижского", "Riga"),
                            ("Пражской", "Prague"),
                            // The "ch" a К and the "ge" a ДЖ at once (the August 2025 summit's city).
                            ("Анкоридже", "Anchorage")] {
            #expect(keys.relation(ru, latin) == .same, "\(ru) / \(latin)")
        }
        // Other names stay apart.
        for (ru, latin) in [("Эхуда", "Ehrlich"), ("Михаэль", "Mitchell"), ("Си", "Xu"), ("Цзинь", "Chen"), ("Хейл", "Hill"), ("Холл", "Hill"),
                            ("Хейл", "Hall"), ("Рижского", "Rome"),
                            ("Гонконг", "Hamburg"), ("Педжета", "Peters"), ("Анкоридже", "Anchorena"), ("Анкоридже", "Acheron")] {
            #expect(keys.relation(ru, latin) != .same, "\(ru) / \(latin)")
        }
        let f = try Scoring.findings(.name, "Председатель КНР Си Цзиньпин посетил Гонконг и агентство Синьхуа.",
                                     "Le président chinois Xi Jinping a visité Hong Kong et l'agence Xinhua.", "ru")
        // («КНР» rendered «chinois» is left as info: the names are all there.)
        #expect(!f.contains { $0.severity >= .minor }, "\(f.map(\.reason))")
        let g = try Scoring.findings(.name, "Председатель КНР Си Цзиньпин посетил Гонконг.", "Le président chinois Hu Jintao a visité Hong Kong.", "ru")
        #expect(g.contains { $0.severity == .major }, "\(g.map(\.reason))")
    }

    @Test("an English final i…e says «ай», and an initial wh the «у» Russian writes")
    func englishLongIMeetsItsRussianSpelling() throws {
        let keys = NameKeyMaker()
        for (ru, latin) in [("Уайтом", "White"), ("Майк", "Mike"), ("Найк", "Nike"), ("Уайлд", "Wilde")] {
            #expect(keys.relation(ru, latin) == .same, "\(ru) / \(latin)")
        }
        // Other names stay apart: the vowel read as «ай» changes no consonant.
        for (ru, latin) in [("Уайтом", "Wade"), ("Майк", "Mark"), ("Уэйд", "White")] {
            #expect(keys.relation(ru, latin) != .same, "\(ru) / \(latin)")
        }
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Мы с господином Уайтом не друзья, а лишь знакомые.", "Mr White and I are not friends, only acquaintances.", "ru"),
        ], to: "en")
        try Scoring.expectMajor(.name, [
            ("Мы с господином Уайтом не друзья, а лишь знакомые.", "Mr Wade and I are not friends, only acquaintances.", "ru"),
        ], to: "en")
    }

    @Test("a Latin name in -o meets the -on French and Russian write: Nero / «Néron» / «Нерон»")
    func latinNamesInOKeepTheirN() throws {
        // Tatoeba ru–en: «Карфаген был построен Дидоной.» / "…built by Dido." was a major "names
        // Дидоной; the English has Dido instead", and Nero / «Néron» a misspelling.
        let keys = NameKeyMaker()
        for (a, b) in [("Дидоной", "Dido"), ("Нерон", "Nero"), ("Néron", "Nero"), ("Platon", "Plato"), ("Léon", "Leo"), ("Othon", "Otto")] {
            #expect(keys.relation(a, b) == .same, "\(a) / \(b)")
        }
        // Only a final "-o" gains the "n", and not after "i": Mario is not Marion.
        for (a, b) in [("Нерон", "Nora"), ("Marion", "Mario"), ("Дидоной", "Diego")] {
            #expect(keys.relation(a, b) != .same, "\(a) / \(b): \(keys.relation(a, b))")
        }
        try Scoring.expectNone(.name, atOrAbove: .minor, [("Карфаген был построен Дидоной.", "Carthage was built by Dido.", "ru")], to: "en")
        try Scoring.expectNone(.name, atOrAbove: .minor, [("Rome was ruled by Nero.", "Rome était gouvernée par Néron.", "en")])
        try Scoring.expectMajor(.name, [("Карфаген был построен Дидоной.", "Carthage was built by Nero.", "ru")], to: "en")
        try Scoring.expectMajor(.name, [("Rome was ruled by Nero.", "Rome était gouvernée par Caligula.", "en")])
    }

    @Test("French names meet their Russian spelling, which follows French pronunciation")
    func frenchNamesAsRussianWritesThem() throws {
        // Kremlin readouts name French politicians and places as they sound: silent final
        // consonants and «e», "j"/"ge" as Ж, "ch" as Ш, "eau" as О, "ier" as ЬЕ, «ç» as С.
        let keys = NameKeyMaker()
        for (ru, latin) in [("Барро", "Barrot"), ("Олланд", "Hollande"), ("Жорж", "Georges"), ("Бордо", "Bordeaux"), ("Ив", "Yves"),
                            ("Жерар", "Gérard"), ("Депардье", "Depardieu"), ("Барнье", "Barnier"), ("Ришелье", "Richelieu"),
                            ("Франсуа", "François"), ("Жак", "Jacques"), ("Шарль", "Charles"), ("Шампань", "Champagne"),
                            ("Гийом", "Guillaume"), ("Фийон", "Fillon"), ("Тулузе", "Toulouse"), ("Жоливе", "Jolivet"),
                            ("Нант", "Nantes"), ("Кале", "Calais"), ("Роже", "Roger"),
                            // …and back: the French press writes an initial Е as «Ie».
                            ("Ермак", "Iermak"), ("Евгений", "Ievgueni"), ("Екатерину", "Iekaterina")] {
            #expect(keys.relation(ru, latin) == .same, "\(ru) / \(latin)")
        }
        // Other names stay apart. (A one-letter difference across scripts was already
        // transliteration noise: «Барро» meets "Barre" by its consonants.)
        for (ru, latin) in [("Жорж", "Jacques"), ("Жак", "Georges"), ("Барнье", "Bernard"), ("Жак", "Jacob"), ("Барнье", "Barbier"),
                            ("Кале", "Callas"), ("Гийом", "Gilles"), ("Бордо", "Lyon"), ("Тулузе", "Tours"),
                            ("Ермак", "Iermolov"), ("Егоров", "Ievguenov")] {
            #expect(keys.relation(ru, latin) != .same, "\(ru) / \(latin)")
        }
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Франсуа Олланд и Жан-Ноэль Барро прибыли в Бордо.", "François Hollande et Jean-Noël Barrot sont arrivés à Bordeaux.", "ru"),
            ("Мост соединяет Ояпоки и Сен-Жорж-де-л'Ояпок.", "Le pont relie Oiapoque et Saint-Georges-de-l'Oyapock.", "ru"),
            ("Министр иностранных дел Франции Жан-Ноэль Барро прибыл в Москву.",
             "Le ministre français des Affaires étrangères Jean-Noël Barrot est arrivé à Moscou.", "ru"),
            // And Russian names as the French press writes them: «ï» for Й, "ou" for У, "ch" for Ш.
            ("Николай Патрушев и Сергей Шойгу встретились с Валерием Герасимовым.",
             "Nikolaï Patrouchev et Sergueï Choïgou ont rencontré Valeri Guerassimov.", "ru"),
            ("Владимир Мединский возглавил делегацию в Стамбуле.", "Vladimir Medinski a dirigé la délégation à Istanbul.", "ru"),
            ("Андрей Ермак встретился с Евгением Шмыгалем.", "Andriï Iermak a rencontré Ievgueni Chmygal.", "ru"),
        ])
        try Scoring.expectMajor(.name, [
            ("Франсуа Олланд прибыл в Бордо.", "François Hollande est arrivé à Toulouse.", "ru"),
            ("Жорж Помпиду позвонил Брежневу.", "Jacques Chirac a appelé Brejnev.", "ru"),
            ("Сергей Шойгу встретился с Валерием Герасимовым.", "Sergueï Lavrov a rencontré Valeri Guerassimov.", "ru"),
        ])
    }

    @Test("Japanese names meet their Russian spelling by the Polivanov system")
    func japaneseNamesByPolivanov() throws {
        // FLORES: «атомной электростанции "Сика"» / «centrale nucléaire de Shika».
        let keys = NameKeyMaker()
        for (ru, latin) in [("Сика", "Shika"), ("Исиба", "Ishiba"), ("Фукусима", "Fukushima"), ("Хиросиме", "Hiroshima"),
                            ("Кисида", "Kishida"), ("Синдзо", "Shinzo"), ("Тиба", "Chiba")] {
            #expect(keys.relation(ru, latin) == .same, "\(ru) / \(latin)")
        }
        // Other names stay apart: "chi" is Ти, not Си; "shi" is Си, not Ти.
        for (ru, latin) in [("Сика", "Chika"), ("Тиба", "Shiba")] {
            #expect(keys.relation(ru, latin) != .same, "\(ru) / \(latin)")
        }
        let f = try Scoring.findings(.name, "Реакторы на атомной электростанции \"Сика\" были остановлены.",
                                     "Les réacteurs de la centrale nucléaire de Shika ont été arrêtés.", "ru")
        #expect(!f.contains { $0.severity >= .minor }, "\(f.map(\.reason))")
    }

    @Test("a French adjective of place names the place: «majorquine» for Majorca")
    func frenchAdjectivesOfPlace() throws {
        #expect(NameCheck.frenchAdjectiveStems("majorquine") == ["majorqu"])
        #expect(NameCheck.frenchAdjectiveStems("saoudiennes") == ["saoud"])
        #expect(NameCheck.frenchAdjectiveStems("main").isEmpty)
        // FLORES: «Кухня Майорки» / «La cuisine majorquine».
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Кухня Майорки основывается на овощах.", "La cuisine majorquine est basée sur les légumes.", "ru"),
            ("Туристы посетили Майорку.", "Les touristes ont visité l'île majorquine.", "ru"),
        ])
        // Another adjective does not name the place.
        try Scoring.expectMajor(.name, [("Туристы посетили Майорку.", "Les touristes ont visité l'île méditerranéenne.", "ru")])
        // A two-word name said by a one-word adjective: FLORES «гонконгских туристов» / «touristes de
        // Hong Kong», and "Hong Kong tourists" / «touristes hongkongais».
        let f = try Scoring.findings(.name, "Боевики взяли в заложники гонконгских туристов.",
                                     "Les combattants ont pris en otage des touristes de Hong Kong.", "ru")
        #expect(!f.contains { $0.severity >= .minor }, "\(f.map(\.reason))")
        let g = try Scoring.findings(.name, "The fighters took Hong Kong tourists hostage.", "Les combattants ont pris en otage des touristes hongkongais.", "en")
        #expect(!g.contains { $0.severity >= .minor }, "\(g.map(\.reason))")
        // A short word does not stand for a two-word name by chance («deux» is no «Ти-Рекс»).
        try Scoring.expectMajor(.name, [("Они ходят на двух лапах как Ти-Рекс.", "Ils marchent sur leurs deux pattes arrière.", "ru"),
                                        ("The fighters took Hong Kong tourists hostage.", "Les combattants ont pris en otage des touristes chinois.", "en")])
    }

    @Test func twoWordNamesSpelledApartOnBothSides() throws {
        // «Нью-Йорк» / "New York": "Нью" alone is no "New"; the two words together are the name.
        let f = try Scoring.findings(.name, "9 июля он приказал зачитать его перед войсками в Нью-Йорке.",
                                     "Le 9 juillet, il l'a fait lire à ses troupes à New York.", "ru")
        #expect(f.isEmpty, "\(f.map(\.reason))")
        let g = try Scoring.findings(.name, "9 июля он приказал зачитать его перед войсками в Нью-Йорке.",
                                     "Le 9 juillet, il l'a fait lire à ses troupes à New Delhi.", "ru")
        #expect(g.contains { $0.severity == .major }, "\(g.map(\.reason))")
    }

    @Test func frenchRomanOrdinalsAreNotNames() throws {
        // «XVIe siècle», «Xe siècle» were "names the original does not have".
        for word in ["XVIe", "XVIème", "Xe", "Ier", "IIᵉ"] { #expect(LinkSide.romanWithOrdinalEnding(word) != nil, "\(word)") }
        for word in ["Vie", "Me", "Ce", "Ile", "Xavier", "LXe"] { #expect(LinkSide.romanWithOrdinalEnding(word) == nil, "\(word)") }
        let f = try Scoring.findings(.name, "В XVI веке Парагвай возник в результате столкновения завоевателей с коренным населением.",
                                     "Au XVIe siècle, le Paraguay est né de la rencontre entre les conquérants et les populations indigènes.", "ru")
        #expect(f.isEmpty, "\(f.map(\.reason))")
    }

    @Test func placesTheDictionaryKnowsAreStillNames() throws {
        // DEMETR ne_removed dev items: «Bahreïn», «Californie» dropped from the English went
        // unreported, as the dictionary knew them and a known word was taken for a common one.
        // FreeDict writes them only with a capital (scripts/drift/build_lexicon.py lists those).
        let entries = [("en", "bahrain", "fr", "bahreïn"), ("en", "california", "fr", "californie"), ("en", "law", "fr", "loi"),
                       ("en", "swedish", "fr", "suédois"), ("en", "border", "fr", "frontière"),
                       ("en", "brandenburg", "fr", "brandebourg"), ("en", "church", "fr", "église")]
        let marked = BilingualLexicon(entries: entries)
        marked.markProperNouns("en\tbahrain\nfr\tbahreïn\nen\tcalifornia\nfr\tcalifornie\nen\tswedish\nfr\tbrandebourg\nen\tbrandenburg",
                               exceptEnglish: "swedish")
        #expect(marked.isProperNoun(LightStemmer.stem("californie", language: "fr"), language: "fr"))
        #expect(!marked.isProperNoun(LightStemmer.stem("swedish", language: "en"), language: "en"))
        let scorer = DriftScorer(encoder: nil, lexicon: .some(marked))
        let plain = DriftScorer(encoder: nil, lexicon: .some(BilingualLexicon(entries: entries)))
        let fr = "Le gouverneur de Californie a promulgué une loi au Bahreïn."
        let en = "The governor signed a law."
        let f = try Scoring.findings(.name, fr, en, "fr", "en", scorer: scorer)
        #expect(f.filter { $0.severity == .major }.count == 2, "\(f.map(\.reason))")
        // Without the list they were common words, never reported.
        #expect(try Scoring.findings(.name, fr, en, "fr", "en", scorer: plain).isEmpty)
        // A demonym English capitalizes stays a common word: its French rendering is lower case.
        #expect(try Scoring.findings(.name, "They moved the Swedish border.", "Ils ont déplacé la frontière suédoise.", "en", scorer: scorer).isEmpty)
        // The French dictionary's own spelling of a name is no misspelling of the English one.
        let g = try Scoring.findings(.name, "The church of Brandenburg.", "L'église du Brandebourg.", "en", scorer: scorer)
        #expect(!g.contains { $0.severity >= .minor }, "\(g.map(\.reason))")
    }

    @Test func aNameWhoseStemIsACommonWordsIsStillAName() throws {
        // REFreSD: «il a aidé Pise dans sa lutte contre Florence» with Pisa left out of the English
        // went unreported: «Pise» and «pis» (worse) share their stem, so the stem was a common
        // word's although FreeDict writes «Pise» only with a capital.
        #expect(LightStemmer.stem("pise", language: "fr") == LightStemmer.stem("pis", language: "fr"))
        let entries = [("en", "pisa", "fr", "pise"), ("en", "worse", "fr", "pis"), ("en", "struggle", "fr", "lutte")]
        let marked = BilingualLexicon(entries: entries)
        marked.markProperNouns("en\tpisa\nfr\tpise")
        #expect(!marked.isProperNoun(LightStemmer.stem("pise", language: "fr"), language: "fr"))
        #expect(!marked.isCommonWord("pise", language: "fr") && marked.isCommonWord("pis", language: "fr"))
        let scorer = DriftScorer(encoder: nil, lexicon: .some(marked))
        let fr = "Il a aidé Pise dans sa lutte contre Florence."
        try Scoring.expectMajor(.name, [(fr, "He aided in its struggle against Florence.", "fr")], to: "en", scorer: scorer)
        try Scoring.expectNone(.name, atOrAbove: .minor, [(fr, "He aided Pisa in its struggle against Florence.", "fr")], to: "en", scorer: scorer)
        // The Netherlands are the «Pays-Bas» and «Нидерланды» (FLORES ru–fr), which no
        // transliteration reaches.
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Они включают Нидерланды с Анной Йохемсен.", "Ils incluent les Pays-Bas, avec Anna Jochemsen.", "ru"),
            ("Голландские власти заявили об этом.", "Les autorités néerlandaises l'ont déclaré.", "ru"),
        ])
        try Scoring.expectMajor(.name, [("Они включают Нидерланды с Анной Йохемсен.", "Ils incluent la Belgique, avec Anna Jochemsen.", "ru")])
    }

    @Test func knownSpellingsOfANameAreComparedWithinTheirScript() throws {
        // France's Russian form «франци(я)» met the English word "virus" across scripts
        // (f-r-ts / v-r-s), and the dropped «France» went unreported.
        let f = try Scoring.findings(.name, "La France a un virus.", "Spain has a virus.", "fr", "en")
        #expect(f.contains { $0.severity == .major && $0.reason.contains("France") }, "\(f.map(\.reason))")
    }

    @Test func seasAndOceansAreKnownNames() throws {
        // FLORES ru–fr dev pairs: each language names them its own way.
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Пляжи омываются Тихим океаном.", "Les plages se trouvent sur l'océan Pacifique.", "ru"),
            ("Кухня Майорки, как и кухни регионов Средиземноморья, основывается на овощах.",
             "La cuisine de Majorque, comme celle des zones de la Méditerranée, est basée sur les légumes.", "ru"),
            ("Валюту Фолклендских островов почти невозможно обменять.", "Il est presque impossible d'échanger la monnaie des Malouines.", "ru"),
            // …and by the adjectives Russian makes of them, which open names: the Black Sea Fleet,
            // the Pacific Tsunami Warning Center (FLORES), a Middle East settlement.
            ("Корабли Черноморского флота вышли в море.", "Les navires de la flotte de la mer Noire ont pris la mer.", "ru"),
            ("Тихоокеанский центр предупреждения о цунами сообщил об этом.", "Le centre d'alerte aux tsunamis du Pacifique l'a annoncé.", "ru"),
            ("Ближневосточное урегулирование обсуждалось.", "Le règlement au Moyen-Orient a été discuté.", "ru"),
        ])
        try Scoring.expectMajor(.name, [("Пляжи омываются Тихим океаном.", "Les plages se trouvent sur l'océan Atlantique.", "ru"),
                                        ("Корабли Черноморского флота вышли в море.", "Les navires de la flotte de la Baltique ont pris la mer.", "ru")])
    }

    @Test func capitalsOfATitleCaseHeadingSayNothing() throws {
        // TransRead dev pair (Candide's chapter heading): "Became" was a name the French dropped.
        let f = try Scoring.findings(.name, "What Happened to Them at Surinam , and How Candide Became Acquainted with Martin",
                                     "Ce qui leur arriva à Surinam , et comment Candide fit connaissance avec Martin .", "en")
        #expect(!f.contains { $0.severity >= .minor }, "\(f.map(\.reason))")
        #expect(LinkSide.isTitleCase(WordTokenizer.tokenize("Readout of President Donald J. Trump's Call with President Vladimir Putin of Russia")))
        // A sentence full of names is no heading, and its names are still checked.
        let prose = "I have asked Secretary of State Marco Rubio, Director of the CIA John Ratcliffe, National Security Advisor Michael Waltz, and Special Envoy Steve Witkoff to lead the negotiations."
        #expect(!LinkSide.isTitleCase(WordTokenizer.tokenize(prose)))
        let g = try Scoring.findings(.name, prose, "J'ai demandé au secrétaire d'État Marco Rubio, au directeur de la CIA John Ratcliffe et à l'envoyé spécial Steve Witkoff de mener les négociations.", "en")
        #expect(g.contains { $0.severity == .major && $0.reason.contains("Waltz") }, "\(g.map(\.reason))")
    }

    @Test func aNameIsSaidToReplaceAnotherOnlyWhenItIsClearlyTheNearest() throws {
        // Seed 001 beside the 12 Feb post, a possible source: the French names five people and
        // places the post does not, «Russie» and «Ukraine» side by side in Kellogg's title, and
        // «Russie» (the nearer to Putin's place by a hair) was said to stand instead of Putin.
        // Each is its own finding. The post's capitalized common words are told from names by
        // the dictionary, as in the report: a small lexicon stands in for FreeDict.
        let lexicon = BilingualLexicon(entries: [("en", "peace", "fr", "paix"), ("en", "war", "fr", "guerre"),
                                                 ("en", "delegation", "fr", "délégation")])
        let scorer = DriftScorer(encoder: nil, lexicon: .some(lexicon))
        let en = "He, like President Putin, wants to make PEACE. We discussed a variety of topics having to do with the War, but mostly, the meeting that is being set up on Friday in Munich, where Vice President JD Vance and Secretary of State Marco Rubio will lead the Delegation."
        let fr = "Le vice-président américain J.D. Vance, le secrétaire d’État Marco Rubio et l’envoyé spécial du président pour la Russie et l’Ukraine, le général à la retraite Keith Kellogg, seront tous en Allemagne plus tard cette semaine pour la conférence annuelle de Munich sur la sécurité, à laquelle M. Zelensky participera également."
        let f = try Scoring.findings(.name, en, fr, "en", scorer: scorer)
        #expect(!f.contains { $0.reason.contains("instead") }, "\(f.map(\.reason))")
        let putin = f.first { $0.reason == "The original names Putin; the French does not." }
        #expect(putin?.severity == .major && slice(en, putin?.originalRange) == "Putin" && putin?.translationRange == nil)
        #expect(f.contains { $0.reason == "The French names Russie; the original does not." && slice(fr, $0.translationRange) == "Russie" })
    }

    @Test func aSubstitutedNameIsTheClearlyNearestNewOne() throws {
        // One name for one, a full name counting once («Keith Kellogg»).
        let g = try Scoring.findings(.name, "He, like President Putin, wants peace.", "Comme le général Keith Kellogg, il veut la paix.", "en")
        #expect(g.contains { $0.severity == .major && $0.reason.hasPrefix("The original names Putin; the French has K") && $0.reason.hasSuffix(" instead.") }, "\(g.map(\.reason))")
        // From Russian: a source named at the other end of the sentence leaves it clear which
        // place replaced Moscow.
        let ru = "Путин встретился с Уиткоффом в Москве.", fr = "Poutine a rencontré Witkoff à Minsk."
        for translation in [fr, "Selon Reuters, Poutine a rencontré Witkoff à Minsk."] {
            let h = try Scoring.findings(.name, ru, translation, "ru")
            let moved = h.first { $0.reason.contains("instead") }
            #expect(slice(ru, moved?.originalRange) == "Москве" && slice(translation, moved?.translationRange) == "Minsk", "\(h.map(\.reason))")
        }
        // Two new places about as far from it, one each side: which one replaced Moscow is not told.
        let ru2 = "Путин встретился в Москве с Уиткоффом.", fr2 = "À Minsk, Poutine a rencontré Witkoff, puis il est allé à Riga."
        let k = try Scoring.findings(.name, ru2, fr2, "ru")
        #expect(!k.contains { $0.reason.contains("instead") } && k.contains { $0.reason == "The original names Москве; the French does not." }, "\(k.map(\.reason))")
    }

    @Test func russianAcronymsOfCommonNounsMeetTheirSpelledOutForms() throws {
        // FLORES ru–fr dev pairs: «ИИ» was "the French has Artificielle instead" (major).
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Несмотря на то, что ИИ ассоциируется с научной фантастикой, он формирует важное направление науки.",
             "Bien que l'Intelligence Artificielle soit connotée science-fiction, elle représente une part importante de la science.", "ru"),
            ("Система ИИ часто используется в экономике.", "Le système de l'IA est souvent utilisé dans l'économie.", "ru"),
            ("ВВП страны вырос на 2 %.", "Le PIB du pays a augmenté de 2 %.", "ru"),
        ])
        // Another known acronym is another name.
        try Scoring.expectMajor(.name, [("Система ИИ часто используется в экономике.", "Le système de l'ONU est souvent utilisé dans l'économie.", "ru")])
    }

    @Test("Slavic -ić names without their accents, and Greek and Latin names as Russian writes them")
    func slavicAndClassicalNames() throws {
        // MLQE ru–en dev pairs called these other names (major): «Йованович» / "Jovanovic",
        // «Феодосий» / "Theodosius", «Геродот» / "Herodotus".
        let keys = NameKeyMaker()
        for (ru, latin) in [("Йованович", "Jovanovic"), ("Вучич", "Vucic"), ("Вучич", "Vučić"), ("Вучичем", "Vučić"),
                            ("Феодосий", "Theodosius"), ("Геродот", "Herodotus"), ("Дионис", "Dionysus"), ("Феодора", "Theodora"),
                            ("Марфа", "Martha"), ("Антоний", "Antonius"), ("Жижек", "Žižek")] {
            #expect(keys.relation(ru, latin) == .same, "\(ru) / \(latin)")
        }
        // Other names stay apart.
        for (ru, latin) in [("Вучич", "Vukic"), ("Йованович", "Ivanovic"), ("Геродот", "Heraclitus"), ("Феодосий", "Theophilus"),
                            ("Юлий", "Julian")] {
            #expect(keys.relation(ru, latin) != .same, "\(ru) / \(latin)")
        }
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Йованович сказала, что была потрясена нападками.", "Jovanovic a dit qu'elle avait été choquée par les attaques.", "ru"),
            ("Президент Сербии Вучич прибыл в Москву.", "Le président serbe Vučić est arrivé à Moscou.", "ru"),
            ("Порой Геродот бросает замечания.", "Parfois Hérodote fait des remarques.", "ru"),
        ])
        try Scoring.expectMajor(.name, [("Президент Сербии Вучич прибыл в Москву.", "Le président serbe Vukic est arrivé à Moscou.", "ru")])
    }

    @Test("given names of saints and the Bible, and the acronyms of organisations Russian news uses")
    func givenNamesAndOrganisations() throws {
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Когда и как придёт Иисус Христос?", "Quand et comment viendra Jésus-Christ ?", "ru"),
            ("– Что? – сказал Иоанн.", "« Quoi ? » dit Jean.", "ru"),
            ("Патриарх прочёл послание Апостола Павла.", "Le patriarche a lu l'épître de l'apôtre Paul.", "ru"),
            ("Храм святого Николая открыт.", "L'église Saint-Nicolas est ouverte.", "ru"),
            ("Путин прибыл в Санкт-Петербург.", "Poutine est arrivé à Saint-Pétersbourg.", "ru"),
            ("Путин прибыл в Санкт-Петербург.", "Putin arrived in St. Petersburg.", "ru"),
            ("Удары ВСУ по Курской области продолжаются.", "Les frappes des forces armées ukrainiennes sur la région de Koursk se poursuivent.", "ru"),
            ("Лидеры стран СНГ и ОДКБ встретились.", "Les dirigeants de la CEI et de l'OTSC se sont réunis.", "ru"),
            ("Распад СССР стал катастрофой.", "L'effondrement de l'URSS a été une catastrophe.", "ru"),
            ("Эксперты ВОЗ и МАГАТЭ прибыли.", "Les experts de l'OMS et de l'AIEA sont arrivés.", "ru"),
            ("Космонавт возьмёт на МКС иконы.", "Cosmonaut to take icons to the ISS.", "ru"),
            ("Солдаты советской армии вошли в город.", "Les soldats de l'armée de l'Union soviétique sont entrés dans la ville.", "ru"),
        ])
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Король Карл III принял премьер-министра.", "Le roi Charles III a reçu le Premier ministre.", "ru"),
            ("Папа Франциск призвал к миру.", "Le pape François a appelé à la paix.", "ru"),
            ("Repeat, you are old, Father William.", "Récitez : vous êtes vieux, Père Guillaume.", "en"),
            ("Карлсон прилетел в Сан-Франциско.", "Carlson s'est envolé pour San Francisco.", "ru"),
            // REFreSD: "Franz Josef Land" / «la terre François-Joseph».
            ("In 1900 Franz Joseph visited Vienna.", "En 1900, François-Joseph a visité Vienne.", "en"),
        ])
        // A whole-word form is no stem: «Карлсон» is not King Charles.
        try Scoring.expectMajor(.name, [("Вчера Карлсон прилетел в Лондон.", "Hier, Charles s'est envolé pour Londres.", "ru")])
        // Another organisation is another name; a lower-case noun is no acronym («воз», a cart).
        try Scoring.expectMajor(.name, [("Эксперты ВОЗ прибыли в Женеву.", "Les experts de l'OMC sont arrivés à Genève.", "ru"),
                                        ("Храм святого Николая открыт.", "L'église Saint-Michel est ouverte.", "ru")])
        let f = try Scoring.findings(.name, "Лошадь тянула воз сена.", "Le cheval tirait une charrette de foin.", "ru")
        #expect(f.isEmpty, "\(f.map(\.reason))")
    }

    @Test("an abbreviated first name is part of the name; a capital opening a sentence before a comma and a name is no name")
    func abbreviatedFirstNamesAndAddressedNames() throws {
        // MLQE: «Дм.Травин комментирует статью Вл.Суркова» / "Dm.Travin comments on V.Surkov's article".
        let f = try Scoring.findings(.name, "Дм.Травин комментирует статью Вл.Суркова.", "D. Travine commente l'article de V. Sourkov.", "ru")
        #expect(!f.contains { $0.severity >= .minor }, "\(f.map(\.reason))")
        // «— Пойдёмте, Лида» / "Go, Lyda": the imperative is no name although a name follows it.
        let g = try Scoring.findings(.name, "— Пойдёмте, Лида, я вас провожу.", "« Venez, Lida, je vous accompagne. »", "ru")
        #expect(!g.contains { $0.severity >= .minor }, "\(g.map(\.reason))")
        // A full name dropped is still reported.
        try Scoring.expectMajor(.name, [("Дм.Травин комментирует статью Вл.Суркова.", "D. Travine commente l'article.", "ru")])
    }

    @Test("Russian acronyms with a case ending, the media, parties, peoples and feasts written each language's way")
    func inflectedAcronymsAndLowerCaseNames() throws {
        #expect(NameCheck.inflectedAcronymStem("ЗАГСа") == "ЗАГС")
        #expect(NameCheck.inflectedAcronymStem("МИДе") == "МИД")
        #expect(NameCheck.inflectedAcronymStem("Москва") == nil)
        #expect(NameCheck.inflectedAcronymStem("ЗАГС") == nil)
        // MLQE: «Начальница ЗАГСа» / "The head of the registry office" was a major (a name
        // dropped); an acronym spelled out is worth a check only.
        let f = try Scoring.findings(.name, "Начальница ЗАГСа отказалась регистрировать пару.", "La directrice de l'état civil a refusé d'enregistrer le couple.", "ru")
        #expect(f.map(\.severity) == [.minor], "\(f.map(\.reason))")
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Представитель МИДа ответил журналистам.", "Le porte-parole du ministère des Affaires étrangères a répondu aux journalistes.", "ru"),
            ("Интернет и СМИ:", "Internet et médias :", "ru"),
            ("Российские СМИ сообщили о встрече.", "Les médias russes ont annoncé la rencontre.", "ru"),
            ("Правительство и «ЕР» оказались против.", "Le gouvernement et « Russie unie » s'y sont opposés.", "ru"),
            ("У иудаизма два лица, одно обращено к иудеям.", "Judaism has two faces, one addressed to Jews.", "ru"),
            ("Психиатры просят запретить Хеллоуин.", "Psychiatrists ask to ban Halloween.", "ru"),
            ("В Бангладеш ИГ обезглавило священника.", "ISIS beheads priest in Bangladesh.", "ru"),
        ], to: "en")
        // Another party's acronym is worth a check.
        let g = try Scoring.findings(.name, "Правительство и «ЕР» оказались против.", "Le gouvernement et le PCF s'y sont opposés.", "ru")
        #expect(g.contains { $0.severity >= .minor && $0.reason.contains("PCF") }, "\(g.map(\.reason))")
    }

    @Test("in a line written in capitals a capital says nothing of a word; known names are still checked")
    func shoutedLines() throws {
        #expect(LinkSide.isShouted(WordTokenizer.tokenize("ПОЖАЛУЙСТА, ПОДОЖДИТЕ И ПОВТОРИТЕ ПОПЫТКУ ПОЗЖЕ")))
        #expect(!LinkSide.isShouted(WordTokenizer.tokenize("We must make PEACE now")))
        // MLQE and Text+Berg: words of a shouted line were names the other side "dropped".
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("ПОЖАЛУЙСТА, ПОДОЖДИТЕ И ПОВТОРИТЕ ПОПЫТКУ ПОЗЖЕ", "VEUILLEZ PATIENTER ET RÉESSAYER PLUS TARD", "ru"),
            ("MIT NACHTRÄGEN AUS FRÜHEREN JAHREN VON G.O.DYHRENFURTH", "AVEC NOTES COMPLÉMENTAIRES SUR LES ANNÉES PRÉCÉDENTES PAR G. O. DYHRENFURTH", "de"),
        ])
        try Scoring.expectMajor(.name, [("ПУТИН ПРИБЫЛ В МОСКВУ", "LE PRÉSIDENT EST ARRIVÉ À MOSCOU", "ru")])
        // A post's shouted line: a word of three letters the dictionary knows is no acronym
        // ("NOW" was "an acronym the French does not spell out"); "UN" still is one.
        let lexicon = BilingualLexicon(entries: [("en", "war", "fr", "guerre"), ("en", "sanction", "fr", "sanction")])
        lexicon.addCommonWords("war\nend\nnow\nmust\nsanctions\n", language: "en")
        let scorer = DriftScorer(encoder: nil, lexicon: .some(lexicon))
        try Scoring.expectNone(.name, atOrAbove: .minor, [("THE WAR MUST END NOW!", "La guerre doit se terminer.", "en")], scorer: scorer)
        let f = try Scoring.findings(.name, "SANCTIONS FROM THE EU AND THE UN NOW!", "Des sanctions de l'Union européenne maintenant !", "en", scorer: scorer)
        #expect(f.contains { $0.severity >= .minor && $0.reason.contains("UN") }, "\(f.map(\.reason))")
    }

    @Test("an English adjective of a name meets the French one by its stem; acronyms with lower-case letters")
    func englishAdjectivesOfNamesAndMixedCaseAcronyms() throws {
        #expect(NameCheck.englishAdjectiveStems("lutheran") == ["luther"])
        #expect(NameCheck.englishAdjectiveStems("sephardic") == ["sephard"])
        #expect(NameCheck.englishAdjectiveStems("iran").isEmpty)
        #expect(NameCheck.isMixedCaseAcronym("MSbP") && NameCheck.isMixedCaseAcronym("SMpP"))
        #expect(!NameCheck.isMixedCaseAcronym("McCain") && !NameCheck.isMixedCaseAcronym("Paris") && !NameCheck.isMixedCaseAcronym("DiCaprio"))
        // REFreSD equivalent pairs the check called dropped names (major).
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("In the Jewish Sephardic tradition, it is a Jewish surname.", "Dans la tradition de la communauté juive Séfarade, c'est un nom juif.", "en"),
            ("The church comprises Lutheran communities.", "L'église accueille les communautés luthériennes.", "en"),
            ("He worked at the chapel of St Stephen in Westminster.", "Il travaillait à la chapelle de St-Etienne à Westminster.", "en"),
        ])
        try Scoring.expectMajor(.name, [("The church comprises Lutheran communities.", "L'église accueille les communautés calvinistes.", "en")])
        // Two unknown acronyms, one for the other, are worth a check, not an alarm.
        let f = try Scoring.findings(.name, "This is the MSbP of the 1997 study.", "C'est le SMpP de l'étude de 1997.", "en")
        #expect(f.map(\.severity) == [.minor], "\(f.map(\.reason))")
    }

    /// Kremlin readouts write «В.В.Путин», «Д.Трамп»; a French translation spells the first names
    /// out. The first name renders the initial: no added name, no word without a counterpart.
    @Test func firstNamesSpelledOutForInitials() throws {
        let ru = "В.В.Путин и Д.Трамп договорились поддерживать контакты."
        let fr = "Vladimir Poutine et Donald Trump sont convenus de maintenir des contacts."
        let names = try Scoring.findings(.name, ru, fr, "ru")
        #expect(names.isEmpty, "\(names.map(\.reason))")
        let a = LinkSide(text: ru, language: "ru") { _, _ in false }
        #expect(a.initials.map { $0.letters.map { a.tokens[$0].text } } == [["В", "В"], ["Д"]])
        #expect(!a.content.contains { ["В", "Д"].contains(a.tokens[$0].text) })
        // A first name the initial does not start is still another first name.
        let other = try Scoring.findings(.name, ru, "Dmitri Poutine et Donald Trump sont convenus de maintenir des contacts.", "ru")
        #expect(other.map(\.reason) == ["The French adds «Dmitri» before Poutine."], "\(other.map(\.reason))")
        // Nor does an initial excuse another surname.
        let wrong = try Scoring.findings(.name, ru, "Vladimir Poutine et Joe Biden sont convenus de maintenir des contacts.", "ru")
        #expect(wrong.contains { $0.reason.contains("Biden") }, "\(wrong.map(\.reason))")
        // French «M.» is Monsieur, not Marco's initial.
        let monsieur = try Scoring.findings(.name, "Trump said Marco Rubio agreed.", "Trump a dit que M. Rubio était d'accord.", "en")
        #expect(monsieur.map(\.reason) == ["The French keeps Rubio but not «Marco» before it."], "\(monsieur.map(\.reason))")
        // "J.D. Vance" writes "JD Vance" with its initials.
        #expect(try Scoring.findings(.name, "JD Vance arrived.", "J.D. Vance est arrivé.", "en").isEmpty)
    }

    /// Words that look like names and are not, and names that look like function words
    /// (Tatoeba's faithful Russian–English and English–French pairs; docs/DRIFT.md, false alarms).
    @Test func namesSpelledLikeFunctionWordsAndWordsThatLookLikeNames() throws {
        // «Том» is Tom, not «том» (in that), inside a sentence or opening it.
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Я хочу, чтобы Том был в моей команде.", "I want Tom on my team.", "ru"),
            ("Том думает, что ты лжёшь.", "Tom thinks you're lying.", "ru"),
            // «Думаю» (I think) is no form of «Дума».
            ("Думаю, он прав.", "I think he's right.", "ru"),
            // The polite «Вас» is capitalized and no name.
            ("Благодарю Вас за помощь.", "Thank you for your help.", "ru"),
        ], to: "en")
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            // English contractions opening a sentence, and a French verb before its pronoun.
            ("We're not ready to have a kid now.", "Nous ne sommes pas prêts à avoir un enfant.", "en"),
            ("Would you please repeat what you said?", "Pouvez-vous répéter ce que vous avez dit ?", "en"),
            ("Fight like a man!", "Bats-toi comme un homme !", "en"),
        ])
        // Read as names: «Том» inside a sentence and opening one; the polite «Вас» is not.
        func names(_ text: String) -> [String] { LinkSide(text: text, language: "ru") { _, needs in !needs }.names.map(\.text) }
        #expect(names("Я хочу, чтобы Том был в моей команде.") == ["Том"])
        #expect(names("Том думает, что ты лжёшь.") == ["Том"])
        #expect(!names("Благодарю Вас за помощь.").contains("Вас"))
        #expect(names("В том году он уехал.").isEmpty)
        // The Duma in its case forms is still the Duma.
        let duma = try Scoring.findings(.name, "Депутаты Думы проголосовали за закон.", "Les députés ont voté la loi.", "ru")
        #expect(duma.contains { $0.reason.contains("Думы") }, "\(duma.map(\.reason))")
        #expect(Exonyms.find(in: WordTokenizer.tokenize("Госдума, Госдумы, Думой, думаю, думает")).map(\.indices.lowerBound) == [0, 1, 2])
    }

    /// A form written as a stem («евре», «иуде») takes its endings as written: «евреев» and
    /// «иудеям» are the Jews, and the currency «евро» is not (read as «евр» + «о», it was, and
    /// "costs two euros" lost its counterpart; MLQE, Tatoeba).
    @Test func stemFormsTakeTheirEndingsAsWritten() throws {
        let tokens = WordTokenizer.tokenize("евро, евреев, иудеям, еврей, евреи, Россия, России, Германии, Дума, Думы")
        #expect(Exonyms.find(in: tokens).map(\.indices.lowerBound) == [1, 2, 3, 4, 5, 6, 7, 8, 9])
        try Scoring.expectNone(.name, atOrAbove: .minor, [("Парфенов выложил первую серию «Русских евреев».",
                                                          "Parfenov a publié le premier épisode des « Juifs russes ».", "ru")])
    }

    @Test(.enabled(if: Scoring.modelInstalled, Scoring.skipReason))
    func theEuroIsNoName() throws {
        let f = try Scoring.findings("Он стоит два евро.", "Il coûte deux euros.", "ru", scorer: Scoring.usem!)
        #expect(!f.contains { $0.reason.contains("евро") || $0.reason.contains("euros") }, "\(f.map(\.reason))")
    }

    /// Short names rendered with Russian's W and J sounds meet letter for letter («Уолл» uoll /
    /// Wall read "woll", «Ява» / Java), "alk" is heard "ok" («Уокер» / Walker), and the Russian
    /// name may be read another way too once its Й is set aside («Йоханесбург», its Х read "h"):
    /// FLORES pairs that were "names Ява; the French has Java instead".
    @Test func namesWithWAndJ() throws {
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Акции на Уолл-стрит упали.", "Les actions ont chuté à Wall Street.", "ru"),
            ("Матч пройдёт в Йоханесбурге.", "Le match aura lieu à Johannesburg.", "ru"),
            ("Остров Ява большой.", "L'île de Java est grande.", "ru"),
            ("Вчера Уокер приехал в Москву.", "Hier, Walker est arrivé à Moscou.", "ru"),
        ])
        try Scoring.expectAtLeastMinor(.name, [
            ("Акции на Уолл-стрит упали.", "Les actions ont chuté à Bell Street.", "ru"),
            ("Остров Ява большой.", "L'île de Jura est grande.", "ru"),
            ("Вчера Уокер приехал в Москву.", "Hier, Turner est arrivé à Moscou.", "ru"),
            ("Матч пройдёт в Йоханесбурге.", "Le match aura lieu à Hambourg.", "ru"),
        ])
    }

    @Test(.enabled(if: Scoring.modelInstalled, Scoring.skipReason))
    func aRussianNameOpenedByACapitalizedAdjective() throws {
        // Russian capitalizes only the first word of an institution's name: «Детской» is
        // "children's", which the French says with a common word (FLORES ru–fr dev).
        let scorer = try #require(Scoring.usem)
        try Scoring.expectNone(.name, [
            ("Врач работала в Детской больнице Питтсбурга.", "Le médecin travaillait à l'hôpital pour enfants de Pittsburgh.", "ru"),
        ], scorer: scorer)
        // Left out, it is still a dropped name; so is a surname before a verb.
        try Scoring.expectMajor(.name, [
            ("Врач работала в Детской больнице Питтсбурга.", "Le médecin travaillait à l'hôpital de Pittsburgh.", "ru"),
            ("Вчера Пак приехал в больницу.", "Hier, un enfant est arrivé à l'hôpital.", "ru"),
        ], scorer: scorer)
        let side = LinkSide(text: "Врач работала в Детской больнице, а Зеленский Писатель нет.", language: "ru") { _, needs in !needs }
        let opens = side.names.filter { NameCheck.opensRussianName($0, side) }.map(\.text)
        #expect(opens == ["Детской"], "\(opens)")
    }

    @Test("the particle of a hyphenated name is the word the other language writes before it")
    func particlesOfHyphenatedNames() throws {
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Она выступила в Ла-Плате, недалеко от Буэнос-Айреса.", "Elle a parlé à La Plata, près de Buenos Aires.", "ru"),
            ("Она выступила в Ла-Плате.", "She spoke in La Plata.", "ru"),
        ])
        // Without it the name is not the same place.
        try Scoring.expectMajor(.name, [
            ("Она выступила в Ла-Плате.", "Elle a parlé à Plata.", "ru"),
            ("Она выступила в Ла-Плате.", "Elle a parlé à Le Plata.", "ru"),
        ])
    }

    @Test("a two-word name met by one word of the other side is met wherever it is repeated")
    func aRepeatedTwoWordName() throws {
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Территория Гонконга была названа в честь острова Гонконг.",
             "L'île de Hong Kong donne son nom au territoire de Hong Kong.", "ru"),
            ("Пляжи тянутся от Лонг-Бэя на севере до Девонпорта на юге.",
             "Les plages s'étendent de Long Bay au nord à Devonport au sud.", "ru"),
        ])
        // A second place the original does not name is still added.
        let f = try Scoring.findings(.name, "Территория Гонконга была названа в честь острова.",
                                     "Le territoire de Hong Kong doit son nom à l'île de Lantau.", "ru")
        #expect(f.map(\.reason) == ["The French names Lantau; the original does not."])
    }

    @Test("the parts of one hyphenated added name are one finding that points at the whole name")
    func anAddedHyphenatedName() throws {
        let fr = "Les vitesses de la norme Wi-Fi 802.11n sont sensiblement plus rapides."
        let f = try Scoring.findings(.name, "Скорости 802.11n значительно быстрее.", fr, "ru")
        #expect(f.map(\.reason) == ["The French names Wi-Fi; the original does not."])
        #expect(f.map { slice(fr, $0.translationRange) } == ["Wi-Fi"])
        // Two names side by side without a dash stay two.
        let g = try Scoring.findings(.name, "Скорости значительно быстрее.", "Les vitesses Wi Fi sont sensiblement plus rapides.", "ru")
        #expect(g.count == 2, "\(g.map(\.reason))")
    }

    @Test("a dropped hyphenated name is one finding that points at the whole name")
    func aDroppedHyphenatedName() throws {
        // FLORES ru–fr and REFreSD: «Нью» and «Йорк» were two majors, «Лос-Анджелесе» was quoted
        // as «Анджелесе», "Bergmann-Pohl" as two dropped names.
        let ru = "Фотограф был доставлен в Нью-Йорк, а затем в Лос-Анджелес."
        let f = try Scoring.findings(.name, ru, "Le photographe a été transporté à Boston, puis à l'hôpital.", "ru")
        #expect(f.map(\.reason) == ["The original names Нью-Йорк; the French has Boston instead.",
                                     "The original names Лос-Анджелес; the French does not."], "\(f.map(\.reason))")
        #expect(f.compactMap { $0.originalRange.map { slice(ru, $0) } } == ["Нью-Йорк", "Лос-Анджелес"])
        let en = "After leaving school, Bergmann-Pohl entered the Institute."
        let g = try Scoring.findings(.name, en, "Après l'école, elle est entrée à l'Institut.", "en")
        #expect(g.map(\.reason) == ["The original names Bergmann-Pohl; the French does not."], "\(g.map(\.reason))")
        // Rendered, it is no finding; two names side by side without a dash stay two.
        try Scoring.expectNone(.name, atOrAbove: .info, [(ru, "Le photographe a été transporté à New York, puis à Los Angeles.", "ru")])
        let h = try Scoring.findings(.name, "After school, Bergmann Pohl entered the Institute.", "Après l'école, elle est entrée à l'Institut.", "en")
        #expect(h.count == 2, "\(h.map(\.reason))")
    }

    @Test("countries each language names its own way, their adjectives and peoples, in English, French, Russian and German")
    func countriesByTheirOwnNames() throws {
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            // A Truth Social post of 17–31 March 2025 and its French rendering.
            ("I was just informed by Prime Minister Starmer of the United Kingdom, that they caught the terrorists who attacked the beautiful Turnberry, in Scotland.",
             "Le Premier ministre britannique Starmer vient de m'informer qu'ils ont arrêté les terroristes qui ont attaqué le magnifique Turnberry, en Écosse.", "en"),
            ("I just played a round of Golf with Alexander Stubb, President of Finland.", "Je viens de faire une partie de golf avec Alexander Stubb, le président de la Finlande.", "en"),
            ("The Scots allied with France.", "Les Écossais s'allient à la France.", "en"),
            ("Президент России провёл телефонный разговор с премьер-министром Японии.", "Le président russe s'est entretenu par téléphone avec le Premier ministre japonais.", "ru"),
            ("Встреча прошла в Шотландии, в присутствии польских и венгерских делегаций.",
             "La rencontre a eu lieu en Écosse, en présence des délégations polonaise et hongroise.", "ru"),
            ("Die Österreicher brauchten von Skardu bis Askole 168 Kulis.", "De Skardu à Askolé les Autrichiens utilisèrent 168 coulies.", "de"),
            ("Eine Abgabe von 500 indischen Rupien.", "Un dépôt de 500 roupies indiennes.", "de"),
        ])
        // Another country is a name changed.
        try Scoring.expectMajor(.name, [
            ("They attacked the beautiful Turnberry, in Scotland.", "Ils ont attaqué le magnifique Turnberry, en Irlande.", "en"),
            ("Встреча прошла в Шотландии.", "La rencontre a eu lieu en Suède.", "ru"),
        ])
    }

    @Test("«язык» beside a country's adjective is rendered by the other side's adjective alone", .enabled(if: Scoring.modelInstalled, Scoring.skipReason))
    func languageNounBesideACountry() throws {
        // FLORES ru–fr dev pairs: «испанский язык» / «l'espagnol».
        let ru = "Тем не менее, испанский язык также широко используется в общественном транспорте."
        let fr = "Pourtant, l'espagnol est également largement utilisé dans les transports publics."
        let f = try Scoring.findings(.omission, ru, fr, "ru", scorer: Scoring.usem!)
        #expect(!f.contains { slice(ru, $0.originalRange)?.contains("язык") == true }, "\(f.map(\.reason))")
        // Without the country on the other side, the noun is not rendered.
        let other = "Pourtant, on l'utilise également largement dans les transports publics."
        let g = try Scoring.findings(.omission, ru, other, "ru", scorer: Scoring.usem!)
        #expect(g.contains { slice(ru, $0.originalRange)?.contains("язык") == true }, "\(g.map(\.reason))")
    }

    @Test("a Latin name's last vowel changed is a misspelling ('Giordano' / «Giordani»), not English '-ia' for French «-ie»")
    func lastVowelOfALatinName() throws {
        // A Truth Social post of 24 March 2025.
        let f = try Scoring.findings(.name, "John Giordano will now be nominated as the new Ambassador to Namibia!",
                                     "John Giordani sera désormais nommé nouvel ambassadeur en Namibie !", "en")
        #expect(f.map(\.reason) == ["The French writes Giordani for Giordano: a misspelling of the name."], "\(f.map(\.reason))")
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("John Giordano will now be nominated as the new Ambassador to Namibia!",
             "John Giordano sera désormais nommé nouvel ambassadeur en Namibie !", "en"),
            ("Brad Schimel is running in Georgia and California.", "Brad Schimel se présente en Géorgie et en Californie.", "en"),
            ("Nero fled Rome.", "Néron a fui Rome.", "en"),
        ])
        #expect(NameRelation.finalVowelChanged("giordano", "giordani") && !NameRelation.finalVowelChanged("tunisia", "tunisie")
            && !NameRelation.finalVowelChanged("dmitri", "dmitry") && !NameRelation.finalVowelChanged("rome", "roma"))
    }

    @Test("a surname the dictionary knows as a word, after the same first name, is a misspelled name: 'Mark Carney' / «Mark Carnet»")
    func surnameThatIsAWord() throws {
        // A Truth Social post of 28 March 2025. «carnet» (a notebook) is a French word, so a capital
        // alone did not make it a name.
        let scorer = try Scoring.rules(freedict: "en\tnotebook\tfr\tcarnet\nen\tmark\tfr\tmark\n")
        let en = "I just finished speaking with Prime Minister Mark Carney, of Canada."
        let fr = "Je viens de terminer un entretien avec le Premier ministre canadien, Mark Carnet."
        let f = try Scoring.findings(.name, en, fr, "en", scorer: scorer)
        #expect(f.map(\.reason) == ["The French writes Carnet for Carney: a misspelling of the name."], "\(f.map(\.reason))")
        #expect(slice(fr, f.first?.translationRange) == "Carnet")
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            (en, "Je viens de terminer un entretien avec le Premier ministre canadien, Mark Carney.", "en"),
            // Not the same first name before it: a capitalized word, no surname of Mark's.
            ("Mark Carney wrote it down.", "Mark l'a noté dans son Carnet.", "en"),
        ], scorer: scorer)
    }

    @Test("'most White Houses' said «la plupart des administrations» names the institution by what it houses")
    func institutionByWhatItHouses() throws {
        // A post of 24 March 2025 quoting the Washington Examiner.
        let en = "He is still six weeks away from the traditional 100-day mark, but President Donald Trump has already done more than most White Houses do in 500 days."
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            (en, "Il est encore à six semaines du cap traditionnel des 100 jours, mais le président Donald Trump en a déjà fait plus que la plupart des administrations en 500 jours.", "en"),
        ])
        try Scoring.expectMajor(.name, [
            (en, "Il est encore à six semaines du cap traditionnel des 100 jours, mais le président Donald Trump en a déjà fait plus que la plupart des présidents en 500 jours.", "en"),
        ])
    }

    @Test("a known name one letter off in the same script is misspelled though its skeleton agrees: 'Leavitt' / «Levitt»")
    func knownNameOneLetterOff() throws {
        // The White House press secretary (seed 001).
        let f = try Scoring.findings(.name, "Press Secretary Karoline Leavitt said the call was going well.",
                                     "La porte-parole Karoline Levitt a déclaré que l'appel se passait bien.", "en")
        #expect(f.map(\.reason) == ["The French writes Levitt for Leavitt: a misspelling of the name."], "\(f.map(\.reason))")
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Press Secretary Karoline Leavitt said the call was going well.",
             "La porte-parole Karoline Leavitt a déclaré que l'appel se passait bien.", "en"),
            ("Пресс-секретарь Белого дома Кэролайн Ливитт заявила, что разговор идёт хорошо.",
             "La porte-parole de la Maison-Blanche Karoline Leavitt a déclaré que l'appel se passait bien.", "ru"),
            // Transliterations of other names keep their tolerance.
            ("Zelenskyy spoke.", "Zelensky a parlé.", "en"),
        ])
    }

    @Test("the Red Sea is a known name in the three languages: «mer Noire» for it is another sea")
    func redSea() throws {
        // The Kremlin's English readout of 18 March 2025.
        let en = "The situation in the Middle East and the Red Sea region was also discussed."
        let f = try Scoring.findings(.name, en, "La situation au Moyen-Orient et dans la région de la mer Noire a également été évoquée.", "en")
        #expect(f.map(\.reason) == ["The original names Red Sea; the French has mer Noire instead."], "\(f.map(\.reason))")
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            (en, "La situation au Moyen-Orient et dans la région de la mer Rouge a également été évoquée.", "en"),
            ("Обсуждалась также ситуация на Ближнем Востоке и в районе Красного моря.",
             "La situation au Moyen-Orient et dans la région de la mer Rouge a également été évoquée.", "ru"),
        ])
    }

    @Test("a shouted word with an inflection no acronym has is no name: 'should be DEFUNDED' / «PRIVÉES DE FINANCEMENT»; a shouted acronym dropped still is")
    func shoutedInflectedWord() throws {
        // A Truth Social post of 27 March 2025; no dictionary here knows "defund".
        let en = "NPR and PBS, two horrible and completely biased platforms (Networks!), should be DEFUNDED by Congress, IMMEDIATELY."
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            (en, "NPR et PBS, deux plateformes (des chaînes !) horribles et complètement partiales, devraient être PRIVÉES DE FINANCEMENT par le Congrès, IMMÉDIATEMENT.", "en"),
            ("The Elections were RIGGED!", "Les élections ont été TRUQUÉES !", "en"),
        ])
        let f = try Scoring.findings(.name, en, "PBS, une plateforme (une chaîne !) horrible et complètement partiale, devrait être PRIVÉE DE FINANCEMENT par le Congrès, IMMÉDIATEMENT.", "en")
        #expect(f.map(\.reason) == ["The original has the acronym NPR; the French does not: check it is spelled out."], "\(f.map(\.reason))")
        #expect(LinkSide.hasInflectedEnding("defunded", language: "en"))
        #expect(!LinkSide.hasInflectedEnding("nasdaq", language: "en"))
        #expect(!LinkSide.hasInflectedEnding("ted", language: "en"))
    }

    @Test("a Latin name that meets the other only on its consonant skeleton is misspelled ('Maher' / «Mayer», 'Rubio' / «Rabio»); French transliteration of the same sounds is the same name ('Shoigu' / «Choïgou»)")
    func latinNameBeyondItsSkeleton() throws {
        // A Truth Social post of 30 March 2025 and the Kremlin's and White House's readouts of 18 March 2025.
        let cases: [(String, String, String)] = [
            ("I look forward to meeting with Bill Maher.", "J'ai hâte de rencontrer Bill Mayer.", "The French writes Mayer for Maher: a misspelling of the name."),
            ("Even the Legendary Dana White will be present.", "Même le légendaire Dana Wyte sera présent.", "The French writes Wyte for White: a misspelling of the name."),
            ("Secretary of State Marco Rubio took part in the talks.", "Le secrétaire d'État Marco Rabio a participé aux discussions.",
             "The French writes Rabio for Rubio: a misspelling of the name."),
        ]
        for (en, fr, reason) in cases {
            let f = try Scoring.findings(.name, en, fr, "en").filter { $0.severity != .info }
            #expect(f.map(\.reason) == [reason], "\(f.map(\.reason))")
        }
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("I look forward to meeting with Bill Maher.", "J'ai hâte de rencontrer Bill Maher.", "en"),
            ("Secretary of State Marco Rubio took part in the talks.", "Le secrétaire d'État Marco Rubio a participé aux discussions.", "en"),
            ("Defense Minister Sergei Shoigu spoke.", "Le ministre de la Défense Sergueï Choïgou a pris la parole.", "en"),
            ("Presidential aide Yuri Ushakov briefed reporters.", "Le conseiller présidentiel Iouri Ouchakov a informé la presse.", "en"),
            ("Crown Prince Mohammed bin Salman hosted the talks in Riyadh.", "Le prince héritier Mohammed ben Salmane a accueilli les pourparlers à Riyad.", "en"),
            ("Muhammad spoke.", "Mohammed a pris la parole.", "en"),
            ("Then King Alfonso XI led his army against Navarre.", "Puis le roi Alphonse XI mena son armée contre la Navarre.", "en"),
        ])
        #expect(NameRelation.conventionVariants("chernomyrdin", "tchernomyrdine"))
        #expect(NameRelation.conventionVariants("hussein", "hussain"))
        #expect(NameRelation.conventionVariants("alfonso", "alphonse"))
        #expect(NameRelation.conventionVariants("osterreichische", "oesterreichische"))
        #expect(!NameRelation.conventionVariants("maher", "mayer"))
        #expect(!NameRelation.conventionVariants("trump", "tramp"))
    }

    @Test("common abbreviations, degrees and capitals the word list knows are no names: 'VOTER ID' / «PIÈCE D'IDENTITÉ», 'Ph.D.'")
    func abbreviationsAndDegrees() throws {
        // Truth Social posts of 24 and 31 March 2025; «identité» is in the French word list, not in FreeDict.
        let lexicon = try Scoring.lexicon(lemmas: [:], frenchWordForms: "identité\npièce\n")
        let scorer = DriftScorer(encoder: nil, lexicon: .some(lexicon))
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("There is a very important Referendum to amend the Constitution to require VOTER ID.",
             "Il y a un référendum très important pour modifier la Constitution afin d'exiger une PIÈCE D'IDENTITÉ pour voter.", "en"),
            ("She has a Ph.D. from the University of Wisconsin.", "Elle est titulaire d'un doctorat de l'université du Wisconsin.", "en"),
        ], scorer: scorer)
        // An acronym that names something is still a name, whatever the word list says.
        let f = try Scoring.findings(.name, "NASA credited President Trump for the return of two astronauts.",
                                     "Le gouvernement a attribué au président Trump le retour de deux astronautes.", "en", scorer: scorer)
        #expect(f.map(\.reason) == ["The original has the acronym NASA; the French does not: check it is spelled out."], "\(f.map(\.reason))")
    }

    @Test("a title of office rendered as another: 'Crown Prince' / «roi», «министр иностранных дел» / «ministre de la Défense»; not a title dropped and another added")
    func anotherOffice() throws {
        let en = "Special Envoy Steve Witkoff met with Crown Prince Mohammed bin Salman in Riyadh."
        let ru = "Министр иностранных дел Сергей Лавров провёл переговоры с саудовским коллегой."
        let f = try Scoring.findings(.name, en, "L'envoyé spécial Steve Witkoff a rencontré le roi Mohammed ben Salmane à Riyad.", "en")
            .filter { $0.severity != .info }
        #expect(f.map(\.reason) == ["The original says «Crown Prince» (crown prince); the French says «roi» (king): another office."], "\(f.map(\.reason))")
        #expect(f.map(\.severity) == [.major])
        try Scoring.expectMajor(.name, [
            (ru, "Le ministre de la Défense Sergueï Lavrov a mené des entretiens avec son homologue saoudien.", "ru"),
            ("Наследный принц Саудовской Аравии предложил провести встречу в Эр-Рияде.",
             "Le roi d'Arabie saoudite a proposé d'organiser une rencontre à Riyad.", "ru"),
            ("The President expressed his gratitude to the Crown Prince for hosting the talks.",
             "Le président a exprimé sa gratitude à l'émir pour avoir accueilli les pourparlers.", "en"),
        ])
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            (en, "L'émissaire Steve Witkoff a rencontré le prince héritier Mohammed ben Salmane à Riyad.", "en"),
            (ru, "Le chef de la diplomatie russe Sergueï Lavrov a mené des entretiens avec son homologue saoudien.", "ru"),
            // A ministry is no minister; «представитель» with its adjective is a spokesman.
            ("Официальный представитель Министерства обороны заявил об уничтожении двух беспилотников.",
             "Le porte-parole du ministère de la Défense a annoncé la destruction de deux drones.", "ru"),
            // The post of 12 February 2025: a title dropped («M. Rubio») and another added («Le
            // président américain», the author) is no swap.
            ("I have asked Secretary of State Marco Rubio, and Ambassador and Special Envoy Steve Witkoff, to lead the negotiation.",
             "Le président américain a nommé M. Rubio et son envoyé spécial Steve Witkoff pour mener les négociations.", "en"),
            // The Kremlin readout of 18 March 2025 against seed 000: offices in the plural name
            // groups («на уровне помощников»; «les deux présidents» for Putin and Trump).
            ("Работа будет продолжена на уровне помощников. В.В.Путин и Д.Трамп договорились организовать хоккейные матчи.",
             "Les deux présidents, Vladimir Poutine et Donald Trump, sont convenus d'organiser des matchs de hockey.", "ru"),
        ])
        // A Russian noun of office in its cases, not its derivatives (a ministry, a kingdom,
        // "presidential", an emirate); the longest title first.
        func titles(_ text: String, _ language: String) -> [String] {
            OfficeTitles.mentions(WordTokenizer.tokenize(text), language: language).map(\.id)
        }
        #expect(titles("встреча с министром обороны и помощником президента", "ru") == ["defence minister", "adviser", "president"])
        #expect(titles("Министерство обороны, президентская администрация, Королевство и Эмираты", "ru") == [])
        #expect(titles("Le vice-président et le secrétaire d'État ont reçu de l'aide.", "fr") == ["vice president", "foreign minister"])
        func plural(_ text: String, _ language: String) -> [Bool] {
            OfficeTitles.mentions(WordTokenizer.tokenize(text), language: language).map(\.isPlural)
        }
        #expect(plural("на уровне помощников и министров обороны, глава МИД, министры обороны", "ru") == [true, true, false, true])
        #expect(plural("les deux présidents et le président", "fr") == [true, false])
    }

    @Test("two holders' offices swapped: each title is still there, on the other person")
    func officesSwappedBetweenHolders() throws {
        let en = "Secretary of State Marco Rubio and National Security Advisor Mike Waltz will lead the talks."
        let swapped = "Le secrétaire d'État Mike Waltz et le conseiller à la sécurité nationale Marco Rubio mèneront les discussions."
        let f = try Scoring.findings(.name, en, swapped, "en").filter { $0.severity != .info }
        #expect(f.map(\.reason) == [
            "The original calls Marco Rubio «Secretary of State» (foreign minister); the French «conseiller» (adviser): another office.",
            "The original calls Mike Waltz «Advisor» (adviser); the French «secrétaire d'État» (foreign minister): another office.",
        ], "\(f.map(\.reason))")
        #expect(slice(en, f.first?.originalRange) == "Secretary of State" && slice(swapped, f.first?.translationRange) == "conseiller")
        try Scoring.expectMajor(.name, [
            ("Министр иностранных дел Сергей Лавров и помощник Президента Юрий Ушаков примут участие в переговорах.",
             "Le conseiller Sergueï Lavrov et le ministre des Affaires étrangères Iouri Ouchakov participeront aux négociations.", "ru"),
        ])
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            // The same holders in another order, and a holder with two titles on one side.
            (en, "Le conseiller à la sécurité nationale Mike Waltz et le secrétaire d'État Marco Rubio mèneront les discussions.", "en"),
            ("Помощник Президента Юрий Ушаков рассказал о деталях разговора.",
             "Le conseiller présidentiel Iouri Ouchakov a donné des détails sur la conversation.", "ru"),
        ])
        // A comma parts a title from the name in the next part of the sentence.
        let parted = try Scoring.findings(.name, "The Secretary of State met the press, and Marco Rubio spoke first.",
                                          "Le secrétaire d'État vit la presse, et le conseiller Marco Rubio parla le premier.", "en")
        #expect(!parted.contains { $0.reason.contains("calls") }, "\(parted.map(\.reason))")
    }

    @Test("one country for another, said by a lower-case adjective: «российскую» / «américaine»")
    func oneCountryForAnother() throws {
        let ru = "Кирилл Дмитриев возглавит российскую делегацию.", fr = "Kirill Dmitriev dirigera la délégation américaine."
        let f = try Scoring.findings(.name, ru, fr, "ru")
        #expect(f.map(\.reason) == ["The original says «российскую»; the French says «américaine» instead: another country."])
        #expect(f.first?.severity == .major)
        #expect(slice(ru, f.first?.originalRange) == "российскую" && slice(fr, f.first?.translationRange) == "américaine")
        // An English adjective is a name already: the finding says what replaced it.
        let en = "Ukrainian forces shelled the town.", russes = "Les forces russes ont bombardé la ville."
        let g = try Scoring.findings(.name, en, russes, "en")
        #expect(g.map(\.reason) == ["The original says «Ukrainian»; the French says «russes» instead: another country."])
        try Scoring.expectMajor(.name, [
            ("Украинские войска обстреляли город.", "Les troupes russes ont bombardé la ville.", "ru"),
            ("Американская сторона предложила перемирие.", "La partie russe a proposé une trêve.", "ru"),
        ])
        // A country said by its capital or seat of power, or not at all, is the same country.
        try Scoring.expectNone(.name, atOrAbove: .minor, [
            ("Российская делегация прибыла в Эр-Рияд.", "La délégation de Moscou est arrivée à Riyad.", "ru"),
            ("The Russian side rejected the offer.", "Le Kremlin a rejeté l'offre.", "en"),
            ("Украинские войска обстреляли город.", "Les troupes ukrainiennes ont bombardé la ville.", "ru"),
            ("Американская сторона предложила перемирие.", "Washington a proposé une trêve.", "ru"),
            ("Российские и американские переговорщики встретились в Эр-Рияде.",
             "Les négociateurs américains et russes se sont rencontrés à Riyad.", "ru"),
        ])
    }
}
