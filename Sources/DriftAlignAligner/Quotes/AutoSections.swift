import DriftAlignCore

/// `--mode auto`: news prose is mined for quotes; a section that translates one original in order
/// (a "Compte-rendu du Kremlin" that renders the whole readout) is aligned monotonically.
///
/// Sections are the runs of sentences between headings. A heading that declares what its section
/// translates (``DeclaredSource``: "Compte-rendu du Kremlin") decides: the section is aligned
/// monotonically with the original of that issuer, or, when the case has none, left without a
/// source (recorded in ``DocumentAlignment/declaredSections``). Otherwise a section is a translation when at least
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
        let names = originals.map(pressNames)
        for (section, heading) in sections(translation) {
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
                if !undecided {
                    links.removeAll { !$0.translation.isEmpty && $0.translation.allSatisfy(section.contains) }
                    if let doc {
                        let mono = try aligner.monotonic(originals[doc], translation, sentences: section, documentIndex: doc)
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
            let inSection = links.filter { $0.translation.allSatisfy(section.contains) }
            // Whole sentences only: a quoted fragment mined to an original is what news prose
            // does, not evidence that the section translates it.
            let matched = inSection.filter { $0.originalDocument != nil && $0.translationSpan == nil }
            guard let doc = mostCommon(matched.compactMap(\.originalDocument)) else { continue }
            let own = matched.filter { $0.originalDocument == doc }
            guard own.count >= minimumSentences, Double(own.count) >= minimumShare * Double(section.count) else { continue }
            let order = own.map { $0.original.first ?? 0 }
            let pairs = zip(order, order.dropFirst())
            let increasing = pairs.filter { $0.0 <= $0.1 }.count
            guard order.count < 2 || Double(increasing) / Double(order.count - 1) >= minimumOrder else { continue }
            let lo = max(0, (order.min() ?? 0) - 2), hi = min(originals[doc].sentences.count, (order.max() ?? 0) + 3)
            let mono = try aligner.monotonic(originals[doc], translation, sentences: section, originalSentences: lo..<hi, documentIndex: doc)
            links.removeAll { $0.translation.allSatisfy(section.contains) && !$0.translation.isEmpty }
            links.append(contentsOf: mono.filter { !$0.translation.isEmpty || !$0.original.isEmpty })
        }
        links.sort { ($0.translation.first ?? -1, $0.original.first ?? -1) < ($1.translation.first ?? -1, $1.original.first ?? -1) }
        return DocumentAlignment(originals: originals, translation: translation, links: links, declaredSections: declared)
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
