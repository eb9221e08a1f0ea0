import DriftAlignAligner
import DriftAlignCore

/// One side of a link resolved against its document: the text and offsets every alignment
/// writer prints.
struct ResolvedSide {
    var document: Document
    /// 0-based sentence indices in ``document``, in link order.
    var sentences: [Int]
    /// The sentences' texts joined by one space (the unit TSV and TMX print).
    var text: String
    /// Scalar range in the document text from the first sentence's start to the last one's end.
    var range: Range<Int>
    /// The narrower span quote mining matched on this side, and its text, if any.
    var span: Range<Int>?
    var spanText: String?

    /// The text a sentence pair should show: the narrower span when there is one.
    var pairText: String { spanText ?? text }
}

/// A link of a ``DocumentAlignment`` with both sides resolved; an empty side is nil.
struct ResolvedLink {
    /// 0-based position of the link in ``DocumentAlignment/links``.
    var index: Int
    var link: DocumentAlignment.Link
    var original: ResolvedSide?
    var translation: ResolvedSide?
}

extension DocumentAlignment {
    /// Every link with its sides resolved, checking each index against its document.
    ///
    /// A non-empty original side without a document index belongs to the first original, as in
    /// ``DocumentAlignment/sentenceLinks``.
    func resolvedLinks() throws -> [ResolvedLink] {
        var scalars: [Int: [Unicode.Scalar]] = [:]  // by original index; -1 is the translation
        func text(_ key: Int, _ doc: Document) -> [Unicode.Scalar] {
            if let s = scalars[key] { return s }
            let s = Array(doc.text.unicodeScalars)
            scalars[key] = s
            return s
        }
        func side(_ i: Int, _ name: String, _ key: Int, _ doc: Document, _ sentences: [Int],
                  _ span: Range<Int>?) throws -> ResolvedSide? {
            guard !sentences.isEmpty else { return nil }
            for s in sentences where !doc.sentences.indices.contains(s) {
                throw AlignmentWriterError.sentenceOutOfRange(link: i, side: name, sentence: s, count: doc.sentences.count)
            }
            let picked = sentences.map { doc.sentences[$0] }
            let lo = picked.map(\.range.lowerBound).min()!, hi = picked.map(\.range.upperBound).max()!
            var spanText: String?
            if let r = span {
                let all = text(key, doc)
                guard r.lowerBound >= 0, r.upperBound <= all.count else {
                    throw AlignmentWriterError.spanOutOfRange(link: i, side: name, start: r.lowerBound,
                                                              end: r.upperBound, length: all.count)
                }
                spanText = ScalarText.string(all, r)
            }
            return ResolvedSide(document: doc, sentences: sentences, text: picked.map(\.text).joined(separator: " "),
                                range: lo..<hi, span: span, spanText: spanText)
        }
        return try links.enumerated().map { i, l in
            var original: ResolvedSide?
            if !l.original.isEmpty {
                let d = l.originalDocument ?? 0
                guard originals.indices.contains(d) else {
                    throw AlignmentWriterError.documentOutOfRange(link: i, document: d, count: originals.count)
                }
                original = try side(i, "original", d, originals[d], l.original, l.originalSpan)
            }
            let translated = try side(i, "translation", -1, translation, l.translation, l.translationSpan)
            return ResolvedLink(index: i, link: l, original: original, translation: translated)
        }
    }
}
