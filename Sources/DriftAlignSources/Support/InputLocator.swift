/// Finds where extracted text lies in the raw input, scanning forward.
///
/// HTML parsers and JSON decoders do not report offsets; text is found again in the input so that
/// reports can point at it. Verbatim text gives an exact range; otherwise (entities, escapes,
/// collapsed white space) the range runs from the text's first word to its last word, and at least
/// the text's length. Work is bounded: each search looks `window` scalars ahead of the cursor, in
/// time linear in the window plus the text. When not even a text's first word is in the window,
/// the search goes on past it while ``extraBudget`` lasts (by default two more passes over the
/// rest of the input: a page whose paragraphs sit behind a 300 KB inline image is still mapped, and
/// all searches together stay linear in the input). Nothing past ``limit`` is searched (a feed
/// entry's end).
public struct InputLocator {
    public let input: InputFile
    public private(set) var cursor: Int = 0
    public var window: Int
    /// The end of the searched stretch of the input: no match runs past it.
    public let limit: Int
    /// Scalars that searches may still scan past their window, all searches together.
    public private(set) var extraBudget: Int

    public init(input: InputFile, startingAt cursor: Int = 0, window: Int = 200_000, limit: Int? = nil) {
        self.input = input
        self.cursor = max(0, cursor)
        self.window = window
        self.limit = min(input.scalars.count, max(0, limit ?? input.scalars.count))
        // Two passes over the rest: a text far ahead is looked for whole, then by its first word.
        extraBudget = 2 * max(0, self.limit - self.cursor)
    }

    /// The input range of `text`, searching from the cursor; advances the cursor past it.
    public mutating func locate(_ text: String) -> Range<Int>? {
        let needle = Array(text.unicodeScalars)
        guard !needle.isEmpty else { return nil }
        if let r = find(needle, from: cursor) {
            cursor = r.upperBound
            return r
        }
        // Not verbatim: anchor on the first and last words. Markup, entities and collapsed white
        // space only make the source longer than the text, so it runs at least the text's length
        // from its first word (when the last word is itself an entity, "&eacute;", and is not found).
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard let first = words.first, let last = words.last else { return nil }
        let firstWord = Array(first.unicodeScalars)
        // The word that confirms an anchor: among the next three, the first that no file would
        // escape (ASCII letters and digits only), with room for markup before it.
        let follower = words.dropFirst().prefix(3).first { w in
            w.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        }
        // Scalars between the first word's end and the follower's start, in the text.
        let distance = follower.map { text.unicodeScalars.distance(from: first.endIndex, to: $0.startIndex) } ?? 0
        var anchor = firstWordAnchor(firstWord, next: follower.map { Array($0.unicodeScalars) } ?? [],
                                     distance: distance, gap: Self.followGap + 8 * distance)
        if anchor == nil {
            // Not even its first word in the window: the text lies further on (behind an inline
            // image or script), verbatim or not. Only here does a search go past the window, so
            // paragraphs that are merely not verbatim (entities: most of them) cost no extra scan.
            if let r = searchPastWindow(needle, from: cursor) {
                cursor = r.upperBound
                return r
            }
            anchor = searchPastWindow(firstWord, from: cursor)
                // A first word written with references («L&#8217;&Eacute;lys&eacute;e») is nowhere
                // verbatim: looked for as HTML writes it, near the cursor (paragraphs come in order),
                // so that the search stays linear over a page of such paragraphs.
                ?? findWritingReferences(firstWord, from: cursor, within: 4 * needle.count + 4096)
        }
        guard let a = anchor else { return nil }
        let lastWord = Array(last.unicodeScalars)
        let lastFrom = a.upperBound - (words.count == 1 ? first.unicodeScalars.count : 0)
        // A reference is at most 10 scalars for one ("&#x1F600;"): a text's last word written with
        // references lies within about 12 times its length of its first word, markup aside (past
        // that, the text's length stands). The bound keeps a page of many such paragraphs linear.
        let b = find(lastWord, from: lastFrom)
            ?? findWritingReferences(lastWord, from: lastFrom, within: Self.followGap + 12 * needle.count) ?? a
        let end = min(limit, max(a.upperBound, b.upperBound, a.lowerBound + needle.count))
        cursor = end
        return a.lowerBound..<end
    }

