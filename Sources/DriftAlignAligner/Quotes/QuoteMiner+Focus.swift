import DriftAlignCore

extension QuoteMiner {
    /// ``match(originals:translation:)`` with some originals cut down to the neighbourhood of the
    /// given sentences: for an original listed in `focus`, only its sentences within `window` of a
    /// focused one are candidates. Matches come back in the full originals' terms (document index,
    /// sentence indices, scalar ranges of their text).
    ///
    /// Made for `driftalign match`, whose retrieval has already found, for every French unit, its
    /// nearest stored sentences and clauses: mining a stored book whole re-encoded all its
    /// sentences, pairs and clauses (111,629 sentences: 90 s of the 92 s, docs/STORE.md) to
    /// confirm a few of them. The margins of what is kept change little: a unit's nearest
    /// candidates are what retrieval found (it keeps ten per unit, the margin reads four), and a
    /// candidate's side of the margin reads the units, which are all kept. What changes is that a
    /// sentence far from every retrieval hit is no longer a candidate, even when its margin would
    /// have been the best (a sentence close to no French unit but this one, which in a book is
    /// mostly chance: seed 001 met "it speak" and "This time Alice waited patiently…" in the book
    /// of docs/STORE.md at 0.20–0.25). Each run of neighbouring focused sentences is mined as its
    /// own small document, so no pair of sentences is formed across a gap, and no text outside the
    /// runs is copied or scanned.
    public func match(originals: [Document], translation: Document, focus: [Int: Set<Int>], window: Int = 2) throws -> [QuoteMatch] {
        var pieces: [(parent: Int, firstSentence: Int, base: Int, doc: Document)] = []
        for (d, doc) in originals.enumerated() {
            guard let keep = focus[d] else {
                pieces.append((d, 0, 0, doc))
                continue
            }
            let runs = Self.runs(around: keep, window: max(0, window), count: doc.sentences.count)
            guard !runs.isEmpty else { continue }
            let scalars = Array(doc.text.unicodeScalars)
            for r in runs {
                let (excerpt, base) = Self.excerpt(doc, scalars: scalars, sentences: r)
                pieces.append((d, r.lowerBound, base, excerpt))
            }
        }
        return try match(originals: pieces.map(\.doc), translation: translation).map { m in
            guard let p = m.originalDocument else { return m }
            var out = m
            let piece = pieces[p]
            out.originalDocument = piece.parent
            out.originalSentences = m.originalSentences.map { $0 + piece.firstSentence }
            out.originalRange = m.originalRange.map { ($0.lowerBound + piece.base)..<($0.upperBound + piece.base) }
            return out
        }
    }

    /// The sentence ranges within `window` of a sentence of `keep` (indices below `count`),
    /// neighbouring or overlapping ranges merged, in order.
    static func runs(around keep: Set<Int>, window: Int, count: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for s in keep.sorted() where (0..<count).contains(s) {
            let r = max(0, s - window)..<min(count, s + window + 1)
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// Sentences `r` of `doc` as a document of their own: the text from the first one's start to
    /// the last one's end, every offset (sentences, quotations, paragraphs, voices, attributions)
    /// moved by `base`, the start of that text in `doc`; the metadata (author, source) kept.
    static func excerpt(_ doc: Document, scalars: [Unicode.Scalar], sentences r: Range<Int>) -> (Document, base: Int) {
        let base = doc.sentences[r.lowerBound].range.lowerBound
        let end = max(base, doc.sentences[r.upperBound - 1].range.upperBound)
        let span = base..<end
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span])
        let text = String(view)
        func shift(_ x: Range<Int>) -> Range<Int>? {
            let c = x.clamped(to: span)
            guard !c.isEmpty || (x.isEmpty && span.contains(x.lowerBound)) else { return nil }
            return (c.lowerBound - base)..<(c.upperBound - base)
        }
        let firstParagraph = doc.sentences[r.lowerBound].paragraph
        // Only the excerpt's own paragraphs are visited: a book has one per line.
        let paragraphIndices = doc.paragraphs.indices.clamped(to: firstParagraph..<(doc.sentences[r.upperBound - 1].paragraph + 1))
        let paragraphs = paragraphIndices.compactMap { i in shift(doc.paragraphs[i].range).map { Paragraph(range: $0, kind: doc.paragraphs[i].kind) } }
        var e = Document(id: doc.id, sourceType: doc.sourceType, language: doc.language, title: doc.title, author: doc.author,
                         published: doc.published, url: doc.url, text: text, paragraphs: paragraphs,
                         input: InputFile(location: doc.input.location, text: text), sourceMap: .identity(length: span.count),
                         skipReason: doc.skipReason, metadata: doc.metadata)
        e.sentences = doc.sentences[r].enumerated().map { i, s in
            Sentence(index: i, text: s.text, range: shift(s.range) ?? 0..<0, paragraph: max(0, s.paragraph - firstParagraph), kind: s.kind,
                     quotes: s.quotes.compactMap { q in Self.shifted(q, by: shift) })
        }
        e.quotes = doc.quotes.compactMap { q in Self.shifted(q, by: shift) }
        e.voices = doc.voices.compactMap { v in shift(v.range).map { Voice(range: $0, speaker: v.speaker) } }
        e.attributions = doc.attributions.compactMap { a in
            // A cue whose quotation lies outside would be read as a cue without one: left out.
            guard let cue = shift(a.cueRange), a.quoteRange.map({ shift($0) != nil }) ?? true else { return nil }
            var moved = a
            moved.cueRange = cue
            moved.quoteRange = a.quoteRange.flatMap(shift)
            moved.speakerRange = a.speakerRange.flatMap(shift)
            return moved
        }
        return (e, base)
    }

    private static func shifted(_ q: QuotedSpan, by shift: (Range<Int>) -> Range<Int>?) -> QuotedSpan? {
        guard let range = shift(q.range), let inner = shift(q.inner) else { return nil }
        return QuotedSpan(range: range, inner: inner, style: q.style, text: q.text, closed: q.closed)
    }
}
