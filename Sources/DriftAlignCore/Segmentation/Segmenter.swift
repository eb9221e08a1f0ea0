/// Splits a document's paragraphs into sentences with ICU, then applies our press-text rules.
///
/// ICU's sentence rules (UAX #29) with the locale's suppression list (`fr_FR@ss=standard`) do most
/// of the work. On top of them we:
/// - never cross a paragraph (headings, datelines and list items are their own units);
/// - split a news dateline ("Washington (AFP) -") from the sentence it opens;
/// - undo breaks after titles and abbreviations (M., MM., Dr., г., т.е.) and initials (J.D. Vance),
///   and break after those that end a sentence where ICU's suppressions hide it ("Trump Jr. Le
///   président", "в марте 2025 г. Путин поблагодарил", see `Segmenter+SentenceFinalAbbreviations`);
/// - break where text was glued together with no space ("la trêve.Le Kremlin", see
///   `Segmenter+RunTogether`);
/// - move closing quotation marks that ICU leaves at a sentence's start back to the previous one
///   (French writes ". »" with a no-break space, which UAX #29 breaks before the »);
/// - merge fragments that hold no letter or digit into the previous sentence.
/// Used by every command that reads text; not thread-safe (one per task).
public final class Segmenter {
    public let language: String
    private let breaker: ICUSentenceBreaker
    /// The same rules without the locale's suppressions, for the sentence ends those hide
    /// (``suppressedEnds(_:_:)``).
    private let plainBreaker: ICUSentenceBreaker
    let titles: Set<String>
    let ambiguous: Set<String>
    /// The language's ``Abbreviations/lineContinuers`` and ``Abbreviations/commonWordsSuppressed``
    /// ("fr-CA" reads French's).
    let lineContinuers: Set<String>
    let commonWordsSuppressed: Set<String>

    /// The ICU locale with suppressions for a language code.
    public static func icuLocale(for language: String) -> String {
        switch language {
        case "fr": return "fr_FR@ss=standard"
        case "en": return "en_US@ss=standard"
        case "ru": return "ru_RU@ss=standard"
        case "de": return "de_DE@ss=standard"
        default: return "\(language)@ss=standard"
        }
    }

    public init(language: String) throws {
        self.language = language
        self.breaker = try ICUSentenceBreaker(locale: Self.icuLocale(for: language))
        self.plainBreaker = try ICUSentenceBreaker(locale: Self.icuLocale(for: language).components(separatedBy: "@")[0])
        self.titles = Abbreviations.titles(for: language).union(Abbreviations.titles(for: "en"))
        self.ambiguous = Abbreviations.ambiguous(for: language).union(Abbreviations.ambiguous(for: "en"))
        let base = String(language.lowercased().prefix { $0 != "-" && $0 != "_" })
        self.lineContinuers = Abbreviations.lineContinuers[base] ?? []
        self.commonWordsSuppressed = Abbreviations.commonWordsSuppressed[base] ?? []
    }

    /// Returns `document` with ``Document/sentences`` and ``Document/quotes`` filled in.
    public func segment(_ document: Document) -> Document {
        var doc = document
        let scalars = Array(doc.text.unicodeScalars)
        var sentences: [Sentence] = []
        var quotes: [QuotedSpan] = []
        for (p, paragraph) in doc.paragraphs.enumerated() {
            let range = paragraph.range.clamped(to: 0..<scalars.count)
            // Headlines quote with single marks ("'Fin MAINTENANT'", «Trump : 'la paix est proche'»).
            let paraQuotes = QuoteFinder.find(in: scalars, range: range, singleMarks: paragraph.kind == .heading || paragraph.kind == .title)
            quotes.append(contentsOf: paraQuotes)
            // Each sentence is offered only the quotes open around it (linear, not sentences × quotes).
            var sweep = QuoteSweep(paraQuotes)
            for (r, kind) in sentenceRanges(scalars, range, kind: paragraph.kind) {
                let clipped = sweep.candidates(for: r).compactMap { clip($0, to: r, scalars) }
                sentences.append(Sentence(index: sentences.count, text: ScalarText.string(scalars, r), range: r,
                                          paragraph: p, kind: kind, quotes: clipped))
            }
        }
        doc.sentences = sentences
        doc.quotes = quotes
        return doc
    }

    /// Sentence ranges of a plain string, as if it were one paragraph (tests, presegmented input).
    public func sentences(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return sentenceRanges(scalars, 0..<scalars.count, kind: .body).map { ScalarText.string(scalars, $0.0) }
    }

    // MARK: - Paragraph → sentence ranges

