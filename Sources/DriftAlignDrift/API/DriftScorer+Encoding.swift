import DriftAlignCore
import DriftAlignEncoder

extension DriftScorer {
    /// Cosine of each pair's two sides, encoding all of them in one call (nil without encoder).
    /// Both sides are compared in ``TextFolding/comparisonForm(_:)``, as the aligner compares
    /// them: a shouted run ("A VERY BAD AND VULNERABLE POSITION") means what it says in lower
    /// case, and the intensity check reports the shouting itself (see ``comparedForms(_:)``).
    func sentenceCosines(_ pairs: [(String, String)]) throws -> [Double]? {
        guard let encoder, !pairs.isEmpty else { return nil }
        let d = encoder.dimension
        let forms = pairs.map(Self.comparedForms)
        let m = try encoder.encodeMatrix(forms.map(\.0) + forms.map(\.1))
        let n = pairs.count
        return (0..<n).map { k in
            var dot: Float = 0
            for x in 0..<d { dot += m[k * d + x] * m[(n + k) * d + x] }
            // Unit vectors: float rounding can carry an identical pair past 1 (1.0000007).
            return min(1, max(-1, Double(dot)))
        }
    }

    /// The forms a pair is compared in: ``TextFolding/comparisonForm(_:)`` without the initials
    /// before surnames (``TextFolding/droppingInitials(_:)``), and when both sides
    /// write words in capitals, one of them of five letters or more (emphasis kept by the
    /// translator: "it must end NOW" / «Cela doit cesser MAINTENANT»; most acronyms are shorter),
    /// those words lower-cased on both sides, which USE-m otherwise reads poorly (0.63 as written,
    /// 0.75 folded). On the dev halves of REFreSD, DEMETR and MLQE no figure moved; folding every
    /// pair with capitals on both sides (acronyms: "ОТП" / "OTP") lowered MLQE's r by 0.003.
    static func comparedForms(_ pair: (String, String)) -> (String, String) {
        var o = TextFolding.comparisonForm(pair.0), t = TextFolding.comparisonForm(pair.1)
        // Initials the translation keeps as initials ("Дм. Глуховский" / "Dm. Glukhovsky") match
        // as they are; a side that has them where the other has none or other ones (first names
        // spelled out) is compared without them, on both sides.
        if TextFolding.initialCount(o) != TextFolding.initialCount(t) {
            o = TextFolding.droppingInitials(o)
            t = TextFolding.droppingInitials(t)
        }
        let fo = TextFolding.lowercasingCapitalWords(o), ft = TextFolding.lowercasingCapitalWords(t)
        guard fo != o && ft != t, TextFolding.hasLongCapitalWord(o) || TextFolding.hasLongCapitalWord(t) else { return (o, t) }
        return (fo, ft)
    }

    /// Encodes the content words not yet in the cache (lower-cased, one vector per word), so the
    /// alignment can compare words across languages. The lexical encoder's n-gram vectors are not
    /// word meanings, so words are encoded only with a semantic encoder.
    func encodeWords(_ sides: [LinkSide]) throws {
        guard let encoder, encoder.name != "lexical", usesWordVectors else { return }
        var missing = Set<String>()
        for s in sides {
            // Function words too, but the grammatical core: a content word may be rendered by one
            // (``ContentAlignment``).
            for t in s.tokens where wordVectors[t.lower] == nil && LinkSide.mayRender(t, language: s.language) { missing.insert(t.lower) }
            for i in s.content {
                let w = s.tokens[i].lower
                if wordVectors[w] == nil { missing.insert(w) }
                // Its other readings: its lemma ("cria" → "crier"), a French verb's likely infinitive
                // ("entameraient" → "entamer"), the heads of a German compound that the encoder's
                // vocabulary knows ("westgrat" → "grat").
                for v in ContentAlignment.otherForms(of: w, language: s.language, lexicon: lexicon) where wordVectors[v] == nil {
                    if s.language == "de" {
                        guard let tokenizer = (encoder as? USEMultilingualEncoder)?.tokenizer,
                              GermanCompounds.isKnownWord(v, pieces: { tokenizer.pieces($0) }) else { continue }
                    }
                    missing.insert(v)
                }
                // Bases of negative-prefixed words, for the negation check ("inaccurately" → "accurately").
                if let b = NegativePrefixes.base(of: w, language: s.language), wordVectors[b] == nil { missing.insert(b) }
                // WordNet antonyms of English words, for the negation check ("end" → "beginning").
                if s.language == "en" {
                    for a in WordNetAntonyms.antonyms(of: w) where wordVectors[a] == nil && !NegationCheck.differByNegativePrefix(w, a) { missing.insert(a) }
                }
            }
        }
        guard !missing.isEmpty else { return }
        if wordVectors.count + missing.count > 200_000 { wordVectors.removeAll() }
        // Sorted: a set's order changes from one process to the next, and with it the encoder's
        // batches and the last bits of the vectors; scores must not.
        let words = missing.sorted()
        let vectors = try encoder.encode(words)
        for (w, v) in zip(words, vectors) { wordVectors[w] = v }
    }
}
