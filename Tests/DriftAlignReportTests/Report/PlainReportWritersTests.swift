import DriftAlignCore
@testable import DriftAlignReport
import Foundation
import Testing

/// The Markdown and TSV reports with hostile metadata: a case title, document ids, languages and
/// texts that carry line breaks, fences, links, raw HTML, terminal escapes, bidi overrides and
/// spreadsheet formulas. The Markdown is pasted into tickets and chats, the TSV opened in
/// spreadsheets: neither may take structure or behaviour from a document.
@Suite struct PlainReportWritersTests {
    static func hostileReport() -> DriftReport {
        var r = HTMLReportWriterTests.report()
        r.originals[0].id = "114056389432467891\n# Injected heading\t=1+1\u{1B}[2J"
        r.originals[0].language = "en](https://evil.example/phish) <img src=x onerror=alert(1)>"
        r.originals[0].title = nil
        r.translation.id = "=HYPERLINK(\"http://x\")\tarticle\u{202E}gpj.exe"
        r.translation.title = "Title\n~~~\n<b>x</b> [click](javascript:alert(1)) &#x202E;"
        return r
    }

    @Test func markdownTakesNoStructureFromDocuments() {
        let md = MarkdownReportWriter().write([Self.hostileReport()], caseTitle: "Case\n```\n# H\u{1B}]0;pwned\u{07}")
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false)
        // No heading, fence or list opened by a document field: every heading is one of ours.
        #expect(lines.filter { $0.hasPrefix("#") }.allSatisfy { $0.hasPrefix("# Drift report: ") || $0.hasPrefix("## ") || $0.hasPrefix("### ") })
        #expect(!lines.contains { $0.hasPrefix("~~~") || $0.hasPrefix("```") })
        #expect(!md.contains("\u{1B}") && !md.contains("\u{07}") && !md.contains("\u{202E}"))
        // The language and the links are text: brackets, angle brackets and entities escaped.
        #expect(md.contains("en\\](https://evil.example/phish) \\<img src=x onerror=alert(1)\\>"))
        #expect(md.contains("\\[click\\](javascript:alert(1))"))
        #expect(md.contains("\\&\\#x202E;"))
        // Every angle and square bracket in the file is escaped: no raw HTML, no link, no image.
        for c in ["<", "[", "`"] {
            #expect(!md.unicodeScalars.indices.contains { i in
                md.unicodeScalars[i] == c.unicodeScalars.first! && (i == md.unicodeScalars.startIndex || md.unicodeScalars[md.unicodeScalars.index(before: i)] != "\\")
            }, "unescaped \(c)")
        }
        // The text is all still there, on one line.
        #expect(md.contains("## Title \\~\\~\\~ \\<b\\>x\\</b\\>"))
    }

    /// The links table stops at ``MarkdownReportWriter/maxRows`` rows, like the findings table,
    /// and says how many links it leaves out: a long article translated sentence by sentence has
    /// more than 40 sourced links, and a silent cut let an editor take the table for all of them.
    @Test func markdownSaysHowManyLinksTheTableLeavesOut() {
        var r = HTMLReportWriterTests.report()
        let sourced = r.entries.filter { $0.originalRange != nil && $0.translationRange != nil }
        // The article's sourced links repeated, as in a 45-link translation.
        r.entries = (0..<45).map { k in
            var e = sourced[k % sourced.count]
            e.number = k + 1
            e.findings = []
            return e
        }
        var writer = MarkdownReportWriter()
        let md = writer.write([r], caseTitle: "c")
        let table = md.components(separatedBy: "### Links with a source\n\n")[1]
        let rows = table.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| link ") }
        #expect(rows.count == 40)
        #expect(table.contains("…and 5 more links with a source."), "\(table.suffix(200))")
        writer.maxRows = 50
        #expect(!writer.write([r], caseTitle: "c").contains("more links"), "nothing left out, nothing said")
    }

    @Test func tsvRowsKeepTheirColumnsAndNoCellIsAFormula() {
        var r = Self.hostileReport()
        // A French text that starts like a formula.
        r.translation.text = "=1+1 " + r.translation.text
        let tsv = TSVReportWriter().write([r])
        let rows = tsv.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(rows.count == 1 + r.entries.count)
        for row in rows { #expect(row.split(separator: "\t", omittingEmptySubsequences: false).count == 10, "\(row)") }
        for row in rows.dropFirst() {
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false)
            for c in cells where !c.isEmpty && !c.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) {
                #expect(!"=+-@".contains(c.first!), "formula-like cell: \(c)")
            }
        }
        // Behind the quote, and quoted as a whole (it holds double quotes, doubled).
        #expect(tsv.contains("\"'=HYPERLINK(\"\"http://x\"\") articlegpj.exe"))
        #expect(!tsv.contains("\u{1B}") && !tsv.contains("\u{202E}"))
        // The first link's French text started with "=1+1": kept, behind the quote.
        #expect(tsv.contains("\t'=1+1 "))
    }

    /// A cell with a double quote is quoted (RFC 4180), so a reader that takes `"` as a text
    /// qualifier, as spreadsheets and Python's csv module do, keeps every row: a French text
    /// opening with «"Personne ne désire plus la paix…"» swallowed the rows after it.
    @Test func tsvCellsWithQuotesAreQuoted() {
        var r = HTMLReportWriterTests.report()
        r.translation.text = "\"Personne ne désire plus la paix\", a-t-il dit. " + r.translation.text
        r.entries[0].translationRange = 0..<(r.entries[0].translationRange?.upperBound ?? 10)
        let tsv = TSVReportWriter().write([r])
        // Read as a spreadsheet would: fields split at tabs outside quotes, rows at line ends outside quotes.
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, atStart = true
        var chars = Array(tsv)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false } } else { field.append(c) }
            } else if c == "\"" && atStart { quoted = true; atStart = false
            } else if c == "\t" { row.append(field); field = ""; atStart = true
            } else if c == "\n" { row.append(field); rows.append(row); row = []; field = ""; atStart = true
            } else { field.append(c); atStart = false }
        }
        #expect(rows.count == 1 + r.entries.count)
        #expect(rows.allSatisfy { $0.count == 10 }, "\(rows.map(\.count))")
        #expect(rows[1][9].hasPrefix("\"Personne ne désire plus la paix\", a-t-il dit."), "\(rows[1][9])")
    }

    @Test func tsvCutsOnlyPastTheSpreadsheetCellLimit() {
        var r = HTMLReportWriterTests.report()
        let long = String(repeating: "Le président a parlé longuement. ", count: 600) // 19,800 characters
        r.translation.text = long + r.translation.text
        r.entries[0].translationRange = 0..<(long.unicodeScalars.count + 10)
        let tsv = TSVReportWriter().write([r])
        #expect(tsv.contains(String(long.dropLast())), "a 19,800-character text is whole")
        r.translation.text = String(repeating: long, count: 2) + r.translation.text
        r.entries[0].translationRange = 0..<(2 * long.unicodeScalars.count)
        let cut = TSVReportWriter().write([r]).split(separator: "\n")[1].split(separator: "\t", omittingEmptySubsequences: false)[9]
        #expect(cut.count == TSVReportWriter.cellLimit && cut.hasSuffix("…"))
    }

    @Test func htmlDropsBidiOverrides() {
        var r = HTMLReportWriterTests.report()
        r.originals[0].author = "Donald J. Trump \u{202E}"
        let html = HTMLReportWriter().write([r], caseTitle: "case \u{2066}x\u{2069}")
        for c in ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"] {
            #expect(!html.contains(c))
        }
        #expect(html.contains("Donald J. Trump "))
    }
}
