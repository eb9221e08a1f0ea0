/// Untranslated words: the translation copies a common word of the original instead of
/// translating it ("I knew that Bryant's самолюбие shouldn't be hurt", "the recovery is évidente").
/// MQM counts this as its own accuracy error, "Untranslated" (Lommel, Uszkoreit & Burchardt,
/// "Multidimensional Quality Metrics", Tradumàtica 12, 2014). The word alignment used to take a
/// copy for a perfect counterpart, so a link with an untranslated word looked better covered
/// than its translated twin; ``ContentAlignment`` now gives a copy no counterpart
/// (``UntranslatedCheck/copies(_:_:lexicon:)``), and this check reports it once, in place of the
/// omission and addition findings its two words would otherwise get.
struct UntranslatedCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        let a = link.original, b = link.translation
        let copies = link.alignment.copies
        guard !copies.isEmpty else { return [] }
        var runs: [[Int]] = []
        for j in copies.keys.sorted() {
            if let last = runs.last?.last, last == j - 1 { runs[runs.count - 1].append(j) } else { runs.append([j]) }
        }
        let language = LanguageNames.bare(a.language)
        return runs.map { run in
            let (range, text) = UnmatchedRuns.span(run, b)
            let said = language.map { " in \($0)" } ?? " as in the original"
            return DriftFinding(
                type: .omission, severity: .minor,
                reason: "«\(text)» is left\(said): \(link.theTranslation) copies \(link.theOriginal)'s word\(run.count > 1 ? "s" : "") instead of translating \(run.count > 1 ? "them" : "it").",
                originalRange: run.count == 1 ? a.tokens[copies[run[0]]!].range : nil, translationRange: range)
        }
    }

    /// The words of `b` that copy a word of `a` untranslated, each with the index of the first
    /// word of `a` it copies. A copy is the same word (lower-cased) in another language, no name
    /// (no capital, not all capitals, no digits), three letters or more, and either written in
    /// the other script (Cyrillic in an English, French or German translation, Latin letters in
    /// a Russian one) or, in an English translation, a common word of the original's language
    /// that the English dictionaries (FreeDict, WordNet) do not know in any case. Not in a French
    /// or German translation of the same script: French and English share thousands of words the
    /// French dictionary does not list ("version", "slogan", "district": 57 REFreSD pairs, 34 of
    /// them equivalent, had one), so there a copy is no evidence.
    static func copies(_ a: LinkSide, _ b: LinkSide, lexicon: BilingualLexicon?) -> [Int: Int] {
        guard a.language != b.language else { return [:] }
        var first: [String: Int] = [:]
        for (i, t) in a.tokens.enumerated() where first[t.lower] == nil { first[t.lower] = i }
        var out: [Int: Int] = [:]
        var scalars: [Unicode.Scalar]? = nil
        for (j, t) in b.tokens.enumerated() {
            guard let i = first[t.lower], isUntranslated(t, from: a.language, to: b.language, lexicon: lexicon) else { continue }
            if scalars == nil { scalars = Array(b.text.unicodeScalars) }
            if isInsideAddress(t.range, scalars!) { continue }
            out[j] = i
        }
        return out
    }

    /// Whether the word at `range` is part of a web address, an e-mail address, a handle or a
    /// hashtag ("https://clck.ru/Jzjxe", "@realDonaldTrump", "#peace"): the run of text around
    /// it without white space holds "/", "@" or "#", or a full stop between letters. Those are
    /// copied, not left untranslated. Looks at most 200 scalars each way.
    static func isInsideAddress(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        var lo = range.lowerBound, hi = range.upperBound
        while lo > 0, range.lowerBound - lo < 200, !s[lo - 1].properties.isWhitespace { lo -= 1 }
        while hi < s.count, hi - range.upperBound < 200, !s[hi].properties.isWhitespace { hi += 1 }
        for k in lo..<hi {
            if s[k] == "/" || s[k] == "@" || s[k] == "#" { return true }
            if s[k] == ".", k > lo, k + 1 < hi, s[k - 1].properties.isAlphabetic, s[k + 1].properties.isAlphabetic { return true }
        }
        return false
    }

    static func isUntranslated(_ t: WordToken, from source: String, to target: String, lexicon: BilingualLexicon?) -> Bool {
        guard !t.isCapitalized, !t.isAllCaps, !t.isNumeric, t.lower.unicodeScalars.filter(\.properties.isAlphabetic).count >= 3 else { return false }
        if t.isCyrillic != (target == "ru") { return true }
        guard target == "en", let lexicon, lexicon.covers(source), lexicon.covers(target) else { return false }
        return lexicon.isCommonWord(t.lower, language: source)
            && !lexicon.knowsInAnyCase(LightStemmer.stem(t.lower, language: target), language: target)
    }
}
