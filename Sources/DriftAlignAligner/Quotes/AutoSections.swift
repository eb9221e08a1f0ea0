import DriftAlignCore

/// `--mode auto`: news prose is mined for quotes; a section that translates one original in order
/// (a "Compte-rendu du Kremlin" that renders the whole readout) is aligned monotonically.
///
/// Sections are the runs of sentences between headings. A heading that declares what its section
/// translates (``DeclaredSource``: "Compte-rendu du Kremlin") decides: the section is aligned
/// monotonically with the original of that issuer, or, when the case has none, left without a
/// source (recorded in ``DocumentAlignment/declaredSections``) unless its sentences were found, in
/// order, in an original the case has (``evidence(_:_:)``). Otherwise a section is a translation when at least
/// ``minimumShare`` of its sentences (and at least ``minimumSentences``) were mined, as whole
/// sentences, to the same original and those matches mostly keep the original's order. Sentences
/// matched only through a quoted fragment do not count: quoting is what news prose does.
struct AutoSections {
    let aligner: DocumentAligner
    var minimumShare = 0.6
    var minimumSentences = 3
    var minimumOrder = 0.8

    func align(originals: [Document], translation: Document,
               pressNames: (Document) -> [String] = { [$0.author].compactMap { $0 } },
               otherSpeaker: QuoteMiner.OtherSpeaker? = nil) throws -> DocumentAlignment {
        var miner = QuoteMiner(encoder: aligner.encoder)
        miner.otherSpeaker = otherSpeaker
        miner.maximumComparisons = aligner.maximumQuoteComparisons
        var links = try miner.mine(originals: originals, translation: translation)
        var declared: [DocumentAlignment.DeclaredSection] = []
        var places: [[Int]: Int] = [:]
        let names = originals.map(pressNames)
        let sections = self.sections(translation)
        // The whole text translates one original in order (a book, a readout translated in full
        // under subheadings): one monotonic run over both, as `--mode monotonic` would give,
        // when no heading declares a source, the evidence a section needs holds for the whole,
        // and the miner found nothing in any other original (a quotation of another post in one
        // section keeps its link, section by section). Section by section, a translation's
        // headings (a poem's short lines, read as headings) cut it into runs each searched in
        // its own window of the original.
        let whole = 0..<translation.sentences.count
        if !whole.isEmpty, !sections.contains(where: { $0.1.map { DeclaredSource.parse(translation.sentences[$0].text) != nil } ?? false }),
           let (doc, _) = evidence(whole, links), links.allSatisfy({ $0.originalDocument == nil || $0.originalDocument == doc }) {
            let mono = try aligner.monotonic(originals[doc], translation, documentIndex: doc)
            return DocumentAlignment(originals: originals, translation: translation,
                                     links: mono.filter { !$0.translation.isEmpty || !$0.original.isEmpty })
        }
        for (section, heading) in sections {
            // A heading that says what the section translates decides it: that original,
            // monotonically, or (when the case lacks it) no source at all.
            if let h = heading, let d = DeclaredSource.parse(translation.sentences[h].text) {
                let candidates = originals.indices.filter { d.isNamed(by: names[$0]) }
                let votes = links.filter { $0.translation.allSatisfy(section.contains) }.compactMap(\.originalDocument)
                let count = { (doc: Int) in votes.filter { $0 == doc }.count }
                let doc = candidates.max { count($0) < count($1) }
                // Several originals of that issuer (a case with many posts) and none mined in the
                // section: nothing says which one it renders, so the section is judged as usual.
                let undecided = candidates.count > 1 && doc.map(count) == 0
                // The declared original is not in the case, but the section's own sentences were
                // found, in order, in an original that is: that evidence outweighs the heading.
                let foundElsewhere = doc == nil && evidence(section, links) != nil
                if !undecided && !foundElsewhere {
                    links.removeAll { !$0.translation.isEmpty && $0.translation.allSatisfy(section.contains) }
                    if let doc {
                        let mono = try aligner.monotonic(originals[doc], translation, sentences: section, documentIndex: doc)
                        Self.omissionPlaces(mono, start: section.lowerBound, into: &places)
                        links.append(contentsOf: mono.filter { !$0.translation.isEmpty || !$0.original.isEmpty })
                    } else {
                        links.append(contentsOf: section.map {
                            DocumentAlignment.Link(originalDocument: nil, original: [], translation: [$0], score: 0, method: .quote)
                        })
                    }
                    declared.append(.init(heading: h, sentences: section, issuer: d.issuer, originalDocument: doc))
                    continue
                }
            }
            guard let (doc, matched) = evidence(section, links) else { continue }
            // The window is drawn around the matches that keep the original's order (the longest
            // such chain), not around all of them: mining has no order, and one short line matched
            // far away ("' Oh ! '", a chapter title) stretched a chapter's window over a whole
            // book, which the search then filled with skips and 6-1 links.
            let order = Self.longestNondecreasingRun(matched)
            let lo = max(0, (order.min() ?? 0) - 2), hi = min(originals[doc].sentences.count, (order.max() ?? 0) + 3)
            var mono = try aligner.monotonic(originals[doc], translation, sentences: section, originalSentences: lo..<hi, documentIndex: doc)
            // The window's margin lets the search attach edge sentences the miner missed; an
            // original sentence it leaves unlinked there is outside what the section was shown to
            // translate, not an omission of it.
            let shown = (order.min() ?? 0)...(order.max() ?? 0)
            while let l = mono.first, l.translation.isEmpty, !shown.contains(l.original.first ?? 0) { mono.removeFirst() }
            while let l = mono.last, l.translation.isEmpty, !shown.contains(l.original.first ?? 0) { mono.removeLast() }
            links.removeAll { $0.translation.allSatisfy(section.contains) && !$0.translation.isEmpty }
            Self.omissionPlaces(mono, start: section.lowerBound, into: &places)
            links.append(contentsOf: mono.filter { !$0.translation.isEmpty || !$0.original.isEmpty })
        }
        return DocumentAlignment(originals: originals, translation: translation,
                                 links: Self.withoutRepeatedOmissions(Self.inDocumentOrder(links, places: places)), declaredSections: declared)
    }

