import DriftAlignCore
import DriftAlignDrift
import Foundation

/// The drift report as one self-contained HTML page, for an editor with a minute to decide what
/// to correct: per translation a header with the figures, an overview picture of the links, the
/// original(s) and the French side by side with numbered highlights, and the findings worst first.
///
/// Every string that comes from a document is untrusted: it is escaped in text and attributes, a
/// document URL becomes a link only when it is http(s), and the inline script reads only the
/// `data-*` attributes written here. The page loads nothing and runs no script but its own (a
/// Content-Security-Policy forbids the rest, naming the script by hash), and reads fully with
/// scripts disabled; the script only adds the severity and type filters.
///
/// Element ids: `link-N` (the link, placed before its French side), `o-N` and `t-N` (its original
/// and French highlights). With several reports in one page, report k ≥ 2 prefixes them `dk-`.
public struct HTMLReportWriter {
    public init() {}

    /// `leftOut`: files of the case not in the report (``LeftOutFile``), listed under the title.
    public func write(_ reports: [DriftReport], caseTitle: String, leftOut: [LeftOutFile] = []) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '\(Self.scriptHash)'">
        <title>Drift report: \(Self.text(caseTitle))</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        <header class="page"><h1>Drift report: \(Self.text(caseTitle))</h1>
        <p class="legend"><span class="key b-ok">drift &lt; 0.25</span> <span class="key b-warn">drift &lt; 0.5</span> <span class="key b-bad">drift ≥ 0.5</span> <span class="key b-none">no source / not scored</span></p>
        </header>

