/// Which content words of each side have a counterpart on the other: the evidence for the
/// omission and addition checks, and a term of the drift score.
///
/// A word's counterpart is the other side's content word that matches it best, scored 1 for the
/// same word or stem, the same known name (``Exonyms``) or a dictionary translation
/// (``BilingualLexicon``, ``ReadoutGlossary``), 0.9 for a cognate or transliteration (``NameKey``), else the cosine of
/// the two words' vectors from the sentence encoder (USE-m embeds single words across its 16
/// languages well enough to tell "приказ" ↔ "order" (0.79) from "приказ" ↔ "team" (0.32)); a
/// conjugated French verb is also compared by its likely infinitive (``FrenchVerbForms``).
/// Measured against dictionary-only and cognate-only alignment in docs/DRIFT.md.
struct ContentAlignment {
    /// Best counterpart score of each content word of the original, by token index.
    var original: [Int: Double] = [:]
    /// Best counterpart score of each content word of the translation, by token index.
    var translation: [Int: Double] = [:]
    /// Words of the translation that copy a word of the original untranslated (token index →
    /// the original's token index, ``UntranslatedCheck/copies(_:_:lexicon:)``): no counterpart
    /// of each other, though they are the same word.
    var copies: [Int: Int] = [:]
    /// The counterparts of each content word of the original: the translation's content words
    /// that score at least `pairThreshold` with it, in text order (``QuotedSpanCheck`` asks
    /// whether a word's counterpart lies inside a quotation). Kept only when asked for and both
    /// sides have at most 2 × ``window`` + 1 content words (every sentence), so at most 401 × 401
    /// pairs; empty otherwise.
    private(set) var pairs: [Int: [Int]] = [:]
    /// First names each side spells out where the other writes initials (token indices,
    /// ``spelledInitials(of:in:concepts:names:)``): no name added or dropped.
    private(set) var spelledOut: (original: Set<Int>, translation: Set<Int>) = ([], [])

    /// Content words of a side whose best counterpart scores below `threshold`, in text order.
    static func unmatched(_ scores: [Int: Double], below threshold: Double) -> [Int] {
        scores.filter { $0.value < threshold }.keys.sorted()
    }

    /// Fraction of content words (both sides together) without a counterpart.
    func unmatchedFraction(threshold: Double) -> Double {
        let n = original.count + translation.count
        guard n > 0 else { return 0 }
        let u = original.values.filter { $0 < threshold }.count + translation.values.filter { $0 < threshold }.count
        return Double(u) / Double(n)
    }

    /// Mean best-counterpart score of a side's content words (1 when it has none): how much of
    /// it the other side covers, a softer signal than the unmatched fraction.
    static func coverage(_ scores: [Int: Double]) -> Double {
        guard !scores.isEmpty else { return 1 }
        // In token order: a dictionary's order changes from one process to the next, and a sum's
        // last bit with it.
        return scores.keys.sorted().reduce(0) { $0 + min(1, max(0, scores[$1]!)) } / Double(scores.count)
    }

    init() {}

