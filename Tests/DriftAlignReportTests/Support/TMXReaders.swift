import DriftAlignTestSupport
import Foundation

/// What `scripts/check-tmx.sh` reports for a TMX file: the units translate-toolkit loaded and
/// what tmxwc (Debian libxml-tmx-perl) printed. The script installs both tools when missing.
struct TMXReaders: Decodable {
    struct ToolkitUnit: Decodable {
        var id: String
        var languages: [String?]
        var sourceLanguage: String?
        var targetLanguage: String?
        var source: String?
        var target: String?
    }
    struct Toolkit: Decodable {
        var version: String
        var header: [String: String]?
        var units: [ToolkitUnit]
    }
    struct Wc: Decodable {
        var stdout: String
        var stderr: String
    }
    var translateToolkit: Toolkit
    var tmxwc: Wc

    /// The number of translation units tmxwc counted ("FILE: 4 tu."), or nil.
    var tmxwcCount: Int? {
        guard let r = tmxwc.stdout.range(of: #"(\d+) tu\."#, options: .regularExpression) else { return nil }
        return Int(tmxwc.stdout[r].split(separator: " ")[0])
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `tmx` to a temporary file and runs the readers on it. Throws, with the script's
    /// stderr, when a tool cannot be installed or rejects the file.
    static func read(_ tmx: String, name: String) throws -> (readers: TMXReaders, path: String) {
        let dir = TestScratch.url("driftalign-tmx")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(name)
        try Data(tmx.utf8).write(to: file)
        let r = try CLIRunner.runProcess(URL(fileURLWithPath: "/bin/bash"), [TestPaths.repo("scripts/check-tmx.sh"), file.path])
        let o = Data(r.stdout.utf8), stderr = r.stderr
        guard r.status == 0 else {
            throw Failure(description: "scripts/check-tmx.sh exited with \(r.status) on \(file.path):\n\(stderr)")
        }
        do {
            return (try JSONDecoder().decode(TMXReaders.self, from: o), file.path)
        } catch {
            throw Failure(description: "scripts/check-tmx.sh printed no valid report (\(error)):\n\(String(decoding: o, as: UTF8.self))\n\(stderr)")
        }
    }
}
