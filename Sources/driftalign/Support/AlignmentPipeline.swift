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
    /// `--encoding`: the charset of every input file when it is not UTF-8.
    var encoding: String? = nil

    /// Every document of `path`, segmented (or split by lines with --presegmented).
    func read(_ path: String, language: String?, source: String?) throws -> [Document] {
        if presegmented {
            let input = try InputReader(encoding: encoding).read(path: path)
            Self.warnIfMarkup(input)
            return [Presegmented.document(input, id: LocationName.stem(path), language: language ?? LanguageGuess.guess(input.text))]
        }
        return try DocumentReader(language: language, source: source, encoding: encoding).documents(at: path)
    }

    /// The originals with ids that tell them apart: links and TMX units name their original by
    /// its id, and two files of the same name ("a/post.txt", "b/post.txt") both gave "post". A
    /// repeated id gets "-2", "-3"… in reading order; distinct ids are kept as they are.
    static func distinctIDs(_ docs: [Document]) -> [Document] {
        var taken = Set(docs.map(\.id)), seen = Set<String>()
        return docs.map { d in
            var d = d
            if !seen.insert(d.id).inserted {
                var k = 2
                while taken.contains("\(d.id)-\(k)") { k += 1 }
                d.id = "\(d.id)-\(k)"
                taken.insert(d.id)
            }
            return d
        }
    }

    /// Says on stderr which originals their source plugin flagged (``Document/skipReason``:
    /// reposts, posts with no word such as a lone emoji or link): the aligner leaves them out, and
    /// a report lists only the others, so without this line a post given as an original would
    /// vanish unexplained. One line, naming at most ``shownSkips`` of them.
    static func noteSkippedOriginals(_ originals: [Document]) {
        if let note = skippedOriginalsNote(originals) { Diagnostics.write(note) }
    }

    static let shownSkips = 5

    /// The line ``noteSkippedOriginals(_:)`` writes, or nil when no original is skipped:
    /// "driftalign: note: 1 of 3 originals not aligned, flagged by their source plugin: 114186080634823311 (emoji-only post)".
    static func skippedOriginalsNote(_ originals: [Document]) -> String? {
        let skipped = originals.filter { $0.skipReason != nil }
        guard !skipped.isEmpty else { return nil }
        var named = skipped.prefix(shownSkips).map { "\($0.id) (\($0.skipReason!))" }.joined(separator: ", ")
        if skipped.count > shownSkips { named += " and \(skipped.count - shownSkips) more (driftalign segment FILE lists them)" }
        return "driftalign: note: \(skipped.count) of \(Plural.count(originals.count, "original")) not aligned, "
            + "flagged by their source plugin: \(named)\n"
    }

    /// --presegmented reads a file as lines, one sentence each: said on stderr when the file is
    /// JSON or markup, whose lines ("]", "<div>") would be aligned as sentences.
    static func warnIfMarkup(_ input: InputFile) {
        let probe = SourceProbe(input: input)
        let markup = probe.opensWithTag
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
        return { speaker, original, range, text in
            speakers.isSomeoneElse(speaker: speaker, issuerNames: SourceRegistry.builtIn.pressNames(for: original, in: range), originalText: text)
        }
    }()
}

/// Warns (on stderr) when a file's text does not look like the language it was declared in:
/// `align`, `report` and `score-pairs` say so before a translation declared French is aligned as
/// French while it is Russian. A text written mostly in a script none of DriftAlign's languages
/// uses (Chinese, Greek, Arabic…) is said to be so, declared or not.
enum LanguageCheck {
    /// One warning at most per file: the documents of one file (the posts of an archive) are
    /// judged together, as one text. With no declared language (originals whose language the
    /// source plugins guessed) only the script is checked.
    static func warnIfMismatched(_ docs: [Document], declared: String?) {
        var files: [String] = [], texts: [String: String] = [:]
        for d in docs {
            if texts[d.input.location] == nil { files.append(d.input.location) }
            texts[d.input.location, default: ""] += d.text + "\n"
        }
        for file in files {
            if let declared { warnIfMismatched(text: texts[file]!, location: file, declared: declared) }
            else { _ = warnIfForeignScript(text: texts[file]!, location: file, declared: nil) }
        }
    }

    /// Warns when `text` is written mostly in another script than Latin or Cyrillic
    /// (``LanguageGuess/foreignScriptLetter(_:)``); true when it did.
    static func warnIfForeignScript(text: String, location: String, declared: String?) -> Bool {
        guard let letter = LanguageGuess.foreignScriptLetter(text) else { return false }
        let said = declared.map { " was declared '\($0)' but" } ?? ""
        Diagnostics.write("driftalign: warning: \(location)\(said) is written mostly in another script than Latin or Cyrillic "
            + "(first such letter: «\(Character(letter))», \(String(format: "U+%04X", letter.value))); "
            + "DriftAlign reads English, French, Russian and German\n")
        return true
    }

    /// Warns when `text`, read from `location`, does not look like `declared`: a script mismatch
    /// (Cyrillic declared Latin or the reverse) always; another Latin language of the guesser's
    /// only for a text long enough to judge.
    static func warnIfMismatched(text: String, location: String, declared: String) {
        let declared = declared.split(separator: "-").first.map { String($0).lowercased() } ?? declared
        if warnIfForeignScript(text: text, location: location, declared: declared) { return }
        let guessed = LanguageGuess.guess(text)
        let scriptMismatch = (guessed == "ru") != (declared == "ru")
        if scriptMismatch || (guessed != declared && ["fr", "en", "de"].contains(declared) && text.count > 200) {
            Diagnostics.write("driftalign: warning: \(location) was declared '\(declared)' but looks like '\(guessed)'\n")
        }
    }
}