    /// `links` with each original sentence left out listed once, and only when no link holds it:
    /// each monotonic run reports the original sentences of its window that it leaves out, and the
    /// windows of neighbouring sections overlap, so one original sentence was listed as left out
    /// by several sections (10,814 such links for a 960-sentence book whose chapters were aligned
    /// section by section), or as left out where another section links it. A link with no French
    /// side keeps the sentences no other link holds, in runs of consecutive ones; the first
    /// listing (in the order given) is kept.
    static func withoutRepeatedOmissions(_ links: [DocumentAlignment.Link]) -> [DocumentAlignment.Link] {
        struct Key: Hashable { let doc: Int; let sentence: Int }
        var taken = Set<Key>()
        for l in links where !l.translation.isEmpty {
            if let d = l.originalDocument { for o in l.original { taken.insert(Key(doc: d, sentence: o)) } }
        }
        var out: [DocumentAlignment.Link] = []
        for l in links {
            guard l.translation.isEmpty, let d = l.originalDocument else { out.append(l); continue }
            var run: [Int] = []
            func flush() {
                if !run.isEmpty { out.append(.init(originalDocument: d, original: run, translation: [], score: l.score, method: l.method)) }
                run = []
            }
            for o in l.original {
                guard taken.insert(Key(doc: d, sentence: o)).inserted else { flush(); continue }
                if let last = run.last, o != last + 1 { flush() }
                run.append(o)
            }
            if run == l.original { out.append(l) } else { flush() }
        }
        return out
    }

