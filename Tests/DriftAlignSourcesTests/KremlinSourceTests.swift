import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import KremlinSource
import Testing

/// KremlinSource on fixtures in the real kremlin.ru page and Atom structures (text written for the
/// fixtures, see Tests/Fixtures/kremlin/PROVENANCE.md).
@Suite struct KremlinSourceTests {
    static let ruURL = "http://kremlin.ru/events/president/news/76470"
    static let enURL = "http://en.kremlin.ru/events/president/news/76470"

    func input(_ name: String) throws -> InputFile {
        let path = TestPaths.fixture("kremlin/\(name)")
        return InputFile(location: path, text: try TestPaths.read(path))
    }

    func read(_ name: String, language: String? = nil) throws -> [Document] {
        let docs = try KremlinSource().read(try input(name), options: ReadOptions(language: language))
        return try docs.map { try Segmenter(language: $0.language).segment($0) }
    }

    func iso(_ date: Date?) -> String? { date.map { ISO8601DateFormatter().string(from: $0) } }

    @Test func russianPageFields() throws {
        let docs = try read("76470.ru.html")
        try #require(docs.count == 1)
        let doc = docs[0]
        #expect(doc.id == "kremlin-76470")
        #expect(doc.sourceType == "kremlin")
        #expect(doc.language == "ru")
        #expect(doc.title == "Телефонный разговор с Президентом США Дональдом Трампом")
        #expect(doc.author == "Kremlin")
        #expect(doc.metadata["speaker"]?.hasPrefix("Kremlin press service") == true)
        #expect(iso(doc.published) == "2025-03-18T15:00:00Z")  // 18:00 Moscow time
        #expect(doc.url == Self.ruURL)
        #expect(doc.metadata["newsId"] == "76470")
        #expect(doc.metadata["twinURL"] == Self.enURL)
        #expect(doc.metadata["dateText"] == "18 марта 2025 года, 18:00")
        #expect(doc.metadata["place"] == nil)  // phone calls have no place
        // Title, lead, five body paragraphs.
        #expect(doc.paragraphs.map(\.kind) == [.title, .body, .body, .body, .body, .body, .body])
        #expect(doc.text.hasPrefix("Телефонный разговор с Президентом США Дональдом Трампом\n\nСостоялся телефонный разговор"))
    }

    @Test func russianSentencesKeepAbbreviationsAndGuillemets() throws {
        let doc = try read("76470.ru.html")[0]
        #expect(doc.sentences.count == 11, "\(doc.sentences.map(\.text))")
        // "В.В.Путин", "2025 г." and "т.е." do not end sentences.
        #expect(doc.sentences[2].text.hasPrefix("В.В.Путин и Д.Трамп продолжили начатый 12\u{00A0}февраля 2025\u{00A0}г. обстоятельный"))
        #expect(doc.sentences[2].text.hasSuffix("вокруг Украины."))
        #expect(doc.sentences.contains { $0.text.contains("огня, т.е. взаимного отказа") && $0.text.hasSuffix("соприкосновения.") })
        #expect(doc.quotes.map(\.text) == ["надёжном и проверяемом"])  // from &laquo;…&raquo;
        #expect(doc.sentences.last?.text == "В.В.Путин и Д.Трамп договорились поддерживать контакты по всем затронутым вопросам.")
    }

    @Test func navigationScriptsAndFooterAreExcluded() throws {
        let doc = try read("76470.ru.html")[0]
        for chrome in ["Выступления и стенограммы", "Поиск по сайту", "Поделиться", "Скопировать ссылку", "Внешняя политика",
                       "Опубликован в разделах", "kremlin.ru/d/76470", "Другие новости", "Creative Commons", "readDepth",
                       "analyticsQueue", "Президент России •", "18:00"] {
            #expect(!doc.text.contains(chrome), "\(chrome)")
        }
    }

