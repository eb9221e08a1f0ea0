import Foundation

/// Errors of the alignment writers (JSON, TMX, TSV): a link that points outside its documents.
///
/// The aligner never produces such links; an alignment built by hand or read from an old file
/// can. The CLI prints ``errorDescription`` as one line. Sides are named "original" and
/// "translation", indices are 0-based, as in the links format.
public enum AlignmentWriterError: Error, LocalizedError, Equatable {
    /// A link names an original document the alignment does not have.
    case documentOutOfRange(link: Int, document: Int, count: Int)
    /// A link names a sentence its document does not have.
    case sentenceOutOfRange(link: Int, side: String, sentence: Int, count: Int)
    /// A link's narrower span (quote mining) runs outside its document's text.
    case spanOutOfRange(link: Int, side: String, start: Int, end: Int, length: Int)
    /// The JSON encoder refused the alignment (should not happen; report it as a bug).
    case encoding(String)

    public var errorDescription: String? {
        switch self {
        case .documentOutOfRange(let l, let d, let n):
            return "link \(l): original document \(d) does not exist (the alignment has \(n) original(s), 0-based)"
        case .sentenceOutOfRange(let l, let side, let s, let n):
            return "link \(l): \(side) sentence \(s) does not exist (that document has \(n) sentence(s), 0-based)"
        case .spanOutOfRange(let l, let side, let a, let b, let n):
            return "link \(l): \(side) span \(a)..<\(b) runs outside the document text (\(n) characters)"
        case .encoding(let d):
            return "could not encode the alignment as JSON: \(d)"
        }
    }
}
