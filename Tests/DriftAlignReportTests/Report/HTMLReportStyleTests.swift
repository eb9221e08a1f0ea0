import DriftAlignCore
@testable import DriftAlignReport
import Foundation
import Testing

/// The page's style sheet, filter script and Content-Security-Policy, read as text: the rules an
/// editor relies on on screen, at narrow widths and on paper.
@Suite struct HTMLReportStyleTests {
    static let css = HTMLReportWriter.css

    /// The declarations of every rule whose selector list is exactly `selector`, in order.
    static func rules(_ selector: String, in css: String = css) -> [String] {
        let escaped = NSRegularExpression.escapedPattern(for: selector)
        let re = try! NSRegularExpression(pattern: "(?:^|[}\\n])\\s*\(escaped)\\s*\\{([^}]*)\\}")
        return re.matches(in: css, range: NSRange(css.startIndex..., in: css)).map { String(css[Range($0.range(at: 1), in: css)!]) }
    }

    /// The body of the first `@media` block whose condition starts with `condition`.
    static func media(_ condition: String) throws -> String {
        let start = try #require(css.range(of: "@media \(condition)")).upperBound
        var depth = 0, i = try #require(css[start...].firstIndex(of: "{"))
        let open = i
        repeat {
            if css[i] == "{" { depth += 1 } else if css[i] == "}" { depth -= 1 }
            i = css.index(after: i)
        } while depth > 0
        return String(css[css.index(after: open)..<css.index(before: i)])
    }

    @Test func filtersSayHowManyFindingsShowAndPrintShowsThemAll() throws {
        let html = HTMLReportWriterTests.html()
        #expect(html.contains("<div class=\"findings-panel\">\n<h3>Findings, worst first (<span class=\"shown\" hidden></span>5)</h3>\n"
            + "<p class=\"filtered-out\" hidden></p>\n<ol class=\"findings\">"))
        let script = HTMLReportWriter.script
        #expect(script.contains("'shown ' + count + ' of '") && script.contains("' to show '"))
        let print = try Self.media("print")
        #expect(Self.rules(".finding.hidden", in: print) == [" display: list-item; "])
        #expect(print.contains(".filters, .shown, .filtered-out { display: none !important; }"))
    }

    @Test func theFilterFadesOnlyTheBadgeNeverTheDriftColour() {
        let dim = Self.css.components(separatedBy: "\n").filter { $0.contains("mark.dim") }
        #expect(!dim.isEmpty)
        for line in dim {
            #expect(line.contains("mark.dim > .num"), "\(line)")
            #expect(!line.contains("background") && !line.contains("border"), "\(line)")
        }
        // Number badges take the colour of their own mark, not of a mark around it.
        #expect(Self.rules("mark.b-bad > .num") == [" background: var(--bad); "])
        #expect(!Self.css.contains("mark.b-bad .num"))
    }

    @Test func longWordsWrapAndColumnsMayShrink() throws {
        for selector in [".reason", ".ex", ".ex q", ".doc"] {
            #expect(Self.rules(selector).contains { $0.contains("overflow-wrap: anywhere") }, "\(selector)")
        }
        #expect(Self.rules(".texts").first?.contains("grid-template-columns: minmax(0, 1fr) minmax(0, 1fr)") == true)
        #expect(try Self.media("(max-width: 900px)").contains(".texts, .glance { grid-template-columns: minmax(0, 1fr); }"))
        #expect(!Self.css.contains("grid-template-columns: 1fr"), "a bare 1fr column grows with an unbreakable word")
    }

    /// A document's name fills the page title, the report heading and its column heading: a file
    /// stem written with underscores (one unbreakable word of 95 characters) ran the French
    /// column's heading over the original's and gave the page a horizontal scroll bar at 1366 px.
    @Test func headingsThatShowDocumentNamesWrap() throws {
        var r = HTMLReportWriterTests.report()
        let stem = "2025_03_18_trump_poutine_appel_telephonique_compte_rendu_integral_maison_blanche_kremlin_traduit"
        r.title = stem
        r.translation.title = nil
        r.translation.id = stem
        let html = HTMLReportWriter().write([r], caseTitle: stem)
        // The elements that show the name, by tag.
        let shown = try NSRegularExpression(pattern: "<(h[1-6])[^>]*>[^\\n]*\\Q\(stem)\\E")
            .matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]) }
        #expect(Set(shown) == ["h1", "h2", "h4"], "\(shown)")
        // Each of them has a rule that lets a long word break (comments left out of the sheet).
        let css = Self.css.replacingOccurrences(of: "/\\*[^*]*\\*/", with: "", options: .regularExpression)
        let ruleSets = try NSRegularExpression(pattern: "([^{}]+)\\{([^{}]*)\\}").matches(in: css, range: NSRange(css.startIndex..., in: css))
            .map { m in (selectors: css[Range(m.range(at: 1), in: css)!].split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) },
                         body: String(css[Range(m.range(at: 2), in: css)!])) }
        for tag in Set(shown) {
            #expect(ruleSets.contains { $0.selectors.contains(tag) && $0.body.contains("overflow-wrap: anywhere") }, "\(tag) does not wrap")
        }
    }

    @Test func jumpTargetsClearTheFilterBarAndShowTheirOutline() throws {
        #expect(Self.css.contains("mark:target, .anchor:target + mark { box-shadow:"))
        // The bar is one or two lines on wide screens (two with all ten finding types: 67 px at
        // 1366 px, measured in Chromium), three at 800 px.
        #expect(Self.css.contains("scroll-margin-top: 5.5rem; }") && Self.css.contains(".anchor { scroll-margin-top: 5.5rem; }"))
        #expect(try Self.media("(max-width: 900px)").contains("mark, .anchor { scroll-margin-top: 8rem; }"))
        #expect(try Self.media("(max-width: 520px)").contains("scroll-margin-top: 11rem"))
        // "link N" targets the anchor right before the mark it outlines.
        let html = HTMLReportWriterTests.html()
        #expect(html.contains("<span class=\"anchor\" id=\"link-3\"></span><mark id=\"t-3\""))
    }

    @Test func printKeepsTheTextsSideBySideAndHeadingsWithWhatFollows() throws {
        let print = try Self.media("print")
        #expect(print.contains(".texts { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);"))
        #expect(print.contains("h2, h3, h4 { break-after: avoid; break-inside: avoid; }"))
        // Print comes after the narrow-width block, so its two columns win at paper width.
        let narrow = try #require(Self.css.range(of: "@media (max-width: 900px)")), paper = try #require(Self.css.range(of: "@media print"))
        #expect(narrow.lowerBound < paper.lowerBound)
    }

    @Test func onlyThePagesOwnScriptMayRun() throws {
        let html = HTMLReportWriterTests.html()
        let body = try #require(html.range(of: "<script>")).upperBound
        let script = String(html[body..<(try #require(html.range(of: "</script>")).lowerBound)])
        let hash = Data(SHA256.digest(Array(script.utf8))).base64EncodedString()
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'sha256-\(hash)'\">"))
        #expect(!html.contains("script-src 'unsafe-inline'"))
        #expect(HTMLReportWriter.scriptHash == "sha256-" + hash && hash.count == 44)
    }
}
