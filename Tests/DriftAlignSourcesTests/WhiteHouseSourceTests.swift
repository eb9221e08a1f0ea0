import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import Testing
import WhiteHouseSource

/// WhiteHouseSource on fixtures in the real 2025 whitehouse.gov page and scraped-RSS structures
/// (text written for the fixtures, see Tests/Fixtures/whitehouse/PROVENANCE.md).
@Suite struct WhiteHouseSourceTests {
    static let slug = "readout-of-president-donald-j-trumps-call-with-president-vladimir-putin-of-russia"
    static let url = "https://www.whitehouse.gov/briefings-statements/2025/03/\(slug)/"
    static let title = "Readout of President Donald J. Trump’s Call with President Vladimir Putin of Russia"
    static let page = "readout-trump-putin-2025-03-18.html"
    static let feed = "whitehouse_briefings.2025-03-18.xml"

    func input(_ name: String) throws -> InputFile {
        let path = TestPaths.fixture("whitehouse/\(name)")
        return InputFile(location: path, text: try TestPaths.read(path))
    }

    func read(_ name: String) throws -> [Document] {
        try WhiteHouseSource().read(try input(name), options: ReadOptions()).map { try Segmenter(language: $0.language).segment($0) }
    }

    func iso(_ date: Date?) -> String? { date.map { ISO8601DateFormatter().string(from: $0) } }

    /// A sentence with no-break and repeated spaces folded, to compare page and feed text.
    func folded(_ s: String) -> String { s.replacingOccurrences(of: "\u{00A0}", with: " ").collapsingWhitespace() }

    @Test func pageFields() throws {
        let docs = try read(Self.page)
        try #require(docs.count == 1)
        let doc = docs[0]
        #expect(doc.id == "whitehouse-\(Self.slug)")
        #expect(doc.sourceType == "whitehouse")
        #expect(doc.language == "en")
        #expect(doc.title == Self.title)
        #expect(doc.author == "The White House")
        #expect(iso(doc.published) == "2025-03-18T21:52:04Z")  // <time datetime="2025-03-18T17:52:04-04:00">
        #expect(doc.url == Self.url)
        #expect(doc.metadata["category"] == "Briefings & Statements")
        #expect(doc.metadata["slug"] == Self.slug)
        #expect(doc.paragraphs.map(\.kind) == [.title, .body, .body, .body, .body, .body])
        #expect(doc.sentences.count == 8, "\(doc.sentences.map(\.text))")
        // "Donald J. Trump" and "the U.S. side" do not end sentences.
        #expect(doc.sentences[1].text.hasPrefix("Today, President Donald J. Trump spoke"))
        #expect(doc.sentences.contains { $0.text.hasPrefix("These negotiations") && $0.text.hasSuffix("the President’s Special Envoy.") })
        #expect(doc.quotes.map(\.text) == ["historic opportunity"])
    }

    @Test func pageChromeIsExcluded() throws {
        let doc = try read(Self.page)[0]
        for chrome in ["Skip to content", "Menu", "Search", "Administration", "Video Library", "Briefings & Statements",
                       "The White House", "March 18, 2025", "Share", "Copy URL", "Previous:", "Subscribe", "1600 Pennsylvania",
                       "WH.GOV", "whDataLayer", "gtm", "Privacy Policy"] {
            #expect(!doc.text.contains(chrome), "\(chrome)")
        }
    }

