import Foundation
/// The drift report as TSV, one link per row, for spreadsheets and scripts:
/// translation file, link, original document, original sentences, French sentences, drift,
/// score, finding types, original text, French text. A header row names the columns.
public struct TSVReportWriter {
    public init() {}

    public func write(_ reports: [DriftReport]) -> String {
        var out = "translation\tlink\toriginal_document\toriginal_sentences\ttranslation_sentences\tdrift\tscore\tfindings\toriginal\ttranslation\n"
        for r in reports {
            for e in r.entries {
                let doc = e.link.originalDocument.map { r.originals[$0].id } ?? ""
                let o = e.link.originalDocument.map { ReportText.slice(r.originals[$0], e.originalRange) } ?? ""
                let cols = [r.translation.id, String(e.number), doc, e.link.original.map(String.init).joined(separator: ","),
                            e.link.translation.map(String.init).joined(separator: ","), e.drift.map { String(format: "%.3f", $0) } ?? "",
                            String(format: "%.3f", e.link.score), e.findings.map(\.type.rawValue).joined(separator: ","),
                            ReportText.excerpt(o, limit: 10_000), ReportText.excerpt(ReportText.slice(r.translation, e.translationRange), limit: 10_000)]
                out += cols.joined(separator: "\t") + "\n"
            }
        }
        return out
    }
}
