import DriftAlignTestSupport
import Foundation
import Testing

/// `driftalign score-pairs` as a user runs it (lexical encoder: no model needed).
@Suite(.enabled(if: TestPaths.cli != nil, "driftalign is not built"))
struct ScorePairsCommandTests {
    func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "score-pairs-\(UUID().uuidString).tsv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func oneJSONLinePerPairInOrder() throws {
        let path = try write("Russia lost 2,500 soldiers.\tLa Russie a perdu 25 000 soldats.\nPutin met Witkoff.\tPoutine a rencontré Witkoff.\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try CLIRunner.run(["score-pairs", path, "--src-lang", "en", "--tgt-lang", "fr", "--encoder", "lexical"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.count == 2)
        let first = lines[0]["findings"] as! [[String: Any]]
        let number = try #require(first.first { $0["type"] as? String == "number" })
        #expect(number["severity"] as? String == "major")
        #expect(number["originalStart"] as? Int == 12 && number["originalEnd"] as? Int == 17)
        #expect(number["translationStart"] as? Int == 18 && number["translationEnd"] as? Int == 24)
        #expect((lines[0]["drift"] as! Double) > (lines[1]["drift"] as! Double))
    }

    @Test func lineWithoutTabIsAnErrorNamingTheLine() throws {
        let path = try write("One\tUn\nno tab here\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try CLIRunner.run(["score-pairs", path, "--src-lang", "en", "--tgt-lang", "fr", "--encoder", "lexical"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("\(path):2: no tab on this line"))
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stdout.isEmpty)
    }

    @Test func missingFileIsAnError() throws {
        let r = try CLIRunner.run(["score-pairs", "/nonexistent/pairs.tsv", "--src-lang", "en", "--tgt-lang", "fr", "--encoder", "lexical"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("no such file"))
    }
}