    @Test func rssStripsTheRepeatedHeader() throws {
        let docs = try read(Self.feed)
        try #require(docs.count == 2)
        let readout = docs[0]
        #expect(readout.id == "whitehouse-\(Self.slug)")
        #expect(readout.title == Self.title)
        #expect(readout.url == Self.url)
        #expect(iso(readout.published) == "2025-03-18T00:00:00Z")  // the feed dates items at 00:00 +0000
        #expect(readout.metadata["format"] == "RSS feed")
        #expect(readout.metadata["headerBlocksRemoved"] == "5")  // 3 full headers, the category, byline+date
        #expect(readout.metadata["category"] == "Briefings & Statements")
        #expect(!readout.text.contains("Briefings"))
        #expect(!readout.text.contains("The White HouseMarch"))
        #expect(readout.text.components(separatedBy: Self.title).count == 2)  // the title once, as the title
        #expect(readout.paragraphs.count == 6)
        #expect(readout.sentences[1].text.hasPrefix("Today, President Donald J. Trump spoke"))

        let message = docs[1]
        #expect(message.id == "whitehouse-presidential-message-on-national-agriculture-day")
        #expect(message.title == "Presidential Message on National Agriculture Day")
        #expect(message.paragraphs.count == 4)
        #expect(message.sentences.count == 6)
        #expect(message.metadata["truncated"] == "true")  // the scraper cut the body with "..."
        // …and the reader is told: an excerpt aligned with a full translation shows the rest as unsourced.
        #expect(message.warnings == ["item 2: the feed gives only the start of this text (its description ends with an ellipsis); "
                                     + "the rest is on the page \(message.url ?? "")"])
        #expect(readout.warnings.isEmpty)
        #expect(!message.text.contains("Briefings"))
    }

    @Test func pageAndFeedAgreeSentenceBySentence() throws {
        let page = try read(Self.page)[0]
        let feed = try read(Self.feed)[0]
        #expect(page.sentences.count == feed.sentences.count)
        for (a, b) in zip(page.sentences, feed.sentences) { #expect(folded(a.text) == folded(b.text)) }
    }

    @Test func sentenceOffsetsPointIntoThePostAndPastTheHeader() throws {
        let page = try read(Self.page)[0]
        let raw = page.input.scalars
        func offset(_ s: String, in scalars: [Unicode.Scalar], after start: Int = 0) -> Int? {
            let needle = Array(s.unicodeScalars)
            return (start..<(scalars.count - needle.count)).first { scalars[$0...].starts(with: needle) }
        }
        let headline = try #require(offset("wp-block-whitehouse-topper__headline", in: raw))
        let share = try #require(offset("wp-block-whitehouse-share\"", in: raw))
        try expectSentencesMap(page, within: headline..<share)

        let docs = try read(Self.feed)
        let scalars = docs[0].input.scalars
        var cursor = 0
        for doc in docs {
            let item = try #require(offset("<item>", in: scalars, after: cursor))
            let end = try #require(offset("</item>", in: scalars, after: item))
            // Body sentences lie after the item's last header block ("The White House<date>" line).
            let byline = try #require(offset("\nThe White HouseMarch 18, 2025\n", in: scalars, after: item))
            try expectSentencesMap(doc, within: item..<end)
            for s in doc.sentences where s.kind == .body {
                #expect(try #require(doc.inputRange(for: s.range)).lowerBound > byline, "\(doc.id) sentence \(s.index)")
            }
            cursor = end
        }
    }

    /// Every sentence maps to input offsets inside `stretch`, and those hold its first word.
    func expectSentencesMap(_ doc: Document, within stretch: Range<Int>) throws {
        for s in doc.sentences {
            let r = try #require(doc.inputRange(for: s.range), "sentence \(s.index) of \(doc.id) has no input range")
            #expect(stretch.contains(r.lowerBound) && r.upperBound <= stretch.upperBound, "\(doc.id) sentence \(s.index) at \(r)")
            let first = String(s.text.split(whereSeparator: \.isWhitespace)[0])
            #expect(doc.input.slice(r).contains(first), "\(doc.id) sentence \(s.index): \(first) not in \(doc.input.slice(r))")
        }
    }

    @Test func malformedRSSNamesLineAndColumn() {
        let input = InputFile(location: "briefings.xml", text: """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>White House Briefings</title>
            <item><title>Readout</title><link>https://www.whitehouse.gov/briefings-statements/2025/03/readout/</link>
            <description>Briefings & Statements</description></item>
            </channel></rss>
            """)
        #expect(SourceRegistry.builtIn.detect(input)?.plugin.description.id == "whitehouse")
        #expect {
            try WhiteHouseSource().read(input, options: ReadOptions())
        } throws: { error in
            guard case SourceError.malformed(let file, let format, let detail) = error else { return false }
            return file == "briefings.xml" && format == "RSS feed" && detail.hasPrefix("line 4, column ") && detail.contains("&amp;")
        }
    }

    @Test func pageWithoutPostBodyIsRejected() {
        let listing = InputFile(location: "briefings-statements.html", text: """
            <!DOCTYPE html><html lang="en-US"><head><title>Briefings &amp; Statements &#8211; The White House</title>
            <link rel="canonical" href="https://www.whitehouse.gov/briefings-statements/" /></head>
            <body><header><nav><a href="https://www.whitehouse.gov/news/">News</a></nav></header>
            <main class="wp-block-group"><h1>Briefings &amp; Statements</h1><ul class="wp-block-post-template">
            <li class="wp-block-post"><h2 class="wp-block-post-title"><a href="https://www.whitehouse.gov/briefings-statements/2025/03/\(Self.slug)/">Readout</a></h2></li>
            </ul></main></body></html>
            """)
        #expect(WhiteHouseSource().detect(SourceProbe(input: listing)) >= 0.8)
        #expect {
            try WhiteHouseSource().read(listing, options: ReadOptions())
        } throws: { error in
            // Says what the page is and what to give instead, with the post it links to.
            guard case SourceError.notAnArticle(_, let format, let detail) = error else { return false }
            return format == "whitehouse.gov post page"
                && detail == "this is a listing of 1 post (https://www.whitehouse.gov/briefings-statements/) with no post text; "
                    + "give one of the post pages it links to (the first: https://www.whitehouse.gov/briefings-statements/2025/03/\(Self.slug)/), "
                    + "or an RSS feed of them (whitehouse_briefings.xml)"
        }
    }

    @Test func detection() throws {
        for name in [Self.page, Self.feed] {
            let found = SourceRegistry.builtIn.detect(try input(name))
            #expect(found?.plugin.description.id == "whitehouse", "\(name)")
            #expect((found?.confidence ?? 0) >= 0.8, "\(name)")
        }
        let kremlin = InputFile(location: "76470.html", text: try TestPaths.read(TestPaths.fixture("kremlin/76470.en.html")))
        let french = InputFile(location: "a.html", text: "<html lang=\"fr\"><body><p>La Maison Blanche a publié un compte rendu sur whitehouse.gov.</p></body></html>")
        #expect(WhiteHouseSource().detect(SourceProbe(input: kremlin)) == 0)
        #expect(WhiteHouseSource().detect(SourceProbe(input: french)) == 0)
    }
}
