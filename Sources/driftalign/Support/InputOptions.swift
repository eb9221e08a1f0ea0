import ArgumentParser
import DriftAlignRegistry

/// Options shared by every command that reads source files.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the input (fr, en, ru, de…); default: the plugin's, or guessed.")
    var lang: String?

    @Option(name: .long, help: "Source plugin to read with (see `driftalign sources`); default: detected.")
    var source: String?

    @Option(name: .long, help: "Byte encoding of the input when it is not UTF-8 (ISO-8859-1, windows-1252, windows-1251…).")
    var encoding: String?

    @Option(name: .long, help: "Largest input file accepted, in bytes.")
    var maxBytes: Int = InputReader.defaultMaxBytes

    func validate() throws {
        try LanguageOptions.check([("--lang", lang)])
        guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be at least 1") }
    }

    /// Reads, parses and segments every document of `path`.
    func documents(at path: String) throws -> [Document] {
        try DocumentReader(language: lang, source: source, encoding: encoding, maxBytes: maxBytes).documents(at: path)
    }
}

/// Reads a file through the source plugins and segments its documents: the one path every
/// command takes from a file to segmented documents.
struct DocumentReader {
    var language: String?
    var source: String?
    var encoding: String?
    var maxBytes: Int = InputReader.defaultMaxBytes

    func documents(at path: String) throws -> [Document] {
        let input = try InputReader(maxBytes: maxBytes, encoding: encoding).read(path: path)
        let docs = try SourceRegistry.builtIn.read(input, sourceID: source, options: ReadOptions(language: language))
        SourceWarnings.report(docs, file: path)
        var segmenters: [String: Segmenter] = [:]
        return try docs.map { doc in
            if segmenters[doc.language] == nil { segmenters[doc.language] = try Segmenter(language: doc.language) }
            return segmenters[doc.language]!.segment(doc)
        }
    }
}
