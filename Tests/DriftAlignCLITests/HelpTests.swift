import DriftAlignTestSupport
import Foundation
import Testing

/// `--help` teaches by example; an example naming a bundled file that does not exist teaches a
/// command that fails (the main help named Corpora/…/truth_archive.json, which never existed).
@Suite struct HelpTests {
    /// The subcommand names listed under SUBCOMMANDS in a help text.
    func subcommands(_ help: String) -> [String] {
        guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        // The block runs to its first blank line; each entry is "  name   description".
        let block = help[start.upperBound...].components(separatedBy: "\n\n")[0]
        return block.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return name.allSatisfy { $0.isLowercase || $0 == "-" } ? String(name) : nil
        }
    }

    @Test func everyBundledPathInAnExampleExists() throws {
        let root = try CLIRunner.run(["--help"])
        #expect(root.status == 0)
        var helps = [("driftalign", root.stdout)]
        var queue = subcommands(root.stdout).map { [$0] }
        #expect(queue.count >= 10, "\(root.stdout)")
        while let path = queue.popLast(), path.count <= 3 {
            let r = try CLIRunner.run(["help"] + path)
            #expect(r.status == 0, "help \(path): \(r.stderr)")
            helps.append((path.joined(separator: " "), r.stdout))
            queue += subcommands(r.stdout).filter { $0 != "help" }.map { path + [$0] }
        }
        var checked = 0
        for (command, text) in helps {
            // Help wraps long lines; a path never holds a space, so rejoin wrapped words first.
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            for word in words where word.hasPrefix("Corpora/") || word.hasPrefix("../shared/") {
                var name = Substring(word)
                while let last = name.last, ".,;:)`'\"".contains(last) { name = name.dropLast() }
                let url = TestPaths.packageRoot.appendingPathComponent(String(name))
                if url.lastPathComponent.hasPrefix("*") {
                    // A glob ("*.json"): its folder holds at least one such file.
                    let suffix = url.lastPathComponent.dropFirst()
                    let listed = (try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)) ?? []
                    #expect(listed.contains { $0.hasSuffix(suffix) }, "\(command): example names \(word), which matches nothing")
                } else {
                    #expect(FileManager.default.fileExists(atPath: url.path), "\(command): example names \(word), which does not exist")
                }
                checked += 1
            }
        }
        #expect(checked >= 5, "examples naming bundled files were found")
    }
}
