import DriftAlignTestSupport
import Foundation
import Testing

/// `align` and `report` as a user runs them, on edge cases; the lexical encoder keeps them
/// independent of the model.
@Suite(.serialized) struct AlignAndReportTests {
    func temp(_ text: String, _ name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("da-align-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    let en = "The call lasted ninety minutes.\nBoth leaders agreed to a ceasefire on energy infrastructure.\nTalks will begin in Jeddah on Tuesday.\n"
    let fr = "L'appel a duré quatre-vingt-dix minutes.\nLes deux dirigeants ont accepté un cessez-le-feu sur les infrastructures énergétiques.\nLes pourparlers commenceront mardi à Djeddah.\n"

    @Test func linksFormatOnPresegmentedInput() throws {
        let o = try temp(en, "en.txt"), t = try temp(fr, "fr.txt")
        let r = try CLIRunner.run(["align", o, t, "--presegmented", "--src-lang", "en", "--mode", "monotonic", "--encoder", "lexical"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.range(of: #"^\[\d*\]:\[\d*\]:\d\.\d{3}$"#, options: .regularExpression) != nil })
    }

    @Test func identicalFilesAlignOneToOne() throws {
        let o = try temp(en, "a.txt"), t = try temp(en, "b.txt")
        let r = try CLIRunner.run(["align", o, t, "--presegmented", "--src-lang", "en", "--tgt-lang", "en", "--mode", "monotonic", "--encoder", "lexical"])
        #expect(r.stdout == "[0]:[0]:1.000\n[1]:[1]:1.000\n[2]:[2]:1.000\n")
    }

    @Test func oneSideEmptyIsAClearError() throws {
        let o = try temp(en, "en.txt"), t = try temp("", "empty.txt")
        let r = try CLIRunner.run(["align", o, t, "--presegmented", "--encoder", "lexical"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("empty.txt") && r.stderr.contains("empty"))
    }

    @Test func aFiftyThousandCharacterLineDoesNotHang() throws {
        let long = String(repeating: "Les négociations continuent sans interruption ", count: 1100)
        let o = try temp(en, "en.txt"), t = try temp(long + "\n" + fr, "fr.txt")
        let r = try CLIRunner.run(["align", o, t, "--presegmented", "--src-lang", "en", "--mode", "monotonic", "--encoder", "lexical"])
        #expect(r.status == 0, "\(r.stderr)")
        // The long line translates nothing: it is left unaligned, the rest aligns 1-1.
        #expect(r.stdout.split(separator: "\n").map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
                == ["[]:[0]", "[0]:[1]", "[1]:[2]", "[2]:[3]"])
    }

    @Test func russianDeclaredFrenchIsWarnedAbout() throws {
        let o = try temp(en, "en.txt"), t = try temp("Путин и Трамп провели разговор.\nСтороны договорились о перемирии.\n", "ru.txt")
        let r = try CLIRunner.run(["align", o, t, "--presegmented", "--src-lang", "en", "--tgt-lang", "fr", "--mode", "monotonic", "--encoder", "lexical"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning") && r.stderr.contains("declared 'fr'") && r.stderr.contains("'ru'"))
    }

    @Test func jsonAndTMXFormatsFromTheCLI() throws {
        let o = try temp(en, "en.txt"), t = try temp(fr, "fr.txt")
        let j = try CLIRunner.run(["align", o, t, "--presegmented", "--src-lang", "en", "--mode", "monotonic", "--encoder", "lexical", "--format", "json"])
        let obj = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as? [String: Any]
        #expect((obj?["links"] as? [Any])?.count == 3)
        let x = try CLIRunner.run(["align", o, t, "--presegmented", "--src-lang", "en", "--mode", "monotonic", "--encoder", "lexical", "--format", "tmx"])
        #expect(x.stdout.contains("<tmx version=\"1.4\">") && x.stdout.components(separatedBy: "<tu ").count == 4)
    }

    @Test func contradictoryOptionsAreRefused() throws {
        let o = try temp(en, "en.txt"), t = try temp(fr, "fr.txt")
        let r = try CLIRunner.run(["align", o, t, "--skip-cost", "0.5", "--skip-quantile", "0.2", "--encoder", "lexical"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("give one"))
        let m = try CLIRunner.run(["align", "--original", o, "--original", o, t, "--mode", "monotonic"])
        #expect(m.status != 0 && m.stderr.contains("monotonic alignment takes one original"))
        // Margin scoring (the default) has no quantile skip; the normalized scoring does.
        let q = try CLIRunner.run(["align", o, t, "--skip-quantile", "0.2", "--encoder", "lexical", "--mode", "monotonic"])
        #expect(q.status != 0 && q.stderr.contains("not --skip-quantile"), "\(q.stderr)")
        let n = try CLIRunner.run(["align", o, t, "--presegmented", "--src-lang", "en", "--scoring", "normalized", "--skip-quantile", "0.2",
                                   "--encoder", "lexical", "--mode", "monotonic"])
        #expect(n.status == 0, "\(n.stderr)")
        let c = try CLIRunner.run(["align", o, t, "--concatenation-limit", "3", "--encoder", "lexical", "--mode", "monotonic"])
        #expect(c.status != 0 && c.stderr.contains("--window-embedding concatenate only"), "\(c.stderr)")
    }

    @Test func reportOnACaseWritesEveryFormat() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("da-report-\(UUID().uuidString)").path
        let r = try CLIRunner.run(["report", "Corpora/2025-02-12-call", "-o", out, "--encoder", "lexical"])
        #expect(r.status == 0, "\(r.stderr)")
        for ext in ["html", "md", "json", "tsv"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/2025-02-12-call.\(ext)"), "\(ext)")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(out)/2025-02-12-call.json"))) as? [String: Any]
        #expect(json?["schema"] as? String == "driftalign-report/1")
        #expect((json?["reports"] as? [Any])?.count == 2)
        let html = try String(contentsOfFile: "\(out)/2025-02-12-call.html", encoding: .utf8)
        #expect(!html.contains("http-equiv=\"refresh\"") && !html.contains("<link rel=\"stylesheet\""))
    }
}
