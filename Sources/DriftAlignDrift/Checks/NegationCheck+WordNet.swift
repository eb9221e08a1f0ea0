/// One English word of a link read as the opposite of a word on the other side.
struct AntonymFlip {
    /// Token index of the English word, on its side.
    var word: Int
    /// Token index of the other side's word that its antonym matches.
    var counterpart: Int
    /// The WordNet antonym that matched, e.g. "beginning" for "end".
    var antonym: String
}

extension NegationCheck {
    /// The ``antonymFlips(_:scores:other:otherScores:markers:_:)`` of both sides as findings, leaving
    /// out words a finding in `reported` already points at. `markers`: each side's negation markers
    /// (``markers(_:)``), which the caller has read already.
    static func antonymFindings(_ link: LinkAnalysis, reported: [DriftFinding], markers: (original: [Int], translation: [Int])) -> [DriftFinding] {
        let a = link.original, b = link.translation
        let sa = link.alignment.original, sb = link.alignment.translation
        var out: [DriftFinding] = []
        for onTranslation in [true, false] {
            let (side, other, scores, otherScores) = onTranslation ? (b, a, sb, sa) : (a, b, sa, sb)
            let sideMarkers = onTranslation ? (markers.translation, markers.original) : (markers.original, markers.translation)
            let taken = Set((reported + out).compactMap { onTranslation ? $0.translationRange?.lowerBound : $0.originalRange?.lowerBound })
            for f in antonymFlips(side, scores: scores, other: other, otherScores: otherScores, markers: sideMarkers, link)
            where !taken.contains(side.tokens[f.word].range.lowerBound) {
                let word = side.tokens[f.word], counterpart = other.tokens[f.counterpart]
                let reason = onTranslation
                    ? "\(link.theTranslation.capitalizedFirst) says «\(word.text)», the opposite of \(link.theOriginal)'s «\(counterpart.text)»\(gloss(f.antonym, counterpart))."
                    : "\(link.theOriginal.capitalizedFirst) says «\(word.text)»; \(link.theTranslation)'s «\(counterpart.text)» says the opposite\(gloss(f.antonym, counterpart))."
                out.append(DriftFinding(type: .negation, severity: .major, reason: reason,
                                        originalRange: onTranslation ? counterpart.range : word.range,
                                        translationRange: onTranslation ? word.range : counterpart.range))
            }
        }
        return out
    }

    /// English content words of `side` whose WordNet antonym, not the word itself, is what an
    /// other-side word says: "innocent" where the original has «coupable» ("guilty" is 0.87
    /// similar to it, "innocent" 0.71), "absence" for «présence». The other-side word is read by
    /// its best reading, as the content alignment reads it: the short adjective «велика» as its
    /// lemma «большой» ("big" 0.72 as written, 0.96 as the lemma). Decided on word vectors: the
    /// antonym at least ``minimumSimilarity`` similar to an other-side word and ``minimumGain``
    /// closer to it than the word is to anything there; a word the other side matches exactly
    /// (same word, name, dictionary) is never a flip, and neither is an other-side word matched
    /// exactly by something else, a negated word against one that is not, or a word whose antonym
    /// its own side says too.
    ///
    /// The thresholds are stricter than the negative prefixes' (0.55, 0.08): word vectors put
    /// many unrelated words near some antonym. Measured on the DEMETR and REFreSD dev halves
    /// (docs/DRIFT.md): at 0.55/0.08 the check fired on 62 of 1,221 DEMETR machine translations
    /// and 59 REFreSD pairs, 9 of them equivalent; at 0.85/0.15 on five antonym perturbations and
    /// one other perturbed sentence, on no machine translation, and on three REFreSD pairs, none
    /// of them equivalent.
    static let minimumSimilarity = 0.85
    static let minimumGain = 0.15
    static func antonymFlips(_ side: LinkSide, scores: [Int: Double], other: LinkSide, otherScores: [Int: Double],
                             markers: (side: [Int], other: [Int]), _ link: LinkAnalysis) -> [AntonymFlip] {
        guard side.language == "en", !link.vectors.isEmpty else { return [] }
        var out: [AntonymFlip] = []
        // The readings of the other side's words without an exact counterpart, once for every word here.
        // (Not a lessened word: «moins longue» says "shorter", not the opposite of it.)
        let across = other.content.filter { (otherScores[$0] ?? 0) < 1 && !isLessened($0, other.tokens) }
            .map { (j: $0, readings: link.readingVectors(of: other.tokens[$0].lower, language: other.language)) }
        // A negated word says its antonym ("it's not right" for «неправильно»), unless the other
        // side's word is negated too ("doesn't make it false" for «ne deviendra pas vrai»).
        for i in side.content where !isNameWord(side.tokens[i]) && !isLessened(i, side.tokens) {
            let whole = scores[i] ?? 0
            guard whole < 1 else { continue }
            var best: (score: Double, j: Int, antonym: String)? = nil
            let word = side.tokens[i].lower
            // Antonyms made with a negative prefix ("due"/"undue") are the prefix check's.
            for a in WordNetAntonyms.antonyms(of: word) where !Self.differByNegativePrefix(word, a) && link.vectors[a] != nil {
                for (j, readings) in across {
                    guard let d = link.similarity(a, toAnyOf: readings) else { continue }
                    if d > (best?.score ?? -1) { best = (d, j, a) }
                }
            }
            // …and a side that says both words says the pair: "advantages and disadvantages"
            // for «преимущества и недостатки».
            if let b = best, b.score >= minimumSimilarity, b.score - whole >= minimumGain,
               !isNegated(i, markers.side) || isNegated(b.j, markers.other),
               !side.content.contains(where: { k in k != i && (link.wordSimilarity(b.antonym, side.tokens[k].lower) ?? 0) >= minimumSimilarity }) {
                out.append(AntonymFlip(word: i, counterpart: b.j, antonym: b.antonym))
            }
        }
        return out
    }

    /// A capitalized English word inside a sentence is part of a name, which has no opposite:
    /// "the Northern Lights" is no "dark" read as light, "the White House" no "black" read as white.
    /// ALL-CAPS words (shouted common words: "a GREAT deal") are still read.
    static func isNameWord(_ t: WordToken) -> Bool {
        t.isCapitalized && !t.isAllCaps && !t.isSentenceInitial
    }

    /// " («beginning»)" after a word that is not itself the antonym ("début"), else nothing.
    static func gloss(_ antonym: String, _ word: WordToken) -> String {
        word.lower == antonym ? "" : " («\(antonym)»)"
    }

    /// "due"/"undue", "order"/"disorder": one word is the other with a negative prefix.
    static func differByNegativePrefix(_ x: String, _ y: String) -> Bool {
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        guard long.hasSuffix(short) else { return false }
        return NegativePrefixes.byLanguage["en"]!.contains(String(long.dropLast(short.count)))
    }
}
