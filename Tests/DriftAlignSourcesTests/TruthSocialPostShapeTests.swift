import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import Testing
import TruthSocialSource

/// Posts of two shapes the plugin misread: posts with no word to align (a flag emoji, a link
/// under "👇", marks), which were aligned as sentences, and posts quoting a tweet in a
/// `<blockquote>`, whose byline was dropped.
extension TruthSocialSourceTests {
    /// An API status of the fictional @ExampleDesk in the field layout of Truth Social's status
    /// serializer (FORMATS.md §1), `content` escaped as Rails writes HTML into JSON (`\u003c`…).
    static func status(_ id: String, content: String, media: Int = 0) -> String {
        let attachments = (0..<media).map { k in
            #"{"id":"\#(id)\#(k)","type":"image","url":"https://static-assets-1.truthsocial.com/tmtg:prime-ts-assets/media_attachments/files/114/186/080/121/675/01\#(k)/original/a9f21d40632754d2.jpg"}"#
        }
        return #"{"id":"\#(id)","created_at":"2025-03-18T23:41:58.285Z","in_reply_to_id":null,"quote_id":null,"sensitive":false,"spoiler_text":"","visibility":"public","language":"en","uri":"https://truthsocial.com/users/ExampleDesk/statuses/\#(id)","url":"https://truthsocial.com/@ExampleDesk/\#(id)","content":"\#(content)","account":{"id":"107780257626128497","username":"ExampleDesk","acct":"ExampleDesk","display_name":"Example Desk"},"media_attachments":[\#(attachments.joined(separator: ","))],"reblog":null,"replies_count":1,"reblogs_count":2,"favourites_count":3}"#
    }

    /// Mastodon's markup of a link whose "https://www." and tail are hidden.
    static let hiddenLink = #"\u003ca href=\"https://www.youtube.com/live/lVsg2zFozVw\" rel=\"nofollow noopener noreferrer\" target=\"_blank\"\u003e\u003cspan class=\"invisible\"\u003ehttps://www.\u003c/span\u003e\u003cspan class=\"\"\u003eyoutube.com/live/lVsg2zFozVw\u003c/span\u003e\u003cspan class=\"invisible\"\u003e\u003c/span\u003e\u003c/a\u003e"#

