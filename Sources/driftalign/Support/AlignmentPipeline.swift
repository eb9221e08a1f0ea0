import DriftAlignAligner
import DriftAlignDrift
import DriftAlignEncoder
import DriftAlignRegistry
import Foundation

/// Reads files into segmented documents and aligns them: the wiring behind `align` and `report`.
struct AlignmentPipeline {
    let encoder: any SentenceEncoder
    let parameters: AlignmentParameters
    let presegmented: Bool

    /// Every document of `path`, segmented (or split by lines with --presegmented).
    func read(_ path: String, language: String?, source: String?) throws -> [Document] {
        if presegmented {
            let input = try InputReader().read(path: path)
            Self.warnIfMarkup(input)
            return [Presegmented.document(input, id: LocationName.stem(path), language: language ?? LanguageGuess.guess(input.text))]
        }
        return try DocumentReader(language: language, source: source).documents(at: path)
    }

    /// --presegmented reads a file as lines, one sentence each: said on stderr when the file is
    /// JSON or markup, whose lines ("]", "<div>") would be aligned as sentences.
    static func warnIfMarkup(_ input: InputFile) {
        let probe = SourceProbe(input: input)
        let head = probe.trimmedHead
        let markup = head.hasPrefix("<") && head.dropFirst().first.map { $0.isLetter || $0 == "!" || $0 == "?" } == true
        guard probe.looksLikeJSON || markup else { return }
        Diagnostics.write("driftalign: warning: \(input.location) looks like \(markup ? "HTML or XML" : "JSON"); --presegmented reads it "
            + "as plain lines, one sentence per line (leave --presegmented out to read it through its source plugin)\n")
    }

    func align(originals: [Document], translation: Document, mode: String) throws -> DocumentAlignment {
        let aligner = try DocumentAligner(encoder: encoder, parameters: parameters)
        return try aligner.align(originals: originals, translation: translation, mode: DocumentAligner.Mode(rawValue: mode) ?? .auto,
                                 pressNames: SourceRegistry.builtIn.pressNames(for:), otherSpeaker: Self.otherSpeaker)
    }

    /// Words the French gives to someone other than an original's issuer are weighed against
    /// that original (``QuoteMiner/otherSpeaker``), with the drift check's speaker comparison.
    static let otherSpeaker: QuoteMiner.OtherSpeaker = {
        let speakers = SpeakerMatcher()
        return { speaker, original, text in
            speakers.isSomeoneElse(speaker: speaker, issuerNames: SourceRegistry.builtIn.pressNames(for: original), originalText: text)
        }
    }()
}

/// Warns (on stderr) when a document's text does not look like the language it was declared in.
enum LanguageCheck {
    static func warnIfMismatched(_ doc: Document, declared: String) {
        let guessed = LanguageGuess.guess(doc.text)
        let scriptMismatch = (guessed == "ru") != (declared == "ru")
        if scriptMismatch || (guessed != declared && ["fr", "en", "de"].contains(declared) && doc.text.count > 200) {
            Diagnostics.write("driftalign: warning: \(doc.input.location) was declared '\(declared)' but looks like '\(guessed)'\n")
        }
    }
}
