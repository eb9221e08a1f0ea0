extension NegationCheck {
    /// Content words of `side` built on a negative prefix whose base, not the word itself, is what
    /// matches the other side: "inaccurately" where the original says "correctement". Decided on
    /// word vectors when there are (the base must be at least 0.55 similar to an other-side word and
    /// 0.08 closer than the whole word: measured on "information"/"formation", "unfair"/"injuste",
    /// "inaccurately"/"correctement"), else on the dictionary.
    /// Word-vector similarity at which a prefixed word's base is what an other-side word says.
    static let prefixBaseSimilarity = 0.55
    /// Word-vector similarity at which an other-side word with a negative prefix translates a
    /// prefixed word, so that both carry the negation.
    static let mirroredPrefixSimilarity = 0.5

    /// Whether WordNet lists `word` and `base` (or forms of them) as direct antonyms.
    static func wordNetOpposites(_ word: String, _ base: String) -> Bool {
        let baseLemmas = Set(WordNetAntonyms.lemmas(of: base) + [base])
        return WordNetAntonyms.antonyms(of: word, limit: 50).contains { baseLemmas.contains($0) }
            || WordNetAntonyms.antonyms(of: base, limit: 50).contains { $0 == word || WordNetAntonyms.lemmas(of: word).contains($0) }
    }

    /// Whether the dictionary's English for a prefixed word `w` is the opposite of its English
    /// for `base` (WordNet antonyms, or the English word is itself a negative-prefixed form of a
    /// rendering of the base: "illegible" / "legible"). True when the dictionary has no English
    /// for `w` (nothing to go on).
    static func dictionarySaysOpposite(_ w: String, base: String, language: String, lexicon: BilingualLexicon) -> Bool {
        let whole = lexicon.translations(of: LightStemmer.stem(w, language: language), from: language, to: "en")
        guard !whole.isEmpty else { return true }
        let bases = lexicon.translations(of: LightStemmer.stem(base, language: language), from: language, to: "en")
        return whole.contains { x in
            let xBase = NegativePrefixes.base(of: x, language: "en").map { LightStemmer.stem($0, language: "en") }
            return bases.contains { b in (xBase != nil && xBase == b) || Self.wordNetOpposites(x, b) }
        }
    }

    /// Whether a word of `other` built on a negative affix renders `word` (their vectors at
    /// ``mirroredPrefixSimilarity`` or more): then both carry the same negation («imprévues» /
    /// «незапланированные», "unhappy" / «несчастен»).
    static func hasAffixedCounterpart(_ word: String, in other: LinkSide, _ link: LinkAnalysis) -> Bool {
        other.content.contains { j in
            NegativePrefixes.base(of: other.tokens[j].lower, language: other.language) != nil
                && (link.wordSimilarity(word, other.tokens[j].lower) ?? 0) >= Self.mirroredPrefixSimilarity
        }
    }

    /// `otherMarkers`: the other side's negation markers (``markers(_:)``).
    static func prefixFlips(_ side: LinkSide, scores: [Int: Double], other: LinkSide, otherMarkers: [Int], _ link: LinkAnalysis) -> [Int] {
        side.content.filter { i in
            let w = side.tokens[i].lower
            guard let base = NegativePrefixes.base(of: w, language: side.language) else { return false }
            // English: WordNet must list the word as an opposite of its base ("unfair" / "fair",
            // "inaccurately" / "accurately"). "Inflamed", "inquired", "invaluable" only look prefixed.
            // (A suffix needs no such check: "hopeless" is "without hope", WordNet's opposite of
            // "hopeful".)
            if side.language == "en", !NegativePrefixes.isSuffixed(w, language: "en"), !Self.wordNetOpposites(w, base) { return false }
            // With a dictionary, the base must be a word of the language ("include" is not in+"clude").
            if let lexicon = link.lexicon, lexicon.covers(side.language),
               !lexicon.knows(LightStemmer.stem(base, language: side.language), language: side.language) { return false }
            // French, where no WordNet says which words are opposites: a word the dictionary
            // translates must say, in English, the opposite of what its base says there
            // («incorrect» / «correct»); «impasse» ("deadlock") is no negated «passe», «maltraiter»
            // ("abuse") no negated «traiter». A word the dictionary does not know is left to the
            // word vectors below. Not Russian: its stems are cut to five letters, so the
            // dictionary's "whole word" is often another word («непро…»), and the faithful
            // «непросто» / "haven't been easy" became a reversal.
            if side.language == "fr", let lexicon = link.lexicon, !Self.dictionarySaysOpposite(w, base: base, language: side.language, lexicon: lexicon) {
                return false
            }
            let whole = scores[i] ?? 0
            if link.vectors[base] != nil {
                let similarities = other.content.map { (j: $0, s: link.wordSimilarity(base, other.tokens[$0].lower) ?? 0) }
                let best = similarities.map(\.s).max() ?? 0
                guard best >= Self.prefixBaseSimilarity else { return false }
                // The base closer to an other-side word than the whole word is; or as close, when
                // that word is negated there: «незаконно» for "wasn't legal", «непросто» for
                // "haven't been easy" (a word and its opposite sit close in the vectors, and the
                // other side's negation tells which this one renders).
                // (Not a word that renders the whole word: «ne pas être impoli» for "not to be impolite".)
                let negatedThere = similarities.contains { c in
                    c.s >= Self.prefixBaseSimilarity && Self.isNegated(c.j, otherMarkers)
                        && c.s > (link.wordSimilarity(w, other.tokens[c.j].lower) ?? 0)
                }
                guard best - whole >= 0.08 || negatedThere else { return false }
                // Both sides prefixed: «imprévues» for «незапланированные» (unplanned), where the
                // other side's base is no word the dictionary knows. The other side's prefixed
                // word that translates this one carries the same negation.
                return !Self.hasAffixedCounterpart(w, in: other, link)
            }
            guard let lexicon = link.lexicon, whole < 1 else { return false }
            let translations = lexicon.translations(of: LightStemmer.stem(base, language: side.language), from: side.language, to: other.language)
            return other.content.contains { translations.contains(LightStemmer.stem(other.tokens[$0].lower, language: other.language)) }
        }
    }
}
