import DriftAlignRegistry

/// Prints on stderr what the source plugins had to work around while reading a file
/// (``Document/warnings``: escapes repaired, paragraphs not found in the file), so that nothing is
/// approximated silently. One line per warning, at most ``maximumLines`` a file (an archive of
/// thousands of damaged posts must not bury the output), then a count of the rest; the full list
/// is in `driftalign segment FILE --format json`.
enum SourceWarnings {
    static let maximumLines = 10

    static func report(_ docs: [Document], file: String) {
        let text = lines(docs, file: file).joined()
        if !text.isEmpty { Diagnostics.write(text) }
    }

    /// The lines ``report(_:file:)`` writes, each ending in a newline.
    static func lines(_ docs: [Document], file: String) -> [String] {
        let all = docs.flatMap { d in d.warnings.map { (d.id, $0) } }
        var out = all.prefix(maximumLines).map { id, warning in "driftalign: warning: \(file): document \(id): \(warning)\n" }
        if all.count > maximumLines {
            out.append("driftalign: warning: \(file): \(all.count - maximumLines) more warning(s) not shown "
                       + "(all of them: driftalign segment \(file) --format json)\n")
        }
        return out
    }
}
