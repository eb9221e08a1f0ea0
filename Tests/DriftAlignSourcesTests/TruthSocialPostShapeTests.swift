import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import Testing
import TruthSocialSource

/// Posts of a shape the plugin misread: posts with no word to align (a flag emoji, a link
/// under "👇", marks), which were aligned as sentences.
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
}
