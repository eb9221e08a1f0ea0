import Foundation

/// Where tests find the package, its fixtures, the shared data and the built CLI.
///
/// Paths are derived from this file's location, so tests run from any working directory.
public enum TestPaths {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the package (read-only data: seeds, corpora, bench).
    public static let shared: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// A path below the package root.
    public static func repo(_ relative: String) -> String { packageRoot.appendingPathComponent(relative).path }

    /// A path below `../shared`.
    public static func sharedPath(_ relative: String) -> String { shared.appendingPathComponent(relative).path }

    /// The French of the alignment and drift benchmarks' dev halves (FLORES, Text+Berg and
    /// TransRead documents, Tatoeba's French lines, REFreSD's pairs), one string a file: real
    /// prose for checking that a French-only check raises no false alarm.
    public static func benchmarkFrench() throws -> [String] {
        var texts: [String] = []
        let bench = sharedPath("bench")
        for name in ["flores-fr-ru", "textberg-de-fr", "transread-en-fr"] {
            let dir = "\(bench)/\(name)"
            for f in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where f.hasSuffix(".fr") {
                texts.append(try String(contentsOfFile: "\(dir)/\(f)", encoding: .utf8))
            }
        }
        texts.append(try String(contentsOfFile: "\(bench)/tatoeba/tatoeba.fra-eng.fra", encoding: .utf8))
        texts.append(try String(contentsOfFile: "\(bench)/refresd-en-fr/refresd.tsv", encoding: .utf8))
        return texts
    }

    /// A fixture under `Tests/Fixtures/`.
    public static func fixture(_ relative: String) -> String { repo("Tests/Fixtures/\(relative)") }

    /// The five seed articles, sorted by name.
    public static var seeds: [String] {
        let dir = shared.appendingPathComponent("seeds").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { "\(dir)/\($0)" }
    }

    /// The built `driftalign` executable: $DRIFTALIGN_BIN, else next to the test bundle, else
    /// .build/debug under the package root.
    public static var cli: URL? {
        if let env = ProcessInfo.processInfo.environment["DRIFTALIGN_BIN"] { return URL(fileURLWithPath: env) }
        let debug = packageRoot.appendingPathComponent(".build/debug/driftalign")
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("driftalign")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return FileManager.default.isExecutableFile(atPath: debug.path) ? debug : nil
    }

    /// Reads a UTF-8 file.
    public static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }
}
