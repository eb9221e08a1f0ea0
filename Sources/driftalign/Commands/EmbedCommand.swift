import ArgumentParser
import DriftAlignEncoder
import DriftAlignRegistry
import Foundation

/// `driftalign embed FILE`: sentence vectors for a file, as raw float32 rows another tool (or a
/// benchmark) can memory-map.
struct EmbedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed",
        abstract: "Encode sentences into vectors (N × 512 little-endian float32 rows).",
        discussion: """
        With --presegmented every input line is one sentence (empty lines too, so row i is line i). \
        Without it the text is split into sentences with the --lang segmenter, and the sentences \
        are written to stderr's summary count only; use `driftalign segment` to see them.

        The default encoder, usem (multilingual Universal Sentence Encoder v3), needs its model: \
        run scripts/install-model.sh once (it honours DRIFTALIGN_MODEL_DIR). Its large matrix \
        products round their inputs to bfloat16 and sum in float32 (AVX512-BF16 where the CPU has \
        it; the same numbers elsewhere, only slower); DRIFTALIGN_PRECISION=float32 computes them in \
        float32, as the reference package does (cosine between the two ≥ 0.9999). The summary line \
        on stderr names the precision and the kernel. The lexical encoder needs nothing.

        Examples:
          driftalign embed ../shared/bench/tatoeba/tatoeba.fra-eng.fra --lang fr --presegmented -o fr.f32
          driftalign embed article.txt --lang fr -o article.f32 --encoder lexical
          driftalign embed lines.txt --lang en --presegmented --ids -o lines.ids
        """
    )

    @Argument(help: "The text file to read (UTF-8, or see --encoding); \"-\" reads standard input.")
    var file: String

    @Option(name: .long, help: "Language of the text (fr, en, ru, de…): chooses the sentence splitter; the encoders themselves are multilingual.")
    var lang: String?

    @Flag(name: .long, help: "Treat every line as one sentence instead of splitting the text.")
    var presegmented = false

    @Option(name: [.short, .long], help: "Where to write the vectors (\"-\": standard output, into a pipe or a file).")
    var output: String

    @Option(name: .long, help: "Encoder: \(EncoderFactory.names.joined(separator: " or ")).")
    var encoder: String = EncoderFactory.defaultName

    @Option(name: .long, help: "The USE-m model folder (default: $DRIFTALIGN_MODEL_DIR or the user cache).")
    var modelDir: String?

    @Option(name: .long, parsing: .unconditional, help: "Worker threads (default: the number of CPUs available).")
    var threads: Int?

    @OptionGroup var textEncoding: TextEncodingOptions

    @Flag(name: .long, help: "Write each sentence's SentencePiece ids (with <s> and </s>) as a text line instead of vectors (usem only).")
    var ids = false

    func validate() throws {
        try LanguageOptions.check([("--lang", lang)])
        if !presegmented && lang == nil {
            throw ValidationError("--lang is needed to split the text into sentences (or pass --presegmented)")
        }
        if let threads, !(1...64).contains(threads) { throw ValidationError("--threads must be 1 to 64") }
        if ids && !["usem", "usem3", "use-m"].contains(encoder.lowercased()) {
            throw ValidationError("--ids writes the usem encoder's SentencePiece ids; it needs --encoder usem")
        }
    }

    func run() throws {
        let start = Date()
        // "-o -" is standard output (it wrote a file named "-"); binary vectors are not for a terminal.
        let toStandardOutput = output == "-"
        if toStandardOutput {
            if !ids && isatty(1) != 0 {
                throw ValidationError("-o - writes binary float32 vectors to standard output: redirect it to a file or a pipe")
            }
        } else {
            try OutputFiles.checkFile(output)
            try OutputFiles.refuseOverwriting(inputs: [file], outputs: [output])
        }
        let text = try InputReader(encoding: textEncoding.encoding).read(path: file).text
        let sentences = presegmented ? Self.lines(text) : try Segmenter(language: lang!).sentences(in: text)
        let workers = threads ?? ProcessInfo.processInfo.activeProcessorCount
        let loadStart = Date()
        let encoder = try EncoderFactory.make(name: encoder, modelDirectory: modelDir, threads: workers)
        let loadSeconds = Date().timeIntervalSince(loadStart)
        let data: Data
        if ids {
            guard let use = encoder as? USEMultilingualEncoder else {
                throw ValidationError("--ids needs the usem encoder")
            }
            data = Data(sentences.map { use.tokenIDs($0).map(String.init).joined(separator: " ") + "\n" }.joined().utf8)
        } else {
            let matrix = try encoder.encodeMatrix(sentences)
            data = matrix.map { $0.bitPattern.littleEndian }.withUnsafeBytes { Data($0) }
        }
        if toStandardOutput { FileHandle.standardOutput.write(data) } else { try OutputFiles.write(data, to: output) }
        let total = String(format: "%.3f", Date().timeIntervalSince(start)), load = String(format: "%.3f", loadSeconds)
        var name = encoder.name
        if let use = encoder as? USEMultilingualEncoder { name += " [\(use.arithmetic)]" }
        Diagnostics.write("embed: \(Plural.count(sentences.count, "sentence")), \(name) (loaded in \(load) s), "
            + "\(ids ? "ids" : "\(encoder.dimension)-d float32") → \(toStandardOutput ? "standard output" : output) in \(total) s\n")
    }

    /// One sentence per line; a final newline does not add an empty sentence; CR of CRLF dropped.
    static func lines(_ text: String) -> [String] {
        // Split the UTF-8 bytes: as Characters, "\r\n" is one grapheme and would not split on "\n".
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }
        if text.utf8.last == UInt8(ascii: "\n") { lines.removeLast() }
        return text.isEmpty ? [] : lines
    }
}
