import DriftAlignTestSupport
import Foundation
import Testing

/// A post that quotes a tweet holds two people's words: the tweet is its author's, not the
/// poster's (``Document/voices``). A French article that gives the tweet's words to their
/// author is right; one that gives them to the poster is the misattribution to flag. Before,
/// every sentence of a post was the poster's: the right attribution drew the major finding
/// (and weighed against the match), the wrong one passed.
@Suite(.serialized) struct QuotedTweetSpeakerTests {
    /// A Truth Social API status by Donald J. Trump quoting a tweet by Marco Rubio (written for
    /// the test in the serializer's field layout, FORMATS.md §1; the tweet's words paraphrase the
    /// joint statement of 11 March 2025 in Jeddah).
    static let post = #"""
    {"id":"114143123456789012","created_at":"2025-03-11T21:04:10.000Z","in_reply_to_id":null,"quote_id":null,"sensitive":false,"spoiler_text":"","visibility":"public","language":"en","uri":"https://truthsocial.com/users/realDonaldTrump/statuses/114143123456789012","url":"https://truthsocial.com/@realDonaldTrump/114143123456789012","content":"\u003cp\u003eGreat day in Saudi Arabia!\u003c/p\u003e\u003cblockquote class=\"twitter-tweet\"\u003e\u003cp lang=\"en\" dir=\"ltr\"\u003eUkraine is ready to accept the proposal for an immediate thirty-day ceasefire. Now it is up to Russia to say yes.\u003c/p\u003e\u0026mdash; Marco Rubio (@marcorubio) \u003ca href=\"https://twitter.com/marcorubio/status/1899512345678901234\"\u003eMarch 11, 2025\u003c/a\u003e\u003c/blockquote\u003e","account":{"id":"107780257626128497","username":"realDonaldTrump","acct":"realDonaldTrump","display_name":"Donald J. Trump"},"media_attachments":[],"reblog":null,"replies_count":10,"reblogs_count":20,"favourites_count":30}
    """#

    /// The report's findings of `article` against the post, as JSON objects.
    func findings(_ article: String, name: String) throws -> (links: [[String: Any]], findings: [[String: Any]]) {
        let dir = TestScratch.url("da-quoted-tweet-\(name)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let o = dir.appendingPathComponent("post.json").path, t = dir.appendingPathComponent("\(name).txt").path
        try #require(FileManager.default.createFile(atPath: o, contents: Data(Self.post.utf8)))
        try #require(FileManager.default.createFile(atPath: t, contents: Data(article.utf8)))
        let r = try CLIRunner.run(["report", "--original", o, "--translation", t, "-o", dir.path, "--format", "json,md,html"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try Data(contentsOf: dir.appendingPathComponent("\(name).json"))
        let top = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let report = try #require((top["reports"] as? [[String: Any]])?.first)
        // The reports say whose the quoted passage is, with its offsets (JSON) and its words.
        let voices = try #require((report["originals"] as? [[String: Any]])?.first?["voices"] as? [[String: Any]])
        #expect(voices.count == 1 && voices.first?["speaker"] as? String == "Marco Rubio", "\(voices)")
        #expect((voices.first?["text"] as? String)?.hasPrefix("Ukraine is ready to accept") == true, "\(voices)")
        let md = try String(contentsOf: dir.appendingPathComponent("\(name).md"), encoding: .utf8)
        #expect(md.contains("114143123456789012 quotes Marco Rubio: «Ukraine is ready"), "\(md.prefix(600))")
        let html = try String(contentsOf: dir.appendingPathComponent("\(name).html"), encoding: .utf8)
        #expect(html.contains("Quotes <bdi>Marco Rubio</bdi> («Ukraine is ready"))
        // `align --format json` lists them too, with offsets that slice the post's text.
        let aligned = try CLIRunner.run(["align", o, t, "--format", "json"])
        #expect(aligned.status == 0, "\(aligned.stderr)")
        let alignment = try #require(try JSONSerialization.jsonObject(with: Data(aligned.stdout.utf8)) as? [String: Any])
        let voice = try #require(((alignment["originals"] as? [[String: Any]])?.first?["voices"] as? [[String: Any]])?.first)
        #expect(voice["speaker"] as? String == "Marco Rubio" && voice["text"] as? String == voices.first?["text"] as? String, "\(voice)")
        #expect(voice["start"] as? Int == voices.first?["start"] as? Int && voice["end"] as? Int == voices.first?["end"] as? Int)
        return (report["links"] as? [[String: Any]] ?? [], report["findings"] as? [[String: Any]] ?? [])
    }

    static func lead(_ attribution: String) -> String {
        "Cessez-le-feu : Trump relaie un message de Rubio\n\n"
            + "Washington, 11 mars 2025 (AFP) - Donald Trump a salué mardi l'issue des discussions de Djeddah. "
            + "« Maintenant, c'est à la Russie de dire oui », \(attribution).\n"
    }

    /// The link of the quotation «Maintenant, c'est à la Russie de dire oui».
    func quoteLink(_ links: [[String: Any]]) -> [String: Any]? {
        links.first { (($0["translation"] as? [String: Any])?["text"] as? String)?.contains("dire oui") == true && $0["original"] != nil }
    }

    @Test(.enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
    func theQuotedTweetIsItsAuthorsWords() throws {
        let right = try findings(Self.lead("a écrit le secrétaire d'État Marco Rubio dans un message relayé par le président"), name: "rubio")
        let link = try #require(quoteLink(right.links), "\(right.links)")
        #expect(((link["original"] as? [String: Any])?["text"] as? String)?.contains("up to Russia to say yes") == true, "\(link)")
        #expect(!right.findings.contains { $0["type"] as? String == "attribution" }, "\(right.findings)")
        // The dateline is the agency's place and date: no source (it was linked to the tweet's byline).
        let dateline = right.links.first { (($0["translation"] as? [String: Any])?["text"] as? String)?.hasPrefix("Washington, 11 mars") == true }
        #expect(dateline != nil && dateline?["original"] == nil, "\(right.links)")

        let wrong = try findings(Self.lead("a écrit Donald Trump sur Truth Social"), name: "trump")
        #expect(quoteLink(wrong.links) != nil, "\(wrong.links)")
        let attribution = wrong.findings.filter { $0["type"] as? String == "attribution" }
        #expect(attribution.count == 1 && (attribution.first?["reason"] as? String)?.contains("Marco Rubio") == true, "\(wrong.findings)")
    }
}
