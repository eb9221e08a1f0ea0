import DriftAlignAligner
import DriftAlignRegistry
import Foundation

/// A text written to `dir/name` and read back as a user's file would be: through the source
/// plugin `source`, segmented for `lang`.
func writtenDocument(_ text: String, source: String = "text", _ lang: String, in dir: URL, _ name: String) throws -> Document {
    let path = dir.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let input = try InputReader().read(path: path)
    return try SourceRegistry.builtIn.read(input, sourceID: source, options: ReadOptions(language: lang)).map(Segmenter(language: lang).segment)[0]
}
