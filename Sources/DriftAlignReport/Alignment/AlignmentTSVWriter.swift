import DriftAlignCore
import DriftAlignAligner
import Foundation

/// Writes a ``DocumentAlignment`` as tab-separated pairs, `original<TAB>translation<TAB>score`,
/// one link per line and no header line: `driftalign align --format tsv`, in the form hunalign's
/// and Vecalign's users feed to their own tools.
///
/// The sentences of an n-m link are joined by one space; an empty side (0-1, 1-0) is an empty
/// column. Tabs and line breaks inside a text become spaces, so a line is always one link.
/// The score has three decimals, as in the links format.
public struct AlignmentTSVWriter: Sendable {
    public init() {}

    /// The TSV text, each line ending with a newline; empty for an alignment without links.
    public func write(_ alignment: DocumentAlignment) throws -> String {
        try alignment.resolvedLinks().map { r in
            "\(Self.cell(r.original?.text ?? ""))\t\(Self.cell(r.translation?.text ?? ""))\t\(String(format: "%.3f", r.link.score))\n"
        }.joined()
    }

    /// `text` with tabs and line breaks (LF, CR, VT, FF, NEL, U+2028, U+2029) replaced by spaces
    /// and other controls (``DisplayText/isControl(_:)``: ESC, NUL, C1) dropped, so the file is
    /// safe to print. The text is otherwise kept as it is, for tools: no spreadsheet formula
    /// guard here (the drift report's TSV has one).
    static func cell(_ text: String) -> String { DisplayText.singleLine(text, keepingBidiControls: true) }
}
