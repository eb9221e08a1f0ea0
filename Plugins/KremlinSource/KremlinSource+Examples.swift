import DriftAlignSources

/// The plugin's executable documentation: small inputs in the real page and feed structures
/// (FORMATS.md §3), with text written for DriftAlign (not copied from kremlin.ru).
extension KremlinSource {
    static var examples: [SourceExample] { [page, feed, pageWithoutAddress] }

    static let page = SourceExample(
        name: "kremlin.ru news page: Russian phone-call readout",
        location: "76470.html",
        input: """
        <!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
        <title>Телефонный разговор с Президентом США Дональдом Трампом &bull; Президент России</title>
        <link rel="canonical" href="http://kremlin.ru/events/president/news/76470">
        <meta property="og:description" content="Состоялся телефонный разговор Владимира Путина с Президентом США.">
        <script>window.kremlin = {id: 76470};</script></head>
        <body><header><nav class="nav"><a href="/events/president/news">Новости</a> <a href="/acts/news">Документы</a></nav></header>
        <article class="read__in hentry h-entry">
        <h1 class="entry-title p-name">Телефонный разговор с Президентом США Дональдом Трампом</h1>
        <time class="read__published" datetime="2025-03-18">18 марта 2025 года</time><div class="read__time">18:00</div>
        <div class="read__lead entry-summary p-summary"><div><p>Состоялся телефонный разговор Владимира Путина с Президентом США.</p></div></div>
        <div class="entry-content e-content read__internal_content">
        <p>В.В.Путин и Д.Трамп продолжили начатый 12&nbsp;февраля 2025&nbsp;г. обмен мнениями. Обсуждалось прекращение огня, т.е. взаимный отказ от ударов.</p>
        <p>Президент России выступил за &laquo;надёжный и проверяемый&raquo; режим.</p>
        </div>
        <div class="read__tags masha-ignore"><ul><li class="p-category"><a href="/catalog/keywords/82/events">Внешняя политика</a></li></ul></div>
        <div class="read__share"><a href="https://vk.com/share.php">Поделиться ВКонтакте</a></div>
        </article><footer class="footer">Президент России — официальный сайт</footer></body></html>
        """,
        expected: [ExpectedDocument(
            id: "kremlin-76470", language: "ru", title: "Телефонный разговор с Президентом США Дональдом Трампом",
            author: "Kremlin", published: "2025-03-18T15:00:00Z", url: "http://kremlin.ru/events/president/news/76470",
            paragraphs: 4, sentences: 5, contains: ["2025\u{00A0}г. обмен мнениями", "т.е. взаимный отказ"],
            excludes: ["Документы", "Поделиться", "Внешняя политика", "официальный сайт", "window.kremlin"],
            quotes: ["надёжный и проверяемый"],
            metadata: ["newsId": "76470", "twinURL": "http://en.kremlin.ru/events/president/news/76470"])])

    static let feed = SourceExample(
        name: "en.kremlin.ru Atom feed: one document per entry, summary as lead, escaped HTML content",
        location: "feed.xml",
        input: """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
          <title>President of Russia — Events</title>
          <id>http://en.kremlin.ru/events/all/feed</id>
          <updated>2025-03-18T19:40:00+03:00</updated>
          <link href="http://en.kremlin.ru/events/all/feed/page/2" rel="next"/>
          <entry>
            <title>Telephone conversation with US President Donald Trump</title>
            <id>http://en.kremlin.ru/events/president/news/76470</id>
            <published>2025-03-18T19:30:00+03:00</published>
            <updated>2025-03-18T19:40:00+03:00</updated>
            <summary type="html">&lt;p&gt;Vladimir Putin had a telephone conversation with US President Donald Trump.&lt;/p&gt;</summary>
            <content type="html">&lt;p&gt;The two presidents discussed a 30-day ceasefire, i.e. a pause in strikes.&lt;/p&gt;
        &lt;p&gt;They agreed to stay in contact.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Meeting with permanent members of the Security Council</title>
            <id>http://en.kremlin.ru/events/president/news/76469</id>
            <published>2025-03-18T16:30:00+03:00</published>
            <summary type="html">&lt;p&gt;Vladimir Putin held a meeting with permanent members of the Security Council.&lt;/p&gt;</summary>
            <content type="html">&lt;p&gt;Vladimir Putin held a meeting with permanent members of the Security Council.&lt;/p&gt;&lt;p&gt;The agenda included spring field work.&lt;/p&gt;</content>
          </entry>
        </feed>
        """,
        expected: [
            ExpectedDocument(id: "kremlin-en-76470", language: "en", title: "Telephone conversation with US President Donald Trump",
                             published: "2025-03-18T16:30:00Z", url: "http://en.kremlin.ru/events/president/news/76470",
                             paragraphs: 4, sentences: 4, contains: ["i.e. a pause in strikes"], excludes: ["&lt;", "<p>"],
                             metadata: ["newsId": "76470", "twinURL": "http://kremlin.ru/events/president/news/76470"]),
            // The content's first paragraph repeats the summary: kept once.
            ExpectedDocument(id: "kremlin-en-76469", language: "en", published: "2025-03-18T13:30:00Z", paragraphs: 3, sentences: 3,
                             metadata: ["twinURL": "http://kremlin.ru/events/president/news/76469"]),
        ])

    static let pageWithoutAddress = SourceExample(
        name: "page saved without its address (no canonical/og:url): detected by the site's assets; place kept, id from the file name",
        location: "saved/meeting.html",
        input: """
        <html><head><title>Meeting • President of Russia</title>
        <link rel="stylesheet" href="http://static.kremlin.ru/static/css/app.css"></head>
        <body><div class="read__top"><h1 class="entry-title p-name">Meeting with Government members</h1>
        <time class="read__published" datetime="2025-03-12">March 12, 2025</time><div class="read__time">15:10</div>
        <div class="read__place p-location">Novo-Ogaryovo, Moscow Region</div></div>
        <div class="entry-content e-content read__internal_content"><p>The President held a meeting with Government members.</p></div>
        </body></html>
        """,
        expected: [ExpectedDocument(id: "kremlin-meeting", language: "en", title: "Meeting with Government members",
                                    published: "2025-03-12T12:10:00Z", paragraphs: 2, sentences: 2,
                                    metadata: ["place": "Novo-Ogaryovo, Moscow Region", "dateText": "March 12, 2025, 15:10"])])
}
