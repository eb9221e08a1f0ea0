import DriftAlignReport
import Foundation

/// The summary table of a corpus run: one row per article.
enum CorpusSummary {
    struct Row: Codable, Sendable {
        var caseName: String
        var article: String
        var originalsFound: [String]
        var links: Int
        var sourcedLinks: Int
        var meanDrift: Double
        var worstFinding: String
        var skipped = false
        /// The report formats written for the article (its marker's record); nil in markers
        /// written before formats were recorded.
        var formats: [String]?
        /// The formats a re-run found missing and wrote (the article was redone for them).
        var missingFormats: [String]?
        /// Why the article could not be reported on (a file missing or unreadable); nil when it was.
        var error: String?

        /// An article that failed: no links, the error in place of findings.
        init(caseName: String, article: String, error: String) {
            self.caseName = caseName
            self.article = article
            originalsFound = []
            links = 0
            sourcedLinks = 0
            meanDrift = 0
            worstFinding = ""
            self.error = error
        }

        init(report r: DriftReport, caseName: String, article: String) {
            self.caseName = caseName
            self.article = article
            let docs = Set(r.entries.compactMap(\.link.originalDocument))
            originalsFound = docs.sorted().map { r.originals[$0].id }
            links = r.entries.count
            sourcedLinks = r.entries.filter { $0.link.originalDocument != nil }.count
            meanDrift = r.summary.meanDrift
            worstFinding = r.worstFindings.first.map { "\($0.severity.rawValue) \($0.type.rawValue): \($0.reason)" } ?? ""
        }
    }

    static func write(_ rows: [Row], to dir: String) throws {
        try OutputFiles.makeDirectory(dir)
        var tsv = "case\tarticle\toriginals_found\tlinks\tsourced_links\tmean_drift\tworst_finding\terror\n"
        var md = "| case | article | originals found | links | sourced | mean drift | worst finding |\n|---|---|---|---|---|---|---|\n"
        func clean(_ s: String) -> String { s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
        for r in rows {
            let worst = clean(r.worstFinding), error = clean(r.error ?? "")
            tsv += "\(r.caseName)\t\(r.article)\t\(r.originalsFound.joined(separator: ","))\t\(r.links)\t\(r.sourcedLinks)\t"
                + (r.error == nil ? String(format: "%.3f", r.meanDrift) : "") + "\t\(worst)\t\(error)\n"
            let shown = r.error == nil ? worst : "FAILED: \(error)"
            md += "| \(r.caseName) | \(r.article) | \(r.originalsFound.count) | \(r.links) | \(r.sourcedLinks) | "
                + (r.error == nil ? String(format: "%.2f", r.meanDrift) : "–") + " | \(shown.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        try Data(tsv.utf8).write(to: URL(fileURLWithPath: (dir as NSString).appendingPathComponent("summary.tsv")), options: .atomic)
        try Data(md.utf8).write(to: URL(fileURLWithPath: (dir as NSString).appendingPathComponent("summary.md")), options: .atomic)
    }
}

/// Progress on stderr: a bar redrawn in place on a terminal, one line per article otherwise.
final class CorpusProgress: @unchecked Sendable {
    let total: Int
    var done = 0
    let isTerminal = isatty(2) != 0  // file descriptor 2 is standard error
    let lock = NSLock()

    init(total: Int) { self.total = total }

    func finished(_ row: CorpusSummary.Row) {
        lock.lock(); defer { lock.unlock() }
        done += 1
        let redone = row.missingFormats.map { " (redone: no \($0.joined(separator: ", ")) report yet)" } ?? ""
        let what = row.error.map { "FAILED: \($0)" }
            ?? (row.skipped ? "already done" : String(format: "%d links, mean drift %.2f", row.links, row.meanDrift) + redone)
        if let error = row.error, isTerminal {
            // On a terminal the bar shows only names: a failure gets its own line above it.
            Diagnostics.write("driftalign: error: \(row.caseName)/\(row.article): \(error)\n")
        }
        if isTerminal {
            let width = 30, filled = width * done / max(1, total)
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            Diagnostics.status("[\(bar)] \(done)/\(total) ", "\(row.caseName)/\(row.article)")
        } else {
            Diagnostics.write("[\(done)/\(total)] \(row.caseName)/\(row.article): \(what)\n")
        }
    }

    func close() { Diagnostics.endStatus() }
}