        """
        if !leftOut.isEmpty {
            out += "<ul class=\"docwarn leftout\">" + leftOut.map {
                "<li>Not in this report: <code>\(Self.text($0.file))</code>: \(Self.text($0.reason))</li>"
            }.joined() + "</ul>\n"
        }
        out += filters(reports)
        for (k, r) in reports.enumerated() {
            out += section(r, prefix: reports.count == 1 || k == 0 ? "" : "d\(k + 1)-")
        }
        out += "<script>\(Self.script)</script>\n</body>\n</html>\n"
        return out
    }

    // MARK: Sections

    func section(_ r: DriftReport, prefix p: String) -> String {
        var out = "<section class=\"report\">\n" + header(r)
        // What an editor reads first side by side: where the trouble is, and what it is.
        out += "<div class=\"glance\">\n<div>\n<h3>Overview</h3>\n" + overview(r, prefix: p) + "</div>\n<div class=\"findings-panel\">\n"
        out += findings(r, prefix: p) + "</div>\n</div>\n"
        out += "<h3>Texts</h3>\n<div class=\"texts\">\n<div class=\"col original\">\n"
        for (k, d) in r.originals.enumerated() {
            out += "<h4>Original\(r.originals.count > 1 ? " \(k + 1)" : ""): \(Self.text(d.title ?? d.id))</h4>\n"
            out += documentMeta(d)
            out += "<div class=\"doc\" lang=\"\(Self.attr(d.language))\">" + body(d, marks: originalMarks(r, document: k, prefix: p)) + "</div>\n"
        }
        out += "</div>\n<div class=\"col translation\">\n<h4>French: \(Self.text(r.translation.title ?? r.translation.id))</h4>\n"
        out += documentMeta(r.translation)
        out += "<div class=\"doc\" lang=\"\(Self.attr(r.translation.language))\">" + body(r.translation, marks: translationMarks(r, prefix: p)) + "</div>\n"
        return out + "</div>\n</div>\n</section>\n"
    }

    func header(_ r: DriftReport) -> String {
        let s = r.summary, t = r.translation
        let pair = Array(Set(r.originals.map(\.language))).sorted().joined(separator: "+") + " → " + t.language
        var out = "<header class=\"doc-head\">\n<h2>\(Self.text(r.title))</h2>\n<dl class=\"meta\">\n"
        out += "<dt>File</dt><dd><code>\(Self.text(t.input.location))</code></dd>\n"
        out += "<dt>Languages</dt><dd>\(Self.text(pair))</dd>\n"
        out += "<dt>Encoder / mode</dt><dd>\(Self.text(r.encoder)) · \(Self.text(r.mode))</dd>\n</dl>\n"
        func figure(_ value: String, _ label: String, _ cls: String = "") -> String {
            "<div class=\"fig \(cls)\"><b>\(value)</b><span>\(label)</span></div>"
        }
        let count = { (sev: DriftFinding.Severity) in s.findingsBySeverity[sev] ?? 0 }
        out += "<div class=\"figures\">"
        out += figure(ReportText.percent(s.originalCoverage), "of the original covered")
        out += figure(ReportText.percent(s.sourcedShare), "of French sentences have a source")
        // Drift is scored only on links with both sides: say so beside the figures it gives, and
        // how many links those are, as the CLI says "of sourced links".
        let scored = r.entries.filter { $0.drift != nil }.count
        out += figure("\(scored) of \(s.links)", "links with a source, scored")
        out += figure(ReportText.percent(s.driftedShare), "of sourced links drifted")
        out += figure(Self.text(ReportText.score(s.meanDrift)), "mean drift of sourced links")
        out += figure("\(count(.major))", "major", "sev-major") + figure("\(count(.minor))", "minor", "sev-minor")
        out += figure("\(count(.info))", "info", "sev-info")
        out += "</div>\n"
        for note in r.declaredSectionNotes { out += "<p class=\"declared\">\(Self.text(note))</p>\n" }
        return out + "</header>\n"
    }

    /// Author, date, URL and file of a document; the URL is a link only when it is http(s).
    ///
    /// Each part the document gives is isolated (`<bdi>`): a name that ends right to left
    /// («Benjamin Netanyahu - בנימין נתניהו») would otherwise draw the separator and the date
    /// after it into its run, and show the date before the name.
    func documentMeta(_ d: Document) -> String {
        var parts: [String] = []
        if let a = d.author { parts.append("<bdi>\(Self.text(a))</bdi>") }
        if let date = d.published { parts.append(Self.text(date.formatted(.iso8601.year().month().day()))) }
        if let u = d.url {
            parts.append(Self.isWebURL(u) ? "<bdi><a href=\"\(Self.attr(u))\" rel=\"noopener noreferrer\">\(Self.text(u))</a></bdi>"
                                          : "<bdi><span class=\"url\">\(Self.text(u))</span></bdi>")
        }
        parts.append("<bdi><code>\(Self.text(d.input.location))</code></bdi>")
        var out = "<p class=\"docmeta\">" + parts.joined(separator: " · ") + "</p>\n"
        // Passages in someone else's words (a tweet the post quotes): the attribution check takes
        // their speaker, so the editor is told whose they are.
        if !d.voices.isEmpty {
            out += "<p class=\"docmeta\">Quotes " + d.voices.map { v in
                "<bdi>\(Self.text(v.speaker))</bdi> («\(Self.text(ReportText.excerpt(ReportText.slice(d, v.range))))»)"
            }.joined(separator: "; ") + "</p>\n"
        }
        // What the source plugin worked around while reading (Document.warnings): an editor who
        // finds a sentence without file offsets learns why.
        if !d.warnings.isEmpty {
            out += "<ul class=\"docwarn\">" + d.warnings.map { "<li>Reading note: \(Self.text($0))</li>" }.joined() + "</ul>\n"
        }
        return out
    }

    func findings(_ r: DriftReport, prefix p: String) -> String {
        let list = r.worstFindings
        guard !list.isEmpty else { return "<h3>Findings</h3>\n<p class=\"none\">No findings.</p>\n" }
        // The script fills "shown N of " and the line saying what the filters hide; print shows all.
        var out = "<h3>Findings, worst first (<span class=\"shown\" hidden></span>\(list.count))</h3>\n"
        out += "<p class=\"filtered-out\" hidden></p>\n<ol class=\"findings\">\n"
        let drift = Dictionary(r.entries.map { ($0.number, $0.drift) }, uniquingKeysWith: { a, _ in a })
        let possible = Set(r.entries.filter { ($0.link.confidence ?? 1) < DriftReportBuilder.certainSource }.map(\.number))
        for f in list {
            let sev = f.severity.rawValue, type = f.type.rawValue
            out += "<li class=\"finding sev-\(sev)\" data-severity=\"\(sev)\" data-type=\"\(type)\">"
            out += "<span class=\"sev\">\(sev)</span> <span class=\"type\">\(type)</span> "
            out += "<a class=\"jump \(Self.band(drift[f.link] ?? nil))\" href=\"#\(p)link-\(f.link)\">link \(f.link)</a> "
            out += "<span class=\"drift\">drift \(Self.text(ReportText.score(drift[f.link] ?? nil)))</span>"
            // Findings on possible sources come after the sure ones of their severity (worstFindings).
            if possible.contains(f.link) { out += " <span class=\"possible\">possible source</span>" }
            out += "<p class=\"reason\">\(Self.text(f.reason))</p>"
            if let k = f.originalDocument, k < r.originals.count, let range = f.originalRange {
                out += excerpt("Original", r.originals[k], range, href: "#\(p)o-\(f.link)")
            }
            if let range = f.translationRange {
                out += excerpt("French", r.translation, range, href: "#\(p)t-\(f.link)")
            }
            out += "</li>\n"
        }
        return out + "</ol>\n"
    }

    func excerpt(_ label: String, _ d: Document, _ r: Range<Int>, href: String) -> String {
        let s = ReportText.excerpt(ReportText.slice(d, r), limit: 400)
        return "<p class=\"ex\"><a href=\"\(href)\">\(label)</a> <q lang=\"\(Self.attr(d.language))\" data-start=\"\(r.lowerBound)\" data-end=\"\(r.upperBound)\">\(Self.text(s))</q></p>"
    }

    // MARK: Escaping

    /// `s` for element content or a quoted attribute: `& < > " '` escaped, characters that XML 1.0
    /// forbids (C0 controls, U+FFFE/U+FFFF) dropped, as no reader of the page needs them, and so
    /// are bidi embeddings, overrides and isolates (``DisplayText/isBidiControl(_:)``): an override
    /// in a display name would show the date and address after it backwards.
    static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.unicodeScalars.count)
        for c in s.unicodeScalars where XMLEscaping.isAllowed(c) && !DisplayText.isBidiControl(c) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func attr(_ s: String) -> String { text(s) }

    /// Whether a document-provided URL may become an href: http or https only, with nothing a
    /// browser would strip or reinterpret (white space, controls) before the scheme is read.
    static func isWebURL(_ s: String) -> Bool {
        let lower = s.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        return !s.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
    }

    /// The drift band's class: green under 0.25, amber under 0.5, red from 0.5, grey unscored.
    static func band(_ drift: Double?) -> String {
        guard let d = drift else { return "b-none" }
        return d < 0.25 ? "b-ok" : d < DriftReport.driftThreshold ? "b-warn" : "b-bad"
    }
}
