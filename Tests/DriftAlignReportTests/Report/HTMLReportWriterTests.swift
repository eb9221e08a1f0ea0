import DriftAlignAligner
import DriftAlignCore
import DriftAlignDrift
import DriftAlignTestSupport
@testable import DriftAlignReport
import Foundation
import Testing

/// The HTML report: what an editor clicks through (ids, offsets, jump links) and that nothing a
/// document says can become markup or script. Reports are built by hand: texts written for these
/// tests, modelled on a Truth Social post, a Kremlin readout and a French wire story.
@Suite struct HTMLReportWriterTests {
    static let vectors = [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "</mark></div><b>",
    ]

    static let english = """
    We will impose a 25% tariff on steel <script>alert(1)</script> starting Monday.
    Canada has ripped us off for decades <img src=x onerror=alert(1)> and it stops now!
    "><svg onload=alert(1)> They will pay, BIG.
    Thank you for your attention to this matter </mark></div><b>!
    """

    static let french = """
    Les États-Unis imposeront des droits de 25\u{202F}% sur l'acier à partir de lundi <script>alert(1)</script>.
    Le Canada «\u{A0}profite de nous\u{A0}» depuis des années.
    Il aurait ajouté qu'ils paieraient.
    Le message a été publié dimanche soir "><svg onload=alert(1)>.
    Le Kremlin a répondu qu'il «\u{A0}ne se laissera pas dicter ses conditions\u{A0}».
    """

    static let russian = "Песков заявил: «Мы не позволим никому диктовать нам условия»."

    static func range(of needle: String, in d: Document) -> Range<Int> {
        let r = d.text.range(of: needle)!
        let lo = d.text.unicodeScalars.distance(from: d.text.startIndex, to: r.lowerBound)
        return lo..<(lo + needle.unicodeScalars.count)
    }

    static func sentence(_ d: Document, _ i: Int) -> Range<Int> { d.sentences[i].range }

    static func report() -> DriftReport {
        var post = Presegmented.document(InputFile(location: "posts/<img src=x onerror=alert(1)>.txt", text: english),
                                         id: "114056389432467891", language: "en")
        post.title = "Tariffs \"><svg onload=alert(1)> <script>alert(1)</script>"
        post.author = "<img src=x onerror=alert(1)> Trump"
        post.url = "javascript:alert(1)"
        post.warnings = ["record 0: 1 of 4 line(s) not found <img src=x onerror=alert(1)> in it"]
        var readout = Presegmented.document(InputFile(location: "kremlin-73215.html", text: russian), id: "kremlin-73215",
                                            language: "ru", sourceType: "kremlin")
        readout.title = "Песков о пошлинах"
        readout.url = "http://kremlin.ru/events/president/news/73215"
        var article = Presegmented.document(InputFile(location: "lemonde.txt", text: french), id: "lemonde-1", language: "fr")
        article.title = "L'acier \"taxé\" </mark></div><b>"
        article.author = "Le Monde avec AFP"
        article.url = "https://www.lemonde.fr/a.html?x=1&y=\"2\""

        func link(_ doc: Int?, _ o: [Int], _ t: [Int], method: DocumentAlignment.Method = .monotonic) -> DocumentAlignment.Link {
            .init(originalDocument: doc, original: o, translation: t, score: 0.8, method: method)
        }
        func finding(_ type: DriftFinding.Kind, _ sev: DriftFinding.Severity, _ reason: String, link: Int,
                     o: Range<Int>? = nil, t: Range<Int>? = nil) -> DriftReport.Finding {
            .init(type: type, severity: sev, reason: reason, originalDocument: o == nil ? nil : (link == 6 ? 1 : 0),
                  originalRange: o, translationRange: t, link: link)
        }
        let quoteFR = range(of: "ne se laissera pas dicter ses conditions", in: article)
        let quoteRU = range(of: "Мы не позволим никому диктовать нам условия", in: readout)
        let entries: [DriftReport.Entry] = [
            .init(number: 1, link: link(0, [0], [0]), originalRange: sentence(post, 0), translationRange: sentence(article, 0),
                  drift: 0.1, findings: [finding(.intensity, .info, "The French drops <b>nothing</b> much.", link: 1)]),
            .init(number: 2, link: link(0, [1], [1]), originalRange: sentence(post, 1), translationRange: sentence(article, 1),
                  drift: 0.35, findings: [finding(.number, .minor, "The original says decades; the French says years.", link: 2,
                                                  o: range(of: "decades", in: post), t: range(of: "des années", in: article))]),
            .init(number: 3, link: link(0, [2], [2]), originalRange: sentence(post, 2), translationRange: sentence(article, 2),
                  drift: 0.72, findings: [finding(.modality, .major, "The French adds a hedge (\"aurait\") <script>alert(1)</script>.",
                                                  link: 3, o: range(of: "They will pay", in: post), t: range(of: "Il aurait ajouté", in: article))]),
            .init(number: 4, link: link(0, [3], []), originalRange: sentence(post, 3), translationRange: nil, drift: nil,
                  findings: [finding(.omission, .minor, "This original sentence is not translated.", link: 4, o: sentence(post, 3))]),
            .init(number: 5, link: link(nil, [], [3]), originalRange: nil, translationRange: sentence(article, 3), drift: nil,
                  findings: [finding(.addition, .minor, "This French sentence (7 words) translates nothing in the original.",
                                     link: 5, t: sentence(article, 3))]),
            .init(number: 6, link: .init(originalDocument: 1, original: [0], translation: [4], score: 0.7, method: .quote,
                                         translationSpan: quoteFR, originalSpan: quoteRU),
                  originalRange: quoteRU, translationRange: quoteFR, drift: 0.2, findings: []),
        ]
        let summary = DriftReport.Summary(originalCoverage: 1, sourcedShare: 0.8, driftedShare: 0.2, meanDrift: 0.3425, links: 6,
                                          findingsBySeverity: [.major: 1, .minor: 3, .info: 1])
        return DriftReport(title: "Tariffs <script>alert(1)</script> 'case'", originals: [post, readout], translation: article,
                           entries: entries, summary: summary, encoder: "use-m", mode: "translation")
    }