    @Test func englishTwinSharesTheNewsID() throws {
        let ru = try read("76470.ru.html")[0]
        let en = try read("76470.en.html")[0]
        #expect(en.id == "kremlin-en-76470")
        #expect(en.language == "en")
        #expect(en.title == "Telephone conversation with US President Donald Trump")
        #expect(en.url == Self.enURL)
        #expect(en.metadata["twinURL"] == ru.url)
        #expect(ru.metadata["twinURL"] == en.url)
        #expect(en.metadata["newsId"] == ru.metadata["newsId"])
        #expect(en.published == ru.published)
        #expect(en.metadata["dateText"] == "March 18, 2025, 18:00")
        // The translation has the same shape: 7 paragraphs, 11 sentences; "i.e." ends none.
        #expect(en.paragraphs.count == ru.paragraphs.count)
        #expect(en.sentences.count == 11, "\(en.sentences.map(\.text))")
        #expect(en.sentences.contains { $0.text.contains("ceasefire, i.e. a mutual") && $0.text.hasSuffix("line of contact.") })
        #expect(en.quotes.map(\.text) == ["reliable and verifiable"])
    }

    @Test func languageOption() throws {
        #expect(try read("76470.ru.html", language: "en")[0].language == "en")
        #expect(try read("events-all-feed.ru.xml", language: "de").allSatisfy { $0.language == "de" })
    }

    @Test func atomFeedYieldsOneDocumentPerEntry() throws {
        let docs = try read("events-all-feed.ru.xml")
        #expect(docs.map(\.id) == ["kremlin-76470", "kremlin-76469", "kremlin-76466"])
        #expect(docs.allSatisfy { $0.language == "ru" && $0.author == "Kremlin" && $0.metadata["format"] == "Atom feed" })
        #expect(docs.map { iso($0.published) } == ["2025-03-18T15:00:00Z", "2025-03-18T13:30:00Z", "2025-03-18T07:00:00Z"])
        let readout = docs[0]
        #expect(readout.url == Self.ruURL)
        #expect(readout.metadata["twinURL"] == Self.enURL)
        #expect(readout.metadata["updated"] == "2025-03-18T18:05:12+03:00")
        // Same text as the page: title, summary (lead), five content paragraphs, 11 sentences.
        let page = try read("76470.ru.html")[0]
        #expect(readout.paragraphs.count == 7)
        #expect(readout.sentences.count == 11)
        #expect(readout.title == page.title)
        #expect(readout.quotes.map(\.text) == ["надёжном и проверяемом"])  // &amp;laquo; in escaped HTML
        #expect(!readout.text.contains("&lt;") && !readout.text.contains("<p>") && !readout.text.contains("&nbsp;"))
        // CDATA content whose first paragraph repeats the summary: kept once.
        #expect(docs[1].paragraphs.count == 4)
        #expect(docs[1].text.components(separatedBy: "провёл в режиме видеоконференции").count == 2)
        // Empty content: title and summary only; "г. Казани" is not a sentence end.
        #expect(docs[2].paragraphs.count == 2)
        #expect(docs[2].sentences.count == 2)
        #expect(docs[2].metadata["twinURL"] == "http://en.kremlin.ru/events/president/letters/76466")
    }

    @Test func sentenceOffsetsPointIntoTheArticle() throws {
        for name in ["76470.ru.html", "76470.en.html"] {
            let doc = try read(name)[0]
            let raw = doc.input.text
            let article = try #require(raw.range(of: "<article")).lowerBound
            let bottom = try #require(raw.range(of: "class=\"read__bottom\"")).lowerBound
            let stretch = raw.unicodeScalars.distance(from: raw.startIndex, to: article)..<raw.unicodeScalars.distance(from: raw.startIndex, to: bottom)
            try expectSentencesMap(doc, within: stretch)
        }
    }

    @Test func feedSentenceOffsetsPointIntoTheirEntry() throws {
        let docs = try read("events-all-feed.ru.xml")
        let scalars = docs[0].input.scalars
        // Each entry's stretch: from its <entry> to its </entry>, found by scanning the scalars.
        var starts: [Int] = [], ends: [Int] = []
        let open = Array("<entry>".unicodeScalars), close = Array("</entry>".unicodeScalars)
        for i in 0..<scalars.count {
            if scalars[i...].starts(with: open) { starts.append(i) }
            if scalars[i...].starts(with: close) { ends.append(i) }
        }
        try #require(starts.count == 3 && ends.count == 3)
        for (doc, (a, b)) in zip(docs, zip(starts, ends)) { try expectSentencesMap(doc, within: a..<b) }
    }