    init(_ a: LinkSide, _ b: LinkSide, vectors: [String: [Float]], lexicon: BilingualLexicon?, names: NameKeyMaker,
         window: Int = ContentAlignment.defaultWindow, pairThreshold: Double? = nil, functionWordBar: Double? = nil) {
        self.window = max(0, window)
        let conceptA = Self.concepts(a), conceptB = Self.concepts(b)
        let stemsA = a.content.map { LightStemmer.stem(a.tokens[$0].lower, language: a.language) }
        let stemsB = b.content.map { LightStemmer.stem(b.tokens[$0].lower, language: b.language) }
        let otherA = Self.otherReadings(a, vectors: vectors, lexicon: lexicon), otherB = Self.otherReadings(b, vectors: vectors, lexicon: lexicon)
        let translatedA: [Set<String>] = stemsA.map {
            (lexicon?.translations(of: $0, from: a.language, to: b.language) ?? [])
                .union(ReadoutGlossary.translations(of: $0, from: a.language, to: b.language))
        }
        var original: [Int: Double] = [:], translation: [Int: Double] = [:]
        var compared = 0
        var pairs: [Int: [Int]] = [:]
        let nA = a.content.count, nB = b.content.count
        // Sentence-sized links (every word meets every word): word pairs and first names for
        // initials are worked out there only.
        let sentenceSized = max(nA, nB) <= 2 * window + 1
        let keepsPairs = pairThreshold != nil && sentenceSized
        let copies = UntranslatedCheck.copies(a, b, lexicon: lexicon)
        let polesA = Self.poles(a), polesB = Self.poles(b)
        let markersA = polesA.isEmpty ? [] : NegationCheck.markers(a), markersB = polesB.isEmpty ? [] : NegationCheck.markers(b)
        func turned(_ k: Int, _ side: LinkSide, _ markers: [Int]) -> Bool {
            NegationCheck.isNegated(k, markers, side.tokens) != NegationCheck.isLessened(k, side.tokens)
        }
        for i in a.content { original[i] = 0 }
        for j in b.content { translation[j] = 0 }
        func compare(_ x: Int, _ y: Int) {
            compared += 1
            let i = a.content[x], j = b.content[y]
            let ta = a.tokens[i], tb = b.tokens[j]
            // A word left untranslated is not its original's rendering.
            if copies[j] != nil, ta.lower == tb.lower { return }
            var s: Double
            // Stems also meet across languages for shared words ("infrastructure(s)").
            if ta.lower == tb.lower || (stemsA[x] == stemsB[y] && (a.language == b.language || stemsA[x].count >= 5))
                || (conceptA[i] != nil && conceptA[i] == conceptB[j]) || translatedA[x].contains(stemsB[y]) {
                s = 1
            } else if conceptA[i] != nil || conceptB[j] != nil {
                // A known name matches its own forms only: "great" is not "Grande(-Bretagne)".
                // A name the table knows on one side only may still be spelled the other's way
                // ("Michael" / «Михаэль»).
                s = (conceptA[i] == nil || conceptB[j] == nil) && ta.lower.count >= 4 && tb.lower.count >= 4
                    && names.relation(ta.lower, tb.lower) == .same ? 0.9 : 0
            } else {
                s = 0
                if let va = vectors[ta.lower], let vb = vectors[tb.lower] {
                    s = WordVectors.cosine(va, vb)
                    for v in otherA[x] { s = max(s, WordVectors.cosine(v, vb)) }
                    for v in otherB[y] { s = max(s, WordVectors.cosine(va, v)) }
                }
                // Opposites are no rendering of each other, however near their vectors ("peace" /
                // «guerre», «продолжить» / «interrompre»: ``NegationLexicon/antonyms``), unless
                // one of them is turned by a negation or a "less" before it ("wasn't legal" for
                // «незаконно», «les moins chers» for «самых дешёвых»).
                if s > 0, let pa = polesA[i], let pb = polesB[j], pa.contains(where: { x in pb.contains { $0.pair == x.pair && $0.pole != x.pole } }),
                   turned(i, a, markersA) == turned(j, b, markersB) {
                    s = 0
                }
                // Three letters are enough for two names inside their sentences ("Том" / "Tom").
                let minimum = ta.isCapitalized && tb.isCapitalized && !ta.isSentenceInitial && !tb.isSentenceInitial ? 3 : 4
                if s < 0.9, ta.lower.count >= minimum, tb.lower.count >= minimum, names.relation(ta.lower, tb.lower) == .same {
                    s = 0.9
                }
            }
            if s > original[i]! { original[i] = s }
            if s > translation[j]! { translation[j] = s }
            if keepsPairs, s >= pairThreshold! { pairs[i, default: []].append(j) }
        }
        if min(nA, nB) <= 2 * window + 1 {
            for x in 0..<nA { for y in 0..<nB { compare(x, y) } }
        } else {
            // Each word of the longer side meets the shorter side's words within `window` of its
            // relative position; consecutive bands overlap, so every word of both sides is compared.
            isWindowed = true
            let longer = max(nA, nB), shorter = min(nA, nB)
            for l in 0..<longer {
                let centre = l * shorter / longer
                for k in max(0, centre - window)...min(shorter - 1, centre + window) {
                    if nA >= nB { compare(l, k) } else { compare(k, l) }
                }
            }
        }
        // A content word the other language says with a function word («туда» / "there",
        // «пошёл» / "went", «plupart» / "most"): matched to that word when their vectors reach
        // `functionWordBar`, though the function word itself is nobody's omission or addition.
        // Not the grammatical core (articles, prepositions, pronouns, be/have/do:
        // ``FunctionWords/isGrammatical(_:)``), whose vectors sit near everything: with them, a
        // verb a perturbation removed («прибыл») found its counterpart in "in".
        if let bar = functionWordBar, sentenceSized {
            func functionWords(_ side: LinkSide) -> [Int] {
                let content = Set(side.content)
                return side.tokens.indices.filter { k in !content.contains(k) && LinkSide.mayRender(side.tokens[k], language: side.language) }
            }
            let fa = functionWords(a), fb = functionWords(b)
            func lift(_ scores: inout [Int: Double], _ side: LinkSide, against other: LinkSide, _ words: [Int]) {
                for (i, s) in scores where s < bar {
                    guard let v = vectors[side.tokens[i].lower] else { continue }
                    var best = s
                    for k in words { if let w = vectors[other.tokens[k].lower] { best = max(best, WordVectors.cosine(v, w)) } }
                    if best >= bar { scores[i] = best }
                }
            }
            lift(&original, a, against: b, fb)
            lift(&translation, b, against: a, fa)
        }
        // A first name one side spells out where the other writes an initial («В.В.Путин» /
        // «Vladimir Poutine»): rendered, when the initial's letter starts it and the surnames
        // that follow match.
        let spelledB = sentenceSized ? Self.spelledInitials(of: a, in: b, concepts: (conceptA, conceptB), names: names) : []
        let spelledA = sentenceSized ? Self.spelledInitials(of: b, in: a, concepts: (conceptB, conceptA), names: names) : []
        for j in spelledB { translation[j] = 1 }
        for i in spelledA { original[i] = 1 }
        for i in Self.languageNouns(a, concepts: conceptA, other: Set(conceptB.values)) { original[i] = 1 }
        for j in Self.languageNouns(b, concepts: conceptB, other: Set(conceptA.values)) { translation[j] = 1 }
        // A support verb is rendered as well as its noun is («l'avantage que nous tirerons» /
        // "the benefit that we will have": «tirerons» has no counterpart, «avantage» has one).
        // A noun of character is rendered as well as its best adjective is («носил деловой
        // характер» / «a été pragmatique»), before its support verb takes its score.
        Self.liftCharacterNouns(&original, a)
        Self.liftCharacterNouns(&translation, b)
        for (v, n) in a.supportVerbs { if let s = original[v], let t = original[n], t > s { original[v] = t } }
        for (v, n) in b.supportVerbs { if let s = translation[v], let t = translation[n], t > s { translation[v] = t } }
        spelledOut = (Set(spelledA), Set(spelledB))
        self.original = original
        self.translation = translation
        self.copies = copies
        self.pairs = pairs
        comparisons = compared
    }