    func sentenceRanges(_ s: [Unicode.Scalar], _ range: Range<Int>, kind: Paragraph.Kind) -> [(Range<Int>, Sentence.Kind)] {
        let whole = ScalarText.trimmed(s, range)
        guard !whole.isEmpty else { return [] }
        switch kind {
        case .title, .heading, .dateline, .caption:
            // Short blocks with no final punctuation are one unit each, but a caption or heading
            // that holds several sentences is still split.
            return icuRanges(s, whole).map { ($0, Sentence.Kind(rawValue: kind.rawValue) ?? .body) }
        case .bullet, .body:
            var result: [(Range<Int>, Sentence.Kind)] = []
            var body = whole
            if let d = Datelines.prefix(s, whole) {
                result.append((d, .dateline))
                body = ScalarText.trimmed(s, Datelines.bodyStart(s, d, whole)..<whole.upperBound)
            }
            let k: Sentence.Kind = kind == .bullet ? .bullet : .body
            result += icuRanges(s, body).map { ($0, k) }
            return result
        }
    }

    /// ICU boundaries within `range`, corrected by our rules, as trimmed non-empty ranges.
    func icuRanges(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        guard !range.isEmpty else { return [] }
        let slice = s[range]
        var utf16: [UInt16] = []
        utf16.reserveCapacity(slice.count)
        for c in slice { utf16.append(contentsOf: UTF16.encode(c)!) }
        let toScalar = ScalarText.utf16ToScalarTable(slice)
        let scalar = { (u: Int) in range.lowerBound + toScalar[min(u, toScalar.count - 1)] }
        var bounds = breaker.boundaries(utf16: utf16).map(scalar)
        let suppressed = suppressedEnds(s, Set(plainBreaker.boundaries(utf16: utf16).map(scalar)).subtracting(bounds), range)
        let glued = Set(gluedSentenceEnds(s, range))
        bounds = Array(Set(bounds + suppressed + runTogetherBreaks(s, range) + abbreviationBreaks(s, range)).union(glued)).sorted()
        if bounds.last != range.upperBound { bounds.append(range.upperBound) }
        bounds = moveClosingMarks(s, bounds, range)
        bounds = bounds.filter { b in b == range.upperBound || glued.contains(b) || keepBreak(s, at: b, range) }

        var ranges: [Range<Int>] = []
        var start = range.lowerBound
        for b in bounds where b > start {
            let r = ScalarText.trimmed(s, start..<b)
            start = b
            guard !r.isEmpty else { continue }
            if let last = ranges.last, !hasLetterOrDigit(s, r) {
                ranges[ranges.count - 1] = last.lowerBound..<r.upperBound
            } else {
                ranges.append(r)
            }
        }
        return ranges
    }

    /// Of the breaks that ICU's suppression list removed (`candidates`: the breaks of the rules
    /// without it, less those with it), those after a word that is no abbreviation: a shouted word
    /// of three letters or more ("GREAT MEETING. WE WILL WIN!", "THANK YOU TO CRUZ. WE…": the
    /// suppressions match the end of a word, "G." or "Z.", without looking at what comes before),
    /// or a word of the language that the list holds as an abbreviation too (French «faux.»).
    /// Our own titles and abbreviations, in any case, are still not ends; every break
    /// returned then goes through ``keepBreak(_:at:_:)`` like ICU's own.
    func suppressedEnds(_ s: [Unicode.Scalar], _ candidates: Set<Int>, _ range: Range<Int>) -> [Int] {
        candidates.filter { b in
            var e = b
            while e > range.lowerBound, s[e - 1].properties.isWhitespace { e -= 1 }
            guard e > range.lowerBound, s[e - 1] == "." else { return false }
            var t = e - 1
            let floor = max(range.lowerBound, e - Self.maxTokenLookBack)
            while t > floor, s[t - 1].properties.isAlphabetic { t -= 1 }
            let word = ScalarText.string(s, t..<(e - 1))
            let token = word + "."
            if commonWordsSuppressed.contains(token) { return true }
            let known = [token, token.capitalized, token.lowercased()].contains { titles.contains($0) || ambiguous.contains($0) }
                || Abbreviations.personTitles.contains(token.capitalized)
            return word.count >= 3 && word == word.uppercased() && word != word.lowercased() && !known
        }
    }

