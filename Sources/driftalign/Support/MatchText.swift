import DriftAlignRegistry
import Foundation

/// The text forms behind the vectors `ingest` stores and `match` searches: the encoder's input
/// form of a sentence, and the clauses of long sentences.
///
/// A French article often quotes a fragment of a long original sentence («milliers de soldats
/// ukrainiens complètement encerclés») whose vector is far from the whole sentence's; clause
/// vectors let retrieval find it. Both commands must use these same forms.
enum MatchText {
    /// Sentences with fewer words than this are not split into clauses.
    static let minimumWords = 12
    /// Clauses shorter than this are merged into a neighbour.
    static let minimumClauseWords = 3
    /// At most this many clauses per sentence (bounds the vectors stored per sentence).
    static let maximumClauses = 12

    /// ``TextFolding/comparisonForm(_:)`` with runs of three or more ALL-CAPS words lower-cased
    /// (the encoder reads "THOUSANDS OF UKRAINIAN TROOPS" as rare pieces; acronyms stay).
    static func encoderForm(_ text: String) -> String {
        let folded = TextFolding.comparisonForm(text)
        let words = folded.split(separator: " ", omittingEmptySubsequences: false)
        func isCaps(_ w: Substring) -> Bool {
            let letters = w.unicodeScalars.filter { $0.properties.isAlphabetic }
            return !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }
                && (letters.count >= 2 || w.count == letters.count)
        }
        var out = words.map(String.init)
        var i = 0
        while i < words.count {
            guard isCaps(words[i]) else { i += 1; continue }
            var j = i
            while j < words.count && isCaps(words[j]) { j += 1 }
            if j - i >= 3 { for k in i..<j { out[k] = words[k].lowercased() } }
            i = j
        }
        return out.joined(separator: " ")
    }

    /// Scalar ranges (in the document) of the clauses of `sentence`: the text between commas,
    /// semicolons, colons, spaced dashes and parentheses, short pieces merged into a neighbour.
    /// Empty for short sentences and sentences that are one clause.
    static func clauses(of sentence: Sentence, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let r = sentence.range.clamped(to: 0..<scalars.count)
        guard wordCount(scalars, r) >= minimumWords else { return [] }
        var cuts = [r.lowerBound]
        var i = r.lowerBound
        while i < r.upperBound - 1 {
            let c = scalars[i], next = scalars[i + 1]
            let space = next.properties.isWhitespace
            if ([",", ";", ":", ")"] as [Unicode.Scalar]).contains(c) && space { cuts.append(i + 1) }
            if (["—", "–", "("] as [Unicode.Scalar]).contains(c) && i > r.lowerBound && scalars[i - 1].properties.isWhitespace { cuts.append(i) }
            if (["—", "–"] as [Unicode.Scalar]).contains(c) && space { cuts.append(i + 1) }
            i += 1
        }
        cuts.append(r.upperBound)
        var pieces: [Range<Int>] = []
        for (a, b) in zip(cuts, cuts.dropFirst()) where a < b {
            let t = trimmed(scalars, a..<b)
            guard !t.isEmpty else { continue }
            if let last = pieces.last, wordCount(scalars, t) < minimumClauseWords || wordCount(scalars, last) < minimumClauseWords {
                pieces[pieces.count - 1] = last.lowerBound..<t.upperBound
            } else {
                pieces.append(t)
            }
        }
        guard pieces.count >= 2 else { return [] }
        return Array(pieces.filter { wordCount(scalars, $0) >= minimumClauseWords }.prefix(maximumClauses))
    }

    static func wordCount(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int {
        var n = 0, inWord = false
        for i in r {
            let letter = s[i].properties.isAlphabetic || s[i].properties.numericType != nil
            if letter && !inWord { n += 1 }
            inWord = letter || (inWord && (s[i] == "'" || s[i] == "’" || s[i] == "-"))
        }
        return n
    }

    /// `r` without surrounding white space and punctuation (dashes, commas, parentheses).
    static func trimmed(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        func edge(_ c: Unicode.Scalar) -> Bool {
            c.properties.isWhitespace || ",;:—–()".unicodeScalars.contains(c)
        }
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi && edge(s[lo]) { lo += 1 }
        while hi > lo && edge(s[hi - 1]) { hi -= 1 }
        return lo..<hi
    }
}
