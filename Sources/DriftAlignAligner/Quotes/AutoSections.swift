import DriftAlignCore

/// `--mode auto`: news prose is mined for quotes; a section that translates one original in order
/// (a "Compte-rendu du Kremlin" that renders the whole readout) is aligned monotonically.
///
/// Sections are the runs of sentences between headings. A section is a translation when at least
/// ``minimumShare`` of its sentences (and at least ``minimumSentences``) were mined, as whole
/// sentences, to the same original and those matches mostly keep the original's order. Sentences
/// matched only through a quoted fragment do not count: quoting is what news prose does.
struct AutoSections {
    let aligner: DocumentAligner
    var minimumShare = 0.6
    var minimumSentences = 3
    var minimumOrder = 0.8

    func align(originals: [Document], translation: Document) throws -> DocumentAlignment {
        let miner = QuoteMiner(encoder: aligner.encoder)
        var links = try miner.mine(originals: originals, translation: translation)
        for section in sections(translation) {
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
        return DocumentAlignment(originals: originals, translation: translation, links: links)
    }

    /// Runs of sentence indices between heading or title sentences.
    func sections(_ doc: Document) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for s in doc.sentences where s.kind == .heading || s.kind == .title {
            if s.index > start { out.append(start..<s.index) }
            start = s.index + 1
        }
        if doc.sentences.count > start { out.append(start..<doc.sentences.count) }
        return out
    }

    func mostCommon(_ xs: [Int]) -> Int? {
        Dictionary(xs.map { ($0, 1) }, uniquingKeysWith: +).max { $0.value < $1.value }?.key
    }
}
