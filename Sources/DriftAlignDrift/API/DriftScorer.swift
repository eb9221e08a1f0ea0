import DriftAlignCore
import DriftAlignEncoder
import Foundation

/// Scores how far a translation drifted from its original and says where: the entry point of the
/// drift module.
///
/// Who uses it: the pipeline after alignment (one call of ``scoreMany(_:originalLanguage:translationLanguage:contexts:)``
/// per document), `driftalign score-pairs`, and the benchmark. It runs the checks under `Checks/`
/// (meaning, number, name, negation, omission, addition, modality, tense, intensity, quotation,
/// attribution) and combines them with ``DriftCalibration``.
///
/// Any language pair works; the lexicons cover English, French and Russian, and other languages
/// get the encoder-, number- and name-based checks. Without an encoder (`encoder: nil`) the score
/// rests on dictionary and cognate matches and the findings.
///
/// Thread safety: calls are serialized by an internal lock (caches and ICU transliterators are
/// shared); one instance may be used from several tasks.
public final class DriftScorer: @unchecked Sendable {
    public let encoder: (any SentenceEncoder)?
    public let calibration: DriftCalibration
    public let lexicon: BilingualLexicon?
    /// Pairs encoded per encoder call in ``scoreMany(_:originalLanguage:translationLanguage:contexts:)``.
    public var batchSize = 256
    /// Whether content words are also compared by the encoder's word vectors (the default; off,
    /// only dictionary and cognate matches count, which is faster and less complete).
    public var usesWordVectors = true

    let names = NameKeyMaker()
    var wordVectors: [String: [Float]] = [:]
    let lock = NSLock()
    let checks: [any DriftCheck] = [
        MeaningCheck(), NumberCheck(), NameCheck(), NegationCheck(), OmissionCheck(), AdditionCheck(),
        ModalityCheck(), IntensityCheck(), QuotationCheck(), QuotedSpanCheck(), AttributionCheck(), RoleSwapCheck(), TitleCheck(), TenseCheck(), UntranslatedCheck(),
    ]

    /// - Parameters:
    ///   - encoder: the sentence encoder (``EncoderFactory/make(name:modelDirectory:threads:)``), or nil.
    ///   - calibration: defaults to the one fitted for the encoder (``DriftCalibration/forEncoder(named:)``).
    ///   - lexicon: a word lexicon; defaults to the installed one (``BilingualLexicon/installed()``), if
    ///     any, read anew (most of a second): a caller making many scorers reads it once and passes it,
    ///     as the CLI does (a scorer never changes its lexicon, so scorers may share one).
    public init(encoder: (any SentenceEncoder)?, calibration: DriftCalibration? = nil, lexicon: BilingualLexicon?? = nil) {
        self.encoder = encoder
        self.calibration = calibration ?? .forEncoder(named: encoder?.name)
        if let given = lexicon {
            self.lexicon = given
        } else {
            do { self.lexicon = try BilingualLexicon.installed() } catch {
                // A damaged installed lexicon is scored without, but never silently.
                self.lexicon = nil
                lexiconProblem = "\(error.localizedDescription); scoring without it"
            }
        }
    }

    /// Why the installed lexicon was not used although one is installed (it could not be read),
    /// for the CLI to say; nil when it was read, or none is installed, or one was given.
    public private(set) var lexiconProblem: String?

    /// The drift of one link. `original` and `translation` are the texts of the two sides; the
    /// findings' ranges are scalar offsets into them.
    public func score(original: String, translation: String, originalLanguage: String, translationLanguage: String,
                      context: DriftContext = .init()) throws -> LinkDrift {
        try scoreMany([(original, translation)], originalLanguage: originalLanguage, translationLanguage: translationLanguage,
                      contexts: [context])[0]
    }

    /// The drift of many links of one language pair, in input order. Sentences and words are
    /// encoded in batches of ``batchSize`` pairs, which is what makes thousands of pairs fast.
    public func scoreMany(_ pairs: [(String, String)], originalLanguage: String, translationLanguage: String,
                          contexts: [DriftContext]? = nil) throws -> [LinkDrift] {
        if let c = contexts, c.count != pairs.count { throw DriftError.contextCountMismatch(pairs: pairs.count, contexts: c.count) }
        lock.lock()
        defer { lock.unlock() }
        let src = Self.code(originalLanguage), tgt = Self.code(translationLanguage)
        var out: [LinkDrift] = []
        out.reserveCapacity(pairs.count)
        var start = 0
        while start < pairs.count {
            let batch = Array(pairs[start..<min(pairs.count, start + max(1, batchSize))])
            let sides = batch.map { (side($0.0, src), side($0.1, tgt)) }
            let cosines = try sentenceCosines(batch)
            try encodeWords(sides.flatMap { [$0.0, $0.1] })
            for (k, s) in sides.enumerated() {
                out.append(analyse(s.0, s.1, cosine: cosines?[k], context: contexts?[start + k] ?? .init()))
            }
            start += batch.count
        }
        return out
    }

