import ArgumentParser
import DriftAlignCore
import DriftAlignDrift
import DriftAlignEncoder
import Foundation

/// `driftalign score-pairs FILE.tsv`: the drift of ready-made sentence pairs, one JSON object per
/// line, for benchmarks and for checking a translation outside a full alignment.
struct ScorePairsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score-pairs",
        abstract: "Score the drift of original<TAB>translation pairs (one JSON object per line).",
        discussion: """
        Each input line is an original sentence, a tab, and its translation (blank lines at the \
        end of the file are ignored). Each output line, in \
        input order, is {"drift": 0…1, "findings": […], "similarity": cosine}: drift 0 means the \
        translation says what the original says. A finding has type (meaning, number, name, \
        negation, omission, addition, modality, tense, intensity, quotation, attribution), severity \
        (info, minor, major), reason, and originalStart/originalEnd, translationStart/translationEnd: \
        Unicode-scalar offsets into the original and the translation of that line (a pair is left \
        out when the finding points at one side only).

        The default encoder, usem, needs its model (scripts/install-model.sh). A word lexicon built \
        by scripts/build-lexicon.sh, when installed, improves the omission and addition findings.

        Examples:
          driftalign score-pairs pairs.tsv --src-lang en --tgt-lang fr
          driftalign score-pairs readout.tsv --src-lang ru --tgt-lang fr --encoder lexical
          printf 'Highly productive call.\\tUn appel productif.\\n' > p.tsv && driftalign score-pairs p.tsv --src-lang en --tgt-lang fr
        """
    )

    @Argument(help: "A UTF-8 file (or see --encoding) of original<TAB>translation lines; \"-\" reads standard input.")
    var file: String

    @Option(name: .customLong("src-lang"), help: "Language of the originals (en, fr, ru…).")
    var sourceLanguage: String

    @Option(name: .customLong("tgt-lang"), help: "Language of the translations (fr, en…).")
    var targetLanguage: String

    @OptionGroup var encoderOptions: EncoderOptions
    @OptionGroup var textEncoding: TextEncodingOptions

    @Option(name: .long, help: "Word lexicon file (default: $DRIFTALIGN_LEXICON or the user cache, if built).")
    var lexicon: String?

    @Flag(name: .long, help: "Add each pair's evidence (cosine, words, unmatched fraction, equivalence) to its JSON line.")
    var evidence = false

    @Flag(name: .customLong("no-word-vectors"), help: "Match content words by dictionary and cognates only, not by the encoder's word vectors.")
    var noWordVectors = false

    @Option(name: .customLong("batch-size"), parsing: .unconditional, help: "Pairs encoded per encoder call.")
    var batchSize: Int = 256

    func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        try LanguageOptions.check([("--src-lang", sourceLanguage), ("--tgt-lang", targetLanguage)])
    }

    func run() throws {
        let text = try InputReader(encoding: textEncoding.encoding).read(path: file).text
        let pairs = try Self.pairs(text, file: file)
        // Each column is judged once, as one text: a file of translations into Russian declared
        // French is said once, not once a line.
        LanguageCheck.warnIfMismatched(text: pairs.map(\.0).joined(separator: "\n"), location: "\(file) (originals column)", declared: sourceLanguage)
        LanguageCheck.warnIfMismatched(text: pairs.map(\.1).joined(separator: "\n"), location: "\(file) (translations column)", declared: targetLanguage)
        let words: BilingualLexicon?? = try lexicon.map { try BilingualLexicon.load(path: $0) }
        let scorer = DriftScorer(encoder: try encoderOptions.make(), lexicon: words)
        scorer.batchSize = batchSize
        scorer.usesWordVectors = !noWordVectors
        let results = try scorer.scoreMany(pairs, originalLanguage: sourceLanguage, translationLanguage: targetLanguage)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = Data()
        for r in results {
            out.append(try encoder.encode(PairJSON(r, evidence: evidence)))
            out.append(0x0A)
        }
        StandardOutput.write(out)
    }

    /// The pairs of a TSV text: one tab per line, LF or CRLF line ends; a final newline adds no
    /// pair, nor do blank lines at the end of the file (an editor's trailing newlines). A blank
    /// line before the last pair is an error naming it: output line i answers input line i.
    static func pairs(_ text: String, file: String) throws -> [(String, String)] {
        var lines = TextLines.split(text)
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return try lines.enumerated().map { n, line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            if parts.count < 2 { throw DriftError.missingTab(file: file, line: n + 1) }
            if parts.count > 2 { throw DriftError.extraTab(file: file, line: n + 1) }
            return (String(parts[0]), String(parts[1]))
        }
    }
}

/// The JSON line written for one pair.
private struct PairJSON: Encodable {
    struct Finding: Encodable {
        var type: String, severity: String, reason: String
        var originalStart: Int?, originalEnd: Int?, translationStart: Int?, translationEnd: Int?
    }
    var drift: Double
    var findings: [Finding]
    var similarity: Double?
    var evidence: DriftEvidence?

    init(_ r: LinkDrift, evidence withEvidence: Bool) {
        drift = r.score
        similarity = r.similarity
        evidence = withEvidence ? r.evidence : nil
        findings = r.findings.map {
            Finding(type: $0.type.rawValue, severity: $0.severity.rawValue, reason: $0.reason,
                    originalStart: $0.originalRange?.lowerBound, originalEnd: $0.originalRange?.upperBound,
                    translationStart: $0.translationRange?.lowerBound, translationEnd: $0.translationRange?.upperBound)
        }
    }
}