    /// Where a text that is not verbatim begins: an occurrence of its first word, in the window,
    /// that one of its next words (`next`, `distance` scalars after the first word's end in the
    /// text) follows within `gap` scalars (markup or entities may sit between them), so that a
    /// common first word ("Le", "The") met earlier in the file (an alt or title attribute, a
    /// caption) does not take the anchor. Of the occurrences before that confirming word, the last
    /// that leaves it room (`distance`) is taken. Up to ``anchorCandidates`` occurrences are tried,
    /// each search going on from the last, so the scan stays within the window; when none is
    /// confirmed, the first occurrence is kept.
    private func firstWordAnchor(_ word: [Unicode.Scalar], next: [Unicode.Scalar], distance: Int, gap: Int) -> Range<Int>? {
        guard let first = find(word, from: cursor) else { return nil }
        guard !next.isEmpty else { return first }
        var candidate: Range<Int>? = first
        var tried = 0
        while let c = candidate, tried < Self.anchorCandidates {
            tried += 1
            if let f = find(next, from: c.upperBound, within: gap) {
                // A later occurrence of the first word nearer the confirming word is the text's own.
                var best = c
                let lastStart = f.lowerBound - distance - word.count
                while tried < Self.anchorCandidates {
                    guard best.lowerBound + 1 <= lastStart,
                          let later = find(word, from: best.lowerBound + 1, within: lastStart - best.lowerBound - 1) else { break }
                    tried += 1
                    best = later
                }
                return best
            }
            let remaining = cursor + window - (c.lowerBound + 1)
            guard remaining >= 0 else { break }
            candidate = find(word, from: c.lowerBound + 1, within: remaining)
        }
        return first
    }

    static let anchorCandidates = 16
    static let followGap = 256

    /// ``find(_:from:within:)`` from just past the window on, as far as ``extraBudget`` allows;
    /// the scan is charged to the budget.
    private mutating func searchPastWindow(_ needle: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        // Starts up to start + window were tried; go on from the next one.
        let next = start + window + 1
        let lastStart = limit - needle.count
        guard window >= 0, next <= lastStart, extraBudget > 0 else { return nil }
        let extra = min(lastStart - next + 1, extraBudget)
        extraBudget -= extra
        return find(needle, from: next, within: extra - 1)
    }

    /// The first occurrence of `needle` as HTML may write it, each scalar verbatim or as a
    /// character reference (``HTMLEntities``: "l&rsquo;Ukraine." for "l’Ukraine."), starting at
    /// most `within` (and ``window``) scalars after `start`; nil for a needle over
    /// ``referenceWordLimit``.
    ///
    /// For a text's last word when it is not verbatim: the text then ended at its first word plus
    /// its length, short of its last words in the file whenever an entity sat before them (the
    /// offsets audit, scripts/audit-offsets.py: a 212-scalar paragraph with three "&rsquo;" ended
    /// 18 scalars early, without "l&rsquo;Ukraine."). Matching is naive, as a word is short.
    func findWritingReferences(_ needle: [Unicode.Scalar], from start: Int, within: Int) -> Range<Int>? {
        guard let first = needle.first, needle.count <= Self.referenceWordLimit, start >= 0 else { return nil }
        let hay = input.scalars
        let end = min(limit, start + max(0, min(within, window)) + 1)
        var i = start
        while i < end {
            if hay[i] == first || hay[i] == "&", let end = matchWritingReferences(needle, at: i) { return i..<end }
            i += 1
        }
        return nil
    }

    static let referenceWordLimit = 64

    /// Where `needle` ends if it is written at `start`, verbatim or with character references.
    private func matchWritingReferences(_ needle: [Unicode.Scalar], at start: Int) -> Int? {
        let hay = input.scalars
        var j = start, k = 0
        while k < needle.count {
            guard j < limit else { return nil }
            if hay[j] == needle[k] {
                j += 1
                k += 1
                continue
            }
            guard let (decoded, after) = MarkupTextMap.reference(hay, at: j, before: limit),
                  !decoded.isEmpty, needle[k...].starts(with: decoded) else { return nil }
            j = after
            k += decoded.count
        }
        return j
    }

    public mutating func move(to offset: Int) { cursor = max(0, min(offset, limit)) }

    /// The first occurrence of `needle` starting at most `within` (default ``window``) scalars after
    /// `start` and ending by ``limit``, by ``PatternSearch`` (Knuth–Morris–Pratt): a search costs
    /// the window plus the needle, not their product (a 160,000-scalar paragraph that is not
    /// verbatim in the file, because of one entity, took 15 s to search for naively).
    func find(_ needle: [Unicode.Scalar], from start: Int, within: Int? = nil) -> Range<Int>? {
        let m = needle.count
        guard m > 0, m <= Int(Int32.max), start >= 0 else { return nil }
        let lastStart = min(limit - m, start + max(0, within ?? window))
        guard start <= lastStart else { return nil }
        let search = PatternSearch(needle)
        return input.scalars.withUnsafeBufferPointer { hay in
            search.firstMatch(in: hay, from: start, to: lastStart + m).map { $0..<($0 + m) }
        }
    }
}
