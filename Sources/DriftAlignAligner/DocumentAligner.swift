import DriftAlignCore
import DriftAlignEncoder

/// Aligns segmented documents: the entry point the CLI, the drift report and the corpus runner use.
///
/// `monotonic` runs ``MonotonicAligner`` on the one original; `quotes` runs ``QuoteMiner`` over
/// all originals; `auto` mines quotes first, then re-aligns monotonically every run of French
/// sentences that translates one original in order (a readout translated in full).
public struct DocumentAligner: Sendable {
    public enum Mode: String, Sendable, CaseIterable { case auto, monotonic, quotes }

    public let encoder: any SentenceEncoder
    public let parameters: AlignmentParameters
    /// The quote miner's limit on unit × candidate comparisons in `quotes` and `auto` modes
    /// (``QuoteMiner/maximumComparisons``); over it, ``align(originals:translation:mode:pressNames:otherSpeaker:)``
    /// throws rather than allocate a matrix the machine cannot hold.
    public var maximumQuoteComparisons = QuoteMiner.defaultMaximumComparisons
    let monotonicAligner: MonotonicAligner

    public init(encoder: any SentenceEncoder, parameters: AlignmentParameters = AlignmentParameters()) throws {
        self.monotonicAligner = try MonotonicAligner(parameters: parameters)
        self.encoder = encoder
        self.parameters = parameters
    }

    /// - Parameter pressNames: how other texts name each original's issuer (its author and its
    ///   source plugin's `pressNames`); auto mode matches
    ///   them with headings that declare a section's source ("Compte-rendu du Kremlin").
    /// - Parameter otherSpeaker: compares the speaker the French names for a quotation with an
    ///   original's issuer (``QuoteMiner/otherSpeaker``); nil, speakers are not compared.
    public func align(originals: [Document], translation: Document, mode: Mode,
                      pressNames: (Document) -> [String] = { [$0.author].compactMap { $0 } },
                      otherSpeaker: QuoteMiner.OtherSpeaker? = nil) throws -> DocumentAlignment {
        let usable = originals.filter { $0.skipReason == nil && !$0.sentences.isEmpty }
        switch mode {
        case .monotonic:
            guard usable.count <= 1 else { throw AlignerError.invalidParameters("monotonic alignment takes one original document, got \(usable.count); use quotes or auto") }
            return DocumentAlignment(originals: usable, translation: translation,
                                     links: try monotonic(usable.first, translation))
        case .quotes:
            var miner = QuoteMiner(encoder: encoder)
            miner.otherSpeaker = otherSpeaker
            miner.maximumComparisons = maximumQuoteComparisons
            return DocumentAlignment(originals: usable, translation: translation,
                                     links: try miner.mine(originals: usable, translation: translation))
        case .auto:
            return try AutoSections(aligner: self).align(originals: usable, translation: translation, pressNames: pressNames,
                                                         otherSpeaker: otherSpeaker)
        }
    }

    /// Monotonic links between one original (or none) and a range of translation sentences.
    func monotonic(_ original: Document?, _ translation: Document, sentences tr: Range<Int>? = nil,
                   originalSentences or: Range<Int>? = nil, documentIndex: Int = 0) throws -> [DocumentAlignment.Link] {
        let tRange = tr ?? 0..<translation.sentences.count
        let oRange = or ?? 0..<(original?.sentences.count ?? 0)
        let t = try side(translation, tRange)
        guard let o = original else {
            return tRange.map { DocumentAlignment.Link(originalDocument: nil, original: [], translation: [$0], score: 0, method: .monotonic) }
        }
        let os = try side(o, oRange)
        return monotonicAligner.align(os, t).map { l in
            DocumentAlignment.Link(originalDocument: l.original.isEmpty ? nil : documentIndex,
                                   original: l.original.map { $0 + oRange.lowerBound },
                                   translation: l.translation.map { $0 + tRange.lowerBound },
                                   score: l.score, method: .monotonic)
        }
    }

    func side(_ doc: Document, _ range: Range<Int>) throws -> AlignmentSide {
        let sents = doc.sentences[range]
        return try AlignmentSide(sentences: sents.map(\.comparisonText), paragraphs: sents.map(\.paragraph), language: doc.language,
                                 encoder: encoder, maxWindow: parameters.maxLinkSize, strategy: parameters.windowEmbedding,
                                 concatenationLimit: parameters.concatenationLimit)
    }
}
