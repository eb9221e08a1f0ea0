import DriftAlignCore

/// Quotation fidelity inside a sentence: the original quotes a few words («надёжном и
/// проверяемом» режиме) and the translation quotes its rendering of them (un régime « fiable »).
/// Quotation marks say "these are the speaker's own words", so the quoted words must render the
/// original's quoted words: a word of the original's quotation with no counterpart in the
/// translation's, or a word of the translation's quotation with none in the original's, is a
/// finding, as ``QuotationCheck`` holds a quotation that is the whole link. A readout translated
/// in full keeps the readout's quotation marks, so this is where a truncated quotation shows.
///
/// Which quotation renders which: the translation's quotation that holds the counterparts
/// (``ContentAlignment/pairs``) of most of the original quotation's content words, one each.
/// An original quotation with no such partner (the translation dropped the marks, or quotes
/// something else) is not compared: rendering a quotation as reported speech changes no words.
/// Only quotations that are part of their sentence are compared (under 80 % of the side, the
/// share at which the report treats a sentence as a quotation); a link the context already
/// treats as a quotation is ``QuotationCheck``'s.
struct QuotedSpanCheck: DriftCheck {
    /// One original quotation and the translation's quotation that renders it.
    struct Pair {
        /// Inner ranges (marks excluded) in each side's text.
        var original: Range<Int>
        var translation: Range<Int>
        /// Runs of the original quotation's words with no counterpart anywhere in the translation.
        var leftOut: [[Int]]
        /// Runs of its words whose counterparts lie only outside the translation's quotation.
        var movedOut: [[Int]]
        /// Runs of the translation quotation's words with no counterpart anywhere in the original.
        var added: [[Int]]
        /// Runs of its words whose counterparts lie only outside the original's quotation.
        var broughtIn: [[Int]]
    }

    /// What the check found on one link, computed once by ``DriftScorer`` before the checks run.
    struct Analysis {
        var pairs: [Pair] = []
        /// Words reported here as left out or added, which the omission and addition checks then
        /// leave alone.
        var original: Set<Int> = []
        var translation: Set<Int> = []
    }