    /// A longest subsequence of `xs` that never decreases (of several, the one ending lowest), in O(n log n):
    /// patience sorting with back-pointers.
    static func longestNondecreasingRun(_ xs: [Int]) -> [Int] {
        var tails: [Int] = []          // index into xs of the last element of the best run of each length
        var previous = [Int](repeating: -1, count: xs.count)
        for (i, x) in xs.enumerated() {
            // The first run length whose last value exceeds x (upper bound: equal values extend).
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if xs[tails[mid]] <= x { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { previous[i] = tails[lo - 1] }
            if lo == tails.count { tails.append(i) } else { tails[lo] = i }
        }
        var run: [Int] = []
        var k = tails.last ?? -1
        while k >= 0 { run.append(xs[k]); k = previous[k] }
        return run.reversed()
    }

    /// The original a section translates by the quote miner's evidence, with the original
    /// sentences its whole sentences were matched to: at least ``minimumShare`` of the section's
    /// sentences (and ``minimumSentences``) matched as whole sentences to that original, mostly
    /// (``minimumOrder``) in its order. Sentences matched only through a quoted fragment do not
    /// count: quoting is what news prose does.
    func evidence(_ section: Range<Int>, _ links: [DocumentAlignment.Link]) -> (doc: Int, order: [Int])? {
        let matched = links.filter { $0.translation.allSatisfy(section.contains) && $0.originalDocument != nil && $0.translationSpan == nil }
        guard let doc = mostCommon(matched.compactMap(\.originalDocument)) else { return nil }
        let own = matched.filter { $0.originalDocument == doc }
        guard own.count >= minimumSentences, Double(own.count) >= minimumShare * Double(section.count) else { return nil }
        let order = own.map { $0.original.first ?? 0 }
        let increasing = zip(order, order.dropFirst()).filter { $0.0 <= $0.1 }.count
        guard order.count < 2 || Double(increasing) / Double(order.count - 1) >= minimumOrder else { return nil }
        return (doc, order)
    }

    /// Where a monotonic run puts the links that have no French side (original sentences left
    /// out): just after the French sentence before them in the run (`[9]:[8]`, `[10]:[]`,
    /// `[11]:[9]`), or before the run's first sentence; keyed by original document and sentence.
    static func omissionPlaces(_ run: [DocumentAlignment.Link], start: Int, into places: inout [[Int]: Int]) {
        var previous = start - 1
        for l in run {
            if let t = l.translation.first { previous = t } else if let o = l.original.first { places[[l.originalDocument ?? -1, o]] = previous }
        }
    }

    /// Links in the translation's order, each left-out original sentence at its place in its run
    /// (``omissionPlaces(_:start:into:)``).
    static func inDocumentOrder(_ links: [DocumentAlignment.Link], places: [[Int]: Int]) -> [DocumentAlignment.Link] {
        let keyed = links.enumerated().map { i, l in
            l.translation.first.map { (key: $0, rank: 0, original: l.original.first ?? -1, position: i) }
                ?? (key: places[[l.originalDocument ?? -1, l.original.first ?? -1]] ?? -1, rank: 1, original: l.original.first ?? -1, position: i)
        }
        return keyed.sorted { ($0.key, $0.rank, $0.original, $0.position) < ($1.key, $1.rank, $1.original, $1.position) }
            .map { links[$0.position] }
    }

    /// Runs of sentence indices between heading or title sentences, each with the heading sentence
    /// just before it (nil for the run before the first heading, and after a title).
    func sections(_ doc: Document) -> [(Range<Int>, Int?)] {
        var out: [(Range<Int>, Int?)] = []
        var start = 0
        var heading: Int? = nil
        for s in doc.sentences where s.kind == .heading || s.kind == .title {
            if s.index > start { out.append((start..<s.index, heading)) }
            start = s.index + 1
            heading = s.kind == .heading ? s.index : nil
        }
        if doc.sentences.count > start { out.append((start..<doc.sentences.count, heading)) }
        return out
    }

    func mostCommon(_ xs: [Int]) -> Int? {
        Dictionary(xs.map { ($0, 1) }, uniquingKeysWith: +).max { $0.value < $1.value }?.key
    }
}
