import DriftAlignSources

/// The plugin's executable documentation: small inputs in the real page and feed structures
/// (FORMATS.md §4), with text written for DriftAlign (not copied from whitehouse.gov).
extension WhiteHouseSource {
    static var examples: [SourceExample] { [page, scrapedFeed, wordPressFeed] }

    static let readoutSlug = "readout-of-president-donald-j-trumps-call-with-president-vladimir-putin-of-russia"

    static let page = SourceExample(
        name: "whitehouse.gov readout page (2025 WordPress theme): topper, post paragraphs, chrome skipped",
        location: "readout.html",
        input: """
        <!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8" />
        <title>Readout of President Donald J. Trump&#8217;s Call with President Vladimir Putin of Russia &#8211; The White House</title>
        <link rel="canonical" href="https://www.whitehouse.gov/briefings-statements/2025/03/\(readoutSlug)/" />
        <meta property="article:published_time" content="2025-03-18T17:52:04-04:00" /></head>
        <body><a class="skip-link" href="#wp--skip-link--target">Skip to content</a>
        <header><nav class="wp-block-navigation"><a href="https://www.whitehouse.gov/news/">News</a> <a href="https://www.whitehouse.gov/administration/">Administration</a></nav></header>
        <main id="wp--skip-link--target" class="wp-block-group"><div class="entry-content wp-block-post-content">
        <div class="wp-block-whitehouse-topper"><div class="wp-block-whitehouse-byline-subcategory"><a href="https://www.whitehouse.gov/briefings-statements/">Briefings &amp; Statements</a></div>
        <h1 class="wp-block-whitehouse-topper__headline">Readout of President Donald J. Trump&#8217;s Call with President Vladimir Putin of Russia</h1>
        <p>The White House</p><div class="wp-block-post-date"><time datetime="2025-03-18T17:52:04-04:00">March 18, 2025</time></div></div>
        <p>Today, President Trump spoke with President Putin of Russia about the war in Ukraine.</p>
        <p>The leaders agreed to a pause in strikes on energy infrastructure.&nbsp; Talks will be led on the U.S. side by the Special Envoy.</p>
        </div><div class="wp-block-whitehouse-share"><a href="https://x.com/intent/post">Share on X</a></div></main>
        <footer><p>The White House, 1600 Pennsylvania Ave NW, Washington, DC 20500</p></footer></body></html>
        """,
        expected: [ExpectedDocument(
            id: "whitehouse-\(readoutSlug)", language: "en",
            title: "Readout of President Donald J. Trump’s Call with President Vladimir Putin of Russia", author: "The White House",
            published: "2025-03-18T21:52:04Z", url: "https://www.whitehouse.gov/briefings-statements/2025/03/\(readoutSlug)/",
            paragraphs: 3, sentences: 4, contains: ["on the U.S. side by"],
            excludes: ["Skip to content", "Administration", "Share on X", "Pennsylvania", "March 18, 2025", "Briefings"],
            metadata: ["category": "Briefings & Statements", "slug": readoutSlug])])

    static let scrapedFeed = SourceExample(
        name: "RSS 2.0 feed (selenasun1618/whitehouse-rss-feeds): repeated header stripped, one document per item",
        location: "whitehouse_briefings.xml",
        input: """
        <?xml version='1.0' encoding='UTF-8'?>
        <rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
          <channel>
            <title>White House Briefings &amp; Statements</title>
            <link>https://www.whitehouse.gov/briefings-statements/</link>
            <item>
              <title>Readout of President Donald J. Trump’s Call with President Vladimir Putin of Russia</title>
              <link>https://www.whitehouse.gov/briefings-statements/2025/03/\(readoutSlug)/</link>
              <description>Briefings &amp; StatementsReadout of President Donald J. Trump’s Call with President Vladimir Putin of RussiaThe White HouseMarch 18, 2025

        Briefings &amp; StatementsReadout of President Donald J. Trump’s Call with President Vladimir Putin of RussiaThe White HouseMarch 18, 2025

        Briefings &amp; StatementsReadout of President Donald J. Trump’s Call with President Vladimir Putin of RussiaThe White HouseMarch 18, 2025

        Briefings &amp; Statements

        The White HouseMarch 18, 2025

        Today, President Trump spoke with President Putin of Russia about the war in Ukraine.

        The leaders agreed to a pause in strikes on energy infrastructure.  Talks will begin at once.</description>
              <guid isPermaLink="true">https://www.whitehouse.gov/briefings-statements/2025/03/\(readoutSlug)/</guid>
              <pubDate>Tue, 18 Mar 2025 00:00:00 +0000</pubDate>
            </item>
            <item>
              <title>Presidential Message on National Agriculture Day</title>
              <link>https://www.whitehouse.gov/briefings-statements/2025/03/presidential-message-on-national-agriculture-day/</link>
              <description>Briefings &amp; StatementsPresidential Message on National Agriculture DayThe White HouseMarch 18, 2025

        Briefings &amp; Statements

        The White HouseMarch 18, 2025

        American agriculture is the envy of the world.  We will always stand with those who work the land ...</description>
              <pubDate>Tue, 18 Mar 2025 00:00:00 +0000</pubDate>
            </item>
          </channel>
        </rss>
        """,
        expected: [
            ExpectedDocument(id: "whitehouse-\(readoutSlug)", language: "en", author: "The White House", published: "2025-03-18T00:00:00Z",
                             paragraphs: 3, sentences: 4, contains: ["Today, President Trump spoke"],
                             excludes: ["Briefings", "The White HouseMarch"], metadata: ["category": "Briefings & Statements"]),
            ExpectedDocument(id: "whitehouse-presidential-message-on-national-agriculture-day", title: "Presidential Message on National Agriculture Day",
                             paragraphs: 2, sentences: 3, excludes: ["Briefings"], metadata: ["truncated": "true"]),
        ])

    static let wordPressFeed = SourceExample(
        name: "whitehouse.gov/feed item with content:encoded: topper and the \"The post … appeared first on\" line dropped",
        location: "feed",
        input: """
        <?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>The White House</title><link>https://www.whitehouse.gov/</link>
        <item><title>Readout of the Vice President&#8217;s Call with the Prime Minister of Italy</title>
        <link>https://www.whitehouse.gov/briefings-statements/2025/03/readout-of-the-vice-presidents-call-with-the-prime-minister-of-italy-1a2b/</link>
        <pubDate>Wed, 19 Mar 2025 22:15:00 +0000</pubDate>
        <description><![CDATA[<p>The Vice President spoke with the Prime Minister of Italy. [&#8230;]</p>]]></description>
        <content:encoded><![CDATA[<div class="wp-block-whitehouse-topper"><h1 class="wp-block-whitehouse-topper__headline">Briefings &amp; Statements</h1><nav>Search All News</nav></div>
        <p>The Vice President spoke with the Prime Minister of Italy about trade and security.</p>
        <p>The post <a href="https://www.whitehouse.gov/">Readout</a> appeared first on <a href="https://www.whitehouse.gov">The White House</a>.</p>]]></content:encoded>
        </item></channel></rss>
        """,
        expected: [ExpectedDocument(id: "whitehouse-readout-of-the-vice-presidents-call-with-the-prime-minister-of-italy-1a2b",
                                    title: "Readout of the Vice President’s Call with the Prime Minister of Italy",
                                    published: "2025-03-19T22:15:00Z", paragraphs: 2, sentences: 2,
                                    excludes: ["appeared first on", "Search All News", "Briefings"])])
}
