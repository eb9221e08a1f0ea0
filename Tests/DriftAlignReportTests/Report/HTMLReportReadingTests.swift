import DriftAlignAligner
import DriftAlignCore
import DriftAlignDrift
@testable import DriftAlignReport
import Foundation
import Testing

/// What an editor reads on the HTML page besides its safety: highlights where links share text,
/// the headline figures, the notes on declared sections, the order of the findings and the
/// overview's numbers. Built on ``HTMLReportWriterTests/report()``.
@Suite struct HTMLReportReadingTests {
    typealias Base = HTMLReportWriterTests

    /// The base report plus a short exact quote inside link 1 on both sides (link 7), and an
    /// untranslated original span that starts inside link 1 and ends after it (link 8).
    static func sharedTextReport() -> (DriftReport, quoteO: Range<Int>, quoteT: Range<Int>, crossing: Range<Int>) {
        var r = Base.report()
        let post = r.originals[0], article = r.translation
        let quoteO = Base.range(of: "25% tariff on steel", in: post)
        let quoteT = Base.range(of: "droits de 25\u{202F}% sur l'acier", in: article)
        let s0 = Base.sentence(post, 0)
        let crossing = Base.range(of: "starting Monday.", in: post).lowerBound..<(s0.upperBound + 1)
        r.entries.append(.init(number: 7, link: .init(originalDocument: 0, original: [0], translation: [0], score: 0.9, method: .quote,
                                                      translationSpan: quoteT, originalSpan: quoteO),
                               originalRange: quoteO, translationRange: quoteT, drift: 0.6, findings: []))
        r.entries.append(.init(number: 8, link: .init(originalDocument: 0, original: [0, 1], translation: [], score: 0, method: .quote,
                                                      originalSpan: crossing),
                               originalRange: crossing, translationRange: nil, drift: nil, findings: []))
        return (r, quoteO, quoteT, crossing)
    }

