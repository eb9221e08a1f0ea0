import DriftAlignCore
import Testing

/// Sentence splitting on the constructions French, English and Russian press text throws at ICU.
/// Each case marks the expected sentences with " | " between them.
@Suite struct SegmenterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let lang: String
        let marked: String
        var testDescription: String { "\(lang): \(marked.prefix(50))" }
        /// " | " marks a break at a space, "|" a break where the text has no space.
        var text: String { marked.replacingOccurrences(of: " | ", with: " ").replacingOccurrences(of: "|", with: "") }
        var expected: [String] { marked.replacingOccurrences(of: " | ", with: "|").components(separatedBy: "|") }
    }

    static let cases: [Case] = [
        Case(lang: "fr", marked: "M. Trump a parlé avec MM. Poutine et Zelensky. | Mme Leavitt a confirmé."),
        Case(lang: "fr", marked: "Le vice-président américain J.D. Vance sera à Munich. | Il y verra M. Zelensky."),
        Case(lang: "fr", marked: "À 14h52, l’agence TASS annonçait son départ. | Un geste qui ressemble à un signal : c’est Trump qui attendra."),
        Case(lang: "fr", marked: "Il a parlé de 1 000 soldats et de 2,500 morts. | Ensuite il a raccroché."),
        Case(lang: "fr", marked: "«Ils ont accepté.\u{00A0}» | Mais la suite reste floue."),
        Case(lang: "fr", marked: "M. Trump a déclaré: «Les gens ne savaient pas. | Mais je pense qu’il veut la paix». | Puis il est parti."),
        Case(lang: "fr", marked: "«Je pense que, bien avant le président Poutine, ils ont dit qu’ils ne permettraient pas cela.» . | La suite."),
        Case(lang: "fr", marked: "Poutine a ironisé : « Pourquoi grand ? | Peu importe où vous regardez sur la carte, vous ne le voyez pas »."),
        Case(lang: "fr", marked: "Des millions de morts… et il y en aura d’autres. | C’est ainsi."),
        Case(lang: "fr", marked: "Photo d'une rencontre en 2018 (Image de référence)|Photo © Flickr / Trump White House Archived"),
        Case(lang: "en", marked: "Each week brings 2,500 soldier deaths, and it must end NOW. | I look very much forward to the call."),
        Case(lang: "en", marked: "THOUSANDS OF TROOPS ARE IN A VERY BAD POSITION. | I have strongly requested that their lives be spared."),
        Case(lang: "en", marked: "The U.S. delegation met Gen. Kellogg and Sen. Rubio in Washington, D.C. on Friday. | It went well."),
        Case(lang: "en", marked: "GOD BLESS AMERICA! | DONALD J. TRUMP, PRESIDENT OF THE UNITED STATES OF AMERICA"),
        Case(lang: "ru", marked: "В.В.Путин провёл разговор в 2025 г. в Москве, т.е. по телефону. | Стороны договорились продолжить контакты."),
        Case(lang: "ru", marked: "Обсуждались экономика, энергетика и т.п. вопросы. | Президенты договорились о встрече."),
        Case(lang: "ru", marked: "Президент заявил: «Мы готовы работать. | Это долгосрочная задача». | Разговор длился два часа."),
        // A "?" or "!" followed by a word in lower case (after a dash at most) ends nothing: the
        // incise, a bracketed aside, a URL's query. A link after the sentence stays its own unit.
        Case(lang: "fr", marked: "«Pourquoi pas ?» a demandé le Dr Martin. | «C’est fini\u{00A0}!\u{00A0}» a lancé M. Peskov."),
        Case(lang: "ru", marked: "«Почему?» — спросил журналист. | Песков не ответил."),
        Case(lang: "en", marked: "Companies are pouring in, with Jobs (and Money!) to follow. | It is a beautiful thing to watch!"),
        Case(lang: "en", marked: "Watch https://www.youtube.com/watch?v=dQw4w9WgXcQ now. | MAKE AMERICA GREAT AGAIN! | https://example.com/vote"),
        // "etc.", "т.д." close a list: before a capital the sentence has ended.
        Case(lang: "fr", marked: "Ils ont parlé d’énergie, de ports, etc. | Washington attend une réponse."),
        Case(lang: "ru", marked: "Обсуждались энергетика, транспорт и т.д. | Владимир Путин подчеркнул важность диалога."),
        Case(lang: "en", marked: "They discussed energy, ports, etc. | Vladimir Putin stressed the need for dialogue."),
        // A title in capitals before a name in capitals.
        Case(lang: "en", marked: "THANK YOU TO GOV. ABBOTT AND SEN. CRUZ!!! | TEXAS IS SAFE AGAIN!!!"),
        // A line break inside a paragraph, after no sentence end and before a word in lower case,
        // is hard wrapping.
        Case(lang: "en", marked: "The two leaders agreed that this conflict\nmust end with a lasting peace. | It was agreed."),
        // A zero-width space after a title hides nothing.
        Case(lang: "fr", marked: "M.\u{200B} Trump a répondu. | Puis il est parti."),
    ]

    /// A period glued to a capitalised word by a scraper or by pasting ends the sentence; the
    /// abbreviations, initials, domains, numbers and code that glue a period to a letter do not.
    static let gluedCases: [Case] = [
        Case(lang: "en", marked: "Asked about a fallback, the envoy said: we have a Plan B.|The talks went on for hours in Riyadh."),
        Case(lang: "fr", marked: "Les frappes ont repris quelques heures après l’annonce de la trêve.|Le Kremlin a démenti toute violation."),
        Case(lang: "ru", marked: "Стороны подтвердили приверженность перемирию.|Путин поблагодарил Трампа за звонок."),
        Case(lang: "en", marked: "The ceasefire is holding, officials said.|Zelensky disagreed, and the U.S. envoy flew to Kyiv."),
        // A one-letter opener, an elided article or conjunction.
        Case(lang: "fr", marked: "Les frappes auraient repris, ce que Moscou a démenti.|À Kiev, les sirènes ont retenti toute la nuit."),
        Case(lang: "fr", marked: "Le Kremlin a démenti.|L’Ukraine accuse la Russie d’avoir violé la trêve.|Qu’il s’agisse de frappes ou non, rien n’est réglé."),
        Case(lang: "ru", marked: "Стороны подтвердили приверженность перемирию.|В Москве это назвали шагом вперёд."),
        Case(lang: "en", marked: "Nobody asked me, the envoy said.|I think the talks went well."),
        // Not ends: initials and titles glued to a name, abbreviations, domains, decimals, files, code.
        Case(lang: "en", marked: "J.D.Vance and Mr.Witkoff met the U.S. team at 9 a.m. and posted on truthsocial.com and Whitehouse.gov about a 2.5 percent rise."),
        Case(lang: "fr", marked: "M.Poutine a écrit à B.Le Maire via WhiteHouse.Gov et Kremlin.Ru, pièce jointe Compte-rendu.Pdf ici."),
        Case(lang: "ru", marked: "В.В.Путин и Д.Трамп, т.е.Президенты, встретились в г.Москва на ул.Тверская."),
        Case(lang: "fr", marked: "Le rapport de J.L’Heureux cite Д.А.Медведев et M.À Kempis, etc. dans sa note."),
        Case(lang: "en", marked: "The script calls threading.Lock() and argparse.ArgumentParser() before self.server.Shutdown runs."),
    ]

    @Test(arguments: gluedCases)
    func aPeriodGluedToTheNextSentenceEndsIt(_ c: Case) throws {
        #expect(try Segmenter(language: c.lang).sentences(in: c.text) == c.expected)
    }

    /// "Jr.", "D.C.", "Inc." end a sentence before a sentence opener even where ICU's suppression list
    /// (French, German) hides the break; before a name or a word in lower case they do not.
    static let sentenceFinalAbbreviationCases: [Case] = [
        Case(lang: "fr", marked: "Le message a été relayé sur X par Donald Trump Jr. | Le fils aîné du président y dénonce « une trahison »."),
        Case(lang: "fr", marked: "Les négociateurs se sont retrouvés à Washington, D.C. | Ils doivent se revoir la semaine prochaine à Riyad."),
        Case(lang: "de", marked: "Die Erklärung verbreitete Donald Trump Jr. | Der Präsident bestätigte sie am Abend."),
        Case(lang: "en", marked: "The statement was posted by Donald Trump Jr. | The president agreed with every word of it."),
        Case(lang: "en", marked: "There will be no more troops in the U.S. | The talks went on in Riyadh, and John Smith Sr. | He said nothing."),
        // Not ends: a title or a name after the abbreviation, or a word in lower case.
        Case(lang: "en", marked: "U.S. President Trump spoke with Putin, and Donald Trump Jr. said the U.S. Senate would vote."),
        Case(lang: "fr", marked: "Selon Donald Trump Jr. le président est « très en colère » contre le U.S. Senate et Apple Inc. Europe."),
        // An article and the abbreviation make no sentence, even before an opener in a post's capitals;
        // after more words the break stands ("We met the U.S. | And we talked.").
        Case(lang: "en", marked: "The U.S. And Russia will talk. | «The U.S. And Europe» agree. | We met the U.S. | And we talked."),
        Case(lang: "en", marked: "Hello! | The U.S. But not Europe, will pay."),
    ]

    @Test(arguments: sentenceFinalAbbreviationCases)
    func anAmbiguousAbbreviationEndsASentenceBeforeAnOpener(_ c: Case) throws {
        #expect(try Segmenter(language: c.lang).sentences(in: c.text) == c.expected)
    }

    /// Russian "г." (year) after a year, "в." (century) after a Roman numeral, ends a sentence before
    /// a capitalised function word, or when a clause with its verb ends there and a subject with its
    /// verb starts; a fronted date, a subordinate clause, an object, "г. Москва", "в 2025 г. в
    /// Москве" and "т.е. Путин" stay whole.
    static let russianDateCases: [Case] = [
        Case(lang: "ru", marked: "Встреча прошла в марте 2025 г. | Путин поблагодарил собеседника за конструктивный диалог."),
        Case(lang: "ru", marked: "Разговор состоялся 18 марта 2025 г. | В ходе беседы стороны обсудили ситуацию вокруг Украины."),
        Case(lang: "ru", marked: "Соглашение было подписано в 2015 г. | Оно так и не было выполнено. | Он напомнил об этом."),
        Case(lang: "ru", marked: "Переговоры шли в 2024–2025 гг. | Владимир Путин заявил, что они продолжатся."),
        Case(lang: "ru", marked: "Эта традиция сложилась в XIX в. | Она сохранилась до наших дней."),
        // Not ends.
        Case(lang: "ru", marked: "В марте 2025 г. Путин поблагодарил Трампа за звонок."),
        Case(lang: "ru", marked: "Путин посетил в 2025 г. Китай и Казахстан."),
        Case(lang: "ru", marked: "В XX в. Россия пережила две революции."),
        Case(lang: "ru", marked: "Путин напомнил, что в 2014 г. Крым вернулся в состав России."),
        Case(lang: "ru", marked: "С начала 2025 г. Россия поставила в Китай больше нефти."),
        Case(lang: "ru", marked: "Делегация прибыла в 2025 г. в Москву, адрес: г. Москва, Красная площадь."),
        Case(lang: "ru", marked: "Решение принял в 2025 г. Президент России, т.е. Путин лично."),
        // Initials after the year are no preposition «В» or «С» opening a sentence.
        Case(lang: "ru", marked: "В марте 2025 г. В. В. Путин провёл переговоры с Д. Трампом."),
        Case(lang: "ru", marked: "Договор, подписанный в 2024 г. А. Белоусовым, вступил в силу."),
        Case(lang: "ru", marked: "Переговоры, начатые в марте 2025 г. С. Лавровым, продолжились в Эр-Рияде."),
    ]

    /// A line break after an article, a preposition or a conjunction is hard wrapping (a page's
    /// <br>, a wrapped feed text), whatever the case of the next word; after a line that may end a
    /// heading or a dateline, a capital still starts a new sentence.
    @Test(arguments: [
        ("fr", "Selon le porte-parole du\nKremlin, Dmitri Peskov, l’appel a duré deux heures.", ["Selon le porte-parole du\nKremlin, Dmitri Peskov, l’appel a duré deux heures."]),
        ("en", "The president spoke with the\nPresident of Russia for two hours.", ["The president spoke with the\nPresident of Russia for two hours."]),
        ("ru", "Переговоры прошли в\nЭр-Рияде во вторник.", ["Переговоры прошли в\nЭр-Рияде во вторник."]),
        ("fr", "MOSCOU, 18 mars\nLes deux présidents se sont parlé.", ["MOSCOU, 18 mars", "Les deux présidents se sont parlé."]),
        ("en", "Readout of the Call\nPresident Trump spoke today with President Putin.", ["Readout of the Call", "President Trump spoke today with President Putin."]),
    ])
    func aLineEndingInAFunctionWordIsHardWrapped(_ lang: String, _ text: String, _ expected: [String]) throws {
        #expect(try Segmenter(language: lang).sentences(in: text) == expected)
    }

    /// Sentence ends ICU's suppression lists hide: shouted words whose last letters match an
    /// abbreviation of the list (Truth Social posts of the CC0 archive: "AMERICA FIRST.", "YEARS
    /// AGO."), and French «faux.»; titles and abbreviations in capitals still end nothing.
    static let suppressedEndCases: [Case] = [
        Case(lang: "en", marked: "As the son of refugees who fled communism, Mark will be a strong advocate for Freedom, and always put AMERICA FIRST. | Congratulations Mark!"),
        Case(lang: "en", marked: "Sleepy Joe Biden should have done it YEARS AGO. | This story and narrative is so old and boring."),
        Case(lang: "en", marked: "GREAT MEETING. | WE WILL WIN!"),
        Case(lang: "fr", marked: "Le chiffre est faux. | Il a parlé."),
        // Not ends.
        Case(lang: "en", marked: "THANK YOU TO GOV. ABBOTT AND SEN. CRUZ FOR THE U.S. SENATE VOTE!"),
        Case(lang: "en", marked: "WE MET IN WASHINGTON, D.C. TODAY AND AT 9 A.M. TOMORROW."),
        Case(lang: "fr", marked: "Le 7 sept. 2025, Poutine a parlé de la trêve avec M. Trump."),
    ]

    @Test(arguments: suppressedEndCases)
    func aSentenceEndTheSuppressionListHidesIsFound(_ c: Case) throws {
        #expect(try Segmenter(language: c.lang).sentences(in: c.text) == c.expected)
    }

    @Test(arguments: russianDateCases)
    func aRussianDateEndsASentenceOnlyWhenANewOneVisiblyStarts(_ c: Case) throws {
        #expect(try Segmenter(language: c.lang).sentences(in: c.text) == c.expected)
    }

    /// Before a capital, a line break still ends the line's unit (a heading line of a feed item).
    @Test func aLineBreakBeforeACapitalStillSplits() throws {
        let got = try Segmenter(language: "en").sentences(in: "Statement by the Press Secretary\nToday the President spoke with President Putin.")
        #expect(got == ["Statement by the Press Secretary", "Today the President spoke with President Putin."])
    }

    @Test(arguments: cases)
    func splitsWhereAnEditorWould(_ c: Case) throws {
        let got = try Segmenter(language: c.lang).sentences(in: c.text)
        #expect(got == c.expected)
    }

    private func document(_ text: String, _ lang: String = "fr") -> Document {
        let input = InputFile(location: "t.txt", text: text)
        return Document(id: "t", sourceType: "text", language: lang, text: text,
                        paragraphs: PlainTextLayout.paragraphs(of: input.scalars), input: input,
                        sourceMap: .identity(length: input.scalars.count))
    }

    @Test func paragraphsBulletsHeadingsAndDatelinesAreUnits() throws {
        let text = """
        19 Mars 2025
        Compte-rendu du Kremlin

          • Poutine a informé Trump d’un échange de 175 prisonniers ;
          • Les deux dirigeants ont convenu d’un cessez-le-feu de 30 jours.

        - Discours de Poutine -

        Washington (AFP) - Le président américain a parlé mardi avec Poutine. Il a raccroché.
        """
        let doc = try Segmenter(language: "fr").segment(document(text))
        #expect(doc.sentences.map(\.text) == [
            "19 Mars 2025", "Compte-rendu du Kremlin",
            "Poutine a informé Trump d’un échange de 175 prisonniers ;",
            "Les deux dirigeants ont convenu d’un cessez-le-feu de 30 jours.",
            "Discours de Poutine", "Washington (AFP) -", "Le président américain a parlé mardi avec Poutine.", "Il a raccroché.",
        ])
        #expect(doc.sentences.map(\.kind) == [.dateline, .heading, .bullet, .bullet, .heading, .dateline, .body, .body])
        // Offsets point at the exact characters of the input.
        for s in doc.sentences { #expect(doc.input.slice(doc.inputRange(for: s.range)!) == s.text) }
    }

    @Test func quotedSpansAreFoundWithOffsets() throws {
        let text = "Trump a écrit que « de nombreux éléments d’un accord final ont été convenus » et qu’il parlerait “demain”. \"C'est fini\", a-t-il dit."
        let doc = try Segmenter(language: "fr").segment(document(text))
        #expect(doc.quotes.map(\.text) == ["de nombreux éléments d’un accord final ont été convenus", "demain", "C'est fini"])
        #expect(doc.quotes.map(\.style) == [.guillemets, .curly, .straight])
        let scalars = Array(text.unicodeScalars)
        for q in doc.quotes { #expect(ScalarText.string(scalars, q.inner) == q.text) }
        #expect(doc.sentences[0].quotes.count == 2)
        #expect(doc.sentences[1].quotes.map(\.text) == ["C'est fini"])
    }

    /// Headlines quote with single marks (seed 003's heading «'Fin MAINTENANT'» renders the
    /// post's "end NOW"): in headings and titles ' … ' and ‘ … ’ are quotations; elisions and
    /// possessives are not, and in running text an apostrophe never opens one.
    @Test func headingsQuoteWithSingleMarks() throws {
        let text = """
        - 'Fin MAINTENANT' -

        Trump : ‘Poutine veut la paix’ et l'Ukraine attend

        Les 'négociations' de l'été

        Le président a parlé des 'négociations' et des leaders' talks de l'été, a-t-il dit aujourd'hui.
        """
        let doc = try Segmenter(language: "fr").segment(document(text))
        #expect(doc.sentences.map(\.kind) == [.heading, .heading, .heading, .body])
        #expect(doc.quotes.map(\.text) == ["Fin MAINTENANT", "Poutine veut la paix", "négociations"])
        #expect(doc.quotes.allSatisfy { $0.style == .single })
        let scalars = Array(text.unicodeScalars)
        for q in doc.quotes { #expect(ScalarText.string(scalars, q.inner) == q.text) }
        #expect(doc.sentences.map(\.quotes.count) == [1, 1, 1, 0])
    }

    @Test func aQuoteOverSeveralSentencesIsKeptWholeAtDocumentLevel() throws {
        let text = "Il a dit : « Nous avons parlé. Nous allons continuer. » Puis il est parti."
        let doc = try Segmenter(language: "fr").segment(document(text))
        #expect(doc.quotes.map(\.text) == ["Nous avons parlé. Nous allons continuer."])
        #expect(doc.sentences.count == 3)
        #expect(doc.sentences[0].quotes.map(\.text) == ["Nous avons parlé."])
        #expect(doc.sentences[1].quotes.map(\.text) == ["Nous allons continuer."])
    }

    @Test func unclosedQuoteClosesAtParagraphEnd() throws {
        let text = "Il a dit « nous verrons bien\nLa suite."
        let doc = try Segmenter(language: "fr").segment(document(text))
        #expect(doc.quotes.count == 1)
        #expect(doc.quotes[0].closed == false)
        #expect(doc.quotes[0].text == "nous verrons bien")
    }

    @Test func astralScalarsKeepOffsetsRight() throws {
        let text = "Great call 🇺🇸🇷🇺 today. Peace is near!"
        let doc = try Segmenter(language: "en").segment(document(text, "en"))
        #expect(doc.sentences.map(\.text) == ["Great call 🇺🇸🇷🇺 today.", "Peace is near!"])
        for s in doc.sentences { #expect(doc.input.slice(s.range) == s.text) }
    }

    @Test func theGapBetweenTwoRangesIsAlwaysAValidRange() {
        // What separates two words; touching, overlapping or out-of-text ranges give an empty or
        // clamped gap instead of trapping on an invalid range.
        #expect(ScalarText.gap(after: 0..<3, before: 4..<6, count: 10) == 3..<4)
        #expect(ScalarText.gap(after: 0..<5, before: 3..<6, count: 10).isEmpty)
        #expect(ScalarText.gap(after: 0..<3, before: 40..<46, count: 10) == 3..<10)
        #expect(ScalarText.gap(after: 12..<15, before: 20..<21, count: 10).isEmpty)
    }
}
