import ArgumentParser
import DriftAlignRegistry

/// Options shared by every command that reads source files.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the input (fr, en, ru, de…); default: the plugin's, or guessed.")
    var lang: String?

    @Option(name: .long, help: "Source plugin to read with (see `driftalign sources`); default: detected.")
    var source: String?

    @OptionGroup var textEncoding: TextEncodingOptions

    @Option(name: .long, parsing: .unconditional, help: "Largest input file accepted, in bytes.")
    var maxBytes: Int = InputReader.defaultMaxBytes

    var encoding: String? { textEncoding.encoding }

    func validate() throws {
        try LanguageOptions.check([("--lang", lang)])
        guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be at least 1") }
    }

    /// Reads, parses and segments every document of `path`.
    func documents(at path: String) throws -> [Document] {
        try DocumentReader(language: lang, source: source, encoding: encoding, maxBytes: maxBytes).documents(at: path)
    }
}

/// `--encoding NAME`, for every command that reads text files: the advice an invalid-UTF-8 error
/// gives ("pass --encoding ISO-8859-1") works wherever it is given.
struct TextEncodingOptions: ParsableArguments {
    @Option(name: .long, help: "Byte encoding of the input files when they are not UTF-8 (ISO-8859-1, windows-1252, windows-1251…); applies to every file the command reads.")
    var encoding: String?
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
