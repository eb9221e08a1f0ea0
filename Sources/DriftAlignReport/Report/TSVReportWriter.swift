import DriftAlignCore
import Foundation
/// The drift report as TSV, one link per row, for spreadsheets and scripts:
/// translation file, link, original document, original sentences, French sentences, drift,
/// score, finding types, original text, French text. A header row names the columns.
///
/// Every text and id cell is one line (``DisplayText/singleLine(_:)``: tabs and line breaks become
/// spaces, controls go), so each row has ten columns. A cell that would start with `=`, `+`, `-`
/// or `@` is prefixed with `'`, which spreadsheets read as "text, not a formula" (OWASP, "CSV
/// Injection"): a post that begins "=HYPERLINK(…)" must not run when an editor opens the file.
/// A cell with a double quote is quoted (``cell(_:)``), so CSV readers keep the rows whole.
/// Texts longer than ``cellLimit`` characters are cut with "…" (the JSON report has them whole).
public struct TSVReportWriter {
    /// Excel's limit on the characters of a cell is 32,767 (Microsoft, "Excel specifications and
    /// limits"); a little under it leaves room for the ellipsis and the quote.
    public static let cellLimit = 32_000

    public init() {}

    public func write(_ reports: [DriftReport]) -> String {
        var out = "translation\tlink\toriginal_document\toriginal_sentences\ttranslation_sentences\tdrift\tscore\tfindings\toriginal\ttranslation\n"
        for r in reports {
            for e in r.entries {
                let doc = e.link.originalDocument.map { r.originals[$0].id } ?? ""
                let o = e.link.originalDocument.map { ReportText.slice(r.originals[$0], e.originalRange) } ?? ""
                let cols = [Self.cell(r.translation.id), String(e.number), Self.cell(doc), e.link.original.map(String.init).joined(separator: ","),
                            e.link.translation.map(String.init).joined(separator: ","), e.drift.map { String(format: "%.3f", $0) } ?? "",
                            String(format: "%.3f", e.link.score), e.findings.map(\.type.rawValue).joined(separator: ","),
                            Self.cell(o), Self.cell(ReportText.slice(r.translation, e.translationRange))]
                out += cols.joined(separator: "\t") + "\n"
            }
        }
        return out
    }

    /// An untrusted text or id as one cell: one line, at most ``cellLimit`` characters, and never
    /// read as a formula.
    /// A cell holding a double quote is quoted as RFC 4180 does (the cell in `"`, its own quotes
    /// doubled): spreadsheets and CSV readers take a `"` opening a cell as a text qualifier, and
    /// «"Personne ne désire plus la paix…"» swallowed the next rows.
    static func cell(_ s: String) -> String {
        var flat = ReportText.excerpt(DisplayText.singleLine(s), limit: cellLimit)
        if let first = flat.first, "=+-@".contains(first) { flat = "'" + flat }
        guard flat.contains("\"") else { return flat }
        return "\"" + flat.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