    /// Moves each boundary forward past closing quotation marks (and punctuation right after
    /// them) that ICU left at the start of the next sentence.
    func moveClosingMarks(_ s: [Unicode.Scalar], _ bounds: [Int], _ range: Range<Int>) -> [Int] {
        var out: [Int] = []
        for b in bounds {
            var j = b
            while j < range.upperBound, s[j].properties.isWhitespace { j += 1 }
            var moved = false
            while j < range.upperBound, Self.closingMarks.contains(s[j]) || (moved && ".,;:!?".unicodeScalars.contains(s[j])) {
                j += 1
                moved = true
                while j < range.upperBound, s[j] == "\u{00A0}" || s[j] == "\u{202F}" || s[j] == " " {
                    // Only skip spaces that lead to more closing marks.
                    var k = j
                    while k < range.upperBound, s[k].properties.isWhitespace { k += 1 }
                    if k < range.upperBound, Self.closingMarks.contains(s[k]) || ".,;".unicodeScalars.contains(s[k]) { j = k } else { break }
                }
            }
            let nb = moved ? j : b
            if out.last.map({ nb > $0 }) ?? true { out.append(nb) }
        }
        return out
    }

    /// How far ``keepBreak(_:at:_:)`` looks back for the word before a break.
    static let maxTokenLookBack = 64

    static let closingMarks: Set<Unicode.Scalar> = ["\u{00BB}", "\u{201D}", "\u{2019}", ")", "]", "\u{203A}"]

    /// Whether the break at `b` stands, given the word before it and the word after it.
    func keepBreak(_ s: [Unicode.Scalar], at b: Int, _ range: Range<Int>) -> Bool {
        // The token before the break: back over white space (and invisible format characters such
        // as a zero-width space, "M.\u{200B} Trump"), then to the previous white space.
        let blank = { (c: Unicode.Scalar) in c.properties.isWhitespace || c.properties.generalCategory == .format }
        var e = b
        while e > range.lowerBound, blank(s[e - 1]) { e -= 1 }
        if continuesAfterQuestionOrExclamation(s, end: e, next: b, range) { return false }
        if continuesAfterLineBreak(s, end: e, next: b, range) { return false }
        let tokenStart = self.tokenStart(s, end: e, range)
        let token = ScalarText.string(s, tokenStart..<e)
        guard token.hasSuffix(".") else { return true }
        let next = nextWord(s, from: b, range)
        if titles.contains(token) {
            return Abbreviations.russianDateUnits.contains(token) && endsSentenceAfterDate(s, unit: token, at: tokenStart, next: b, range)
        }
        // A title in capitals before a name in capitals: "THANK YOU TO GOV. ABBOTT".
        if Abbreviations.personTitles.contains(token.capitalized), token == token.uppercased(),
           next.count >= 2, next == next.uppercased(), next.contains(where: \.isLetter) { return false }
        let nextCapitalized = next.first.map { $0.isUppercase } ?? false
        // "etc.", "т.д." close a list: before a capital the sentence has ended ("… и т.д. Владимир
        // Путин подчеркнул").
        if Abbreviations.listEnders.contains(token) { return nextCapitalized }
        if ambiguous.contains(token) {
            return Abbreviations.sentenceOpeners.contains(next) && !isArticleAndAbbreviationOnly(s, tokenStart: tokenStart, range)
        }
        // Initials: "J. Trump", "J.D. Vance", "V. V. Poutine".
        if isInitials(token) && nextCapitalized { return false }
        return true
    }

    /// A "?" or "!" (closing quotation marks or brackets after it allowed) followed by a word in
    /// lower case, after a dash at most, does not end the sentence: the French incise «Pourquoi
    /// pas ?» a demandé le Dr Martin, «Почему?» — спросил он, "Jobs (and Money!) to follow", and a
    /// URL's query ("watch?v=…"); a link that follows is still a unit of its own. UAX #29 breaks
    /// after every "?" and "!".
    func continuesAfterQuestionOrExclamation(_ s: [Unicode.Scalar], end e: Int, next b: Int, _ range: Range<Int>) -> Bool {
        var k = e
        while k > range.lowerBound, Self.closingMarks.contains(s[k - 1]) || s[k - 1] == "\"" || s[k - 1].properties.isWhitespace { k -= 1 }
        guard k > range.lowerBound, s[k - 1] == "?" || s[k - 1] == "!" else { return false }
        var i = b
        while i < range.upperBound, s[i].properties.isWhitespace || s[i].properties.generalCategory == .format
                || "\u{2014}\u{2013}-".unicodeScalars.contains(s[i]) { i += 1 }
        guard i < range.upperBound, s[i].properties.isLowercase else { return false }
        // A link after the sentence ("MAKE AMERICA GREAT AGAIN! https://…") is a unit of its own.
        let head = String(String.UnicodeScalarView(s[i..<min(i + 8, range.upperBound)])).lowercased()
        return !(head.hasPrefix("http://") || head.hasPrefix("https://") || head.hasPrefix("www."))
    }