    /// Share of a side a quotation may cover and still be part of a sentence.
    static let maximumShare = 0.8

    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        link.quotedSpans.pairs.compactMap { p in
            var parts: [String] = []
            if !p.leftOut.isEmpty { parts.append("leaves out " + QuotationCheck.list(p.leftOut, in: link.original)) }
            if !p.added.isEmpty { parts.append("adds " + QuotationCheck.list(p.added, in: link.translation)) }
            if !p.movedOut.isEmpty {
                parts.append("puts " + QuotationCheck.list(p.movedOut, in: link.original) + " outside the quotation marks")
            }
            if !p.broughtIn.isEmpty {
                parts.append("takes " + QuotationCheck.list(p.broughtIn, in: link.translation)
                             + " into the quotation, though \(link.theOriginal) does not quote \(p.broughtIn.count > 1 ? "them" : "it")")
            }
            guard !parts.isEmpty else { return nil }
            let quoted = ScalarText.string(Array(link.original.text.unicodeScalars), p.original)
            let rendered = ScalarText.string(Array(link.translation.text.unicodeScalars), p.translation)
            return DriftFinding(
                type: .quotation, severity: Self.severity(p),
                reason: "\(link.theOriginal.capitalizedFirst) quotes «\(quoted)»; \(link.theTranslation) quotes «\(rendered)»: it "
                    + parts.joined(separator: ", and ") + ".",
                originalRange: p.original, translationRange: p.translation)
        }
    }

    /// Major when a phrase (two or more neighbouring content words) is left out or added, minor
    /// for single words, as ``QuotationCheck`` rates a quotation; a level lower when words are
    /// both left out and added (or moved), which is as often a rendering the word alignment does
    /// not know («приближенных» / "cronies", «променяли» / "traded") as a change; info when words
    /// only moved across the quotation marks.
    static func severity(_ p: Pair) -> DriftFinding.Severity {
        let changed = p.leftOut + p.added
        guard !changed.isEmpty else { return .info }
        let base: DriftFinding.Severity = changed.contains { $0.count >= 2 } ? .major : .minor
        let swapped = (!p.leftOut.isEmpty && !(p.added + p.broughtIn).isEmpty) || (!p.added.isEmpty && !(p.leftOut + p.movedOut).isEmpty)
        return swapped ? (base == .major ? .minor : .info) : base
    }

    /// Pairs each original quotation with the translation's quotation that renders it and lists
    /// the words one has and the other lacks.
    static func analyse(_ link: LinkAnalysis) -> Analysis {
        guard link.alignsWords, !link.context.isQuotation, !link.alignment.pairs.isEmpty else { return Analysis() }
        let originalQuotes = quotations(link.original), translationQuotes = quotations(link.translation)
        guard !originalQuotes.isEmpty, !translationQuotes.isEmpty else { return Analysis() }
        let a = link.original, b = link.translation
        let t = link.calibration.wordThreshold
        let skipA = link.explained(onTranslation: false), skipB = link.explained(onTranslation: true)
        let wordsA = originalQuotes.map { q in a.content.filter { q.contains(a.tokens[$0].range.lowerBound) && !skipA.contains($0) } }
        let wordsB = translationQuotes.map { q in b.content.filter { q.contains(b.tokens[$0].range.lowerBound) && !skipB.contains($0) } }
        var reverse: [Int: [Int]] = [:]
        for (i, js) in link.alignment.pairs { for j in js { reverse[j, default: []].append(i) } }
        var used = Set<Int>()
        var out = Analysis()
        for (x, q) in originalQuotes.enumerated() where !wordsA[x].isEmpty {
            // The translation's quotation holding counterparts of most of this quotation's words.
            var best: (index: Int, count: Int)?
            for y in translationQuotes.indices where !used.contains(y) {
                let inside = Set(wordsB[y])
                let n = wordsA[x].filter { i in link.alignment.pairs[i, default: []].contains(where: inside.contains) }.count
                if n > 0, n > (best?.count ?? 0) { best = (y, n) }
            }
            guard let y = best?.index else { continue }
            used.insert(y)
            let insideB = Set(wordsB[y]), insideA = Set(wordsA[x])
            // Scores as ``UnmatchedRuns`` reads them: 0 for a word reported, 1 for the others.
            func runs(_ side: LinkSide, _ words: [Int], _ reported: (Int) -> Bool) -> [[Int]] {
                var scores: [Int: Double] = [:]
                for i in words { scores[i] = reported(i) ? 0 : 1 }
                return UnmatchedRuns.runs(side, scores: scores, threshold: 0.5)
            }
            let leftOut = runs(a, wordsA[x]) { link.alignment.original[$0, default: 0] < t }
            let movedOut = runs(a, wordsA[x]) { i in
                link.alignment.original[i, default: 0] >= t && !link.alignment.pairs[i, default: []].contains(where: insideB.contains)
            }
            let added = runs(b, wordsB[y]) { link.alignment.translation[$0, default: 0] < t }
            let broughtIn = runs(b, wordsB[y]) { j in
                link.alignment.translation[j, default: 0] >= t && !reverse[j, default: []].contains(where: insideA.contains)
            }
            guard !(leftOut.isEmpty && movedOut.isEmpty && added.isEmpty && broughtIn.isEmpty) else { continue }
            out.pairs.append(Pair(original: q, translation: translationQuotes[y], leftOut: leftOut, movedOut: movedOut,
                                  added: added, broughtIn: broughtIn))
            out.original.formUnion(leftOut.joined())
            out.translation.formUnion(added.joined())
        }
        return out
    }

    /// Inner ranges of a side's outermost quotations that are part of a sentence, in text order.
    static func quotations(_ side: LinkSide) -> [Range<Int>] {
        let scalars = Array(side.text.unicodeScalars)
        // Outermost first among those that open together; a span inside one already kept is nested.
        let all = QuoteFinder.find(in: scalars, range: 0..<scalars.count).filter(\.closed)
            .sorted { ($0.range.lowerBound, -$0.range.upperBound) < ($1.range.lowerBound, -$1.range.upperBound) }
        var outer: [QuotedSpan] = []
        for q in all where q.range.lowerBound >= (outer.last?.range.upperBound ?? 0) { outer.append(q) }
        return outer.filter { Double($0.inner.count) < maximumShare * Double(scalars.count) }.map(\.inner)
    }
}
