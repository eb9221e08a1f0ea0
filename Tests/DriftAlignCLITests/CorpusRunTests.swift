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
        // A marker's keys are sorted, as in every JSON the tool writes (their order changed
        // from one file and one run to the next).
        let marker = try String(contentsOfFile: "\(out)/2025-03-18-call/003_cfb312dc94c31756.done", encoding: .utf8)
        let keys = try NSRegularExpression(pattern: #""([A-Za-z_]+)":"#).matches(in: marker, range: NSRange(marker.startIndex..., in: marker))
            .map { String(marker[Range($0.range(at: 1), in: marker)!]) }
        #expect(keys.count >= 5 && keys == keys.sorted(), "\(marker)")
    }

    /// On a terminal the progress bar is redrawn in place; a plugin's warning printed meanwhile must
    /// get a line of its own (bar erased, warning, bar drawn again), not be glued to the bar.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs util-linux script for a terminal"))
    func warningsDoNotGarbleTheProgressBar() throws {
        let root = TestScratch.url("da-corpus-tty")
        let fm = FileManager.default
        try? fm.removeItem(at: root)
        let dir = root.appendingPathComponent("in/case")
        for sub in ["articles", "originals"] {
            try fm.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        // A post whose last escape is a lone surrogate: the Truth Social plugin repairs it and warns.
        let post = #"[{"id": "1", "created_at": "2025-03-18T18:49:43.170Z", "content": "<p>We will end the war in Ukraine \ud83d</p>"}]"#
        try #require(fm.createFile(atPath: dir.appendingPathComponent("originals/ts.json").path, contents: Data(post.utf8)))
        for a in ["a", "b"] {
            try #require(fm.createFile(atPath: dir.appendingPathComponent("articles/\(a).txt").path,
                                       contents: Data("Donald Trump a écrit : « Nous mettrons fin à la guerre en Ukraine ».\n".utf8)))
        }
        let manifest = """
        {"schema": "driftalign-case/1", "case": "case", "title": "t", "date": "2025-03-18",
         "translations": [{"path": "articles/a.txt", "language": "fr", "source": "text"},
                          {"path": "articles/b.txt", "language": "fr", "source": "text"}],
         "originals": [{"path": "originals/ts.json", "language": "en", "source": "truthsocial", "author": "Donald J. Trump"}]}
        """
        try #require(fm.createFile(atPath: dir.appendingPathComponent("manifest.json").path, contents: Data(manifest.utf8)))
        let exe = try #require(TestPaths.cli)
        let command = ["'\(exe.path)'", "corpus", "run", "'\(root.path)/in'", "--jobs", "1", "--encoder", "lexical",
                       "--format", "json", "-o", "'\(root.path)/out'"].joined(separator: " ")
        let r = try CLIRunner.runProcess(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"])
        #expect(r.status == 0, "\(r.stdout)")
        let screen = r.stdout
        let warning = "driftalign: warning: "
        #expect(screen.components(separatedBy: warning).count - 1 == 2, "one warning per article read: \(screen)")
        // Every warning starts a line (after a line end or the bar's erase), never right after the bar's text.
        var rest = screen[...]
        while let w = rest.range(of: warning) {
            let before = rest[..<w.lowerBound]
            // (Compared as scalars: the terminal writes line ends as "\r\n", one Character in Swift.)
            let tail = String(before.unicodeScalars.suffix(4))
            #expect(before.isEmpty || tail.unicodeScalars.last == "\n" || tail.hasSuffix("\r\u{1B}[K"), "\(before.suffix(40).debugDescription)")
            rest = rest[w.upperBound...]
        }
        // The bar comes back after the second warning, which was printed while it showed 1/2.
        let second = try #require(screen.range(of: warning, options: .backwards))
        #expect(screen[second.upperBound...].contains("] 1/2 "), "\(screen.debugDescription)")
        #expect(screen.contains("] 2/2 "))
        #expect(screen.unicodeScalars.last == "\n", "the finished bar's line is ended")
    }

    /// A corpus with one good case, one whose original is missing and one whose manifest is not
    /// JSON: the good articles are reported, the two failures are said and listed, the status is 1,
    /// and a re-run retries only what failed.
    @Test func aBrokenCaseFailsAloneAndTheRunGoesOn() throws {
        let root = TestScratch.url("da-corpus-broken")
        let fm = FileManager.default
        try? fm.removeItem(at: root)
        let input = root.appendingPathComponent("in")
        try fm.createDirectory(at: input, withIntermediateDirectories: true)
        try fm.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Corpora/2025-02-12-call"),
                        to: input.appendingPathComponent("2025-02-12-call"))
        let missing = input.appendingPathComponent("missing")
        try fm.createDirectory(at: missing.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try #require(fm.createFile(atPath: missing.appendingPathComponent("articles/a.txt").path, contents: Data("Donald Trump a parlé.\n".utf8)))
        try #require(fm.createFile(atPath: missing.appendingPathComponent("manifest.json").path, contents: Data("""
            {"schema": "driftalign-case/1", "case": "missing", "translations": [{"path": "articles/a.txt", "language": "fr", "source": "text"}],
             "originals": [{"path": "originals/gone.json", "language": "en", "source": "truthsocial"}]}
            """.utf8)))
        try fm.createDirectory(at: input.appendingPathComponent("broken"), withIntermediateDirectories: true)
        try #require(fm.createFile(atPath: input.appendingPathComponent("broken/manifest.json").path, contents: Data("{not json".utf8)))
        let out = root.appendingPathComponent("out").path
        let r = try CLIRunner.run(["corpus", "run", input.path, "--jobs", "2", "-o", out, "--encoder", "lexical", "--format", "json"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("2 of 4 articles reported, 2 failed"), "\(r.stdout)")
        #expect(r.stderr.contains("missing/a: FAILED: \(missing.path)/originals/gone.json: no such file"), "\(r.stderr)")
        #expect(r.stderr.contains("broken/manifest.json: invalid case manifest"), "\(r.stderr)")
        #expect(fm.fileExists(atPath: "\(out)/2025-02-12-call/004_26eafcd5d4735cad.json"))
        let rows = try String(contentsOfFile: "\(out)/summary.tsv", encoding: .utf8).split(separator: "\n").map { $0.components(separatedBy: "\t") }
        #expect(rows.count == 5, "header + 4 rows: \(rows)")
        #expect(rows[0].last == "error")
        #expect(rows.dropFirst().filter { $0.count == 8 && !$0[7].isEmpty }.map { $0[0] }.sorted() == ["broken", "missing"], "\(rows)")
        // Nothing marks the failed article done: the re-run skips the good ones and tries it again.
        let again = try CLIRunner.run(["corpus", "run", input.path, "-o", out, "--encoder", "lexical", "--format", "json"])
        #expect(again.status == 1)
        #expect(again.stderr.components(separatedBy: "already done").count - 1 == 2, "\(again.stderr)")
        #expect(again.stderr.contains("missing/a: FAILED"))
    }

    /// The marker records the formats written: a re-run asking for another format writes it
    /// (and says so) instead of calling the article done.
    @Test func aRerunWritesTheFormatsStillMissing() throws {
        let out = TestScratch.url("da-corpus-formats").path
        let args = ["corpus", "run", "Corpora/2025-02-12-call/manifest.json", "-o", out, "--encoder", "lexical", "--format"]
        let md = try CLIRunner.run(args + ["md"])
        #expect(md.status == 0, "\(md.stderr)")
        let json = try CLIRunner.run(args + ["json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(!json.stderr.contains("already done"), "\(json.stderr)")
        #expect(json.stderr.components(separatedBy: "(redone: no json report yet)").count - 1 == 2, "\(json.stderr)")
        for ext in ["md", "json"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/2025-02-12-call/004_26eafcd5d4735cad.\(ext)"), "\(ext)")
        }
        let both = try CLIRunner.run(args + ["json,md"])
        #expect(both.stderr.components(separatedBy: "already done").count - 1 == 2, "\(both.stderr)")
        #expect(both.stdout.contains("2 articles; summary"), "\(both.stdout)")
    }

    @Test func aFolderWithoutCasesIsAClearError() throws {
        let empty = TestScratch.url("da-nocase").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let r = try CLIRunner.run(["corpus", "run", empty, "--encoder", "lexical"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("no case with a manifest.json"))
    }
}
