import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import Testing
import TruthSocialSource

/// The Truth Social plugin on the real CC0 archive excerpts (../shared/corpora/truthsocial), on an
/// API fixture (Tests/Fixtures/truthsocial) and on small inline records for the edge cases.
@Suite struct TruthSocialSourceTests {
    static let rangeFile = "corpora/truthsocial/truth_archive.2025-03-17_2025-03-31.json"
    static let selectedFile = "corpora/truthsocial/truth_archive.selected-2025-02-12_2025-03-18.json"

    static func input(shared relative: String) throws -> InputFile {
        let path = TestPaths.sharedPath(relative)
        return InputFile(location: path, text: try TestPaths.read(path))
    }

    static func read(_ text: String, location: String = "statuses.json") throws -> [Document] {
        try TruthSocialSource().read(InputFile(location: location, text: text), options: ReadOptions())
    }

    static func paragraphs(_ doc: Document) -> [String] {
        let s = doc.scalars
        return doc.paragraphs.map { ScalarText.string(s, $0.range) }
    }

    /// The raw records, decoded independently of the plugin.
    static func records(_ input: InputFile) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(input.text.utf8)) as? [[String: Any]])
    }

    /// The inner span of every record's `"content"` literal by id, found line by line: the archive
    /// is indented JSON with one key per line, in the order id, created_at, content, url.
    static func contentSpans(_ input: InputFile) -> [String: Range<Int>] {
        var spans: [String: Range<Int>] = [:]
        var id = ""
        var lineStart = 0
        for (i, c) in input.scalars.enumerated() where c == "\n" {
            let line = input.slice(lineStart..<i)
            let indent = line.unicodeScalars.prefix { $0 == " " }.count
            let key = line.trimmingCharacters(in: .whitespaces)
            if key.hasPrefix("\"id\": \"") { id = String(key.dropFirst(7).prefix { $0 != "\"" }) }
            if key.hasPrefix("\"content\": \"") && key.hasSuffix("\",") {
                spans[id] = (lineStart + indent + 12)..<(i - 2)
            }
            lineStart = i + 1
        }
        return spans
    }

    @Test func bothArchiveFilesYieldOneDocumentPerRecord() throws {
        var total = 0
        for file in [Self.rangeFile, Self.selectedFile] {
            let input = try Self.input(shared: file)
            #expect(SourceRegistry.builtIn.detect(input)?.plugin.description.id == "truthsocial")
            let docs = try TruthSocialSource().read(input, options: ReadOptions())
            let ids = try Self.records(input).map { $0["id"] as? String }
            #expect(docs.map(\.id) == ids)
            #expect(docs.allSatisfy { $0.sourceType == "truthsocial" && $0.language == "en" && $0.author == "Donald J. Trump" })
            #expect(docs.allSatisfy { $0.metadata["handle"] == "realDonaldTrump" && $0.published != nil })
            total += docs.count
        }
        #expect(total == 291 + 8)
    }

    @Test func noMojibakeIsLeftAndLegitimateQuotesStay() throws {
        var repaired = 0
        for file in [Self.rangeFile, Self.selectedFile] {
            for doc in try TruthSocialSource().read(try Self.input(shared: file), options: ReadOptions()) {
                #expect(!doc.text.contains("â€") && !doc.text.contains("\u{00E2}\u{0080}"), "\(doc.id)")
                #expect(!doc.text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "C1 control left in \(doc.id)")
                #expect(!doc.text.contains("Â\u{00A0}"), "\(doc.id)")
                if doc.metadata["mojibake_repaired"] != nil { repaired += 1 }
            }
        }
        // 125 records hold C1-bearing sequences and 2 only "Â\u{A0}" in the 291-record file; 2 in the selection.
        #expect(repaired == 127 + 2)
        let selected = try TruthSocialSource().read(try Self.input(shared: Self.selectedFile), options: ReadOptions())
        let mess = try #require(selected.first { $0.id == "114160550238908846" })
        #expect(mess.text.contains("a real “mess” with Russia") && mess.metadata["mojibake_repaired"] == nil)
    }

    @Test func postsTheSeedsQuote() throws {
        let docs = try TruthSocialSource().read(try Self.input(shared: Self.selectedFile), options: ReadOptions())
        func doc(_ id: String) throws -> Document { try #require(docs.first { $0.id == id }) }

        let nowPost = try doc("114180129350673750")
        #expect(nowPost.text.contains("Each week brings 2,500 soldier deaths") && nowPost.text.contains("it must end NOW"))
        #expect(nowPost.skipReason == nil && nowPost.paragraphs.count == 1)

        let honest = try doc("114167524244753377")
        #expect(honest.text.contains("Why can’t they be honest"))
        // Only the repaired "’" maps inexactly (to its three escapes); the sentence points at itself.
        let why = try #require(try Segmenter(language: "en").segment(honest).sentences.first { $0.text.hasPrefix("Why can") })
        let whyRange = try #require(honest.inputRange(for: why.range))
        #expect(honest.input.slice(whyRange) == #"Why can\u00e2\u0080\u0099t they be honest, just for once?"#)
        let paragraphs = Self.paragraphs(honest)
        #expect(paragraphs.count == 2)
        #expect(paragraphs.last == "DONALD J. TRUMP, PRESIDENT OF THE UNITED STATES OF AMERICA")
        #expect(paragraphs.first?.hasSuffix("GOD BLESS AMERICA!") == true)

        let call = try doc("113991956474899296")
        let expected = try #require(ISO8601DateFormatter().date(from: "2025-02-12T16:53:38Z"))
        let published = try #require(call.published)
        #expect(abs(published.timeIntervalSince(expected) - 0.679) < 0.001)
        #expect(call.url == "https://truthsocial.com/@realDonaldTrump/113991956474899296")

        let rigged = try doc("114160550238908846")
        #expect(rigged.text.contains("A RIGGED & CROOKED ELECTION") && !rigged.text.contains("&amp;"))
    }

    @Test func repostsMediaOnlyAndLinkOnlyPostsAreFlaggedNotDropped() throws {
        let input = try Self.input(shared: Self.rangeFile)
        let docs = try TruthSocialSource().read(input, options: ReadOptions())
        // The truth, from the raw JSON with the simple rules of FORMATS.md §2.
        let contents = try Self.records(input).map { ($0["content"] as? String ?? "").trimmingCharacters(in: .whitespaces) }
        let reposts = contents.filter { $0.hasPrefix("RT: ") || $0.hasPrefix("RT @") }.count
        let empty = contents.filter(\.isEmpty).count
        let links = contents.filter { !$0.isEmpty && !$0.hasPrefix("RT") && $0.split(separator: " ").allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("http://") } }.count
        #expect([reposts, empty, links] == [Int]([8, 59, 64]))
        #expect(docs.filter { $0.skipReason?.hasPrefix("repost of ") == true }.count == reposts)
        #expect(docs.filter { $0.skipReason == "media-only post" }.count == empty)
        #expect(docs.filter { $0.skipReason == "link-only post" }.count == links)
        // A flag over four photos, stored as mojibake ("\u00f0\u009f\u0087\u00ba…"): no word.
        #expect(docs.filter { $0.skipReason == "emoji-only post" }.map(\.id) == ["114186080634823311"])
        #expect(docs.filter { $0.skipReason == nil }.count == 291 - reposts - empty - links - 1)
        #expect(docs.filter { $0.skipReason == "media-only post" }.allSatisfy { $0.paragraphs.isEmpty && $0.metadata["media_count"] != "0" })

        let own = try #require(docs.first { $0.metadata["repost_of"] == "114240691141784921" })
        #expect(own.skipReason == "repost of status 114240691141784921")
        let glued = try #require(docs.first { $0.text.hasPrefix("RT @mrddmiaDear President Trump:") })
        #expect(glued.skipReason?.contains("RT @mrddmiaDear") == true)
        // "Trump:Please revoke … clearance.He has" holds two joined paragraph breaks.
        #expect(Self.paragraphs(glued).count == 3)
    }

    @Test func sentencesMapIntoTheirRecordsJSONString() throws {
        let input = try Self.input(shared: Self.rangeFile)
        let segmenter = try Segmenter(language: "en")
        let spans = Self.contentSpans(input)
        var exact = 0
        for doc in try TruthSocialSource().read(input, options: ReadOptions()).map(segmenter.segment) {
            let span = try #require(spans[doc.id])
            let literal = input.slice(span)
            if doc.skipReason == nil { #expect(!doc.sentences.isEmpty, "\(doc.id)") }
            for s in doc.sentences {
                let r = try #require(doc.inputRange(for: s.range))
                #expect(r.lowerBound >= span.lowerBound && r.upperBound <= span.upperBound, "\(doc.id) sentence \(s.index)")
                // Without escapes or entities the JSON holds the sentence verbatim.
                if !literal.contains("\\") && !literal.contains("&") {
                    #expect(input.slice(r) == s.text, "\(doc.id): \(s.text)")
                    exact += 1
                }
            }
        }
        #expect(exact > 100)
    }

    @Test func apiFixture() throws {
        let path = TestPaths.fixture("truthsocial/api-statuses.json")
        let input = InputFile(location: path, text: try TestPaths.read(path))
        #expect(TruthSocialSource().detect(SourceProbe(input: input)) == 0.9)
        let segmenter = try Segmenter(language: "en")
        let docs = try TruthSocialSource().read(input, options: ReadOptions()).map(segmenter.segment)
        try #require(docs.count == 5)

        let post = docs[0]
        #expect(Self.paragraphs(post) == [
            "The talks in Riyadh went well & will continue on Monday. Both delegations agreed to a ceasefire at sea — a first step. We’ll see what happens!",
            "Read the statement: https://example.org/statements/2025/04/ceasefire-at-sea",
            "Thank you!", "THE EXAMPLE DESK",
        ])
        #expect(post.author == "Example Desk" && post.metadata["handle"] == "ExampleDesk" && post.skipReason == nil)
        #expect(post.metadata["favourites_count"] == "230" && post.metadata["format"] == "api")
        #expect(post.published.map { ISO8601DateFormatter().string(from: $0) } == "2025-04-07T16:02:30Z")
        // The first paragraph maps to its escaped HTML in the file.
        let first = try #require(post.inputRange(for: post.paragraphs[0].range))
        #expect(input.slice(first).contains("went well \\u0026amp; will continue"))
        #expect(post.sentences.allSatisfy { post.inputRange(for: $0.range) != nil })

        #expect(Self.paragraphs(docs[1]) == ["Exactly right. Ports first, then power plants."])
        #expect(docs[1].metadata["quote_id"] == "114293307153909441" && docs[1].skipReason == nil)
        #expect(docs[2].text == "@ExampleWire Yes, on Tuesday. Details to follow.")
        #expect(docs[2].metadata["in_reply_to_id"] == "114293307153909441")
        #expect(docs[3].skipReason == "repost of @ExampleWire's status 114293307153909441")
        #expect(docs[3].text.hasPrefix("Negotiators will meet again in Jeddah") && docs[3].author == "Example Desk")
        #expect(docs[4].skipReason == "media-only post" && docs[4].text.isEmpty && docs[4].metadata["media_count"] == "1")
    }

    /// Every sentence of `doc` maps, in order and without overlap, to the stretch of the status
    /// JSON it was read from, which shows the sentence's words.
    static func expectSentencesMapInOrder(_ doc: Document, _ input: InputFile) throws {
        var previousEnd = 0
        for s in doc.sentences {
            let r = try #require(doc.inputRange(for: s.range), "\(s.text)")
            #expect(r.lowerBound >= previousEnd, "\(s.text): spans overlap or go back")
            previousEnd = r.upperBound
            let raw = input.slice(r)
            #expect(try shownWords(ofJSONStringPart: raw) == s.text.split(whereSeparator: { $0.isWhitespace }).map(String.init),
                    "\(s.text) <- \(raw)")
        }
    }

    /// What a stretch of an API status's JSON shows: JSON-unescaped, tags stripped, Mastodon's
    /// references decoded, white space collapsed. Independent of the plugin (Foundation only).
    static func shownWords(ofJSONStringPart raw: String) throws -> [String] {
        let unescaped = try #require(try JSONSerialization.jsonObject(with: Data(("\"" + raw + "\"").utf8), options: .fragmentsAllowed) as? String)
        var text = unescaped.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        for (reference, character) in [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&mdash;", "—"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: reference, with: character)
        }
        return text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// An API status whose HTML holds a mention, a link with Mastodon's hidden "https://www." and
    /// ellipsis spans, and a hashtag (the field layout of the status serializer, FORMATS.md §1):
    /// each sentence's file span covers exactly the JSON it was read from, from its first word's
    /// first character to its last word's last. All four sentences of the first paragraph used to
    /// get one span, which ended inside the link's address and held neither "#MAGA" nor "tell
    /// your friends".
    @Test func apiSentencesMapToTheirOwnEscapedHTML() throws {
        // A reviewer's single-status file (sources/ts/single.json), invented text.
        let json = #"""
        {"id":"114184931453780675","created_at":"2025-03-18T18:49:43.170Z","in_reply_to_id":null,"quote_id":null,"in_reply_to_account_id":null,"sensitive":false,"spoiler_text":"","visibility":"public","language":"en","uri":"https://truthsocial.com/users/realDonaldTrump/statuses/114184931453780675","url":"https://truthsocial.com/@realDonaldTrump/114184931453780675","content":"\u003cp\u003eJust spoke with \u003cspan class=\"h-card\"\u003e\u003ca href=\"https://truthsocial.com/@JDVance\" class=\"u-url mention\"\u003e@\u003cspan\u003eJDVance\u003c/span\u003e\u003c/a\u003e\u003c/span\u003e \u0026amp; Marco Rubio. We\u0026#39;re making \u0026quot;great\u0026quot; progress! Read it here: \u003ca href=\"https://www.whitehouse.gov/briefings-statements/2025/03/readout-of-president-donald-j-trumps-call-with-president-vladimir-putin/\" rel=\"nofollow noopener noreferrer\" target=\"_blank\"\u003e\u003cspan class=\"invisible\"\u003ehttps://www.\u003c/span\u003e\u003cspan class=\"ellipsis\"\u003ewhitehouse.gov/briefings-statem\u003c/span\u003e\u003cspan class=\"invisible\"\u003eents/2025/03/readout-of-president-donald-j-trumps-call-with-president-vladimir-putin/\u003c/span\u003e\u003c/a\u003e and tell your friends. \u003ca href=\"https://truthsocial.com/tags/MAGA\" class=\"mention hashtag\" rel=\"tag\"\u003e#\u003cspan\u003eMAGA\u003c/span\u003e\u003c/a\u003e\u003c/p\u003e\u003cp\u003eLine one of the signature\u003cbr/\u003ePresident DJT\u003c/p\u003e\u003cp\u003eWatch https://www.youtube.com/watch?v=dQw4w9WgXcQ now. It is great!\u003c/p\u003e","account":{"id":"107780257626128497","username":"realDonaldTrump","acct":"realDonaldTrump","display_name":"Donald J. Trump","url":"https://truthsocial.com/@realDonaldTrump"},"media_attachments":[],"mentions":[],"tags":[],"emojis":[],"card":null,"poll":null,"reblog":null,"replies_count":1,"reblogs_count":2,"favourites_count":3,"sponsored":false,"tombstone":false,"tv":null,"group":null}
        """#
        let input = InputFile(location: "single.json", text: json)
        #expect(TruthSocialSource().detect(SourceProbe(input: input)) == 0.9)
        let doc = try Segmenter(language: "en").segment(try #require(try TruthSocialSource().read(input, options: ReadOptions()).first))
        #expect(doc.warnings.isEmpty, "\(doc.warnings)")
        let first = doc.sentences.filter { $0.paragraph == 0 }.map(\.text)
        #expect(first == ["Just spoke with @JDVance & Marco Rubio.", "We're making \"great\" progress!",
                          "Read it here: https://www.whitehouse.gov/briefings-statements/2025/03/readout-of-president-donald-j-trumps-call-with-president-vladimir-putin/ and tell your friends.",
                          "#MAGA"])
        try Self.expectSentencesMapInOrder(doc, input)
        let hashtag = try #require(doc.sentences.first { $0.text == "#MAGA" })
        #expect(input.slice(try #require(doc.inputRange(for: hashtag.range))) == #"#\u003cspan\u003eMAGA"#)
    }

    /// A content warning (`spoiler_text`), `sensitive` and `edited_at` are kept in the metadata
    /// (FORMATS.md §1 lists the first two in the serializer; `edited_at` is upstream Mastodon's);
    /// an empty warning, `sensitive: false` and a null edit time say nothing and are left out.
    @Test func contentWarningSensitiveAndEditTimeAreKept() throws {
        let warned = #"{"id": "1", "created_at": "2025-04-07T14:05:12.345Z", "visibility": "public", "sensitive": true, "spoiler_text": "Graphic images of the fire", "edited_at": "2025-04-07T14:20:00.000Z", "content": "<p>The fire is out.</p>", "account": {"acct": "ExampleDesk"}}"#
        let plain = #"{"id": "2", "created_at": "2025-04-07T14:05:12.345Z", "visibility": "public", "sensitive": false, "spoiler_text": "", "edited_at": null, "content": "<p>All calm.</p>", "account": {"acct": "ExampleDesk"}}"#
        let repost = #"{"id": "3", "created_at": "2025-04-07T15:00:00.000Z", "visibility": "public", "sensitive": false, "spoiler_text": "", "content": "", "account": {"acct": "ExampleDesk"}, "reblog": {"id": "4", "created_at": "2025-04-07T14:00:00.000Z", "sensitive": true, "spoiler_text": "Spoilers for the final", "content": "<p>What a match.</p>", "account": {"acct": "ExampleWire"}}}"#
        let docs = try Self.read("[\(warned), \(plain), \(repost)]")
        try #require(docs.count == 3)
        #expect(docs[0].metadata["spoiler_text"] == "Graphic images of the fire")
        #expect(docs[0].metadata["sensitive"] == "true" && docs[0].metadata["edited_at"] == "2025-04-07T14:20:00.000Z")
        #expect(docs[0].text == "The fire is out.")
        #expect(docs[1].metadata["spoiler_text"] == nil && docs[1].metadata["sensitive"] == nil && docs[1].metadata["edited_at"] == nil)
        // A repost shows the reposted status's text, under that status's warning.
        #expect(docs[2].metadata["spoiler_text"] == "Spoilers for the final" && docs[2].metadata["sensitive"] == "true")
    }

    @Test func archiveRepostKeepsItsTextApart() throws {
        let docs = try Self.read(#"[{"id": "1142412737798886590", "content": "RT: https://truthsocial.com/users/realDonaldTrump/statuses/114240691141784921Great call with Canada!", "media": []}]"#)
        #expect(Self.paragraphs(docs[0]) == ["RT: https://truthsocial.com/users/realDonaldTrump/statuses/114240691141784921", "Great call with Canada!"])
        #expect(docs[0].skipReason == "repost of status 114240691141784921" && docs[0].metadata["repost_of"] == "114240691141784921")
    }

    /// Two records of the real archive (rangeFile) whose numbered paragraphs the archive glued:
    /// "by Skadden:1. Skadden will provide…", "spectrum.2. The Skadden Foundation…" (no space),
    /// "environment. \u{00A0}2. Paul, Weiss affirms…" (after mojibake repair). Each item is its
    /// own list paragraph; no sentence ends in, or is, an item's number.
    @Test func gluedNumberedParagraphsOfTheArchiveAreListItems() throws {
        let docs = try TruthSocialSource().read(try Self.input(shared: Self.rangeFile), options: ReadOptions())
        let segmenter = try Segmenter(language: "en")
        for (id, items) in [("114241348699704594", ["Skadden will provide", "The Skadden Foundation will commit", "Skadden affirms",
                                                    "Skadden will not deny"]),
                            ("114197044617921519", ["Paul, Weiss agrees", "Paul, Weiss affirms its unwavering", "Paul, Weiss will take on",
                                                    "Paul, Weiss affirms its commitment", "Paul, Weiss will dedicate"])] {
            let doc = segmenter.segment(try #require(docs.first { $0.id == id }))
            let bullets = Self.paragraphs(doc).enumerated().filter { doc.paragraphs[$0.offset].kind == .bullet }.map(\.element)
            #expect(bullets.count == items.count, "\(id): \(bullets)")
            for (bullet, start) in zip(bullets, items) { #expect(bullet.hasPrefix(start), "\(id): \(bullet)") }
            let numbered = doc.sentences.map(\.text).filter { $0.range(of: #"(^|[a-z:”])[0-9]{1,2}\.$"#, options: .regularExpression) != nil }
            #expect(numbered.isEmpty, "\(id): \(numbered)")
        }
    }

    /// The real archive's reposts (rangeFile): three repost @realDonaldTrump's own posts, glued as
    /// "RT @realDonaldTrumpJimmy Patronis…", and were called reposts of "another account's post";
    /// "RT @mrddmiaDear President Trump…" is another account's.
    @Test func archiveRepostOfTheAccountsOwnPostIsNamedSo() throws {
        let docs = try TruthSocialSource().read(try Self.input(shared: Self.rangeFile), options: ReadOptions())
        func reason(_ id: String) throws -> String { try #require(docs.first { $0.id == id }?.skipReason) }
        for id in ["114257291358086598", "114257291197077780"] {
            #expect(try reason(id).hasPrefix("repost of @realDonaldTrump's own post, apparently (\"RT @realDonaldTrump"), "\(id)")
        }
        #expect(try reason("114251807038907112").hasPrefix("repost of another account's post (\"RT @mrddmiaDear"))
    }

    @Test func publishedFallsBackToTheSnowflakeID() throws {
        // FORMATS.md §1: id >> 16 = Unix ms. 113991956474899296 >> 16 = 1739379218672, i.e.
        // 16:53:38.672Z; the record's created_at says .679 (the id is taken a few ms apart).
        let docs = try Self.read(#"[{"id": "113991956474899296", "content": "Hi."}]"#)
        let expected = try #require(ISO8601DateFormatter().date(from: "2025-02-12T16:53:38Z"))
        let published = try #require(docs[0].published)
        #expect(abs(published.timeIntervalSince(expected) - 0.672) < 0.001 && docs[0].metadata["published_from"] == "id")
    }

    @Test func largeRecordsAreReadInLinearTime() throws {
        // About a million characters of entities, mojibake, marks and lines: quadratic work would take hours.
        // Per repetition: "A&B ’!!!!" | "Café." | "Next A&B ’!!!!" …, and two lines per <p>.
        let archive = String(repeating: #"A&amp;B â!!!!CafÃ©.Next "#, count: 12_000)
        let html = String(repeating: #"<p>Line &amp; more.<br/>THE END</p>"#, count: 6_000)
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            let docs = try Self.read(#"[{"id": "1", "content": "\#(archive)"}, {"id": "2", "uri": "x", "content": "\#(html)"}]"#)
            #expect(docs[0].paragraphs.count == 24_001 && docs[1].paragraphs.count == 12_000)
        }
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }

    @Test func hostileCreatedAtGivesNoDateInsteadOfACrashOrAWrongOne() throws {
        // ISO8601DateFormatter (ICU) died of SIGFPE on a fraction of 100 digits, and read a
        // 100-digit year as year 5,770,458, a 20-digit fraction as a second earlier.
        let digits = String(repeating: "6", count: 100)
        for createdAt in ["2025-02-12T16:53:38.\(digits)Z", "\(digits)-02-12T16:53:38.679Z",
                          "2025-02-12T16:53:38.679+\(digits)", "2025-02-12T16:53:38.66666666666666666666Z"] {
            let docs = try Self.read(#"[{"id": "9", "created_at": "\#(createdAt)", "content": "Hi there."}]"#)
            let published = docs[0].published.map { ISO8601DateFormatter().string(from: $0) }
            #expect(published == nil || published == "2025-02-12T16:53:38Z", "\(createdAt.prefix(40)): \(published ?? "")")
        }
        // Well-formed dates are the formatter's to the last bit (a store's timestamps keep their millisecond).
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let plain = try Self.read(#"[{"id": "9", "created_at": "2025-02-12T16:53:38.679Z", "content": "Hi."}, {"id": "10", "created_at": "2025-03-15T18:02:50.238+01:00", "content": "Hi."}, {"id": "11", "created_at": "2025-02-12T17:53:38+01:00", "content": "Hi."}]"#)
        #expect(plain[0].published == formatter.date(from: "2025-02-12T16:53:38.679Z"))
        #expect(plain[1].published == formatter.date(from: "2025-03-15T18:02:50.238+01:00"))
        #expect(plain[2].published == ISO8601DateFormatter().date(from: "2025-02-12T17:53:38+01:00"))
    }

    @Test func plainTextFieldInsteadOfContent() throws {
        let docs = try Self.read(#"{"id": "9", "created_at": "2025-04-01T10:00:00Z", "text": "First line.\nSecond line & more.", "account": {"acct": "ExampleDesk"}}"#)
        #expect(Self.paragraphs(docs[0]) == ["First line.", "Second line & more."])
        #expect(docs[0].author == "@ExampleDesk")
    }

    @Test(arguments: [
        // Joined paragraphs (FORMATS.md §2) and what must not split.
        (#"AMERICA!DONALD J. TRUMP"#, ["AMERICA!", "DONALD J. TRUMP"]),
        (#"as U.S.Tariffs start, and J.D. Vance said so. She has a Ph.D. from Wisconsin."#,
         ["as U.S.Tariffs start, and J.D. Vance said so. She has a Ph.D. from Wisconsin."]),
        (#"in a year...Border numbers are down 96%...We did it."#, ["in a year...Border numbers are down 96%...We did it."]),
        (#"Read https://www.Example.com/News.Today?Id=1 now!Thank you"#, ["Read https://www.Example.com/News.Today?Id=1 now!", "Thank you"]),
        (#"it was ALL.\u201dStatement by Mr.Smith at 10:30.Next"#, ["it was ALL.”", "Statement by Mr.Smith at 10:30.", "Next"]),
        (#"Below is my response:Ashley is wrong.\"Fake!\" they said"#, ["Below is my response:", "Ashley is wrong.", "\"Fake!\" they said"]),
    ])
    func joinedParagraphsAreRecovered(_ content: String, _ expected: [String]) throws {
        let docs = try Self.read(#"[{"id": "1", "created_at": "2025-03-20T10:00:00.000Z", "content": "\#(content)", "url": "https://truthsocial.com/@realDonaldTrump/1", "media": []}]"#)
        #expect(Self.paragraphs(docs[0]) == expected)
    }

    @Test(arguments: [
        (#"Why can\u00e2\u0080\u0099t we \u00e2\u0080\u009cwin\u00e2\u0080\u009d?"#, "Why can’t we “win”?"),
        (#"Caf\u00e9 d\u00e9j\u00e0 vu, voil\u00e0\u00a0\u00bb"#, "Café déjà vu, voilà\u{00A0}»"),
        (#"Caf\u00e9 \u00e2\u0080\u0094 it\u2019s fine"#, "Café — it’s fine"),
        (#"don\u00e2\u20ac\u2122t \u00f0\u009f\u009a\u00a8 Medicine.\u00c2\u00a0As"#, "don’t 🚨 Medicine.\u{00A0}As"),
        // Read wrongly twice, as Latin-1 and as Windows-1252: one repair left "â\u{80}\u{99}t", "â€™t".
        (#"Why can\u00c3\u00a2\u00c2\u0080\u00c2\u0099t we?"#, "Why can’t we?"),
        (#"Why can\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2t we? Caf\u00e9"#, "Why can’t we? Café"),
    ])
    func mojibakeIsRepairedAndAccentsKept(_ content: String, _ expected: String) throws {
        let docs = try Self.read(#"[{"id": "1", "created_at": "2025-03-20T10:00:00.000Z", "content": "\#(content)", "media": []}]"#)
        #expect(docs[0].text == expected)
    }

    /// JSONSerialization quotes a number it cannot represent whole: an id of 250,000 digits gave
    /// a one-line error of 250 KB. Long words of the message, and long keys, are cut short.
    @Test func hugeValuesInMalformedJSONAreQuotedShort() throws {
        let digits = String(repeating: "9", count: 250_000), key = String(repeating: "k", count: 100_000)
        for (json, word) in [(#"[{"id": \#(digits), "created_at": "2025-02-12T16:53:38.679Z", "content": "Hi."}]"#, "250000 characters"),
                             (#"[{"\#(key)": 1}]"#, "100000 characters")] {
            do {
                _ = try Self.read(json, location: "posts.json")
                Issue.record("read")
            } catch {
                let m = error.localizedDescription
                #expect(m.hasPrefix("posts.json: malformed Truth Social JSON") && m.contains(word) && m.utf8.count < 600, "\(m.utf8.count) bytes: \(m.prefix(300))")
            }
        }
    }

    @Test func malformedInputsSayWhatIsWrong() throws {
        func message(_ text: String) -> String {
            do { _ = try Self.read(text, location: "posts.json"); return "no error" } catch { return error.localizedDescription }
        }
        let syntax = message("[\n  {\"id\": \"1\", \"content\": nope}\n]")
        #expect(syntax.hasPrefix("posts.json: malformed Truth Social JSON: invalid JSON") && syntax.contains("line 2"), "\(syntax)")
        #expect(message("[{\"id\": \"1\", \"content\": \"cut").contains("truncated"))
        #expect(message(#"[{"name": "a", "size": 1}, {"name": "b"}]"#).contains("record 0 is not a status"))
        #expect(message("[1, 2]").contains("record 0 is a number or boolean, not a status object"))
        #expect(message(#"[{"id": "1", "content": "Hi."}, {"created_at": "2025-03-20T10:00:00Z", "content": "Hi."}]"#).contains("record 1 has no \"id\""))
        #expect(message("\"just a string\"").contains("neither a status object nor an array"))
        #expect(message("[]") == "posts.json: no text found in this Truth Social JSON")
    }

    @Test func aParagraphNestedInALinkOrSpanIsReadOnceAtItsPlace() throws {
        // libxml2 keeps a <p> opened inside <a> or <span> nested in the outer <p>: each piece of
        // text must still appear once, in order, each paragraph pointing at its own characters.
        let content = #"<p>Talks went well. <a href='https://truthsocial.com/tags/peace'><p>Both sides agreed.</p></a> More soon.</p>"#
            + #"<p>Next week: <span class='h-card'><p>Riyadh again.</p></span></p><p>THANK YOU!</p>"#
        let json = #"[{"id": "1", "created_at": "2025-03-18T18:49:43.170Z", "content": "\#(content)", "account": {"acct": "x"}, "visibility": "public"}]"#
        let input = InputFile(location: "nested.json", text: json)
        let doc = try TruthSocialSource().read(input, options: ReadOptions())[0]
        #expect(Self.paragraphs(doc) == ["Talks went well.", "Both sides agreed.", "More soon.", "Next week:", "Riyadh again.", "THANK YOU!"])
        for p in doc.paragraphs {
            let r = try #require(doc.inputRange(for: p.range))
            #expect(input.slice(r) == ScalarText.string(doc.scalars, p.range))
        }
        let sentences = try Segmenter(language: "en").segment(doc).sentences.map(\.text)
        #expect(sentences.count == Set(sentences).count, "\(sentences)")
    }

    @Test func unclosedParagraphsInsideLinksDoNotMultiplyText() throws {
        // A broken export: every <p> left open inside an <a> (ts_api_badhtml.json has 5,000).
        let content = String(repeating: "<p>unclosed <a href='x'>", count: 300)
        let docs = try Self.read(#"[{"id": "1", "created_at": "2025-03-18T18:49:43.170Z", "content": "\#(content)", "visibility": "public"}]"#)
        let words = docs[0].text.split(whereSeparator: { $0.isWhitespace })
        #expect(words.count == 300 && words.allSatisfy { $0 == "unclosed" })
    }

    @Test(arguments: [
        (#""content": 12345"#, #"record 0: "content" is a number or boolean, not a string"#),
        (#""content": ["a", "b"]"#, #"record 0: "content" is an array, not a string"#),
        (#""content": {"x": "Hello world."}"#, #"record 0: "content" is an object, not a string"#),
        (#""text": true"#, #"record 0: "text" is a number or boolean, not a string"#),
        (#""reblog": {"id": "2", "content": 7}"#, #"record 0: "reblog.content" is a number or boolean, not a string"#),
    ])
    func aTextFieldOfAnotherTypeIsMalformedNotEmpty(_ field: String, _ expected: String) throws {
        let json = #"[{"id": "114184931453780675", "created_at": "2025-03-18T18:49:43.170Z", \#(field), "media": []}]"#
        do {
            let docs = try Self.read(json, location: "posts.json")
            Issue.record("read as \(docs.map { $0.skipReason ?? $0.text })")
        } catch {
            #expect(error.localizedDescription.hasPrefix("posts.json: malformed Truth Social JSON: \(expected)"), "\(error.localizedDescription)")
        }
        // A null field is no text, as before.
        let null = try Self.read(#"[{"id": "1", "created_at": "2025-03-18T18:49:43.170Z", "content": null, "media": []}]"#)
        #expect(null[0].skipReason == "empty post (no text, no media)")
    }

    /// An API status with its `tombstone` flag set (FORMATS.md §1) and no text is named a removed
    /// post, not an empty one; with the flag unset, or with text, nothing changes.
    @Test func aTombstonedStatusIsARemovedPost() throws {
        func status(_ tombstone: Bool, _ content: String) -> String {
            #"[{"id": "114184931453780675", "created_at": "2025-03-18T18:49:43.170Z", "account": {"acct": "realDonaldTrump"}, "#
                + #""content": "\#(content)", "media_attachments": [], "tombstone": \#(tombstone)}]"#
        }
        #expect(try Self.read(status(true, ""))[0].skipReason == "removed post (its tombstone flag is set; no text)")
        #expect(try Self.read(status(false, ""))[0].skipReason == "empty post (no text, no media)")
        let kept = try Self.read(status(true, "<p>Peace through strength.</p>"))[0]
        #expect(kept.skipReason == nil && kept.text == "Peace through strength.")
    }

    @Test func unpairedSurrogateEscapesAreReadAsReplacementCharacters() throws {
        // RFC 8259 §8.2 allows a lone "\ud800"; a post cut inside an emoji ends with one. The
        // other posts are read, and the damaged one says what was replaced and where.
        let first = #"{"id": "1", "created_at": "2025-03-18T18:49:43.170Z", "content": "Lone \ud800 here. Low \udc00 there. Pair \ud83d\ude00 ok. Trunc \ud83d"}"#
        let second = #"{"id": "2", "created_at": "2025-03-18T18:50:00.000Z", "content": "Path C:\\ud800 stays. Great day!"}"#
        let text = "[\(first),\n \(second)]"
        let input = InputFile(location: "posts.json", text: text)
        let docs = try TruthSocialSource().read(input, options: ReadOptions()).map(Segmenter(language: "en").segment)
        try #require(docs.count == 2)
        #expect(docs[0].text == "Lone \u{FFFD} here. Low \u{FFFD} there. Pair 😀 ok. Trunc \u{FFFD}")
        let scalars = Array(text.unicodeScalars)
        func offset(of needle: String) -> Int {
            let n = Array(needle.unicodeScalars)
            return (0...(scalars.count - n.count)).first { Array(scalars[$0..<($0 + n.count)]) == n }!
        }
        let offsets = [offset(of: #"\ud800 here"#), offset(of: #"\udc00 there"#), offset(of: #"\ud83d""#)]
        #expect(docs[0].metadata["unpaired_surrogates_replaced"]
                == "3 unpaired UTF-16 surrogate escape(s) read as U+FFFD (file offsets \(offsets.map(String.init).joined(separator: ", ")))")
        // Offsets into the file stay right: sentences point at their escapes.
        let lone = try #require(docs[0].sentences.first)
        #expect(input.slice(try #require(docs[0].inputRange(for: lone.range))) == #"Lone \ud800 here."#)
        let pair = try #require(docs[0].sentences.first { $0.text.hasPrefix("Pair") })
        #expect(input.slice(try #require(docs[0].inputRange(for: pair.range))) == #"Pair \ud83d\ude00 ok."#)
        // An escaped backslash before "ud800" is no escape: the second post is read as written.
        #expect(docs[1].text == #"Path C:\ud800 stays. Great day!"# && docs[1].metadata["unpaired_surrogates_replaced"] == nil)
        // The repair is also a warning, which the CLI prints; the clean post has none.
        #expect(docs[0].warnings == ["record 0: " + docs[0].metadata["unpaired_surrogates_replaced"]!])
        #expect(docs[1].warnings.isEmpty)
    }

    /// A line that references the plugin decodes otherwise make unfindable ("&#128;&#128;" is
    /// read by libxml2 as two U+0080, by HTMLEntities as HTML's windows-1252 remap, "€€") keeps
    /// the whole status as its span, and the document says so. ("&hearts;&hearts;", this test's
    /// example until HTMLEntities took named references from libxml2's table, is now found.)
    @Test func unfindableLineIsWarnedAbout() throws {
        let text = #"[{"id": "7", "created_at": "2025-03-18T18:49:43.170Z", "account": {"acct": "a"}, "content": "<p>Fine line.</p><p>&#128;&#128;</p>"}]"#
        let doc = try #require(try TruthSocialSource().read(InputFile(location: "hearts.json", text: text), options: ReadOptions()).first)
        #expect(doc.text == "Fine line.\n\n\u{80}\u{80}")
        #expect(doc.warnings.count == 1)
        #expect(doc.warnings.first?.hasPrefix("record 0: 1 of 2 line(s) of the status's HTML not found in it: mapped to the whole status") == true,
                "\(doc.warnings)")
        // "&amp;&amp;" ("&&"), which this test used until the lines were looked for in the text
        // the HTML shows, is now found, and maps to its own references; so is "&hearts;&hearts;".
        let amp = #"[{"id": "7", "created_at": "2025-03-18T18:49:43.170Z", "account": {"acct": "a"}, "content": "<p>Fine line.</p><p>&amp;&amp;</p>"}]"#
        let input = InputFile(location: "amp.json", text: amp)
        let found = try #require(try TruthSocialSource().read(input, options: ReadOptions()).first)
        #expect(found.text == "Fine line.\n\n&&" && found.warnings.isEmpty, "\(found.warnings)")
        #expect(input.slice(try #require(found.inputRange(for: found.paragraphs[1].range))) == "&amp;&amp;")
        let hearts = InputFile(location: "h.json", text: text.replacingOccurrences(of: "&#128;&#128;", with: "&hearts;&hearts;"))
        let read = try #require(try TruthSocialSource().read(hearts, options: ReadOptions()).first)
        #expect(read.text == "Fine line.\n\n♥♥" && read.warnings.isEmpty, "\(read.warnings)")
        #expect(hearts.slice(try #require(read.inputRange(for: read.paragraphs[1].range))) == "&hearts;&hearts;")
    }

    /// An API status whose text sits behind 80 KB of markup (a huge attribute), further than the
    /// per-line search window: the line is still found, with its own offsets, and no warning.
    @Test func statusTextBehindLongMarkupKeepsItsOffsets() throws {
        let junk = String(repeating: "z", count: 80_000)
        let content = "<p><span data-x=\\\"\(junk)\\\">Hello from far away.</span> Second part.</p>"
        let text = #"[{"id": "1", "created_at": "2025-03-18T18:49:43.170Z", "account": {"acct": "a"}, "content": ""# + content + #""}]"#
        let input = InputFile(location: "far.json", text: text)
        let doc = try #require(try TruthSocialSource().read(input, options: ReadOptions()).first)
        #expect(doc.text == "Hello from far away. Second part.")
        #expect(doc.warnings.isEmpty)
        // The line maps from its first word to its last, not to the whole 80 KB status as it did
        // when the search gave up at the window; and, found in the text the HTML shows, each word
        // maps to its own characters.
        let range = try #require(doc.inputRange(for: doc.paragraphs[0].range))
        #expect(input.slice(range) == "Hello from far away.</span> Second part.")
        #expect(input.slice(try #require(doc.inputRange(for: 0..<5))) == "Hello")
    }

    /// The archive's CSV (FORMATS.md §2: "the same columns" as the JSON), RFC 4180 quoting: a
    /// quoted field with doubled quotes, a comma and a line break inside; cleaned as the JSON
    /// archive is (entities, mojibake, reposts and empty records flagged); every sentence maps
    /// back to its own characters in the CSV. Records modelled on the archive's, CRLF line ends.
    @Test func archiveCSVWithQuotedMultiLineContent() throws {
        let rows = [
            "id,created_at,content,url,media,replies_count,reblogs_count,favourites_count",
            "114200000000000001,2025-03-20T10:00:00.000Z,\"He said \"\"NO DEAL,\"\" and left.\nWe\u{E2}\u{80}\u{99}ll see &amp; win!\","
                + "https://truthsocial.com/@realDonaldTrump/114200000000000001,,1,2,3",
            "114200000000000002,2025-03-20T11:00:00.000Z,RT @ExampleWireGreat job!,https://truthsocial.com/@realDonaldTrump/114200000000000002,,0,0,0",
            "114200000000000003,2025-03-20T12:00:00.000Z,,https://truthsocial.com/@realDonaldTrump/114200000000000003,,4,5,6",
        ]
        let text = rows.joined(separator: "\r\n") + "\r\n"
        let input = InputFile(location: "truth_archive.csv", text: text)
        #expect(SourceRegistry.builtIn.detect(input)?.plugin.description.id == "truthsocial")
        let docs = try TruthSocialSource().read(input, options: ReadOptions()).map(Segmenter(language: "en").segment)
        #expect(docs.map(\.id) == ["114200000000000001", "114200000000000002", "114200000000000003"])

        let post = docs[0]
        #expect(Self.paragraphs(post) == ["He said \"NO DEAL,\" and left.", "We’ll see & win!"])
        #expect(post.skipReason == nil && post.author == "Donald J. Trump" && post.metadata["mojibake_repaired"] == "1")
        #expect(post.metadata["format"] == "archive CSV" && post.metadata["favourites_count"] == "3" && post.metadata["media_count"] == "0")
        #expect(post.published.map { ISO8601DateFormatter().string(from: $0) } == "2025-03-20T10:00:00Z")
        let spans = try post.sentences.map { input.slice(try #require(post.inputRange(for: $0.range))) }
        #expect(spans == [#"He said ""NO DEAL,"" and left."#, "We\u{E2}\u{80}\u{99}ll see &amp; win!"])

        #expect(docs[1].skipReason?.hasPrefix("repost of another account's post") == true)
        #expect(docs[2].skipReason == "empty post (no text, no media)" && docs[2].metadata["replies_count"] == "4")
    }

    @Test func malformedCSVSaysWhereAndWhy() throws {
        let header = "id,created_at,content,url,media,replies_count,reblogs_count,favourites_count\n"
        func message(_ body: String) -> String {
            do { _ = try Self.read(header + body, location: "truth_archive.csv"); return "no error" } catch { return error.localizedDescription }
        }
        let open = message("1,2025-03-20T10:00:00.000Z,ok,,,1,1,1\n2,2025-03-20T10:00:00.000Z,\"never closed,,,1,1,1\n")
        #expect(open == "truth_archive.csv: malformed Truth Social CSV: the quoted field that opens on line 3 is not closed "
                + "before the end of the file (truncated download?)", "\(open)")
        let short = message("1,2025-03-20T10:00:00.000Z,Hi.\n")
        #expect(short.contains("record 0 (line 2) has 3 fields, the header 8"), "\(short)")
        // An unclosed quote that swallows the rest of a large file is refused at the field limit.
        let long = message("1,x,\"" + String(repeating: "word, ", count: 20_000) + "\n")
        #expect(long.hasPrefix("truth_archive.csv: cannot read this Truth Social CSV whole: A field starting on line 2 is longer than 100000"),
                "\(long)")
        // A header alone, or with blank lines, holds no post.
        #expect(message("") == "truth_archive.csv: no text found in this Truth Social CSV")
        #expect(message("\n\n") == "truth_archive.csv: no text found in this Truth Social CSV")
    }

    /// The archive's CSV is known by its header line, whatever the line ends (RFC 4180 §2 writes
    /// CRLF, pandas on Linux LF); a CSV of other columns is not the archive's.
    @Test(arguments: ["\n", "\r\n"])
    func detectsTheArchiveCSV(_ newline: String) {
        let header = "id,created_at,content,url,media,replies_count,reblogs_count,favourites_count"
        let text = header + newline + "1,2025-03-20T10:00:00.000Z,Hi.,,,1,1,1" + newline
        let input = InputFile(location: "truth_archive.csv", text: text)
        #expect(TruthSocialSource().detect(SourceProbe(input: input)) == 0.95)
        #expect(SourceRegistry.builtIn.detect(input)?.plugin.description.id == "truthsocial")
        let other = InputFile(location: "posts.csv", text: "id,date,text" + newline + "1,2025-03-20,Hi." + newline)
        #expect(TruthSocialSource().detect(SourceProbe(input: other)) < 0.1)
    }

    @Test func detection() {
        func confidence(_ head: String) -> Double {
            TruthSocialSource().detect(SourceProbe(input: InputFile(location: "x.json", text: head)))
        }
        #expect(confidence(#"[{"id": "1", "created_at": "x", "content": "", "url": "https://truthsocial.com/@a/1"}]"#) == 0.9)
        #expect(confidence(#"{"id": 1, "created_at": "x", "text": "hi"}"#) < 0.5)
        #expect(confidence(#"{"name": "package", "version": "1.0"}"#) < 0.1)
        #expect(confidence("The call lasted an hour.") == 0)
    }
}
