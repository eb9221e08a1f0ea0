import ArgumentParser
import DriftAlignEncoder
import DriftAlignStore
import Foundation

/// `--db FILE`: the corpus database, `./driftalign.sqlite` by default.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The corpus database (SQLite; created if missing). Default: ./\(CorpusStore.defaultPath).")
    var db: String = CorpusStore.defaultPath

    func open(readOnly: Bool = false) throws -> CorpusStore { try CorpusStore.open(path: db, readOnly: readOnly) }
}

/// `--encoder usem|lexical|none` for commands that store vectors: by default USE-m when its
/// model is installed, else no vectors (said on stderr).
struct StoreEncoderOptions: ParsableArguments {
    @Option(name: .long, help: "Sentence vectors to store: usem (default when the model is installed), lexical, or none.")
    var encoder: String?

    @Option(name: .customLong("model-dir"), help: "USE-m model folder (default: $DRIFTALIGN_MODEL_DIR, else the user cache).")
    var modelDirectory: String?

    @Option(name: .long, help: "Encoder threads (default: the CPUs available).")
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
