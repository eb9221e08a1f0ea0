import ArgumentParser
import DriftAlignEncoder

/// Options that choose and configure the sentence encoder.
struct EncoderOptions: ParsableArguments {
    @Option(name: .long, help: "Sentence encoder: usem (multilingual USE, the default; needs the model, see scripts/install-model.sh) or lexical (no model).")
    var encoder: String = EncoderFactory.defaultName

    @Option(name: .customLong("model-dir"), help: "USE-m model folder (default: $DRIFTALIGN_MODEL_DIR, else the user cache).")
    var modelDirectory: String?

    @Option(name: .long, parsing: .unconditional, help: "Encoder threads.")
    var threads: Int = 1

    func validate() throws {
        guard EncoderFactory.names.contains(encoder.lowercased()) || ["usem3", "use-m"].contains(encoder.lowercased()) else {
            throw ValidationError("unknown encoder '\(encoder)'; valid encoders: \(EncoderFactory.names.joined(separator: ", "))")
        }
        guard (1...64).contains(threads) else { throw ValidationError("--threads must be 1 to 64") }
    }

    func make() throws -> any SentenceEncoder {
        try EncoderFactory.make(name: encoder, modelDirectory: modelDirectory, threads: threads)
    }
}
