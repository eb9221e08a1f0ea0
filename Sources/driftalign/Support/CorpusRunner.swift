import DriftAlignAligner
import DriftAlignDrift
import DriftAlignEncoder
import DriftAlignRegistry
import DriftAlignReport
import Foundation

/// One article of one case: the unit `corpus run` schedules, skips when done, and reports on.
struct CorpusItem: Sendable {
    var caseName: String
    var caseTitle: String
    var article: CaseManifest.Entry
    var originals: [CaseManifest.Entry]
    var stem: String { LocationName.stem(article.path) }
}

/// Finds the cases and articles under a path.
enum CorpusPlan {
    /// The articles to do, and a failed row for each case (among several) whose manifest is broken.
    static func items(at path: String) throws -> (items: [CorpusItem], failed: [CorpusSummary.Row]) {
        var folders: [String] = []
        let folder = try CaseFolder.resolve(path, expected: "a folder of cases, a case folder or its manifest.json")
        if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("manifest.json")) {
            folders = [folder]
        } else {
            folders = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
                .map { (folder as NSString).appendingPathComponent($0) }
                .filter { FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent("manifest.json")) }
        }
        func items(_ folder: String) throws -> [CorpusItem] {
            let m = try CaseManifest.load(folder: folder)
            return m.translations.map { CorpusItem(caseName: m.case, caseTitle: m.title ?? m.case, article: $0, originals: m.originals) }
        }
        if folders.count == 1 { return (try items(folders[0]), []) }
        // Among several cases, one whose manifest cannot be read fails alone.
        var all: [CorpusItem] = [], failed: [CorpusSummary.Row] = []
        for folder in folders {
            do { all += try items(folder) } catch {
                failed.append(CorpusSummary.Row(caseName: (folder as NSString).lastPathComponent, article: "manifest.json",
                                                error: Diagnostics.describe(error)))
            }
        }
        return (all, failed)
    }
}

/// Runs the items with `jobs` workers in a task group, each with its own encoder, so the work is
/// concurrent without sharing mutable state; shows progress; skips finished items.
struct CorpusRunner: Sendable {
    let items: [CorpusItem]
    let output: String
    let formats: [String]
    let force: Bool
    let jobs: Int
    let encoder: String
    let modelDirectory: String?

    func run() async throws -> [CorpusSummary.Row] {
        let progress = CorpusProgress(total: items.count)
        let queue = WorkQueue(items)
        var rows: [CorpusSummary.Row] = []
        // `jobs` workers, each with its own encoder (loaded once), pulling articles from a shared
        // queue until it is empty.
        try await withThrowingTaskGroup(of: [CorpusSummary.Row].self) { group in
            for _ in 0..<min(jobs, items.count) {
                group.addTask {
                    var done: [CorpusSummary.Row] = []
                    var encoder: (any SentenceEncoder)?
                    while let item = await queue.next() {
                        // An article that cannot be read fails alone (its row says why; no marker, so a
                        // re-run tries it again); an encoder that cannot load stops the run.
                        let row: CorpusSummary.Row
                        do {
                            row = try self.process(item) {
                                if encoder == nil { encoder = try EncoderFactory.make(name: self.encoder, modelDirectory: self.modelDirectory) }
                                return encoder!
                            }
                        } catch let error where !(error is EncoderError) {
                            row = CorpusSummary.Row(caseName: item.caseName, article: item.stem, error: Diagnostics.describe(error))
                        }
                        progress.finished(row)
                        done.append(row)
                    }
                    return done
                }
            }
            for try await batch in group { rows += batch }
        }
        progress.close()
        return rows.sorted { ($0.caseName, $0.article) < ($1.caseName, $1.article) }
    }

    func directory(_ item: CorpusItem) -> String { (output as NSString).appendingPathComponent(item.caseName) }
    func marker(_ item: CorpusItem) -> String { (directory(item) as NSString).appendingPathComponent("\(item.stem).done") }
    func reportPath(_ item: CorpusItem, format: String) -> String { (directory(item) as NSString).appendingPathComponent("\(item.stem).\(format)") }

    /// Every file the run may write: each article's reports and marker, and the summary.
    var outputPaths: [String] {
        items.flatMap { item in formats.map { reportPath(item, format: $0) } + [marker(item)] }
            + ["summary.tsv", "summary.md"].map { (output as NSString).appendingPathComponent($0) }
    }

    /// Reports on one article, or reads back its summary row when it is already done in every
    /// format asked for. A marker that lacks a format (an earlier run wrote md, this one asks for
    /// json too) has the article redone, and the row says which formats were missing.
    func process(_ item: CorpusItem, encoder makeEncoder: () throws -> any SentenceEncoder) throws -> CorpusSummary.Row {
        var missing: [String] = []
        var previous: [String] = []
        if !force, let data = FileManager.default.contents(atPath: marker(item)),
           var row = try? JSONDecoder().decode(CorpusSummary.Row.self, from: data) {
            // A marker from before formats were recorded vouches for the files that are there.
            previous = (row.formats ?? formats).filter { FileManager.default.fileExists(atPath: reportPath(item, format: $0)) }
            missing = formats.filter { !previous.contains($0) }
            if missing.isEmpty {
                row.skipped = true
                return row
            }
        }
        let enc = try makeEncoder()
        let pipeline = AlignmentPipeline(encoder: enc, parameters: AlignmentParameters(), presegmented: false)
        let originals = AlignmentPipeline.distinctIDs(try item.originals.flatMap { try pipeline.read($0.path, language: $0.language, source: $0.source) })
        guard let article = try pipeline.read(item.article.path, language: item.article.language, source: item.article.source).first else {
            throw DriftAlignCoreError.emptyInput(file: item.article.path)
        }
        let alignment = try pipeline.align(originals: originals, translation: article, mode: "auto")
        let report = try DriftReportBuilder(scorer: ScorerFactory.make(encoder: enc))
            .build(alignment, title: article.title ?? article.id, encoder: enc.name, mode: "auto")
        try OutputFiles.makeDirectory(directory(item))
        for f in formats {
            let text: String
            switch f {
            case "html": text = HTMLReportWriter().write([report], caseTitle: item.caseTitle)
            case "md": text = MarkdownReportWriter().write([report], caseTitle: item.caseTitle)
            case "json": text = try JSONReportWriter().write([report], caseTitle: item.caseTitle)
            default: text = TSVReportWriter().write([report])
            }
            try OutputFiles.write(Data(text.utf8), to: reportPath(item, format: f), atomic: true)
        }
        var row = CorpusSummary.Row(report: report, caseName: item.caseName, article: item.stem)
        row.formats = previous + formats.filter { !previous.contains($0) }
        // Written last and atomically: its presence means every report it lists is complete.
        // Sorted keys, as every other JSON the tool writes: a rerun's marker is byte-identical.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(row).write(to: URL(fileURLWithPath: marker(item)), options: .atomic)
        row.missingFormats = missing.isEmpty ? nil : missing
        return row
    }
}

/// The articles still to do, handed out one at a time to the workers.
actor WorkQueue {
    private var items: [CorpusItem]
    private var index = 0

    init(_ items: [CorpusItem]) { self.items = items }

    func next() -> CorpusItem? {
        guard index < items.count else { return nil }
        defer { index += 1 }
        return items[index]
    }
}
