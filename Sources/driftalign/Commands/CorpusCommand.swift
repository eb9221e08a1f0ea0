import ArgumentParser
import DriftAlignAligner
import DriftAlignDrift
import DriftAlignEncoder
import DriftAlignRegistry
import DriftAlignReport
import Foundation

/// `driftalign corpus`: commands over many cases at once.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Work on many cases at once.",
        subcommands: [CorpusRunCommand.self]
    )
}

/// `driftalign corpus run DIR|MANIFEST`: reports for every article of every case, concurrently,
/// resumable, with a summary table.
struct CorpusRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Report on every article of every case under a folder, a few at a time; resumes after interruption.",
        discussion: """
        A case is a folder with manifest.json. Give one case folder, its manifest.json, or a folder \
        of case folders. Each article's reports go to OUT/<case>/<article>.<format>; a marker file \
        written last (<article>.done, listing the formats written) makes a re-run skip articles \
        finished in every format asked for and redo those missing one (--force redoes them all). \
        OUT/summary.tsv and OUT/summary.md list every article with its originals found, links, mean \
        drift and worst finding. Progress is a bar on a terminal, plain lines otherwise. An article \
        that cannot be read (a file missing, a broken manifest among several cases) fails alone: \
        the run goes on, the summary says why, the exit status is 1, and a re-run tries it again.

        Examples:
          driftalign corpus run Corpora --jobs 2
          driftalign corpus run Corpora/2025-03-18-call/manifest.json -o reports --format html,json
        """
    )

    @Argument(help: "A folder of cases, a case folder, or a manifest.json.")
    var path: String

    @Option(name: .long, parsing: .unconditional, help: "Articles processed at once.")
    var jobs: Int = 2

    @Option(name: [.short, .customLong("output")], help: "Folder for the reports and the summary.")
    var outputDirectory: String = "out/corpus"

    @Option(name: .long, help: ArgumentHelp("Comma-separated formats: html, md, json, tsv (default: html,json); the option may be repeated.",
                                            valueName: "format"))
    var format: [String] = []

    @Flag(name: .long, help: "Redo articles already finished.")
    var force = false

    @OptionGroup var encoderOptions: EncoderOptions

    func validate() throws {
        guard (1...16).contains(jobs) else { throw ValidationError("--jobs must be 1 to 16") }
        try ReportFormats.validate(formats)
    }

    /// The formats asked for, in order, each once (``ReportFormats``).
    var formats: [String] { ReportFormats.parse(format, defaults: "html,json") }

    func run() throws {
        let (items, brokenCases) = try CorpusPlan.items(at: path)
        guard !items.isEmpty || !brokenCases.isEmpty else { throw ValidationError("\(path): no case with a manifest.json found") }
        let runner = CorpusRunner(items: items, output: outputDirectory, formats: formats,
                                  force: force, jobs: jobs, encoder: encoderOptions.encoder, modelDirectory: encoderOptions.modelDirectory)
        // Refused before any article is read: an output folder that cannot be made, a report
        // that would replace one of the texts it reports on.
        try OutputFiles.checkDirectory(outputDirectory)
        try OutputFiles.refuseOverwriting(inputs: items.flatMap { [$0.article.path] + $0.originals.map(\.path) }, outputs: runner.outputPaths)
        for row in brokenCases { Diagnostics.write("driftalign: error: \(row.error ?? "")\n") }
        let semaphore = DispatchSemaphore(value: 0)
        let box = ResultBox()
        Task {
            do { box.rows = try await runner.run() } catch { box.error = error }
            semaphore.signal()
        }
        semaphore.wait()
        if let e = box.error { throw e }
        let rows = (brokenCases + box.rows).sorted { ($0.caseName, $0.article) < ($1.caseName, $1.article) }
        try CorpusSummary.write(rows, to: outputDirectory)
        let failed = rows.filter { $0.error != nil }.count
        let summary = (outputDirectory as NSString).appendingPathComponent("summary.tsv")
        if failed > 0 {
            StandardOutput.printLine("\(rows.count - failed) of \(Plural.count(rows.count, "article")) reported, \(failed) failed (their errors are above and in the summary); summary: \(summary)")
            throw ExitCode(1)
        }
        StandardOutput.printLine("\(Plural.count(rows.count, "article")); summary: \(summary)")
    }
}

/// Carries the async run's result back to the synchronous command.
final class ResultBox: @unchecked Sendable {
    var rows: [CorpusSummary.Row] = []
    var error: Error?
}
