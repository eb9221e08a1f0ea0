import ArgumentParser

/// The report formats `report` and `run` take: `--format` values, comma-separated, the option
/// repeatable (`--format json --format md` wrote only the Markdown: the last value replaced the
/// others).
enum ReportFormats {
    static let valid = ["html", "md", "json", "tsv"]

    /// The formats asked for (or `defaults` when none was), lower-cased, in order, each once.
    static func parse(_ values: [String], defaults: String) -> [String] {
        var seen = Set<String>()
        return (values.isEmpty ? [defaults] : values).flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { seen.insert($0).inserted }
    }

    static func validate(_ formats: [String]) throws {
        if formats.isEmpty { throw ValidationError("--format needs at least one of \(valid.joined(separator: ", "))") }
        for f in formats where !valid.contains(f) {
            throw ValidationError("unknown format '\(f)'; valid formats: \(valid.joined(separator: ", "))")
        }
    }
}
