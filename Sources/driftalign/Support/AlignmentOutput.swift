import DriftAlignAligner
import DriftAlignReport
import Foundation

/// Renders an alignment in the format `--format` names: the links format (LinksFormat), or the
/// TSV, JSON and TMX writers of DriftAlignReport.
enum AlignmentOutput {
    static func render(_ a: DocumentAlignment, format: String) throws -> String {
        switch format {
        case "links": return LinksFormat.write(a.sentenceLinks)
        case "tsv": return try AlignmentTSVWriter().write(a)
        case "json": return try AlignmentJSONWriter().write(a)
        case "tmx": return try TMXWriter().write(a)
        default: throw AlignerError.invalidParameters("unknown format '\(format)' (valid: links, tsv, json, tmx)")
        }
    }
}
