import DriftAlignSources

extension TruthSocialSource {
    /// The examples of ``description``, run for every registered plugin by PluginExamplesTests.
    ///
    /// The archive records are verbatim from the CC0 archive (../shared/corpora/truthsocial, same
    /// escapes and mojibake); the feed file holds two of them as the feed writes them, in clean
    /// UTF-8 (FORMATS.md §2), with an invented `summary`; the CSV rows are verbatim from the
    /// archive's CSV (aristotle-tek/trump-truth-social-archive data/truth_archive.csv, CC0); the
    /// API statuses are invented text in the field layout of Truth Social's status serializer
    /// (FORMATS.md §1), for the fictional account @ExampleDesk.
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
            name: "API status behind a content warning, edited: spoiler_text, sensitive, edited_at kept",
            location: "status.json",
            input: #"""
            {"id":"114297101224780112","created_at":"2025-04-07T14:15:58.011Z","in_reply_to_id":null,"sensitive":true,"spoiler_text":"Images of the flooding","visibility":"public","language":"en","uri":"https://truthsocial.com/users/ExampleDesk/statuses/114297101224780112","url":"https://truthsocial.com/@ExampleDesk/114297101224780112","edited_at":"2025-04-07T14:31:02.440Z","content":"\u003cp\u003eRescue teams reached the valley this morning.\u003c/p\u003e","account":{"id":"107780257626128497","username":"ExampleDesk","acct":"ExampleDesk","display_name":"Example Desk"},"media_attachments":[],"reblog":null,"replies_count":4,"reblogs_count":7,"favourites_count":19}
            """#,
            expected: [ExpectedDocument(
                id: "114297101224780112", paragraphs: 1, sentences: 1, contains: ["Rescue teams reached the valley"],
                excludes: ["Images of the flooding"], skipped: false,
                metadata: ["spoiler_text": "Images of the flooding", "sensitive": "true", "edited_at": "2025-04-07T14:31:02.440Z"])]),
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
            name: "API status quoting a tweet in a <blockquote>: its byline kept, who is quoted in metadata",
            location: "status.json",
            input: #"""
            {"id":"114186100000000001","created_at":"2025-03-18T23:47:01.120Z","in_reply_to_id":null,"quote_id":null,"sensitive":false,"spoiler_text":"","visibility":"public","language":"en","uri":"https://truthsocial.com/users/ExampleDesk/statuses/114186100000000001","url":"https://truthsocial.com/@ExampleDesk/114186100000000001","content":"\u003cp\u003eVery true!\u003c/p\u003e\u003cblockquote class=\"twitter-tweet\"\u003e\u003cp lang=\"en\" dir=\"ltr\"\u003eTalks continue in Jeddah on Tuesday.\u003c/p\u003e\u0026mdash; Example Wire (@ExampleWire) \u003ca href=\"https://twitter.com/ExampleWire/status/1902101234567890123\"\u003eMarch 18, 2025\u003c/a\u003e\u003c/blockquote\u003e","account":{"id":"107780257626128497","username":"ExampleDesk","acct":"ExampleDesk","display_name":"Example Desk"},"media_attachments":[],"reblog":null,"replies_count":1,"reblogs_count":2,"favourites_count":3}
            """#,
            expected: [ExpectedDocument(
                id: "114186100000000001", author: "Example Desk", paragraphs: 3, sentences: 3,
                contains: ["Talks continue in Jeddah on Tuesday.\n\n— Example Wire (@ExampleWire) March 18, 2025"], skipped: false,
                metadata: ["quoted_author": "Example Wire", "quoted_handle": "ExampleWire", "quoted_date": "March 18, 2025",
                           "quoted_url": "https://twitter.com/ExampleWire/status/1902101234567890123"])]),
        SourceExample(
            name: "API statuses without a word (a flag over photos, a link under emoji): kept, flagged",
            location: "statuses.json",
            input: #"""
            [{"id":"114186080634820001","created_at":"2025-03-18T23:41:58.285Z","visibility":"public","language":"en","uri":"https://truthsocial.com/users/ExampleDesk/statuses/114186080634820001","url":"https://truthsocial.com/@ExampleDesk/114186080634820001","content":"\u003cp\u003e🇺🇸🇺🇸🇺🇸\u003c/p\u003e","account":{"acct":"ExampleDesk","display_name":"Example Desk"},"media_attachments":[{"id":"1","type":"image"},{"id":"2","type":"image"}],"reblog":null},
             {"id":"114186080634820002","created_at":"2025-03-18T23:45:12.004Z","visibility":"public","language":"en","uri":"https://truthsocial.com/users/ExampleDesk/statuses/114186080634820002","url":"https://truthsocial.com/@ExampleDesk/114186080634820002","content":"\u003cp\u003e👇👇 \u003ca href=\"https://www.youtube.com/live/lVsg2zFozVw\"\u003e\u003cspan class=\"invisible\"\u003ehttps://www.\u003c/span\u003e\u003cspan class=\"\"\u003eyoutube.com/live/lVsg2zFozVw\u003c/span\u003e\u003c/a\u003e\u003c/p\u003e","account":{"acct":"ExampleDesk","display_name":"Example Desk"},"media_attachments":[],"reblog":null}]
            """#,
            expected: [
                ExpectedDocument(id: "114186080634820001", paragraphs: 1, sentences: 1, contains: ["🇺🇸"], skipped: true,
                                 metadata: ["media_count": "2"]),
                ExpectedDocument(id: "114186080634820002", paragraphs: 1, contains: ["https://www.youtube.com/live/lVsg2zFozVw"], skipped: true),
            ]),
        SourceExample(
            name: "daily feed file: the archive's records under new_posts",
            location: "2025-03-27.json",
            input: #"""
            {
              "as_of": "2025-03-27T13:00:00Z",
              "window_hours": 24,
              "summary": {
                "total_posts_in_archive": 19514,
                "new_posts_count": 2
              },
              "new_posts": [
                {
                  "id": "114234393336690404",
                  "created_at": "2025-03-27T12:28:31.607Z",
                  "content": "Great job by Pam Bondi, @FBIDirectorKash, Tom HOMAN, and Kristi N, on the capture of MS13 leader - A big deal!",
                  "url": "https://truthsocial.com/@realDonaldTrump/114234393336690404",
                  "media": [],
                  "replies_count": 521,
                  "reblogs_count": 1066,
                  "favourites_count": 4575
                },
                {
                  "id": "114232783362562355",
                  "created_at": "2025-03-27T05:39:05.352Z",
                  "content": "LIBERATION DAY IN AMERICA IS COMING, SOON. FOR YEARS WE HAVE BEEN RIPPED OFF BY VIRTUALLY EVERY COUNTRY IN THE WORLD, BOTH FRIEND AND FOE. BUT THOSE DAYS ARE OVER — AMERICA FIRST!!!",
                  "url": "https://truthsocial.com/@realDonaldTrump/114232783362562355",
                  "media": [],
                  "replies_count": 507,
                  "reblogs_count": 1273,
                  "favourites_count": 4946
                }
              ]
            }
            """#,
            expected: [
                ExpectedDocument(id: "114234393336690404", author: "Donald J. Trump", published: "2025-03-27T12:28:31Z",
                                 paragraphs: 1, sentences: 1, contains: ["capture of MS13 leader"], skipped: false,
                                 metadata: ["format": "archive", "favourites_count": "4575"]),
                ExpectedDocument(id: "114232783362562355", paragraphs: 1, sentences: 3,
                                 contains: ["THOSE DAYS ARE OVER — AMERICA FIRST!!!"], skipped: false),
            ]),
        SourceExample(
            name: "archive CSV: quoted field with a comma, unquoted field, media-only record",
            location: "truth_archive.csv",
            input: #"""
            id,created_at,content,url,media,replies_count,reblogs_count,favourites_count
            115862684255980250,2026-01-09T02:04:19.276Z,"I will be interviewed by Sean Hannity, NOW! FoxNews. President DJT",https://truthsocial.com/@realDonaldTrump/115862684255980250,,1594,2053,11048
            115862540912655667,2026-01-09T01:27:52.029Z,FREE TINA PETERS!,https://truthsocial.com/@realDonaldTrump/115862540912655667,,1598,5231,17186
            115862514405297551,2026-01-09T01:21:07.560Z,,https://truthsocial.com/@realDonaldTrump/115862514405297551,https://static-assets-1.truthsocial.com/tmtg:prime-ts-assets/media_attachments/files/115/862/514/268/399/571/original/c8512eef648387d0.jpg,439,2748,10824

            """#,
            expected: [
                ExpectedDocument(id: "115862684255980250", language: "en", author: "Donald J. Trump", published: "2026-01-09T02:04:19Z",
                                 url: "https://truthsocial.com/@realDonaldTrump/115862684255980250", paragraphs: 1,
                                 contains: ["I will be interviewed by Sean Hannity, NOW!"], excludes: ["\""], skipped: false,
                                 metadata: ["format": "archive CSV", "handle": "realDonaldTrump", "replies_count": "1594",
                                            "favourites_count": "11048", "media_count": "0"]),
                ExpectedDocument(id: "115862540912655667", paragraphs: 1, sentences: 1, contains: ["FREE TINA PETERS!"], skipped: false),
                ExpectedDocument(id: "115862514405297551", paragraphs: 0, sentences: 0, skipped: true, metadata: ["media_count": "1"]),
            ]),
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
