import ArgumentParser
import DriftAlignRegistry
import DriftAlignStore
import Foundation

/// `driftalign ingest FILE...`: reads originals through the plugins into the corpus database,
/// segmented and (optionally) with sentence vectors, so that `match` can search them.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store documents (segmented, with sentence vectors) in the corpus database.",
        discussion: """
        Every FILE is read by its source plugin (detected, or --source), split into sentences and \
        stored in the database (default ./\(CorpusStore.defaultPath), or --db). Documents are keyed \
        by plugin and the original's own id (a Truth Social status id, kremlin-76470): ingesting \
        the same file again adds nothing, and a document whose content changed is updated (and \
        said so). Each document is stored in its own transaction: an interrupted ingest keeps every \
        document it finished and no half-written one; run it again to complete it. A document of more \
        than \(StoreIngestion.pieceSentences) sentences is encoded and written a piece at a time (progress on stderr), so its \
        vectors are never all in memory.

        Vectors: usem by default when its model is installed (scripts/install-model.sh), else none \
        (said on stderr); --encoder lexical needs no model; --encoder none stores text only. Records \
        a plugin flags (reposts, media-only posts) are stored with their reason and counted as skipped.

        Examples:
          driftalign ingest ../shared/corpora/truthsocial/*.json
          driftalign ingest readout.html --source kremlin --db corpus.sqlite --encoder lexical
        """
    )

    @Argument(help: "Files to store (any format a plugin reads; see `driftalign sources`).")
    var files: [String]

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var input: InputOptions

    @OptionGroup var encoderOptions: StoreEncoderOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE to ingest") }
        if let s = input.source, !SourceRegistry.builtIn.identifiers.contains(s) {
            throw ValidationError("unknown source '\(s)'; valid sources: \(SourceRegistry.builtIn.identifiers.joined(separator: ", "))")
        }
    }

    func run() throws {
        let start = Date()
        let store = try storeOptions.open()
        let encoder = try encoderOptions.make(command: "ingest")
        let runID = try store.beginRun(command: "ingest", arguments: Array(CommandLine.arguments.dropFirst()))
        StoreReport.noteInterruptedRuns(store, except: runID, command: "ingest")
        let ingestion = StoreIngestion(store: store, encoder: encoder, runID: runID, command: "ingest")
        var total = StoreIngestion.Tally()
        var failures: [String] = []
        do {
            for file in files {
                let fileStart = Date()
                do {
                    let inputFile = try InputReader(maxBytes: input.maxBytes, encoding: input.encoding).read(path: file)
                    let docs = try StoreIngestion.read(inputFile, source: input.source, language: input.lang)
                    let tally = try ingestion.ingest(docs)
                    total += tally
                    CorpusConsole.out("ingest: \(file): \(tally.summary) (\(StoreReport.seconds(since: fileStart)))")
                } catch let e as StoreError {
                    throw e
                } catch {
                    let reason = Diagnostics.describe(error, about: file)
                    failures.append("\(file): \(reason)")
                    try store.countRunItem(runID, "failed")
                    CorpusConsole.out("ingest: \(file): not ingested: \(reason)")
                }
            }
        } catch {
            try? store.finishRun(runID, status: .failed, message: error.localizedDescription)
            throw error
        }
        let status: RunRecord.Status = failures.isEmpty && total.failed == 0 ? .ok : .failed
        try store.finishRun(runID, status: status, message: failures.first)
        CorpusConsole.out("ingest: \(Plural.count(files.count, "file")), \(total.summary) "
            + "in \(StoreReport.seconds(since: start)); \(try StoreReport.contents(store, encoder: encoder?.name)) (run \(runID))")
        if !failures.isEmpty {
            throw CorpusCommandError.someInputsFailed(command: "ingest", failed: failures.count, total: files.count, first: failures[0])
        }
        if total.failed > 0 {
            throw CorpusCommandError.someDocumentsFailed(command: "ingest", failed: total.failed, database: store.path)
        }
    }
}