    /// A line break inside a paragraph (hard-wrapped text the layout rejoined, a feed's wrapped
    /// description, a page's <br>) after a word that ends no sentence, before a word in lower case,
    /// or after a word no line ending a sentence, heading or dateline ends with (an article, a
    /// preposition: ``Abbreviations/lineContinuers``): one sentence ("…that this conflict⏎must end
    /// with a lasting peace.", "Selon le porte-parole du⏎Kremlin, Dmitri Peskov…"). UAX #29 breaks
    /// at every line end.
    func continuesAfterLineBreak(_ s: [Unicode.Scalar], end e: Int, next b: Int, _ range: Range<Int>) -> Bool {
        guard e > range.lowerBound, s[e..<b].contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" }) else { return false }
        guard !PlainTextLayout.finalPunctuation.contains(s[e - 1]) else { return false }
        var i = b
        while i < range.upperBound, s[i].properties.isWhitespace { i += 1 }
        guard i < range.upperBound else { return false }
        if s[i].properties.isLowercase { return true }
        return lineContinuers.contains(ScalarText.string(s, wordStart(s, end: e, range)..<e).lowercased())
    }

    /// Where the run of non-white-space ending at `e` starts, at most ``maxTokenLookBack`` scalars
    /// back: no abbreviation is longer, and a run without white space ("A!A!A!…", 40 KB) would
    /// otherwise be scanned again at each of its breaks.
    func wordStart(_ s: [Unicode.Scalar], end e: Int, _ range: Range<Int>) -> Int {
        var t = e
        let floor = max(range.lowerBound, e - Self.maxTokenLookBack)
        while t > floor, !s[t - 1].properties.isWhitespace { t -= 1 }
        return t
    }

    /// Whether the words before an abbreviation's period, back to the start of the text or to a
    /// sentence's end, are one article and the abbreviation: "The U.S." is a subject whose verb
    /// comes after, not a sentence, even before a sentence opener written in capitals as posts
    /// write them ("The U.S. And Russia will talk", "La U.E. Et…").
    func isArticleAndAbbreviationOnly(_ s: [Unicode.Scalar], tokenStart: Int, _ range: Range<Int>) -> Bool {
        var e = tokenStart
        while e > range.lowerBound, s[e - 1].properties.isWhitespace { e -= 1 }
        guard e < tokenStart else { return false }
        guard Abbreviations.articles.contains(ScalarText.string(s, self.tokenStart(s, end: e, range)..<e)) else { return false }
        var k = wordStart(s, end: e, range)
        while k > range.lowerBound, s[k - 1].properties.isWhitespace { k -= 1 }
        return k == range.lowerBound || ".!?:»”)".unicodeScalars.contains(s[k - 1])
    }

    /// ``wordStart(_:end:_:)`` past the opening marks before the word: the start of the token an
    /// abbreviation is looked up by ("(M." → "M.").
    func tokenStart(_ s: [Unicode.Scalar], end e: Int, _ range: Range<Int>) -> Int {
        var t = wordStart(s, end: e, range)
        while t < e, "(«“\"'[".unicodeScalars.contains(s[t]) { t += 1 }
        return t
    }

    func nextWord(_ s: [Unicode.Scalar], from b: Int, _ range: Range<Int>) -> String {
        var i = b
        while i < range.upperBound, s[i].properties.isWhitespace || "«“\"(".unicodeScalars.contains(s[i]) { i += 1 }
        var j = i
        while j < range.upperBound, s[j].properties.isAlphabetic || s[j] == "-" { j += 1 }
        return ScalarText.string(s, i..<j)
    }

    /// "J.", "J.D.", "V.V." — single capital letters each followed by a period.
    func isInitials(_ token: String) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.last == "" else { return false }
        return parts.dropLast().allSatisfy { $0.count == 1 && $0.first!.isUppercase && $0.first!.isLetter }
    }

    func hasLetterOrDigit(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        s[r].contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    func clip(_ q: QuotedSpan, to r: Range<Int>, _ s: [Unicode.Scalar]) -> QuotedSpan? {
        let lo = max(q.inner.lowerBound, r.lowerBound), hi = min(q.inner.upperBound, r.upperBound)
        guard lo < hi else { return nil }
        let inner = ScalarText.trimmed(s, lo..<hi)
        guard !inner.isEmpty else { return nil }
        let outer = max(q.range.lowerBound, r.lowerBound)..<min(q.range.upperBound, r.upperBound)
        return QuotedSpan(range: outer, inner: inner, style: q.style, text: ScalarText.string(s, inner),
                          closed: q.closed && q.range.upperBound <= r.upperBound && q.range.lowerBound >= r.lowerBound)
    }
}
