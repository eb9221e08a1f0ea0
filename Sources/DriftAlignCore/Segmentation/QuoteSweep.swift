/// Hands each sentence of a paragraph the quoted spans that may overlap it, in one pass.
///
/// ``Segmenter`` clips a paragraph's quotes to each of its sentences. Offering every quote to every
/// sentence made a long paragraph quadratic: 16,000 sentences each quoting «bonjour» meant 2.6·10⁸
/// comparisons. Sentences come in text order and ``QuoteFinder`` returns quotes sorted by start, so
/// a sweep keeps only the quotes that have opened and not yet ended. A point of the text lies in at
/// most ``QuoteFinder/maxDepth`` reported quotes (they were all open there, on a stack that deep),
/// so a sentence is offered at most that many quotes begun before it plus those that begin in it:
/// work is linear in sentences + quotes.
struct QuoteSweep {
    private let quotes: [QuotedSpan]
    private var next = 0
    /// Indices into `quotes` of those begun and not yet ended, in `quotes` order.
    private var open: [Int] = []

    /// `quotes` sorted by the start of their range (``QuoteFinder/find(in:range:)``'s order).
    init(_ quotes: [QuotedSpan]) { self.quotes = quotes }

    /// The quotes whose words may overlap `sentence`, in the order given to ``init(_:)`` (the order
    /// an all-pairs scan would have seen them, so clipped results are unchanged). Sentences must
    /// be asked for in text order, without overlap.
    mutating func candidates(for sentence: Range<Int>) -> [QuotedSpan] {
        // Quotes whose words end before this sentence cannot reach it or any later one.
        open.removeAll { quotes[$0].inner.upperBound <= sentence.lowerBound }
        while next < quotes.count, quotes[next].range.lowerBound < sentence.upperBound {
            if quotes[next].inner.upperBound > sentence.lowerBound { open.append(next) }
            next += 1
        }
        return open.map { quotes[$0] }
    }
}