    /// The antonym pairs and poles each token of `side` stands in (``AntonymIndex``): token index →
    /// (pair, 0 or 1), for every token of a form.
    static func poles(_ side: LinkSide) -> [Int: [(pair: Int, pole: Int)]] {
        let (pairs, lengths) = AntonymIndex.shared.hits(side.tokens, text: side.text, language: side.language)
        var out: [Int: [(pair: Int, pole: Int)]] = [:]
        for (p, hit) in pairs {
            for (pole, starts) in [hit.a, hit.b].enumerated() {
                for start in starts {
                    for k in start..<min(side.tokens.count, start + (lengths[start] ?? 1)) { out[k, default: []].append((p, pole)) }
                }
            }
        }
        return out
    }

    /// Content words each way a word is compared with when both sides are long (the band of
    /// ``init(_:_:vectors:lexicon:names:window:)``).
    ///
    /// Comparing every content word with every other made one long pair quadratic (8,000 words a
    /// side: 6.4·10⁷ comparisons, 8 s; 40,000: over a minute). The band applies only when both
    /// sides have more than 2 × 200 + 1 content words, which no sentence has: the drift benchmarks'
    /// pairs have a few dozen, a monotonic link of three press sentences about a hundred, and all
    /// of those (and any pair with one side that short) are still compared in full. Past that the pair
    /// is documents pasted whole, and a translation keeps the original's order at the scale of 200
    /// content words (about a page: translators reorder within sentences and sometimes move one,
    /// not pages), so a band of ±200 around each word's relative position finds its counterpart.
    /// Work is then at most 401 × the longer side's content words. ``isWindowed`` says when the
    /// band applied and the scorer adds ``windowNote(original:translation:window:)`` to the findings.
    static let defaultWindow = 200

