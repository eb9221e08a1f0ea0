import DriftAlignSources

/// Plain text in any language: one paragraph per line, the language given with `--lang`.
///
/// The document's text is the file itself, so every offset is an offset into the file. The
/// fallback reader when no other plugin recognises an input.
public struct PlainTextSource: SourcePlugin {
    public static let description = SourceDescription(
        id: "text",
        name: "Plain text",
        summary: "Any plain-text file, one paragraph per line; give its language with --lang (default: guessed from the script, Latin → en).",
        languages: ["*"],
        formats: ["UTF-8 plain text (.txt, or any text with no other recognised format)"],
        examples: [
            SourceExample(
                name: "Russian plain text with abbreviations",
                location: "readout.txt",
                input: "Телефонный разговор с Президентом США Дональдом Трампом\n\nВ.В.Путин и Д.Трамп обсудили ситуацию, т.е. продолжили обмен мнениями. Встреча прошла в 2025 г. в Москве.\n",
                options: ReadOptions(language: "ru"),
                expected: [ExpectedDocument(id: "readout", language: "ru", title: "Телефонный разговор с Президентом США Дональдом Трампом",
                                            paragraphs: 2, sentences: 3, contains: ["т.е. продолжили"])]),
            SourceExample(
                name: "English text, language guessed",
                location: "notes.txt",
                input: "The call lasted 90 minutes. Both sides agreed to talk again.\n",
                expected: [ExpectedDocument(language: "en", paragraphs: 1, sentences: 2)]),
        ]
    )

    public init() {}

    public func detect(_ probe: SourceProbe) -> Double {
        // The weakest claim: any text is plain text, more so with a .txt name; JSON data is not.
        if probe.looksLikeJSON { return 0 }
        return probe.fileExtension == "txt" ? 0.3 : 0.05
    }

    public func read(_ input: InputFile, options: ReadOptions) throws -> [Document] {
        let paragraphs = PlainTextLayout.paragraphs(of: input.scalars)
        guard !paragraphs.isEmpty else { throw SourceError.noDocuments(file: input.location, format: "text file") }
        let language = options.language ?? LanguageGuess.guess(input.text)
        let title = paragraphs.first.flatMap { $0.kind == .title ? input.slice($0.range) : nil }
        return [Document(id: LocationName.stem(input.location), sourceType: Self.description.id, language: language,
                         title: title, text: input.text, paragraphs: paragraphs, input: input,
                         sourceMap: .identity(length: input.scalars.count))]
    }
}
