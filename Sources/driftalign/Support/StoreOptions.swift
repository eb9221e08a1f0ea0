import ArgumentParser
import DriftAlignEncoder
import DriftAlignStore
import Foundation

/// `--db FILE` for the commands that store documents (`ingest`, `fetch`): the corpus database,
/// `./driftalign.sqlite` by default, created if missing.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The corpus database (SQLite; created if missing).")
    var db: String = CorpusStore.defaultPath

    func open() throws -> CorpusStore { try CorpusStore.open(path: db, readOnly: false) }
}

/// `--db FILE` for `match`, which only reads the database: a missing one is an error.
struct SearchStoreOptions: ParsableArguments {
    @Option(name: .long, help: "The corpus database to search (SQLite, filled by `driftalign ingest` or `fetch`).")
    var db: String = CorpusStore.defaultPath

    func open() throws -> CorpusStore { try CorpusStore.open(path: db, readOnly: true) }
}

/// `--encoder usem|lexical|none` for commands that store vectors: by default USE-m when its
/// model is installed, else no vectors (said on stderr).
struct StoreEncoderOptions: ParsableArguments {
    @Option(name: .long, help: "Sentence vectors to store: usem (default when the model is installed), lexical, or none.")
    var encoder: String?

    @Option(name: .customLong("model-dir"), help: "USE-m model folder (default: $DRIFTALIGN_MODEL_DIR, else the user cache).")
    var modelDirectory: String?

    @Option(name: .long, parsing: .unconditional, help: "Encoder threads (default: the CPUs available).")
    var threads: Int?

    func validate() throws {
        if let e = encoder, !(EncoderFactory.names + ["none", "usem3", "use-m"]).contains(e.lowercased()) {
            throw ValidationError("unknown encoder '\(e)'; valid encoders: \((EncoderFactory.names + ["none"]).joined(separator: ", "))")
        }
        if let t = threads, !(1...64).contains(t) { throw ValidationError("--threads must be 1 to 64") }
    }

    /// The encoder to store vectors with, or nil for none. `command` prefixes the note printed
    /// when the default USE-m model is missing.
    func make(command: String) throws -> (any SentenceEncoder)? {
        let workers = threads ?? max(1, ProcessInfo.processInfo.activeProcessorCount)
        switch encoder?.lowercased() {
        case "none": return nil
        case .some(let name): return try EncoderFactory.make(name: name, modelDirectory: modelDirectory, threads: workers)
        case nil:
            do {
                return try EncoderFactory.make(name: EncoderFactory.defaultName, modelDirectory: modelDirectory, threads: workers)
            } catch let e as EncoderError {
                guard case .modelNotFound(let path) = e else { throw e }
                CorpusConsole.note("\(command): the USE-m model is not installed (\(path)); storing documents without vectors "
                    + "(run scripts/install-model.sh and ingest again to add them, or pass --encoder lexical)")
                return nil
            }
        }
    }
}

/// Lines for the user: results on stdout, notes and warnings on stderr.
enum CorpusConsole {
    static func out(_ line: String) { StandardOutput.printLine(line) }
    static func note(_ line: String) { Diagnostics.write(line + "\n") }
}