    /// The window used (``defaultWindow`` unless a test sets a smaller one).
    var window = ContentAlignment.defaultWindow
    /// Whether the sides were too long to compare every pair and words met only their band.
    private(set) var isWindowed = false
    /// Word pairs compared: at most (2 × ``window`` + 1) × the longer side's content words.
    private(set) var comparisons = 0

    /// The finding that says word-level checks ran on windows: never a silent change of method.
    /// Info severity, of the whole link (``DriftFinding/Kind/meaning``), and not counted in the score.
    static func windowNote(original: Int, translation: Int, window: Int) -> DriftFinding {
        DriftFinding(type: .meaning, severity: .info,
                     reason: "Too long to compare every word with every other (\(original) and \(translation) content words): "
                        + "each word was compared only with the other side's content words within \(window) places of its "
                        + "relative position, so a counterpart moved further than that is missed and omissions, additions, "
                        + "names and negations there may be misreported.")
    }

    /// For each content word of `side`, the vectors of its other readings that were encoded: its
    /// lemma («tua» / "killed", ``BilingualLexicon/lemma(of:language:)``), a conjugated French
    /// verb's likely infinitive («entameraient» / "start", ``FrenchVerbForms``), a German
    /// compound's known heads ("Westgrat" / «arête», ``GermanCompounds``). A word is compared by
    /// the best of its readings.
    private static func otherReadings(_ side: LinkSide, vectors: [String: [Float]], lexicon: BilingualLexicon?) -> [[[Float]]] {
        side.content.map { i in otherForms(of: side.tokens[i].lower, language: side.language, lexicon: lexicon).compactMap { vectors[$0] } }
    }

    /// The other readings of a lower-cased word (see ``otherReadings(_:vectors:lexicon:)``); the
    /// scorer encodes those it can use.
    static func otherForms(of lower: String, language: String, lexicon: BilingualLexicon?) -> [String] {
        var out: [String]
        switch language {
        case "fr": out = FrenchVerbForms.infinitive(of: lower).map { [$0] } ?? []
        case "de": out = GermanCompounds.heads(of: lower)
        default: out = []
        }
        if let l = lexicon?.lemma(of: lower, language: language), l != lower, !out.contains(l) { out.insert(l, at: 0) }
        return out
    }