    /// Every sentence maps to input offsets inside `stretch`, and those hold its first word.
    func expectSentencesMap(_ doc: Document, within stretch: Range<Int>) throws {
        for s in doc.sentences {
            let r = try #require(doc.inputRange(for: s.range), "sentence \(s.index) of \(doc.id) has no input range")
            #expect(stretch.contains(r.lowerBound) && r.upperBound <= stretch.upperBound, "\(doc.id) sentence \(s.index) at \(r)")
            let first = String(s.text.split(whereSeparator: \.isWhitespace)[0])
            #expect(doc.input.slice(r).contains(first), "\(doc.id) sentence \(s.index): \(first) not in \(doc.input.slice(r))")
        }
        // Verbatim paragraphs map exactly.
        let exact = doc.sourceMap.pieces.filter(\.exact)
        #expect(!exact.isEmpty)
        for p in exact { #expect(doc.input.slice(p.input) == ScalarText.string(doc.scalars, p.document)) }
    }

    @Test func malformedFeedNamesLineAndColumn() throws {
        let input = try input("malformed-feed.ru.xml")
        #expect {
            try KremlinSource().read(input, options: ReadOptions())
        } throws: { error in
            guard case SourceError.malformed(let file, let format, let detail) = error else { return false }
            return file == input.location && format == "Atom feed" && detail.hasPrefix("line 10, column ")
                && detail.contains("&nbsp;") && error.localizedDescription.contains("malformed Atom feed: line 10")
        }
    }