    /// "fr-FR", "FR", "french" → "fr".
    static func code(_ language: String) -> String {
        let l = language.lowercased()
        let names = ["french": "fr", "english": "en", "russian": "ru", "german": "de", "italian": "it"]
        if let c = names[l] { return c }
        return String(l.prefix { $0.isLetter }.prefix(2))
    }

    func side(_ text: String, _ language: String) -> LinkSide {
        let lexicon = self.lexicon
        let covers = lexicon?.covers(language) ?? false
        let phrases: ([String]) -> Bool = { words in
            lexicon?.knowsPhrase(words.map { LightStemmer.stem($0, language: language) }, language: language) ?? false
        }
        let wordForm: (String) -> Bool = { lexicon?.knowsWordForm($0, language: language) ?? false }
        return LinkSide(text: text, language: language, isCommonPhrase: phrases, isWordForm: wordForm) { lower, needsEvidence in
            // Without a dictionary every sentence-initial word may be a common word, and no
            // other capitalized word is known to be one.
            guard covers else { return !needsEvidence }
            // Opening a sentence, any form the language's word list has is a common word («Agis»,
            // «Combiné», «Historiquement»); inside one, only the dictionary's words are.
            if !needsEvidence && lexicon!.knowsWordForm(lower, language: language) { return true }
            // A word the dictionaries only ever capitalize («Bahreïn», "France") is a name.
            return lexicon!.isCommonWord(lower, language: language)
        }
    }

    func analyse(_ a: LinkSide, _ b: LinkSide, cosine: Double?, context: DriftContext) -> LinkDrift {
        let alignment = ContentAlignment(a, b, vectors: wordVectors, lexicon: lexicon, names: names, pairThreshold: calibration.wordThreshold,
                                         functionWordBar: calibration.wordThreshold)
        let aligns = (encoder != nil && encoder?.name != "lexical" && usesWordVectors) || (lexicon?.covers(a.language) == true && lexicon?.covers(b.language) == true)
        let unmatched = aligns ? alignment.unmatchedFraction(threshold: calibration.wordThreshold) : 0
        let coverageA = aligns ? ContentAlignment.coverage(alignment.original) : 1
        let coverageB = aligns ? ContentAlignment.coverage(alignment.translation) : 1
        let p = calibration.equivalence(cosine: cosine, words: a.tokens.count + b.tokens.count, unmatched: unmatched,
                                        originalCoverage: coverageA, translationCoverage: coverageB,
                                        originalContentWords: aligns ? alignment.original.count : nil)
        var link = LinkAnalysis(original: a, translation: b, similarity: cosine, equivalence: p, alignment: alignment,
                                context: context, calibration: calibration, names: names, alignsWords: aligns,
                                vectors: wordVectors, lexicon: lexicon)
        link.intensityTransposition = IntensityCheck.transposition(link)
        link.intensityExplained = (IntensityCheck.explained(link, onTranslation: false), IntensityCheck.explained(link, onTranslation: true))
        link.quotedSpans = QuotedSpanCheck.analyse(link)
        if aligns { link.unmatchedRuns = UnmatchedRuns.reported(link) }
        var located = checks.flatMap { $0.findings(link) }
        var overall = MeaningCheck().overall(link)
        // The French gives the words to someone else: either it misattributes them (the
        // attribution finding says so) or the link is wrong, and then its fidelity means little.
        if located.contains(where: { $0.type == .attribution && $0.severity == .major }) {
            located = located.map { $0.type == .quotation ? $0.lowered : $0 }
        }
        if context.isParaphrase && !context.isQuotation {
            located = located.map { $0.leavesOut ? $0.lowered : $0 }
            overall = overall.map(\.lowered)
        }
        var findings = (overall + located).sorted { $0.severity > $1.severity }
        // How the words were compared, not what drifted: said (info, last), not scored.
        if alignment.isWindowed {
            findings.append(ContentAlignment.windowNote(original: a.content.count, translation: b.content.count, window: alignment.window))
        }
        let evidence = DriftEvidence(cosine: cosine, words: a.tokens.count + b.tokens.count, unmatched: unmatched, equivalence: p,
                                     originalCoverage: coverageA, translationCoverage: coverageB,
                                     originalContentWords: aligns ? alignment.original.count : nil,
                                     translationContentWords: aligns ? alignment.translation.count : nil)
        return LinkDrift(score: calibration.drift(equivalence: p, findings: located), findings: findings, similarity: cosine,
                         evidence: evidence)
    }
}
