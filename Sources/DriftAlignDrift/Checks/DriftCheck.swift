/// Everything the checks know about one link, computed once by ``DriftScorer``.
struct LinkAnalysis {
    let original: LinkSide
    let translation: LinkSide
    /// Encoder cosine of the two sides, when there is an encoder.
    let similarity: Double?
    /// Probability that the link is equivalent, from ``DriftCalibration``.
    let equivalence: Double
    let alignment: ContentAlignment
    let context: DriftContext
    let calibration: DriftCalibration
    let names: NameKeyMaker
    /// Whether word counterparts can be found by meaning (word vectors or a dictionary for the
    /// pair); without that, omission and addition findings would be guesses and are not made.
    let alignsWords: Bool
    /// Word vectors by lower-cased word (content words and bases of negative-prefixed words).
    let vectors: [String: [Float]]
    let lexicon: BilingualLexicon?
    /// An intensifier rendered by an adjective of degree (``IntensityCheck/transposition(_:)``),
    /// set once by ``DriftScorer`` for the intensity, omission, addition and quotation checks.
    var intensityTransposition: IntensityCheck.Transposition? = nil
    /// Token indices of each side that the intensity check accounts for
    /// (``IntensityCheck/explained(_:onTranslation:)``), set once by ``DriftScorer`` after the
    /// transposition, for the omission, addition, quotation and meaning checks.
    var intensityExplained: (original: Set<Int>, translation: Set<Int>) = ([], [])
    /// Quotations inside the sentence and how the translation's renders the original's
    /// (``QuotedSpanCheck/analyse(_:)``), set once by ``DriftScorer`` after the transposition.
    var quotedSpans = QuotedSpanCheck.Analysis()
    /// Runs of content words without a counterpart on each side, as the omission and addition
    /// checks report them (``UnmatchedRuns/reported(_:)``), set once by ``DriftScorer`` after the
    /// quotations: the omission, addition and meaning checks all read them.
    var unmatchedRuns: (original: [[Int]], translation: [[Int]]) = ([], [])

    /// Words of one side that another check accounts for, which the omission, addition and
    /// quotation checks leave alone: an adjective rendering an intensifier
    /// (``IntensityCheck/explained(_:onTranslation:)``) and a word left untranslated
    /// (``ContentAlignment/copies``).
    func explained(onTranslation: Bool) -> Set<Int> {
        (onTranslation ? intensityExplained.translation : intensityExplained.original)
            .union(onTranslation ? Set(alignment.copies.keys) : Set(alignment.copies.values))
    }

    /// Cosine of two words' vectors (both unit length), or nil when either has none.
    func wordSimilarity(_ x: String, _ y: String) -> Double? {
        guard let a = vectors[x], let b = vectors[y] else { return nil }
        return WordVectors.cosine(a, b)
    }

    /// The vectors of a lower-cased word's readings, as the content alignment compares it: the
    /// word as written and its other readings (its lemma: «велика» → «большой»;
    /// ``ContentAlignment/otherForms(of:language:lexicon:)``), those that were encoded.
    func readingVectors(of word: String, language: String) -> [[Float]] {
        ([word] + ContentAlignment.otherForms(of: word, language: language, lexicon: lexicon)).compactMap { vectors[$0] }
    }

    /// The best cosine of word `x`'s vector with any of `readings` (``readingVectors(of:language:)``),
    /// or nil when `x` has no vector or there is no reading.
    func similarity(_ x: String, toAnyOf readings: [[Float]]) -> Double? {
        guard let v = vectors[x] else { return nil }
        return readings.map { WordVectors.cosine(v, $0) }.max()
    }

    /// "the French", "the English", "the Russian": how messages name the translation.
    var theTranslation: String { LanguageNames.the(translation.language, fallback: "the translation") }
    /// How messages name the original ("the original" unless both sides share a language).
    var theOriginal: String { "the original" }
}

/// One kind of drift detection. Each conformer lives in its own file with the messages it writes.
protocol DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding]
}

extension DriftCheck {
    /// The items of `x` that `y` does not have as many times, by `key`, in `x`'s order (a
    /// multiset difference): the titles or relative times one side names and the other lacks.
    static func unmatched<T, K: Hashable>(_ x: [T], _ y: [T], by key: (T) -> K) -> [T] {
        var left = Dictionary(y.map { (key($0), 1) }, uniquingKeysWith: +)
        return x.filter { item in
            guard let n = left[key(item)], n > 0 else { return true }
            left[key(item)] = n - 1
            return false
        }
    }
}

/// Language names for messages.
enum LanguageNames {
    static func the(_ code: String, fallback: String) -> String {
        bare(code).map { "the \($0)" } ?? fallback
    }

    /// "Russian", "English"…: a language as a bare name, nil for one messages do not name.
    static func bare(_ code: String) -> String? {
        switch code {
        case "fr": return "French"
        case "en": return "English"
        case "ru": return "Russian"
        case "de": return "German"
        case "it": return "Italian"
        default: return nil
        }
    }
}

extension String {
    /// The string with its first letter in capitals, to start a message.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