    /// Content words of `b` that spell out a first name `a` abbreviates: a capitalized word right
    /// before a capitalized word (the surname) that is the same name as the surname after one of
    /// `a`'s initials (the same ``Exonyms`` concept or ``NameKey``), whose transliteration starts
    /// with the first initial's ("В" → "v" of "Vladimir", "Дм" → "dm" of "Dmitri").
    static func spelledInitials(of a: LinkSide, in b: LinkSide, concepts: ([Int: String], [Int: String]), names: NameKeyMaker) -> [Int] {
        guard !a.initials.isEmpty else { return [] }
        let content = Set(b.content)
        var out: [Int] = []
        let scalars = Array(b.text.unicodeScalars)
        // A space between, or an abbreviation's period ("Dm. Glukhovsky", "Dm.Travin").
        func joined(_ j: Int) -> Bool {
            let gap = b.tokens[j].range.upperBound..<b.tokens[j + 1].range.lowerBound
            guard gap.upperBound <= scalars.count else { return false }
            return [[" "], ["."], [".", " "]].contains(Array(scalars[gap]))
        }
        for j in b.content where j + 1 < b.tokens.count && b.tokens[j].isCapitalized && b.tokens[j + 1].isCapitalized
            && content.contains(j + 1) && joined(j) {
            let first = names.keys(b.tokens[j].text).first?.latin ?? ""
            for chain in a.initials {
                let s = chain.surname
                let sameSurname = (concepts.0[s] != nil && concepts.0[s] == concepts.1[j + 1])
                    || names.relation(a.tokens[s].lower, b.tokens[j + 1].lower) == .same
                guard sameSurname, let letter = names.keys(a.tokens[chain.letters[0]].text).first?.latin,
                      !letter.isEmpty, first.hasPrefix(letter) else { continue }
                out.append(j)
                break
            }
        }
        return out
    }

    /// Gives each noun of character of `side` (``LinkSide/characterNouns``) its best adjective's
    /// score, and its «носить» the same.
    private static func liftCharacterNouns(_ scores: inout [Int: Double], _ side: LinkSide) {
        for (n, c) in side.characterNouns {
            guard let t = c.adjectives.compactMap({ scores[$0] }).max() else { continue }
            for k in [n] + (c.verb.map { [$0] } ?? []) { if let s = scores[k], t > s { scores[k] = t } }
        }
    }

    /// The word "language" next to a known country's adjective whose country the other side
    /// names: «испанский язык», "the Spanish language", «la langue espagnole», which the other
    /// language may say with the adjective alone («l'espagnol», "Spanish"). The noun is rendered
    /// by the other side's adjective, though no word translates it.
    static func languageNouns(_ side: LinkSide, concepts: [Int: String], other: Set<String>) -> [Int] {
        side.content.filter { i in
            let w = side.tokens[i].lower
            let isLanguage: Bool
            switch side.language {
            case "ru": isLanguage = Self.russianLanguageNouns.contains(w)
            case "fr": isLanguage = w == "langue" || w == "langues"
            case "en": isLanguage = w == "language" || w == "languages"
            case "de": isLanguage = w == "sprache"
            default: isLanguage = false
            }
            guard isLanguage else { return false }
            return [i - 1, i + 1].contains { k in concepts[k].map(other.contains) ?? false }
        }
    }

    /// «язык» (language) in its case forms, not «языковой» (linguistic).
    static let russianLanguageNouns: Set<String> = ["язык", "языка", "языку", "языком", "языке", "языки", "языков", "языкам", "языками", "языках"]

    private static func concepts(_ side: LinkSide) -> [Int: String] {
        var out: [Int: String] = [:]
        for n in side.names { if let c = n.concept { for i in n.indices { out[i] = c } } }
        return out
    }
}

/// Word vectors of the sentence encoder (unit length: their dot product is their cosine).
enum WordVectors {
    static func cosine(_ a: [Float], _ b: [Float]) -> Double {
        var d: Float = 0
        for k in 0..<min(a.count, b.count) { d += a[k] * b[k] }
        return Double(d)
    }
}
