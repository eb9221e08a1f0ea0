import DriftAlignAligner
import Foundation

/// Renders an alignment in the format `--format` names.
enum AlignmentOutput {
    static func render(_ a: DocumentAlignment, format: String) throws -> String {
        switch format {
        case "links": return LinksFormat.write(a.sentenceLinks)
        case "tsv": return tsv(a)
        default: throw AlignerError.invalidParameters("format \(format) is not available yet")
        }
    }

    /// original<TAB>translation<TAB>score, n-m sentences joined by a space (hunalign/Vecalign users' form).
    static func tsv(_ a: DocumentAlignment) -> String {
        a.links.map { l in
            let o = l.originalDocument.map { d in l.original.map { a.originals[d].sentences[$0].text }.joined(separator: " ") } ?? ""
            let t = l.translation.map { a.translation.sentences[$0].text }.joined(separator: " ")
            return "\(clean(o))\t\(clean(t))\t\(String(format: "%.3f", l.score))"
        }.joined(separator: "\n") + "\n"
    }

    static func clean(_ s: String) -> String { s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
}
