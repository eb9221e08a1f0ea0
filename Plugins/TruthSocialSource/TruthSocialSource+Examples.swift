import DriftAlignSources

extension TruthSocialSource {
    /// The examples of ``description``, run for every registered plugin by PluginExamplesTests.
    ///
    /// The archive records are verbatim from the CC0 archive (../shared/corpora/truthsocial, same
    /// escapes and mojibake); the API statuses are invented text in the field layout of Truth
    /// Social's status serializer (FORMATS.md §1), for the fictional account @ExampleDesk.
    static let examples: [SourceExample] = [
        SourceExample(
            name: "archive record: mojibake, paragraphs joined without separator",
            location: "truth_archive.json",
            input: #"""
            [
              {
                "id": "114167524244753377",
                "created_at": "2025-03-15T17:02:50.238Z",
                "content": "The Fake News, as usual, is at it again! Why can\u00e2\u0080\u0099t they be honest, just for once? Last night I read that President Vladimir Putin of Russia kept my Highly Respected Ambassador and Special Envoy, Steve Witkoff, waiting for over nine hours when, in fact, there was no wait whatsoever. Other meetings with other Representatives of Russia did take place and, obviously, they took some time, but they were very productive. From there, things went quickly and efficiently, and all signs seem to be, hopefully, very good! In conclusion, there was no nine hour wait, or any wait at all! The only reason they made up that story is to try and DEMEAN, because they are sick degenerates, that have to start reporting the News correctly. This is why they have lost their ratings, their audience, and respect. Thank you for your attention to this matter and, GOD BLESS AMERICA!DONALD J. TRUMP, PRESIDENT OF THE UNITED STATES OF AMERICA",
                "url": "https://truthsocial.com/@realDonaldTrump/114167524244753377",
                "media": [],
                "replies_count": 2054,
                "reblogs_count": 5832,
                "favourites_count": 21615
              }
            ]
            """#,
            expected: [ExpectedDocument(
                id: "114167524244753377", language: "en", author: "Donald J. Trump", published: "2025-03-15T17:02:50Z",
                url: "https://truthsocial.com/@realDonaldTrump/114167524244753377", paragraphs: 2, sentences: 10,
                contains: ["Why can’t they be honest", "GOD BLESS AMERICA!\n\nDONALD J. TRUMP"],
                excludes: ["â€", "\u{00E2}\u{0080}", "AMERICA!DONALD"], skipped: false,
                metadata: ["handle": "realDonaldTrump", "mojibake_repaired": "1", "favourites_count": "21615"])]),
        SourceExample(
            name: "API status: HTML content, one <p> per paragraph, entities",
            location: "statuses.json",
            input: #"""
            {"id":"114297058908246162","created_at":"2025-04-07T14:05:12.345Z","in_reply_to_id":null,"quote_id":null,"in_reply_to_account_id":null,"sensitive":false,"spoiler_text":"","visibility":"public","language":"en","uri":"https://truthsocial.com/users/ExampleDesk/statuses/114297058908246162","url":"https://truthsocial.com/@ExampleDesk/114297058908246162","content":"\u003cp\u003eThe talks in Riyadh went well \u0026amp; will continue on Monday. Both delegations agreed to a ceasefire at sea.\u003c/p\u003e\u003cp\u003eWe\u0026#39;ll have more details later today!\u003c/p\u003e","account":{"id":"107780257626128497","username":"ExampleDesk","acct":"ExampleDesk","display_name":"Example Desk","locked":false,"bot":false,"url":"https://truthsocial.com/@ExampleDesk","followers_count":1520,"following_count":12,"statuses_count":873},"media_attachments":[],"mentions":[],"tags":[],"emojis":[],"card":null,"poll":null,"reblog":null,"replies_count":12,"reblogs_count":40,"favourites_count":230,"sponsored":false,"tombstone":false,"tv":null,"group":null}
            """#,
            expected: [ExpectedDocument(
                id: "114297058908246162", language: "en", author: "Example Desk", published: "2025-04-07T14:05:12Z",
                url: "https://truthsocial.com/@ExampleDesk/114297058908246162", paragraphs: 2, sentences: 3,
                contains: ["went well & will continue", "We'll have more details"], excludes: ["<p>", "&amp;", "&#39;"],
                skipped: false, metadata: ["handle": "ExampleDesk", "format": "api", "reblogs_count": "40"])]),
        SourceExample(
            name: "API repost: the reblogged status's text, flagged",
            location: "statuses.json",
            input: #"""
            [{"id":"114297355750740114","created_at":"2025-04-07T15:20:41.802Z","in_reply_to_id":null,"quote_id":null,"visibility":"public","language":null,"uri":"https://truthsocial.com/users/ExampleDesk/statuses/114297355750740114/activity","url":"https://truthsocial.com/users/ExampleDesk/statuses/114297355750740114","content":"","account":{"id":"107780257626128497","username":"ExampleDesk","acct":"ExampleDesk","display_name":"Example Desk"},"media_attachments":[],"reblog":{"id":"114293307153911954","created_at":"2025-04-06T22:11:05.117Z","visibility":"public","language":"en","uri":"https://truthsocial.com/users/ExampleWire/statuses/114293307153911954","url":"https://truthsocial.com/@ExampleWire/114293307153911954","content":"\u003cp\u003eNegotiators will meet again in Jeddah on Tuesday.\u003c/p\u003e","account":{"id":"108001","username":"ExampleWire","acct":"ExampleWire","display_name":"Example Wire"},"media_attachments":[],"reblog":null,"replies_count":3,"reblogs_count":9,"favourites_count":51},"replies_count":0,"reblogs_count":0,"favourites_count":0}]
            """#,
            expected: [ExpectedDocument(
                id: "114297355750740114", author: "Example Desk", published: "2025-04-07T15:20:41Z", paragraphs: 1, sentences: 1,
                contains: ["Negotiators will meet again in Jeddah"], skipped: true,
                metadata: ["repost_of": "114293307153911954", "handle": "ExampleDesk"])]),
        SourceExample(
            name: "archive media-only and link-only posts: kept, flagged",
            location: "truth_archive.json",
            input: #"""
            [
              {
                "id": "114259761540435281",
                "created_at": "2025-03-31T23:59:59.679Z",
                "content": "",
                "url": "https://truthsocial.com/@realDonaldTrump/114259761540435281",
                "media": [
                  "https://static-assets-1.truthsocial.com/tmtg:prime-ts-assets/media_attachments/files/114/259/761/408/266/252/original/6cb95ea41626135b.jpg"
                ],
                "replies_count": 84,
                "reblogs_count": 785,
                "favourites_count": 2772
              },
              {
                "id": "114241314696321662",
                "created_at": "2025-03-28T17:48:43.257Z",
                "content": "https://www.whitehouse.gov/presidential-actions/2025/03/immediate-declassification-of-materials-related-to-the-federal-bureau-of-investigations-crossfire-hurricane-investigation/",
                "url": "https://truthsocial.com/@realDonaldTrump/114241314696321662",
                "media": [
                  "https://static-assets-1.truthsocial.com/tmtg:prime-ts-assets/media_attachments/files/114/241/313/849/207/206/original/407f99c186632026.jpg"
                ],
                "replies_count": 347,
                "reblogs_count": 2182,
                "favourites_count": 7451
              }
            ]
            """#,
            expected: [
                ExpectedDocument(id: "114259761540435281", published: "2025-03-31T23:59:59Z", paragraphs: 0, sentences: 0,
                                 skipped: true, metadata: ["media_count": "1", "replies_count": "84"]),
                ExpectedDocument(id: "114241314696321662", paragraphs: 1, contains: ["https://www.whitehouse.gov/presidential-actions/"],
                                 skipped: true),
            ]),
    ]
}
