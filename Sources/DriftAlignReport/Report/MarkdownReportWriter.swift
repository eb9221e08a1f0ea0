import DriftAlignCore

/// The drift report as Markdown, for pasting into a ticket or a chat: summary, worst findings,
/// then the links with their drift.
public struct MarkdownReportWriter {
    /// How many findings and links the tables list before saying how many more there are.
    public var maxRows = 40

    public init() {}

    /// `leftOut`: files of the case not in the report (``LeftOutFile``), listed under the title.
    public func write(_ reports: [DriftReport], caseTitle: String, leftOut: [LeftOutFile] = []) -> String {
        var out = "# Drift report: \(escape(caseTitle))\n"
        if !leftOut.isEmpty { out += "\n" + leftOut.map { "- Not in this report: \(escape($0.file)): \(escape($0.reason))\n" }.joined() }
        for r in reports { out += "\n" + section(r) }
        return out
    }

    func section(_ r: DriftReport) -> String {
        let s = r.summary
        var out = "## \(escape(r.translation.title ?? r.translation.id)) (\(escape(r.translation.input.location)))\n\n"
        out += "Originals: " + r.originals.map { "\(escape($0.title ?? $0.id)) (\(escape($0.sourceType)), \(escape($0.language)))" }.joined(separator: "; ") + "  \n"
        for d in [r.translation] + r.originals {
            for w in d.warnings { out += "Reading note on \(escape(d.id)): \(escape(w))  \n" }
            for v in d.voices {
                out += "\(escape(d.id)) quotes \(escape(v.speaker)): «\(escape(ReportText.excerpt(ReportText.slice(d, v.range))))»  \n"
            }
        }
        out += "Mode: \(r.mode), encoder: \(r.encoder)  \n"
        out += "Coverage of the originals: \(ReportText.percent(s.originalCoverage)) · French sentences with a source: "
            + "\(ReportText.percent(s.sourcedShare)) · drifted links: \(ReportText.percent(s.driftedShare)) · mean drift: "
            + "\(ReportText.score(s.meanDrift)) · findings: "
            + ["major", "minor", "info"].map { k in "\(s.findingsBySeverity.first { $0.key.rawValue == k }?.value ?? 0) \(k)" }.joined(separator: ", ")
            + "\n\n"
        for note in r.declaredSectionNotes { out += "- \(escape(note))\n" }
        if !r.declaredSections.isEmpty { out += "\n" }
        let findings = r.worstFindings
        if !findings.isEmpty {
            out += "### Findings, worst first\n\n| # | link | severity | type | reason | original | French |\n|---|---|---|---|---|---|---|\n"
            for (k, f) in findings.prefix(maxRows).enumerated() {
                let o = f.originalDocument.map { ReportText.slice(r.originals[$0], f.originalRange) } ?? ""
                let t = ReportText.slice(r.translation, f.translationRange)
                out += "| \(k + 1) | \(f.link) | \(f.severity.rawValue) | \(f.type.rawValue) | \(cell(f.reason)) | \(cell(o)) | \(cell(t)) |\n"
            }
            if findings.count > maxRows { out += "\n…and \(findings.count - maxRows) more findings.\n" }
            out += "\n"
        }
        let sourced = r.entries.filter { $0.originalRange != nil && $0.translationRange != nil }
        if !sourced.isEmpty {
            out += "### Links with a source\n\n| link | drift | original | French |\n|---|---|---|---|\n"
            for e in sourced.sorted(by: { ($0.drift ?? 0) > ($1.drift ?? 0) }).prefix(maxRows) {
                let o = ReportText.slice(r.originals[e.link.originalDocument!], e.originalRange)
                out += "| \(e.number) | \(ReportText.score(e.drift)) | \(cell(o)) | \(cell(ReportText.slice(r.translation, e.translationRange))) |\n"
            }
            if sourced.count > maxRows { out += "\n…and \(sourced.count - maxRows) more links with a source.\n" }
            out += "\n"
        }
        return out
    }

    /// Table cells: one line, pipes and Markdown/HTML control characters escaped.
    func cell(_ s: String) -> String { escape(ReportText.excerpt(s)) }

    /// Untrusted text for one line of Markdown: line breaks and tabs become spaces and controls go
    /// (``DisplayText/singleLine(_:)``: no heading, fence or list can start inside a title or an
    /// id), and every character that starts inline markup is escaped (CommonMark §2.4: any ASCII
    /// punctuation may be backslash-escaped), so no link, image, raw HTML, code span, strikeout,
    /// entity (`&#x202E;` would bring back a bidi override) or table cell boundary comes from the
    /// input.
    func escape(_ s: String) -> String {
        var out = ""
        for c in DisplayText.singleLine(s) {
            switch c {
            case "|", "\\", "`", "*", "_", "[", "]", "<", ">", "#", "~", "&": out += "\\\(c)"
            default: out.append(c)
            }
        }
        return out
    }
}
