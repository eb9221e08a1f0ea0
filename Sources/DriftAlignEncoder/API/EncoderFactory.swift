/// Builds a sentence encoder by name: what `--encoder usem|lexical` on the command line selects.
///
/// Used by the CLI and the aligner. `usem` (the default) is ``USEMultilingualEncoder``, which needs
/// the installed model; `lexical` is ``LexicalEncoder``, which needs nothing.
public enum EncoderFactory {
    /// The names ``make(name:modelDirectory:threads:)`` accepts.
    public static let names = ["usem", "lexical"]
    /// The encoder used when none is named.
    public static let defaultName = "usem"

    /// - Parameters:
    ///   - name: `usem` or `lexical`.
    ///   - modelDirectory: the USE-m model folder; `nil` for
    ///     ``USEMultilingualEncoder/defaultModelDirectory()``. Ignored by `lexical`.
    ///   - threads: worker threads for one `encode` call (USE-m only).
    public static func make(name: String, modelDirectory: String? = nil, threads: Int = 1) throws -> any SentenceEncoder {
        switch name.lowercased() {
        case "usem", "usem3", "use-m":
            return try USEMultilingualEncoder(modelDirectory: modelDirectory, threads: threads)
        case "lexical":
            return try LexicalEncoder()
        default:
            throw EncoderError.unknownEncoder(name: name, valid: names)
        }
    }
}
