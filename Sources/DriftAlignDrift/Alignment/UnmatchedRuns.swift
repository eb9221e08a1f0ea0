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