    /// A post with no word has nothing a translation renders: it is kept (its text is shown by
    /// `segment`) but skipped as an original, with a reason. The flag post was aligned in
    /// monotonic mode with "Le président américain n'a pas commenté…" (four major findings).
    @Test func postsWithoutAWordAreSkippedWithTheirReason() throws {
        let statuses = [
            Self.status("114186080634820001", content: #"\u003cp\u003e🇺🇸🇺🇸🇺🇸\u003c/p\u003e"#, media: 4),
            Self.status("114186080634820002", content: #"\u003cp\u003e👇👇👇 "# + Self.hiddenLink + #"\u003c/p\u003e"#),
            Self.status("114186080634820003", content: #"\u003cp\u003e❤️ 1️⃣\u003c/p\u003e"#),
            Self.status("114186080634820004", content: #"\u003cp\u003e!!!\u003c/p\u003e"#),
            Self.status("114186080634820005", content: #"\u003cp\u003e\u003c/p\u003e"#, media: 1),
            // Words beside emoji, a hashtag alone, a number: kept.
            Self.status("114186080634820006", content: #"\u003cp\u003eCongratulations Team USA! 🇺🇸🥇\u003c/p\u003e"#),
            Self.status("114186080634820007", content: #"\u003cp\u003e\u003ca href=\"https://truthsocial.com/tags/MAGA\" class=\"mention hashtag\" rel=\"tag\"\u003e#\u003cspan\u003eMAGA\u003c/span\u003e\u003c/a\u003e\u003c/p\u003e"#),
            Self.status("114186080634820008", content: #"\u003cp\u003e47 🇺🇸\u003c/p\u003e"#),
        ]
        let docs = try Self.read("[" + statuses.joined(separator: ",\n") + "]")
        #expect(docs.map(\.skipReason) == [
            "emoji-only post", "link-only post", "emoji-only post", "post without words (punctuation or symbols only)", "media-only post",
            nil, nil, nil,
        ])
        #expect(docs[0].text == "🇺🇸🇺🇸🇺🇸" && docs[0].metadata["media_count"] == "4")
        #expect(docs[1].text == "👇👇👇 https://www.youtube.com/live/lVsg2zFozVw")

        // The archive's own flag post, as the archive stores it (mojibake repaired to "🇺🇸").
        let archive = try TruthSocialSource().read(try Self.input(shared: Self.rangeFile), options: ReadOptions())
        let flag = try #require(archive.first { $0.id == "114186080634823311" })
        #expect(flag.text == "🇺🇸" && flag.skipReason == "emoji-only post" && flag.metadata["media_count"] == "4")
    }

    /// A flag over a quoted tweet that is only a picture: its byline's name and date were read
    /// as the post's words, and "pic.twitter.com/…" (a bare address, no "https://") was no link,
    /// so the post was aligned. Bylines are left out of the word test and bare "host.tld/path"
    /// addresses are links; words with a period ("U.S.", "Mr.", "etc.") stay words.
    @Test func aWordlessPostQuotingATweetIsSkipped() throws {
        let quote = #"\u003cp\u003e🇺🇸\u003c/p\u003e\u003cblockquote\u003e\u003cp\u003epic.twitter.com/abc\u003c/p\u003e\u0026mdash; Wire (@Wire) \u003ca href=\"https://twitter.com/Wire/status/1\"\u003eMarch 18, 2025\u003c/a\u003e\u003c/blockquote\u003e"#
        let statuses = [
            Self.status("114186080634820011", content: quote),
            Self.status("114186080634820012", content: #"\u003cp\u003e👇 truthsocial.com/@ExampleWire/114186080634820001\u003c/p\u003e"#),
            Self.status("114186080634820013", content: #"\u003cp\u003e🇺🇸 U.S. 🇺🇸\u003c/p\u003e"#),
            Self.status("114186080634820014", content: #"\u003cp\u003eThank you Mr. President, etc. 🇺🇸\u003c/p\u003e"#),
            Self.status("114186080634820015", content: #"\u003cp\u003e🇺🇸 U.S./Canada 🇨🇦\u003c/p\u003e"#),
        ]
        let docs = try Self.read("[" + statuses.joined(separator: ",\n") + "]")
        #expect(docs.map(\.skipReason) == ["link-only post", "link-only post", nil, nil, nil])
        // The byline is still kept as text and named in the metadata.
        #expect(Self.paragraphs(docs[0]) == ["🇺🇸", "pic.twitter.com/abc", "— Wire (@Wire) March 18, 2025"])
        #expect(docs[0].metadata["quoted_handle"] == "Wire" && docs[0].metadata["quoted_date"] == "March 18, 2025")
    }

    /// "™", "©", "®" are text symbols (no Emoji_Presentation, no U+FE0F after them): a post of
    /// them alone was called "emoji-only". Still skipped, as a post without words; "❤️", with
    /// U+FE0F, and "✌🏽", with a skin tone, are emoji.
    @Test func textSymbolsAreNotEmoji() throws {
        let statuses = ["™", "©", "®", "™ ©", "❤️", "✌🏽"].enumerated().map { k, text in
            Self.status("11418608063482002\(k)", content: #"\u003cp\u003e"# + text + #"\u003c/p\u003e"#)
        }
        let docs = try Self.read("[" + statuses.joined(separator: ",\n") + "]")
        let symbols = "post without words (punctuation or symbols only)"
        #expect(docs.map(\.skipReason) == [symbols, symbols, symbols, symbols, "emoji-only post", "emoji-only post"])
    }

    /// A quoted sentence may end "— words (@handle)": taken for a byline, it named "proud to
    /// serve" as the quoted author. A byline needs what Twitter's and Truth Social's embeds put
    /// after the handle: the date, or a link to the quoted post (enough alone).
    @Test func aQuotationEndingInAMentionIsNoByline() throws {
        let mention = #"\u003cp\u003eGreat!\u003c/p\u003e\u003cblockquote\u003eThank you Mr. President — proud to serve (@SenCruz)\u003c/blockquote\u003e"#
        let doc = try #require(try Self.read(Self.status("114186100000000003", content: mention)).first)
        #expect(Self.paragraphs(doc) == ["Great!", "Thank you Mr. President — proud to serve (@SenCruz)"])
        #expect(doc.metadata["quoted_author"] == nil && doc.metadata["quoted_handle"] == nil, "\(doc.metadata)")
        let linked = #"\u003cblockquote\u003e\u003cp\u003eTalks resume Tuesday.\u003c/p\u003e— John Doe (@jdoe_news) \u003ca href=\"https://truthsocial.com/@jdoe_news/posts/114186080634820009\"\u003etruthsocial.com/@jdoe_news/posts/114186080634820009\u003c/a\u003e\u003c/blockquote\u003e"#
        let post = try #require(try Self.read(Self.status("114186100000000004", content: linked)).first)
        #expect(post.metadata["quoted_author"] == "John Doe" && post.metadata["quoted_date"] == nil
                && post.metadata["quoted_url"] == "https://truthsocial.com/@jdoe_news/posts/114186080634820009", "\(post.metadata)")
        // "Talks resume Tuesday." is a word: the byline's link does not make the post link-only.
        #expect(post.skipReason == nil)
    }

    /// A post quoting a tweet with Twitter's embed markup: the quoted paragraph, then
    /// "&mdash; Name (@handle) <a>March 18, 2025</a>" outside any `<p>`, which was dropped with
    /// the rest of the text outside paragraphs. The byline is kept as its own line, mapped to
    /// its own escaped HTML, and who is quoted goes in the metadata.
    @Test func aQuotedTweetKeepsItsBylineAndSaysWhoIsQuoted() throws {
        let content = #"\u003cp\u003eVery true. Everyone should read this!\u003c/p\u003e\u003cblockquote class=\"twitter-tweet\"\u003e\u003cp lang=\"en\" dir=\"ltr\"\u003eThe call lasted two hours \u0026amp; covered energy plants. Talks continue in Jeddah. \u003ca href=\"https://t.co/Xy12AbCdEf\"\u003epic.twitter.com/Xy12AbCdEf\u003c/a\u003e\u003c/p\u003e\u0026mdash; Example Wire (@ExampleWire) \u003ca href=\"https://twitter.com/ExampleWire/status/1902101234567890123?ref_src=twsrc%5Etfw\"\u003eMarch 18, 2025\u003c/a\u003e\u003c/blockquote\u003e\u003cp\u003eGod bless!\u003c/p\u003e"#
        let input = InputFile(location: "quote.json", text: Self.status("114186100000000001", content: content))
        let doc = try Segmenter(language: "en").segment(try #require(try TruthSocialSource().read(input, options: ReadOptions()).first))
        #expect(Self.paragraphs(doc) == [
            "Very true. Everyone should read this!",
            "The call lasted two hours & covered energy plants. Talks continue in Jeddah. pic.twitter.com/Xy12AbCdEf",
            "— Example Wire (@ExampleWire) March 18, 2025",
            "God bless!",
        ])
        #expect(doc.skipReason == nil && doc.warnings.isEmpty, "\(doc.warnings)")
        #expect(doc.metadata["quoted_author"] == "Example Wire" && doc.metadata["quoted_handle"] == "ExampleWire")
        #expect(doc.metadata["quoted_date"] == "March 18, 2025")
        #expect(doc.metadata["quoted_url"] == "https://twitter.com/ExampleWire/status/1902101234567890123?ref_src=twsrc%5Etfw")
        // Every sentence maps, in order, to the JSON it was read from.
        try Self.expectSentencesMapInOrder(doc, input)
        let byline = try #require(doc.sentences.first { $0.text.hasPrefix("—") })
        #expect(input.slice(try #require(doc.inputRange(for: byline.range)))
                == #"\u0026mdash; Example Wire (@ExampleWire) \u003ca href=\"https://twitter.com/ExampleWire/status/1902101234567890123?ref_src=twsrc%5Etfw\"\u003eMarch 18, 2025"#)
        // The quoted tweet is Example Wire's words, byline included; the post around it is the poster's.
        #expect(doc.voices.map(\.speaker) == ["Example Wire"])
        let voice = try #require(doc.voices.first)
        #expect(ScalarText.string(doc.scalars, voice.range)
                == "The call lasted two hours & covered energy plants. Talks continue in Jeddah. pic.twitter.com/Xy12AbCdEf\n\n— Example Wire (@ExampleWire) March 18, 2025")
        let speakers = doc.sentences.map { "\(doc.speaker(of: $0.range) ?? "-"): \($0.text)" }
        #expect(speakers == [
            "Example Desk: Very true.", "Example Desk: Everyone should read this!",
            "Example Wire: The call lasted two hours & covered energy plants.", "Example Wire: Talks continue in Jeddah. pic.twitter.com/Xy12AbCdEf",
            "Example Wire: — Example Wire (@ExampleWire) March 18, 2025",
            "Example Desk: God bless!",
        ], "\(speakers)")
    }

    /// A quotation without paragraphs (text and `<br>` straight in the `<blockquote>`) was lost
    /// whole; two quotations name both authors. A mention in parentheses is no byline. (John
    /// Doe's byline has its date: without one, or a link, it is no byline,
    /// ``aQuotationEndingInAMentionIsNoByline()``.)
    @Test func quotationsWithoutParagraphsAndSeveralBylines() throws {
        let content = #"\u003cp\u003eTwo views:\u003c/p\u003e\u003cblockquote\u003eWe will win big.\u003cbr/\u003e\u0026mdash; Jane Roe (@JaneRoe) March 17, 2025\u003c/blockquote\u003e\u003cblockquote\u003e\u003cp\u003eNo deal yet, says (@ExampleWire).\u003c/p\u003e\u003cp\u003e— @ExampleWire\u003c/p\u003e\u003c/blockquote\u003e\u003cblockquote\u003e\u003cp\u003eTalks resume Tuesday.\u003c/p\u003e\u003cp\u003e— John Doe (@jdoe_news) 16 mars 2025\u003c/p\u003e\u003c/blockquote\u003e"#
        let doc = try #require(try Self.read(Self.status("114186100000000002", content: content)).first)
        #expect(Self.paragraphs(doc) == ["Two views:", "We will win big.", "— Jane Roe (@JaneRoe) March 17, 2025",
                                         "No deal yet, says (@ExampleWire).", "— @ExampleWire", "Talks resume Tuesday.", "— John Doe (@jdoe_news) 16 mars 2025"])
        #expect(doc.metadata["quoted_author"] == "Jane Roe; John Doe" && doc.metadata["quoted_handle"] == "JaneRoe; jdoe_news")
        #expect(doc.metadata["quoted_date"] == "March 17, 2025; 16 mars 2025" && doc.metadata["quoted_url"] == nil)
        #expect(doc.warnings.isEmpty, "\(doc.warnings)")
        // Whose words: each quotation with a byline; the one without is left to the poster.
        #expect(doc.voices.map { "\($0.speaker): \(ScalarText.string(doc.scalars, $0.range))" } == [
            "Jane Roe: We will win big.\n\n— Jane Roe (@JaneRoe) March 17, 2025",
            "John Doe: Talks resume Tuesday.\n\n— John Doe (@jdoe_news) 16 mars 2025",
        ])
    }

    /// Quotations nested thousands deep, or side by side, each ending in a byline: each byline
    /// is read once in the one walk of the tree, so the time stays linear (reading each
    /// quotation's subtree again was quadratic in the depth).
    @Test func manyQuotationsAreReadInLinearTime() throws {
        let byline = "&mdash; Jane Roe (@JaneRoe) March 17, 2025"
        let nested = String(repeating: "<blockquote><p>Quoted words.</p>", count: 3_000) + String(repeating: byline + "</blockquote>", count: 3_000)
        let flat = String(repeating: "<blockquote><p>Quoted words.</p>\(byline)</blockquote>", count: 3_000)
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            let docs = try Self.read(#"[{"id": "1", "uri": "x", "content": "\#(nested)"}, {"id": "2", "uri": "x", "content": "\#(flat)"}]"#)
            #expect(docs.allSatisfy { $0.metadata["quoted_handle"] == "JaneRoe" && $0.paragraphs.count > 1 })
            #expect(docs[1].paragraphs.count == 6_000)
        }
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }
}
