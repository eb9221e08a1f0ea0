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
            return [Presegmented.document(input, id: LocationName.stem(path), language: language ?? LanguageGuess.guess(input.text))]
        }
        return try DocumentReader(language: language, source: source).documents(at: path)
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
