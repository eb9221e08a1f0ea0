import DriftAlignTestSupport
import Foundation
import Testing

/// `corpus run` over the bundled Corpora: every article reported, a summary table, and a re-run
/// that resumes: finished articles are skipped, a removed marker is redone.
@Suite(.serialized) struct CorpusRunTests {
    @Test func runsResumesAndSummarizes() throws {
        let out = TestScratch.url("da-corpus").path
        let first = try CLIRunner.run(["corpus", "run", "Corpora", "--jobs", "2", "-o", out, "--encoder", "lexical", "--format", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.components(separatedBy: "\n").filter { $0.contains("links, mean drift") }.count == 5)
        let summary = try String(contentsOfFile: "\(out)/summary.tsv", encoding: .utf8).split(separator: "\n")
        #expect(summary.count == 6, "header + 5 articles")
        #expect(summary[0].hasPrefix("case\tarticle\toriginals_found\tlinks"))
        #expect(FileManager.default.fileExists(atPath: "\(out)/2025-03-18-call/003_cfb312dc94c31756.json"))

        try FileManager.default.removeItem(atPath: "\(out)/2025-03-18-call/003_cfb312dc94c31756.done")
        let second = try CLIRunner.run(["corpus", "run", "Corpora", "-o", out, "--encoder", "lexical", "--format", "json"])
        #expect(second.status == 0)
        #expect(second.stderr.components(separatedBy: "\n").filter { $0.contains("already done") }.count == 4)
        #expect(second.stderr.contains("003_cfb312dc94c31756: 35 links"))
    }

    @Test func aFolderWithoutCasesIsAClearError() throws {
        let empty = TestScratch.url("da-nocase").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let r = try CLIRunner.run(["corpus", "run", empty, "--encoder", "lexical"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("no case with a manifest.json"))
    }
}
