import Testing
@testable import DriftAlignDrift

/// A thing still to come told as done ("will travel" / «s'est rendu»), or a thing done told as
/// still to come ("has agreed" / «acceptera»): ``TenseCheck`` over ``VerbTense``.
@Suite struct TenseTests {
    /// Sorted `form<TAB>lemma` lines of the simplemma tables, as `scripts/build-lexicon.sh` writes them.
    static let lemmas = try! Scoring.lexicon(lemmas: [
        "ru": ["дал\tдать", "помог\tпомочь", "договорились\tдоговориться", "заявил\tзаявить", "недели\tнеделя", "поддержал\tподдержать",
               "подчеркнул\tподчеркнуть", "прибудет\tприбыть", "проводит\tпроводить", "продолжены\tпродолжить", "сообщил\tсообщить",
               "залит\tзалить", "продлит\tпродлить", "скажем\tсказать", "состоится\tсостояться", "стоит\tстоить"].sorted().joined(separator: "\n") + "\n",
        "fr": ["assurons\tassurer", "désirez\tdésirer", "doit\tdevoir", "donnera\tdonner", "fournit\tfournir", "soutiendra\tsoutenir",
               "traduit\ttraduire"].sorted().joined(separator: "\n") + "\n",
    ])
    static let withLemmas = DriftScorer(encoder: nil, lexicon: .some(lemmas))

    func expectShift(_ o: String, _ t: String, _ l: String, _ said: String, _ rendered: String, to tgt: String = "fr",
                     scorer: DriftScorer = Scoring.rules, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let f = try Scoring.findings(.tense, o, t, l, tgt, scorer: scorer)
        #expect(f.map(\.severity) == [.major], "\(o) | \(t): \(f.map(\.reason))", sourceLocation: sourceLocation)
        #expect(slice(o, f.first?.originalRange) == said, sourceLocation: sourceLocation)
        #expect(slice(t, f.first?.translationRange) == rendered, sourceLocation: sourceLocation)
    }

    @Test("An announcement told as done: will, going to, «будут» against the passé composé")
    func futureToldAsPast() throws {
        try expectShift("I will be speaking to President Putin on Tuesday morning.", "J'ai parlé au président Poutine mardi matin.", "en",
                        "will be speaking", "ai parlé")
        try expectShift("Steve Witkoff will travel to Moscow to meet with Russian officials.",
                        "Steve Witkoff s'est rendu à Moscou pour rencontrer des responsables russes.", "en", "will travel", "s'est rendu")
        try expectShift("We are going to impose very large tariffs on countries that do not cooperate.",
                        "Nous avons imposé des droits de douane très élevés aux pays qui ne coopèrent pas.", "en", "going to impose", "avons imposé")
        // The past the original does say ("agreed") meets one of the French pasts; the second is the drift.
        try expectShift("The two leaders agreed that the movement to peace will begin with an energy and infrastructure ceasefire.",
                        "Les deux dirigeants sont convenus que le chemin vers la paix a commencé par un cessez-le-feu sur l'énergie.", "en",
                        "will begin", "a commencé")
        try expectShift("The deal will be signed at the White House next Friday.", "L'accord a été signé à la Maison-Blanche vendredi.", "en",
                        "will be signed", "a été")
        // A passive participle takes its time from its "be": "was signed" is one past, not two.
        try expectShift("The deal, which was signed in May, will be extended.", "L'accord, qui a été signé en mai, a été prolongé.", "en",
                        "will be extended", "a été")
        try expectShift("Переговоры будут продолжены в Эр-Рияде.", "Les négociations se sont poursuivies à Riyad.", "ru",
                        "будут продолжены", "se sont poursuivies")
        // With the lemma table «продолжены» is a participle, whose time is its «будут».
        try expectShift("Переговоры будут продолжены в Эр-Рияде.", "Les négociations se sont poursuivies à Riyad.", "ru",
                        "будут продолжены", "se sont poursuivies", scorer: Self.withLemmas)
        // A Russian perfective tells the future with the endings of a present: «состоится» (of
        // «состояться»), «прибудет» (of «прибыть»), known as perfective with the lemma table.
        try expectShift("Разговор состоится во вторник.", "L'entretien a eu lieu mardi.", "ru", "состоится", "a eu", scorer: Self.withLemmas)
        // «продлит» is the future of «продлить», whose stem has two syllables.
        try expectShift("Россия продлит мораторий на тридцать дней.", "La Russie a prolongé le moratoire de trente jours.", "ru", "продлит", "a prolongé",
                        scorer: Self.withLemmas)
        try expectShift("Ушаков заявил, что российская делегация прибудет в Эр-Рияд в понедельник.",
                        "Ouchakov a déclaré que la délégation russe est arrivée à Riyad lundi.", "ru", "прибудет", "est arrivée", scorer: Self.withLemmas)
        // An English translation of a French future (DEMETR's tense perturbations go this way).
        try expectShift("Le président russe arrivera à Saint-Pétersbourg pour la parade navale.",
                        "The Russian president arrived in St. Petersburg for the naval parade.", "fr", "arrivera", "arrived", to: "en")
    }