    /// The text a `<div class="doc">` shows, badges and tags left out, entities decoded.
    static func shownText(_ html: String, lang: String) throws -> String {
        let start = try #require(html.range(of: "<div class=\"doc\" lang=\"\(lang)\">")).upperBound
        var s = String(html[start..<(try #require(html.range(of: "</div>", range: start..<html.endIndex)).lowerBound)])
        for pattern in ["<a class=\"num\"[^>]*>[^<]*</a>", "<span class=\"(num|tag)\">[^<]*</span>", "<[^>]+>"] {
            s = s.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        for (entity, c) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            s = s.replacingOccurrences(of: entity, with: c)
        }
        return s
    }

    @Test func linksSharingTextAreHighlightedInPlaceWithTheirOwnOffsets() throws {
        let (r, quoteO, quoteT, crossing) = Self.sharedTextReport()
        let html = HTMLReportWriter().write([r], caseTitle: "c")
        let post = r.originals[0], s0 = Base.sentence(post, 0)
        // The quote is nested in the paraphrase, at its own offsets, showing its own words.
        #expect(html.contains("<mark id=\"o-7\" class=\"link b-bad inner\" data-link=\"7\" data-start=\"\(quoteO.lowerBound)\" "
            + "data-end=\"\(quoteO.upperBound)\"><a class=\"num\" href=\"#t-7\">7</a>25% tariff on steel</mark>"))
        #expect(html.contains("<mark id=\"t-7\" class=\"link b-bad inner\" data-link=\"7\" data-start=\"\(quoteT.lowerBound)\" "
            + "data-end=\"\(quoteT.upperBound)\"><a class=\"num\" href=\"#o-7\">7</a>droits de 25\u{202F}% sur l&#39;acier</mark>"))
        // A span crossing the end of link 1: its first part inside link 1, the rest right after.
        #expect(html.contains("<mark id=\"o-8\" class=\"link b-none untranslated inner\" data-link=\"8\" "
            + "data-start=\"\(crossing.lowerBound)\" data-end=\"\(s0.upperBound)\">"))
        #expect(html.contains("</mark></mark><mark class=\"link b-none untranslated cont\" data-link=\"8\" "
            + "data-start=\"\(s0.upperBound)\" data-end=\"\(crossing.upperBound)\">\n</mark>"))
        #expect(try Base().matches("data-start=\"(\\d+)\" data-end=\"\\1\"", in: html) == 0, "no empty mark")
        // Marks are balanced, and each nested one opens inside its link 1.
        var open: [String] = []
        let tokens = try NSRegularExpression(pattern: "<mark(?: id=\"([^\"]+)\")?|</mark>")
        for m in tokens.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let token = String(html[Range(m.range, in: html)!])
            if token == "</mark>" { #expect(!open.isEmpty); open.removeLast(); continue }
            let id = Range(m.range(at: 1), in: html).map { String(html[$0]) } ?? "cont"
            if id == "o-7" || id == "o-8" { #expect(open == ["o-1"], "\(id) inside \(open)") }
            if id == "t-7" { #expect(open == ["t-1"]) }
            open.append(id)
        }
        #expect(open.isEmpty)
        // Every scalar of each document is shown once, in order.
        #expect(try Self.shownText(html, lang: "en") == post.text)
        #expect(try Self.shownText(html, lang: "fr") == r.translation.text)
    }

    @Test func headlineFiguresSayWhatTheyCount() {
        let html = Base.html()
        // Links 1, 2, 3 and 6 have both sides and are scored; 4 and 5 have one side.
        #expect(html.contains("<b>4 of 6</b><span>links with a source, scored</span>"))
        #expect(html.contains("<span>of sourced links drifted</span>"))
        #expect(html.contains("<span>mean drift of sourced links</span>"))
        #expect(!html.contains("<span>links</span>") && !html.contains("of links drifted"))
    }

    @Test func undeclaredSectionNotesCiteBadgeNumbersAndTagItsSentencesNotCompared() {
        var r = Base.report()
        r.declaredSections = [.init(heading: 2, sentences: 3..<4, issuer: "Maison-Blanche", originalDocument: nil)]
        let note = r.declaredSectionNotes[0]
        #expect(note.hasPrefix("«Il aurait ajouté qu'ils paieraient.» (link 5) declares"), "\(note)")
        #expect(!note.contains("sentences 3"))
        let html = HTMLReportWriter().write([r], caseTitle: "c")
        #expect(html.contains("<mark id=\"t-5\" class=\"link b-none nosource\" data-link=\"5\""))
        #expect(html.contains("<span class=\"num\">5</span><span class=\"tag\">not compared</span>"))
        #expect(!html.contains("<span class=\"tag\">no source</span>"), "link 5 was the only unsourced one")
        #expect(ReportText.numberRanges([43, 32, 33, 34, 40]) == "32–34, 40, 43")
    }

    @Test func worstFindingsFollowSeverityThenDriftThenReadingOrder() {
        var r = Base.report()
        func minor(_ link: Int, at t: Range<Int>) -> DriftReport.Finding {
            .init(type: .number, severity: .minor, reason: "at \(t.lowerBound)", originalDocument: nil, originalRange: nil,
                  translationRange: t, link: link)
        }
        // Link 1 (drift 0.1) gets two minor findings, the later one first; link 3 (0.72) one.
        r.entries[0].findings += [minor(1, at: 40..<45), minor(1, at: 5..<9)]
        r.entries[2].findings += [minor(3, at: 200..<205)]
        let order = r.worstFindings.map { "\($0.severity.rawValue) \($0.link) \($0.translationRange?.lowerBound ?? -1)" }
        let minors = order.filter { $0.hasPrefix("minor") }
        #expect(minors.first == "minor 3 200")
        let link1 = minors.filter { $0.hasPrefix("minor 1 ") }
        #expect(link1 == ["minor 1 5", "minor 1 40"], "\(order)")
    }

    @Test func overviewNumbersAreLegibleAndNeverDrawnOnTopOfEachOther() throws {
        var r = Base.report()
        // Four more links on the same two sentences: four labels that would share one spot.
        for n in 7...10 {
            r.entries.append(.init(number: n, link: .init(originalDocument: 0, original: [0], translation: [0], score: 0.5, method: .quote),
                                   originalRange: Base.sentence(r.originals[0], 0), translationRange: Base.sentence(r.translation, 0),
                                   drift: 0.3, findings: []))
        }
        let html = HTMLReportWriter().write([r], caseTitle: "c")
        let labels = try NSRegularExpression(pattern: "<text class=\"num [^\"]*\" x=\"([0-9.]+)\" y=\"([0-9.]+)\"")
        var byX: [String: [Double]] = [:]
        for m in labels.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            byX[String(html[Range(m.range(at: 1), in: html)!]), default: []].append(Double(html[Range(m.range(at: 2), in: html)!])!)
        }
        #expect(byX.values.reduce(0) { $0 + $1.count } >= 8, "the first lanes hold most labels")
        for (x, ys) in byX {
            let sorted = ys.sorted()
            for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(b - a >= 13, "labels at x=\(x) overlap: \(sorted)") }
        }
        #expect(HTMLReportWriter.css.contains("svg text.num { font-size: 13px; }"))
        #expect(!html.contains("font-size=\""), "no per-label size smaller than the style sheet's")
    }
}