    @Test func pageWithoutArticleBodyIsRejected() throws {
        let input = try input("news-listing.ru.html")
        #expect(KremlinSource().detect(SourceProbe(input: input)) >= 0.8)
        #expect {
            try KremlinSource().read(input, options: ReadOptions())
        } throws: { error in
            guard case SourceError.notAnArticle(_, let format, let detail) = error else { return false }
            // Says what the page is and what to give instead, with the addresses to use.
            return format == "kremlin.ru news page"
                && detail == "this is a listing of 2 items (http://kremlin.ru/events/president/news) with no article text; "
                    + "give one of the news pages it links to (the first: http://kremlin.ru/events/president/news/76470), "
                    + "or the section's Atom feed http://kremlin.ru/events/president/news/feed for all of them"
                && error.localizedDescription.hasPrefix("\(input.location): not a kremlin.ru news page: this is a listing")
        }
    }

    /// The English twin's body (Tests/Fixtures/kremlin/76470.en.html) with its paragraphs
    /// replaced by the other markup a kremlin.ru body holds: an italic note in a bare `<div>`, a
    /// quotation whose first words sit directly in the `<blockquote>`, a table with header cells.
    /// Each of these texts was dropped: only elements with text of their own were read.
    @Test func bodyTextOutsideParagraphsIsKept() throws {
        let page = try TestPaths.read(TestPaths.fixture("kremlin/76470.en.html"))
        let open = try #require(page.range(of: #"itemprop="articleBody">"#))
        let close = try #require(page.range(of: "</div>", range: open.upperBound..<page.endIndex))
        let body = """

                <p>The conversation lasted more than two hours.</p>
                <div><em>The text of the joint statement follows.</em></div>
                <blockquote>The parties agreed on the following. <p>A pause in strikes on energy infrastructure.</p></blockquote>
                <table><tr><th>Region</th><th>Prisoners</th></tr><tr><td>Kursk</td><td>175</td></tr></table>
                <p>The Presidents agreed to stay in touch.</p>

            """
        let input = InputFile(location: "76470.en.html", text: String(page[..<open.upperBound]) + body + String(page[close.lowerBound...]))
        let doc = try KremlinSource().read(input, options: ReadOptions())[0]
        let scalars = Array(doc.text.unicodeScalars)
        let texts = doc.paragraphs.map { ScalarText.string(scalars, $0.range) }
        #expect(texts == [
            "Telephone conversation with US President Donald Trump",
            "Vladimir Putin had a telephone conversation with President of the United States of America Donald Trump.",
            "The conversation lasted more than two hours.",
            "The text of the joint statement follows.",
            "The parties agreed on the following.",
            "A pause in strikes on energy infrastructure.",
            "Region", "Prisoners", "Kursk", "175",
            "The Presidents agreed to stay in touch.",
        ])
        #expect(doc.warnings.isEmpty, "\(doc.warnings)")
    }

    @Test func detection() throws {
        for name in ["76470.ru.html", "76470.en.html", "events-all-feed.ru.xml"] {
            let found = SourceRegistry.builtIn.detect(try input(name))
            #expect(found?.plugin.description.id == "kremlin", "\(name)")
            #expect((found?.confidence ?? 0) >= 0.8, "\(name)")
        }
        let others = [
            InputFile(location: "article.html", text: "<html lang=\"fr\"><head><title>Le Monde</title></head><body><p>Selon le Kremlin, l'entretien a duré deux heures.</p></body></html>"),
            InputFile(location: "notes.txt", text: "kremlin.ru says the call lasted two hours."),
            InputFile(location: "wh.html", text: try TestPaths.read(TestPaths.fixture("whitehouse/readout-trump-putin-2025-03-18.html"))),
        ]
        for other in others { #expect(KremlinSource().detect(SourceProbe(input: other)) == 0, "\(other.location)") }
    }
    /// A transcript's turns (kremlin.ru opens each speaker's paragraphs with "В.Путин:",
    /// "Д.Песков:", "Вопрос:"; en.kremlin.ru with "Vladimir Putin:", "Question:") are voices: the
    /// words of a turn are its speaker's, up to the next label, and the lead stays the page's.
    @Test("a transcript's speaker labels make voices; a readout has none")
    func transcriptTurnsAreVoices() throws {
        let doc = try #require(try read("transcript.ru.html").first)
        #expect(doc.voices.map(\.speaker) == ["Вопрос", "В.Путин", "Вопрос", "Д.Песков"])
        func speaker(_ prefix: String) throws -> String? {
            let s = try #require(doc.sentences.first { $0.text.hasPrefix(prefix) }, "\(prefix)")
            return doc.speaker(of: s.range)
        }
        #expect(try speaker("Мы договорились") == "В.Путин")
        // A paragraph with no label of its own is still the turn's.
        #expect(try speaker("Я сразу дал") == "В.Путин")
        #expect(try speaker("Работа будет продолжена") == "Д.Песков")
        #expect(try speaker("Вопрос: Когда может") == "Вопрос")
        #expect(try speaker("Владимир Путин и пресс-секретарь") == "Kremlin")
        // A readout in the third person: no voices.
        #expect(try read("76470.ru.html")[0].voices.isEmpty)

        // The English labels, with the title the English page gives at first mention.
        let en = """
            <html lang="en"><head><link rel="canonical" href="http://en.kremlin.ru/events/president/transcripts/76480"></head><body>
            <article class="read__in"><h1 class="entry-title">Answers to journalists’ questions</h1>
            <div class="entry-content e-content read__internal_content">
            <p>Question: Mr President, how do you assess today’s conversation?</p>
            <p>President of Russia Vladimir Putin: It was long and, I think, useful.</p>
            <p>Dmitry Peskov: There are no dates yet.</p>
            <p>Moscow agreed to a pause of 30 days: the order was given at once.</p>
            </div></article></body></html>
            """
        let english = try KremlinSource().read(InputFile(location: "t.en.html", text: en), options: ReadOptions())[0]
        #expect(english.voices.map(\.speaker) == ["Question", "Vladimir Putin", "Dmitry Peskov"])
        // "Moscow agreed …: …" opens with one capitalized word and no colon after it: no label, so
        // Peskov's turn runs on to the end.
        #expect(english.voices.last.map { ScalarText.string(Array(english.text.unicodeScalars), $0.range).hasSuffix("at once.") } == true)
    }
}
