import ArgumentParser
import DriftAlignRegistry
import DriftAlignReport
import Foundation

/// `driftalign segment FILE`: prints the sentences of every document in a file, with offsets.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split a file into documents and sentences, with offsets into the file.",
        discussion: """
        Offsets are Unicode scalar offsets: `doc` into the document's displayed text, `file` into \
        the input file (for HTML and JSON sources, the stretch of the file the text came from).

        Examples:
          driftalign segment ../shared/seeds/002_d09bc466c89d40f3.txt --lang fr
          driftalign segment post.json --source truthsocial --format json
          driftalign segment Corpora/2025-03-18-call
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The file to read (\"-\": standard input), or a case folder holding manifest.json, or that manifest.json (every file it lists is read, each in the language and with the plugin the manifest gives it).")
    var file: String

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard isCase, input.lang != nil || input.source != nil else { return }
        // A case's manifest gives each file its own: `--lang fr` read its English posts as French.
        throw ValidationError("--lang and --source name one file's language and plugin; the manifest of the case \(file) gives "
                              + "each of its files its own (segment one file to choose them)")
    }

    /// Whether `file` is a case: a folder (with or without its manifest), or a manifest.json, as
    /// `report` takes it.
    private var isCase: Bool {
        var isDir: ObjCBool = false
        guard file != "-", FileManager.default.fileExists(atPath: file, isDirectory: &isDir) else { return false }
        return isDir.boolValue || (file as NSString).lastPathComponent == "manifest.json"
    }

    func run() throws {
        let docs: [Document]
        if isCase {
            let folder = try CaseFolder.resolve(file, expected: "a case folder or its manifest.json")
            guard FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("manifest.json")) else {
                throw CaseFolder.NoManifest(path: folder)
            }
            let manifest = try CaseManifest.load(folder: folder)
            docs = try (manifest.originals + manifest.translations).flatMap { entry in
                try DocumentReader(language: entry.language, source: entry.source,
                                   encoding: input.encoding, maxBytes: input.maxBytes).documents(at: entry.path)
            }
        } else {
            docs = try input.documents(at: file)
        }
        switch format {
        case .text: printText(docs)
        case .json: try SegmentationJSON.write(docs, to: StandardOutput.write)
        }
    }

    private func printText(_ docs: [Document]) {
        for doc in docs {
            let skip = doc.skipReason.map { " — skipped: \($0)" } ?? ""
            StandardOutput.printLine("# \(doc.id) [\(doc.sourceType), \(doc.language)] \(Plural.count(doc.sentences.count, "sentence"))\(skip)")
            for s in doc.sentences {
                let file = doc.inputRange(for: s.range).map { "\($0.lowerBound)-\($0.upperBound)" } ?? "?"
                StandardOutput.printLine("\(s.index)\t\(s.range.lowerBound)-\(s.range.upperBound)\tfile \(file)\t\(s.kind.rawValue)\t\(DisplayText.terminalLine(s.text))")
                for q in s.quotes { StandardOutput.printLine("\t  quote \(q.inner.lowerBound)-\(q.inner.upperBound): \(DisplayText.terminalLine(q.text))") }
            }
            for a in doc.attributions {
                let quote = a.quoteRange.map { " → quote at \($0.lowerBound)" } ?? ""
                let channel = a.channel.map { " on \($0)" } ?? ""
                StandardOutput.printLine("attribution \(a.cueRange.lowerBound)-\(a.cueRange.upperBound) «\(a.cue)» speaker: \(a.speaker ?? "?")\(channel)\(quote)")
            }
        }
    }
}