    static func html() -> String { HTMLReportWriter().write([report()], caseTitle: "2025-03-18 <call> \"x\"") }

    func matches(_ pattern: String, in s: String) throws -> Int {
        try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            .numberOfMatches(in: s, range: NSRange(s.startIndex..., in: s))
    }

    @Test func untrustedTextNeverBecomesMarkup() throws {
        let html = Self.html()
        for v in Self.vectors { #expect(!html.contains(v), "raw vector survived: \(v)") }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&quot;&gt;&lt;svg onload=alert(1)&gt;"))
        #expect(html.contains("&lt;/mark&gt;&lt;/div&gt;&lt;b&gt;"))
        #expect(html.contains("&#39;case&#39;"))
        #expect(try matches("<script", in: html) == 1, "only the page's own script")
        #expect(try matches("<[^>]*\\son[a-z]+\\s*=", in: html) == 0, "no event handler attribute")
        #expect(try matches("href\\s*=\\s*[\"']?\\s*javascript:", in: html) == 0)
        // The javascript: URL is shown as text; http(s) URLs are links, escaped.
        #expect(html.contains("<span class=\"url\">javascript:alert(1)</span>"))
        #expect(html.contains("href=\"https://www.lemonde.fr/a.html?x=1&amp;y=&quot;2&quot;\""))
        #expect(html.contains("href=\"http://kremlin.ru/events/president/news/73215\""))
    }

    /// What a plugin worked around while reading (Document.warnings) is shown under the
    /// document, as text, in the HTML, Markdown and JSON reports; a clean document shows none.
    @Test func readingNotesAreShownAsText() throws {
        let html = Self.html()
        #expect(html.contains("<ul class=\"docwarn\"><li>Reading note: record 0: 1 of 4 line(s) not found &lt;img src=x onerror=alert(1)&gt; in it</li></ul>"))
        #expect(try matches("class=\"docwarn\"", in: html) == 1, "only the post has notes")
        let md = MarkdownReportWriter().write([Self.report()], caseTitle: "c")
        #expect(md.contains("Reading note on 114056389432467891: record 0: 1 of 4 line(s) not found \\<img src=x onerror=alert(1)\\> in it"))
        let json = try JSONReportWriter().write([Self.report()], caseTitle: "c")
        let top = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let report = try #require((top["reports"] as? [[String: Any]])?.first)
        let originals = try #require(report["originals"] as? [[String: Any]])
        #expect(originals[0]["warnings"] as? [String] == ["record 0: 1 of 4 line(s) not found <img src=x onerror=alert(1)> in it"])
        #expect(originals[1]["warnings"] == nil)
        #expect((report["translation"] as? [String: Any])?["warnings"] == nil)
    }

    /// The JSON summary counts every severity, zero included (REPORT-JSON.md lists all three).
    @Test func jsonSummaryCountsEverySeverity() throws {
        var r = Self.report()
        r.summary.findingsBySeverity = [.minor: 2]
        let json = try JSONReportWriter().write([r], caseTitle: "c")
        let top = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let summary = try #require((top["reports"] as? [[String: Any]])?.first?["summary"] as? [String: Any])
        #expect(summary["findings"] as? [String: Int] == ["major": 0, "minor": 2, "info": 0])
    }

    /// A section whose heading declares its source: every format says so, and the heading and
    /// issuer (document text) stay text.
    @Test func declaredSectionsAreNotedInEveryFormat() throws {
        var r = Self.report()
        r.declaredSections = [.init(heading: 3, sentences: 4..<5, issuer: "<script>alert(1)</script> Maison-Blanche", originalDocument: nil),
                              .init(heading: 0, sentences: 1..<3, issuer: "Kremlin", originalDocument: 1)]
        #expect(r.declaredSectionNotes.count == 2)
        #expect(r.declaredSectionNotes[0].contains("not among this case's originals"))
        #expect(r.declaredSectionNotes[1].contains("aligned in order with Песков о пошлинах"))
        let html = HTMLReportWriter().write([r], caseTitle: "case")
        #expect(html.contains("<p class=\"declared\">"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Maison-Blanche"))
        #expect(!html.contains("<script>alert(1)</script> Maison-Blanche"))
        let md = MarkdownReportWriter().write([r], caseTitle: "case")
        #expect(md.contains("- «Le message a été publié dimanche soir"))
        let json = try JSONReportWriter().write([r], caseTitle: "case")
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let report = (object["reports"] as! [[String: Any]])[0]
        let declared = report["declaredSections"] as! [[String: Any]]
        #expect(declared.count == 2)
        #expect(declared[0]["original"] == nil || declared[0]["original"] is NSNull)
        #expect(declared[1]["original"] as? String == "kremlin-73215")
        #expect(declared[0]["sentences"] as? [Int] == [4])
        let heading = declared[0]["heading"] as! [String: Any]
        #expect(heading["text"] as? String == r.translation.sentences[3].text)
    }

    /// A name written right to left carries the neutral characters and numbers after it into its
    /// run: «Benjamin Netanyahu - בנימין נתניהו · 2025-03-18 · https://…» showed the date before
    /// the Hebrew name, as if it were part of it. Each part of a document's line (author, address,
    /// file) is isolated (`<bdi>`), so it is laid out on its own and the parts stay in order.
    @Test func documentNamesAreBidiIsolated() throws {
        var r = Self.report()
        r.originals[0].author = "Benjamin Netanyahu - בנימין נתניהו"
        r.originals[0].published = try Date("2025-03-18T09:12:00Z", strategy: .iso8601)
        r.originals[0].url = "https://truthsocial.com/@netanyahu/114180129350673750"
        let html = HTMLReportWriter().write([r], caseTitle: "c")
        #expect(html.contains("<p class=\"docmeta\"><bdi>Benjamin Netanyahu - בנימין נתניהו</bdi> · 2025-03-18 · "
            + "<bdi><a href=\"https://truthsocial.com/@netanyahu/114180129350673750\" rel=\"noopener noreferrer\">"
            + "https://truthsocial.com/@netanyahu/114180129350673750</a></bdi> · <bdi><code>posts/&lt;img src=x onerror=alert(1)&gt;.txt</code></bdi></p>"))
        // A javascript: address stays text, isolated too.
        r.originals[0].url = "javascript:alert(1)"
        #expect(HTMLReportWriter().write([r], caseTitle: "c").contains(" · <bdi><span class=\"url\">javascript:alert(1)</span></bdi> · "))
    }

    /// The page read by libxml2's HTML parser (xmllint), as a browser would build it: one script
    /// element, no event-handler attribute, no element the vectors tried to inject.
    @Test func parsedPageHasNoInjectedElements() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") else { return }
        let file = TestScratch.url("driftalign-html").appendingPathExtension("html")
        try Self.html().write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        func count(_ xpath: String) throws -> String {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
            p.arguments = ["--html", "--nowarning", "--xpath", "count(\(xpath))", file.path]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            return String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try count("//script") == "1")
        #expect(try count("//@*[starts-with(name(), 'on')]") == "0")
        #expect(try count("//img") == "0")
        #expect(try count("//svg") == "1", "the overview only")
        #expect(try count("//b[not(parent::div[contains(@class, 'fig')])]") == "0")
        #expect(try count("//a[starts-with(normalize-space(@href), 'javascript')]") == "0")
        #expect(try count("//mark") == "10", "5 original and 5 French sides")
    }

    @Test func marksCarryLinkNumbersOffsetsAndBands() throws {
        let r = Self.report(), html = Self.html()
        for e in r.entries {
            if let o = e.originalRange {
                #expect(html.contains("<mark id=\"o-\(e.number)\" class=\"link \(HTMLReportWriter.band(e.drift))"))
                #expect(html.contains("id=\"o-\(e.number)\"") && html.contains("data-start=\"\(o.lowerBound)\" data-end=\"\(o.upperBound)\""))
            }
            if let t = e.translationRange {
                let doc = r.translation, shown = ReportText.slice(doc, t)
                #expect(html.contains("data-link=\"\(e.number)\" data-start=\"\(t.lowerBound)\" data-end=\"\(t.upperBound)\""))
                #expect(html.contains(HTMLReportWriter.text(shown) + "</mark>"), "mark \(e.number) shows its slice")
            }
            #expect(html.contains("<a href=\"#link-\(e.number)\"><title>"), "overview band \(e.number) is clickable")
            #expect(html.contains("id=\"link-\(e.number)\""))
        }
        #expect(html.contains("<mark id=\"t-3\" class=\"link b-bad\""))
        #expect(html.contains("<mark id=\"t-1\" class=\"link b-ok\""))
        #expect(html.contains("<mark id=\"t-2\" class=\"link b-warn\""))
        #expect(html.contains("<mark id=\"t-5\" class=\"link b-none nosource\""))
        #expect(html.contains("<span class=\"tag\">no source</span>"))
        #expect(html.contains("<mark id=\"o-4\" class=\"link b-none untranslated\""))
        #expect(html.contains("data-findings=\"major:modality\""))
        // In the overview, the French with no source that has a minor finding (link 5) shows an
        // amber tab and number; the original left untranslated keeps the plain dashed tab.
        #expect(try matches("<rect class=\"solo b-warn\"", in: html) == 1)
        #expect(try matches("<rect class=\"solo\"", in: html) == 1)
        #expect(try matches("<text class=\"num b-warn\"[^>]*>5</text>", in: html) == 1)
        #expect(HTMLReportWriter.soloFlag(r.entries[0].findings) == nil, "info only")
        #expect(HTMLReportWriter.soloFlag(r.entries[2].findings) == "b-bad")
        // Header figures.
        #expect(html.contains("<b>80%</b><span>of French sentences have a source</span>"))
        #expect(html.contains("<b>1</b><span>major</span>") && html.contains("<b>3</b><span>minor</span>"))
        #expect(html.contains("en+ru → fr") && html.contains("use-m · translation"))
    }

    @Test func findingsAreWorstFirstWithExcerptsAndJumpLinks() throws {
        let html = Self.html()
        let order = ["data-severity=\"major\"", "data-severity=\"minor\" data-type=\"number\"", "data-severity=\"info\""]
        let positions = try order.map { try #require(html.range(of: $0)).lowerBound }
        #expect(positions == positions.sorted())
        #expect(html.contains("<a href=\"#o-3\">Original</a> <q lang=\"en\""))
        #expect(html.contains(">Il aurait ajouté</q>"))
        #expect(html.contains("href=\"#t-2\">French</a> <q lang=\"fr\""))
        #expect(html.contains("<form class=\"filters\" hidden>"), "filters are shown by the script only")
        #expect(html.contains("data-filter=\"type\" data-value=\"modality\""))
        #expect(html.contains("@media print") && html.contains("print-color-adjust: exact"))
        #expect(try matches("(src|href)\\s*=\\s*\"(https?:)?//(?!www\\.lemonde\\.fr|kremlin\\.ru|www\\.w3\\.org)", in: html) == 0,
                "nothing fetched from the network")
    }
}
