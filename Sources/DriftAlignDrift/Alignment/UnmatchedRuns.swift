import DriftAlignCore

/// Content words without a counterpart, grouped into runs of neighbouring words, as the omission
/// and addition checks report them ("la région de Koursk" is one omission, not three).
enum UnmatchedRuns {
    /// Runs of unmatched content words of `side` (names and numbers excluded: their own checks
    /// report them). Words are neighbours when only function words stand between them.
    /// `excluding`: words another check accounts for (an adjective of degree rendering an
    /// intensifier, ``IntensityCheck/transposition(_:)``).
    /// A run stops at strong punctuation and quotation marks (. ; : ! ? « » " “ ”): «voudrez , " dit
    /// le Laquais ; et il se mit» is three places of a dialogue, not one passage.
    static func runs(_ side: LinkSide, scores: [Int: Double], threshold: Double, excluding: Set<Int> = []) -> [[Int]] {
        let named = Set(side.names.filter { !$0.isWeak }.flatMap { Array($0.indices) })
        let unmatched = ContentAlignment.unmatched(scores, below: threshold).filter { !named.contains($0) && !excluding.contains($0) }
        var out: [[Int]] = []
        let content = Set(side.content)
        let scalars = Array(side.text.unicodeScalars)
        let stops: Set<Unicode.Scalar> = [".", ";", ":", "!", "?", "«", "»", "\"", "“", "”", "…"]
        func separated(_ x: Int, _ y: Int) -> Bool {
            let gap = ScalarText.gap(after: side.tokens[x].range, before: side.tokens[y].range, count: scalars.count)
            return scalars[gap].contains(where: stops.contains)
        }
        for i in unmatched {
            if let last = out.last?.last, (last + 1..<i).allSatisfy({ !content.contains($0) }), !separated(last, i) {
                out[out.count - 1].append(i)
            } else {
                out.append([i])
            }
        }
        return out
    }

    /// How far apart, as fractions of their texts' lengths in words, an omission and an addition
    /// may stand and still be one rewording (see ``rewording(of:_:otherRuns:_:link:)``).
    static let rewordingSlack = 0.1

    /// The run of the other side that stands where `run` stands, when the link as a whole says
    /// what the original says: its cosine reaches what translations of its length reach
    /// (``DriftCalibration/evenCosine(words:)``). Words without a counterpart on both sides, in the
    /// same place of a faithful link, are a rewording («je sortais de chez moi» for "I was leaving
    /// home"), which the editor checks as one, rather than a passage left out and another added.
    /// Places are compared as fractions of each text's tokens, each run widened by
    /// ``rewordingSlack``. Only for links that translate their original whole: a quotation or a
    /// paraphrase found by quote mining renders part of it, and places do not correspond. On the
    /// dev halves (docs/DRIFT.md, thirty-third session) this lowered the faithful FLORES pairs
    /// with a minor or major finding from 0.558 to 0.534, moved no target type, and left the seed
    /// and readout reports' findings as they were; where the two wholes differ (a seed's «je pense
    /// que nous sommes sur la voie de la paix» against a post that says nothing of it), nothing
    /// changes.
    static func rewording(of run: [Int], _ side: LinkSide, otherRuns: [[Int]], _ other: LinkSide, link: LinkAnalysis) -> [Int]? {
        guard !link.context.isQuotation, !link.context.isParaphrase, let cos = link.similarity, !side.tokens.isEmpty, !other.tokens.isEmpty,
              cos >= link.calibration.evenCosine(words: link.original.tokens.count + link.translation.tokens.count) else { return nil }
        let n = Double(side.tokens.count), m = Double(other.tokens.count)
        let lo = Double(run.first!) / n - rewordingSlack, hi = Double(run.last! + 1) / n + rewordingSlack
        return otherRuns.first { r in Double(r.first!) / m <= hi && Double(r.last! + 1) / m >= lo }
    }

    /// The runs of both sides that the omission and addition checks report (their exclusions
    /// applied); ``DriftScorer`` keeps them in ``LinkAnalysis/unmatchedRuns``.
    static func reported(_ link: LinkAnalysis) -> (original: [[Int]], translation: [[Int]]) {
        let t = link.calibration.wordThreshold
        return (runs(link.original, scores: link.alignment.original, threshold: t,
                     excluding: link.explained(onTranslation: false).union(link.quotedSpans.original)),
                runs(link.translation, scores: link.alignment.translation, threshold: t,
                     excluding: link.explained(onTranslation: true).union(link.quotedSpans.translation)))
    }

    /// Whether every run of words without a counterpart, on both sides, is part of a rewording.
    static func allReworded(_ link: LinkAnalysis) -> Bool {
        let (o, t) = link.unmatchedRuns
        guard !o.isEmpty || !t.isEmpty else { return false }
        return o.allSatisfy { rewording(of: $0, link.original, otherRuns: t, link.translation, link: link) != nil }
            && t.allSatisfy { rewording(of: $0, link.translation, otherRuns: o, link.original, link: link) != nil }
    }

    /// The severity of a run one level lower when it is part of a rewording.
    static func severity(_ run: [Int], reworded: Bool) -> DriftFinding.Severity {
        let s = severity(run)
        return reworded ? (s == .major ? .minor : .info) : s
    }

    /// What an omission or addition finding adds to its reason when its run is part of a
    /// rewording that lowered it (two words or more; a single word is info either way, and
    /// pairing it with another single word, "asked" with «américain», would tell nothing).
    static func rewordingNote(_ run: [Int], instead: [Int]?, _ other: LinkSide) -> String {
        guard let instead, run.count >= 2 else { return "." }
        return ", which says «\(span(instead, other).1)» in its place: check the rewording."
    }

    /// Severity by the number of content words: one is a nuance, three or more a passage.
    static func severity(_ run: [Int]) -> DriftFinding.Severity {
        run.count >= 3 ? .major : run.count == 2 ? .minor : .info
    }

    static func span(_ run: [Int], _ side: LinkSide) -> (Range<Int>, String) {
        let r = side.tokens[run.first!].range.lowerBound..<side.tokens[run.last!].range.upperBound
        let scalars = Array(side.text.unicodeScalars)
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[r])
        return (r, String(v))
    }
}
