import ArgumentParser
import DriftAlignAligner
import DriftAlignDrift
import DriftAlignEncoder
import DriftAlignRegistry
import DriftAlignReport
import Foundation

/// `driftalign report`: the main job. Aligns each French article with its originals, scores the
/// drift, and writes the editor's report.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write drift reports: where the French drifted from the originals it translates or quotes.",
        discussion: """
        Give a case folder (with manifest.json: French articles and their candidate originals) or \
        its manifest.json, or the files with --original and --translation. Reports go to \
        OUT_DIR/<case folder name>.<format> (<translation file name>.<format> with --translation; \
        stdin.<format> for standard input); HTML \
        is one self-contained file for editors, Markdown for tickets, JSON (schema \
        driftalign-report/1) and TSV for scripts.

        Examples:
          driftalign report Corpora/2025-03-18-call
          driftalign report Corpora/2025-02-12-call -o reports --format html,md
          driftalign report --original posts.json --translation article.txt --src-lang en
        """
    )

    @Argument(help: "A case folder holding manifest.json, or that manifest.json.")
    var caseFolder: String?

    @Option(name: .customLong("original"), help: "An original file (repeatable), instead of a case folder.")
    var originals: [String] = []

    @Option(name: .customLong("translation"), help: "The French file, with --original (\"-\": standard input).")
    var translation: String?

    @Option(name: .customLong("src-lang"), help: "Language of the originals given with --original.")
    var sourceLanguage: String?

    @Option(name: .customLong("tgt-lang"), help: "Language of the file given with --translation (default: fr), as for align.")
    var targetLanguage: String?

    @Option(name: [.short, .customLong("output")], help: "Folder to write the reports in.")
    var outputDirectory: String = "out"

    @Option(name: .long, help: ArgumentHelp("Comma-separated formats: html, md, json, tsv (default: all four); the option may be repeated.",
                                            valueName: "format"))
    var format: [String] = []

    @Option(name: .long, help: "auto, monotonic or quotes.")
    var mode: AlignCommand.Mode = .auto

    @OptionGroup var encoderOptions: EncoderOptions
    @OptionGroup var textEncoding: TextEncodingOptions

    /// The formats asked for, in order, each once (``ReportFormats``); default: all four.
    var formats: [String] { ReportFormats.parse(format, defaults: "html,md,json,tsv") }

    func validate() throws {
        try LanguageOptions.check([("--src-lang", sourceLanguage), ("--tgt-lang", targetLanguage)])
        if caseFolder == nil && (originals.isEmpty || translation == nil) {
            throw ValidationError("give a case folder, or --original FILE… and --translation FILE")
        }
        if let folder = caseFolder, !originals.isEmpty || translation != nil {
            // The value of an option report lacks is read as the case folder ("--bogus x"): say so.
            throw ValidationError("give either a case folder or --original/--translation, not both: "
                + "'\(DisplayText.quoted(folder, limit: 80))' was read as a case folder (the value of an option report does not have? "
                + "see driftalign report --help)")
        }
        if caseFolder != nil, sourceLanguage != nil || targetLanguage != nil {
            throw ValidationError("--src-lang and --tgt-lang are for --original and --translation; a case's manifest gives its languages")
        }
        try ReportFormats.validate(formats)
    }

    func run() throws {
        // Everything that can be refused is refused before the model loads and the work starts.
        let folder = try caseFolder.map { try CaseFolder.resolve($0, expected: "a case folder or its manifest.json, or use --original/--translation") }
        let manifest = try folder.map { try CaseManifest.load(folder: $0) }
        let title: String, name: String
        let inputs: [String]
        if let folder, let manifest {
            title = manifest.title ?? manifest.case
            name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
            inputs = (manifest.originals + manifest.translations).map(\.path) + [(folder as NSString).appendingPathComponent("manifest.json")]
        } else {
            title = translation == InputReader.standardInput ? "stdin" : LocationName.stem(translation!)
            name = title
            inputs = originals + [translation!]
        }
        let paths = formats.map { (outputDirectory as NSString).appendingPathComponent("\(name).\($0)") }
        try OutputFiles.checkDirectory(outputDirectory)
        try OutputFiles.refuseOverwriting(inputs: inputs, outputs: paths)

        let encoder = try encoderOptions.make()
        let pipeline = AlignmentPipeline(encoder: encoder, parameters: AlignmentParameters(), presegmented: false, encoding: textEncoding.encoding)
        let builder = DriftReportBuilder(scorer: ScorerFactory.make(encoder: encoder))
        var jobs: [(originals: [Document], translation: Document)] = []
        var unreadable: [Error] = []
        var leftOut: [LeftOutFile] = []
        if let manifest {
            let origs = AlignmentPipeline.distinctIDs(try manifest.originals.flatMap { o in
                let docs = try pipeline.read(o.path, language: o.language, source: o.source)
                LanguageCheck.warnIfMismatched(docs, declared: o.language)
                return docs
            })
            AlignmentPipeline.noteSkippedOriginals(origs)
            // An article that cannot be read is left out (said on stderr, exit status 1) and the
            // others are reported; an original that cannot be read stops the report, since every
            // article would then seem to have no source.
            for t in manifest.translations {
                do {
                    let docs = try pipeline.read(t.path, language: t.language, source: t.source)
                    LanguageCheck.warnIfMismatched(docs, declared: t.language)
                    for doc in docs { jobs.append((origs, doc)) }
                } catch {
                    unreadable.append(error)
                    leftOut.append(LeftOutFile(file: t.path, reason: Diagnostics.describe(error, about: t.path)))
                    Diagnostics.write("driftalign: error: \(Diagnostics.describe(error)) (article left out of the report)\n")
                }
            }
            if jobs.isEmpty, let first = unreadable.first { throw first }
        } else {
            let origs = AlignmentPipeline.distinctIDs(try originals.flatMap { try pipeline.read($0, language: sourceLanguage, source: nil) })
            LanguageCheck.warnIfMismatched(origs, declared: sourceLanguage)
            AlignmentPipeline.noteSkippedOriginals(origs)
            let language = targetLanguage ?? "fr"
            let docs = try pipeline.read(translation!, language: language, source: nil)
            LanguageCheck.warnIfMismatched(docs, declared: language)
            jobs = docs.map { (origs, $0) }
        }
        var reports: [DriftReport] = []
        for (k, job) in jobs.enumerated() {
            // Only the originals the aligner uses: the flagged ones were named above.
            let usable = job.originals.filter { $0.skipReason == nil }.count
            progress("[\(k + 1)/\(jobs.count)] \(job.translation.input.location): aligning with \(usable) original(s)")
            let alignment = try pipeline.align(originals: job.originals, translation: job.translation, mode: mode.rawValue)
            reports.append(try builder.build(alignment, title: job.translation.title ?? job.translation.id, encoder: encoder.name, mode: mode.rawValue))
        }
        try OutputFiles.makeDirectory(outputDirectory)
        for (f, path) in zip(formats, paths) {
            let text: String
            switch f {
            case "html": text = HTMLReportWriter().write(reports, caseTitle: title, leftOut: leftOut)
            case "md": text = MarkdownReportWriter().write(reports, caseTitle: title, leftOut: leftOut)
            case "json": text = try JSONReportWriter().write(reports, caseTitle: title, leftOut: leftOut)
            default: text = TSVReportWriter().write(reports)
            }
            try OutputFiles.write(Data(text.utf8), to: path)
            StandardOutput.printLine("wrote \(path)")
        }
        for r in reports {
            let s = r.summary
            StandardOutput.printLine("\(r.translation.id): \(s.links) links, \(Int((s.sourcedShare * 100).rounded()))% of French sentences sourced, "
                + "\(Int((s.driftedShare * 100).rounded()))% of sourced links drifted, \(Plural.count(r.worstFindings.count, "finding"))")
        }
        if !unreadable.isEmpty {
            Diagnostics.write("driftalign: \(unreadable.count) article(s) of the case could not be read and are not in the report\n")
            throw ExitCode(1)
        }
    }

    private func progress(_ line: String) {
        Diagnostics.write(line + "\n")
    }
}