    @Test("A thing done told as still to come: has agreed, met, «поддержал» against the futur simple")
    func pastToldAsFuture() throws {
        try expectShift("President Putin has agreed to stop attacks on energy infrastructure for thirty days.",
                        "Le président Poutine acceptera de cesser les frappes contre les infrastructures énergétiques pendant trente jours.", "en",
                        "has agreed", "acceptera")
        try expectShift("Our teams met in Riyadh and made tremendous progress.", "Nos équipes se réuniront à Riyad et feront d'immenses progrès.", "en",
                        "met", "réuniront")
        // Russian pasts are sure only with the lemma table: «поддержал» is of «поддержать»; «дал», three letters, of «дать».
        try expectShift("Владимир Путин поддержал идею о взаимном отказе от ударов.", "Vladimir Poutine soutiendra l'idée d'une renonciation mutuelle aux frappes.",
                        "ru", "поддержал", "soutiendra", scorer: Self.withLemmas)
        try expectShift("Путин помог освободить Марка Фогеля.", "Poutine aidera à libérer Marc Fogel.", "ru", "помог", "aidera", scorer: Self.withLemmas)
        try expectShift("Президент России сразу же дал соответствующую команду.", "Le président russe donnera immédiatement l'ordre correspondant.",
                        "ru", "дал", "donnera", scorer: Self.withLemmas)
        #expect(try Scoring.findings(.tense, "Владимир Путин поддержал идею о взаимном отказе от ударов.",
                                     "Vladimir Poutine soutiendra l'idée d'une renonciation mutuelle aux frappes.", "ru").isEmpty)
    }

    @Test("Times kept: a future seen from the past, passives, «aller», presents in -rons, nouns in -ли")
    func timesKept() throws {
        try Scoring.expectNone(.tense, atOrAbove: .info, [
            ("I will be speaking to President Putin on Tuesday morning.", "Je parlerai au président Poutine mardi matin.", "en"),
            ("Steve Witkoff will travel to Moscow next week.", "Steve Witkoff se rendra à Moscou la semaine prochaine.", "en"),
            ("We are going to impose very large tariffs.", "Nous allons imposer des droits de douane très élevés.", "en"),
            // Reported speech: the conditional says the future seen from the past.
            ("The President said that the United States will continue to support a lasting peace.",
             "Le président a déclaré que les États-Unis continueraient de soutenir une paix durable.", "en"),
            ("The two leaders agreed that the movement to peace will begin with an energy ceasefire.",
             "Les deux dirigeants sont convenus que le chemin vers la paix commencera par un cessez-le-feu énergétique.", "en"),
            ("The deal will be signed at the White House next Friday.", "L'accord sera signé à la Maison-Blanche vendredi prochain.", "en"),
            ("Many lives were lost in this terrible war, and it must end now.",
             "De nombreuses vies ont été perdues dans cette guerre terrible, et elle doit cesser maintenant.", "en"),
            ("I spoke with President Zelenskyy this morning and the call went very well.",
             "J'ai parlé avec le président Zelensky ce matin et l'appel s'est très bien passé.", "en"),
            ("Ukraine will never join NATO, and everybody knows it.", "L'Ukraine ne rejoindra jamais l'OTAN, et tout le monde le sait.", "en"),
            ("He was going to sign it, but he changed his mind.", "Il allait le signer, mais il a changé d'avis.", "en"),
            ("The meeting will take place in Riyadh, the Kremlin said.", "La rencontre aura lieu à Riyad, a indiqué le Kremlin.", "en"),
            ("Witkoff will travel to Moscow.", "Witkoff doit se rendre à Moscou.", "en"),
            ("This is the will of the people, and we respected it.", "C'est la volonté du peuple, et nous l'avons respectée.", "en"),
            // The 12 February post and seed 004: French news frames what it quotes with a verb of
            // saying in the past («a annoncé»), which renders no time of the original.
            ("I have asked Secretary of State Marco Rubio to lead the negotiations which, I feel strongly, will be successful.",
             "Pour diriger les négociations, Trump a annoncé qu'il a désigné Marco Rubio, actuel secrétaire d'État.", "en"),
            // A present progressive may say an arranged future ("is being set up on Friday").
            ("We discussed many topics, but mostly the meeting that is being set up on Friday in Munich.",
             "Le vice-président participera à la conférence de Munich vendredi.", "en"),
            // "was to" is a future seen from the past.
            ("The summit was to take place in Budapest.", "Le sommet aura lieu à Budapest.", "en"),
            // A chronology in the historical present («accepte») tells a later event in the
            // future: one past became a present, one a future, and the time of none is news.
            ("On March 18, Putin accepted the proposal, which was discussed in Riyadh later.",
             "Le 18 mars, Poutine accepte la proposition, qui sera discutée à Riyad plus tard.", "en"),
            // «est prévu» is a passive of the present, no past.
            ("The meeting will be held on Tuesday.", "La rencontre est prévue mardi.", "en"),
            ("Переговоры будут продолжены в Эр-Рияде.", "Les négociations se poursuivront à Riyad.", "ru"),
            // The readout of 18 March: «Условлено» (it was agreed) is the past the French «ont
            // convenu» renders; the future «будет продолжена» became an infinitive.
            ("Условлено, что работа будет продолжена в рамках экспертных групп.",
             "Les deux présidents ont convenu de poursuivre le travail au sein de groupes d'experts.", "ru"),
            ("19 марта будет произведён обмен пленными: 175 на 175.", "Le 19 mars, un échange de prisonniers aura lieu : 175 contre 175.", "ru"),
            ("Дмитрий Песков сообщил, что разговор будет проходить в течение дня.", "Dmitri Peskov a indiqué que l'entretien aurait lieu dans la journée.", "ru"),
        ])
        // With the lemma tables: «assurons», «désirez» are presents; «недели» is a noun.
        try Scoring.expectNone(.tense, atOrAbove: .info, [
            ("We ensured that the talks continue.", "Nous assurons que les discussions se poursuivent.", "en"),
            ("You wanted a deal.", "Vous désirez un accord.", "en"),
            ("Ушаков сообщил, что разговор состоится во вторник.", "Ouchakov a indiqué que l'entretien aurait lieu mardi.", "ru"),
            // «проводит» (of «проводить», a verb of motion's imperfective) is a present.
            ("Путин проводит совещание с членами Совбеза.", "Poutine a tenu une réunion avec les membres du Conseil de sécurité.", "ru"),
            // FLORES: «залит» is the short participle of «залить» (its future is «зальёт»).
            ("Район сейчас по пояс залит водой.", "Le district a été inondé jusqu'à la taille.", "ru"),
            ("Это, скажем, трудно.", "Cela a été, disons, difficile.", "ru"),
            ("Путин и Трамп договорились продолжить контакты в течение недели.", "Poutine et Trump sont convenus de poursuivre leurs contacts pendant la semaine.", "ru"),
            // REFreSD: a narrative in the passé simple or historical present («traduit», «fournit»)
            // tells its later events in the future.
            ("He also translated a history of Davila which was published only after his death.",
             "Il traduit également une Histoire de Davila qui ne sera publiée qu'après sa mort.", "en"),
            ("That same year, the assassination of Henri IV provided him the theme for a play which was presented before the Queen.",
             "La même année, l'assassinat d'Henri IV lui fournit le thème d'une pièce qui sera représentée devant la reine.", "en"),
        ], scorer: Self.withLemmas)
        // MLQE: «собрался» before or after an infinitive is an intent, as "going to" is.
        try Scoring.expectNone(.tense, atOrAbove: .info, [("Помирать собрался, а жито сей.", "I am going to die, but this is my life.", "ru")], to: "en")
        // TransRead: the passé simple of dialogue tags («dit», «se mit») renders the English pasts.
        try Scoring.expectNone(.tense, atOrAbove: .info, [
            ("' Anything you like , ' said the Footman , and began whistling .", "\" Tout ce que vous voudrez , \" dit le Laquais ; et il se mit à siffler .", "en"),
        ])
        #expect(try Scoring.findings(.tense, "He also translated a history of Davila which was published only after his death.",
                                     "Il a également traduit une Histoire de Davila qui ne sera publiée qu'après sa mort.", "en", scorer: Self.withLemmas)
            .map(\.severity) == [.major])
    }

    @Test("Readings: sure forms and loose counts")
    func readings() {
        func sure(_ text: String, _ language: String) -> [String] {
            let t = WordTokenizer.tokenize(text)
            return VerbTense(t, text: text, language: language).sure.map { "\($0.time)" + ":" + t[$0.tokens].map(\.text).joined(separator: " ") }
        }
        #expect(sure("Il a rencontré Poutine, se rendra à Moscou et va signer l'accord.", "fr") == ["past:a rencontré", "future:rendra", "future:va signer"])
        // A verb of saying frames the report: «a dit», "said", «заявил» tell no time of what is reported.
        #expect(sure("Il a dit qu'il se rendra à Moscou.", "fr") == ["future:rendra"])
        #expect(sure("He said he will go.", "en") == ["future:will go"])
        #expect(sure("Путин заявил, что делегация будет работать.", "ru") == ["future:будет работать"])
        // «nous nous sommes» is reflexive; «nous sommes convaincus» an adjective after the copula.
        #expect(sure("Nous nous sommes entretenus, et nous sommes convaincus.", "fr") == ["past:nous sommes entretenus"])
        #expect(sure("Les troupes sont arrivées hier ; le cessez-le-feu est respecté.", "fr") == ["past:sont arrivées"])
        // The agent's "by" and the determiner make participles, not preterites; "had" alone is one.
        #expect(sure("The plan agreed by both sides had a flaw, the detailed text showed.", "en") == ["past:had", "past:showed"])
        #expect(sure("He won't sign it, and I'll see him soon.", "en") == ["future:wo n't sign", "future:I'll see"])
        // "Will" with a capital inside a sentence is a name; «venir de» tells a past just done.
        #expect(sure("The actor Will Smith met Putin.", "en") == ["past:met"])
        #expect(sure("His son Will met Putin.", "en") == ["past:met"])
        #expect(sure("Je viens de parler avec le président Zelensky.", "fr") == ["past:viens de parler"])
        #expect(sure("Лидеры будут обсуждать урегулирование, о котором договорились.", "ru") == ["future:будут обсуждать", "past:договорились"])
        // Tokenized text ("you 'll"); a participle opening a clause after a comma; a preterite after "and".
        #expect(sure("' or you 'll be asleep again . '", "en") == ["future:ll be"])
        #expect(sure("We shall return with sheep, loaded with pebbles.", "en") == ["future:shall return"])
        #expect(sure("Our teams met in Riyadh and made tremendous progress.", "en") == ["past:met", "past:made"])
        // «doit» is a present, «fournit» may be a passé simple.
        let fr = WordTokenizer.tokenize("Elle doit cesser ; il lui fournit le thème.")
        #expect(VerbTense(fr, text: "Elle doit cesser ; il lui fournit le thème.", language: "fr") { Self.lemmas.lemma(of: $0, language: "fr") }.loose(.past) == 1)
        // Without a reflexive ending, a Russian past is sure only with its lemma: «недели» is a noun.
        let ru = WordTokenizer.tokenize("В течение недели Путин поддержал идею.")
        #expect(VerbTense(ru, text: "В течение недели Путин поддержал идею.", language: "ru").sure.isEmpty)
        #expect(VerbTense(ru, text: "В течение недели Путин поддержал идею.", language: "ru") { Self.lemmas.lemma(of: $0, language: "ru") }.sure.map { ru[$0.tokens.lowerBound].text } == ["поддержал"])
    }
}
