import DriftAlignTestSupport
import Foundation
import Testing

/// `align` and `report` as a user runs them, on edge cases; the lexical encoder keeps them
/// independent of the model.
@Suite(.serialized) struct AlignAndReportTests {
    func temp(_ text: String, _ name: String) throws -> String {
        let dir = TestScratch.url("da-align")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try #require(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)), "test file written")
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

    /// Links come in document order in every mode: an original sentence left out sits between
    /// its neighbours ("[9]:[8]", "[10]:[]", "[11]:[9]"), as Vecalign's format has it; auto mode
    /// listed such links first. FLORES document 00 (ru–fr) has three.
    @Test(.enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
    func linksInDocumentOrderInAutoMode() throws {
        // Its first 16 Russian and 13 French sentences (gold: [0]:[0] … [10]:[] … [15]:[12]),
        // to keep the debug build's encoder quick.
        let lines = { (file: String, n: Int) in
            try TestPaths.read(TestPaths.sharedPath("bench/flores-fr-ru/\(file)")).split(separator: "\n").prefix(n).joined(separator: "\n") + "\n"
        }
        let ru = try temp(lines("flores00.ru", 16), "flores00.ru"), fr = try temp(lines("flores00.fr", 13), "flores00.fr")
        let auto = try CLIRunner.run(["align", ru, fr, "--presegmented", "--src-lang", "ru"])
        let mono = try CLIRunner.run(["align", ru, fr, "--presegmented", "--src-lang", "ru", "--mode", "monotonic"])
        #expect(auto.status == 0 && mono.status == 0, "\(auto.stderr)\(mono.stderr)")
        let sides = { (r: CLIResult) in r.stdout.split(separator: "\n").map { $0.split(separator: ":").prefix(2).joined(separator: ":") } }
        #expect(sides(auto) == sides(mono))
        #expect(sides(auto).contains("[10]:[]"))
        // Each side's indices increase along the list.
        var last = (-1, -1)
        for link in sides(auto) {
            let parts = link.split(separator: ":", omittingEmptySubsequences: false).map {
                $0.dropFirst().dropLast().split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            }
            if let o = parts[0].first { #expect(o > last.0, "\(link)"); last.0 = parts[0].last! }
            if let t = parts[1].first { #expect(t > last.1, "\(link)"); last.1 = parts[1].last! }
        }
    }

    /// A post with no word (the archive's flag post, verbatim, CC0) is no original: `report`
    /// aligned "🇺🇸" in monotonic mode with "Le président américain n'a pas commenté…" (meaning,
    /// negation, number findings on the flag). Now it is left out, and stderr says which and why.
    @Test func aPostWithoutWordsIsNotAlignedAndTheReportSaysWhy() throws {
        let record = #"""
        [
          {
            "id": "114186080634823311",
            "created_at": "2025-03-18T23:41:58.285Z",
            "content": "\u00f0\u009f\u0087\u00ba\u00f0\u009f\u0087\u00b8",
            "url": "https://truthsocial.com/@realDonaldTrump/114186080634823311",
            "media": [
              "https://static-assets-1.truthsocial.com/tmtg:prime-ts-assets/media_attachments/files/114/186/080/121/675/019/original/a9f21d40632754d2.jpg",
              "https://static-assets-1.truthsocial.com/tmtg:prime-ts-assets/media_attachments/files/114/186/080/121/566/935/original/ce81203a06c057ec.jpg",
              "https://static-assets-1.truthsocial.com/tmtg:prime-ts-assets/media_attachments/files/114/186/080/121/057/623/original/5148a3fcfd6d97c2.jpg",
              "https://static-assets-1.truthsocial.com/tmtg:prime-ts-assets/media_attachments/files/114/186/080/121/518/586/original/69edd4fe40dc9272.jpg"
            ],
            "replies_count": 1199,
            "reblogs_count": 3896,
            "favourites_count": 16152
          }
        ]
        """#
        let article = "Trump publie un drapeau américain après l'appel avec Poutine\n\n"
            + "Washington, 19 mars 2025 (AFP) - Donald Trump a publié mardi soir sur Truth Social un simple message : 🇺🇸\n\n"
            + "Le président américain n'a pas commenté davantage l'entretien de deux heures avec Vladimir Poutine.\n"
        let o = try temp(record, "flag-post.json"), t = try temp(article, "drapeau.txt")
        let segment = try CLIRunner.run(["segment", o])
        #expect(segment.stdout.hasPrefix("# 114186080634823311 [truthsocial, en] 1 sentence — skipped: emoji-only post\n"), "\(segment.stdout)")
        let dir = TestScratch.url("da-flag-report")
        let r = try CLIRunner.run(["report", "--original", o, "--translation", t, "-o", dir.path, "--format", "json", "--mode", "monotonic",
                                   "--encoder", "lexical"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("driftalign: note: 1 of 1 original not aligned, flagged by their source plugin: "
                                  + "114186080634823311 (emoji-only post)"), "\(r.stderr)")
        #expect(r.stderr.contains("drapeau.txt: aligning with 0 original(s)"), "\(r.stderr)")
        let json = try Data(contentsOf: dir.appendingPathComponent("drapeau.json"))
        let top = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let report = try #require((top["reports"] as? [[String: Any]])?.first)
        let links = try #require(report["links"] as? [[String: Any]])
        #expect(links.count == 3 && links.allSatisfy { $0["original"] == nil }, "\(links)")
        // With no original left, monotonic mode reads each French sentence as added (as for a
        // repost given as the original); nothing is compared with the flag any more.
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.allSatisfy { $0["type"] as? String == "addition" && $0["original"] == nil }, "\(findings)")
    }

    /// --presegmented on a JSON archive aligns its lines ("]", "{") as sentences: said on stderr.
    @Test func presegmentedJSONIsWarnedAbout() throws {
        let posts = TestPaths.repo("Corpora/2025-03-18-call/originals/truthsocial.json")
        let t = try temp(fr, "fr.txt")
        let r = try CLIRunner.run(["align", posts, t, "--presegmented", "--src-lang", "en", "--mode", "monotonic", "--encoder", "lexical"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("truthsocial.json looks like JSON; --presegmented reads it as plain lines"), "\(r.stderr)")
        let plain = try CLIRunner.run(["align", try temp(en, "en.txt"), t, "--presegmented", "--src-lang", "en", "--mode", "monotonic", "--encoder", "lexical"])
        #expect(!plain.stderr.contains("looks like"), "\(plain.stderr)")
    }

    /// With two originals the links format numbers their sentences in order: stderr says which
    /// numbers are whose, so that "[1]:[1]" can be traced to the second file's first sentence.
    @Test func severalOriginalsSayHowTheirSentencesAreNumbered() throws {
        let en1 = try temp("The call was productive.\n", "en1.txt"), en2 = try temp("The prisoners will be exchanged tomorrow.\n", "en2.txt")
        let t = try temp("L'appel a été productif.\nLes prisonniers seront échangés demain.\n", "fr2.txt")
        let r = try CLIRunner.run(["align", "--original", en1, "--original", en2, t, "--src-lang", "en", "--mode", "quotes", "--encoder", "lexical"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("the links number the sentences of the 2 original documents in order (en1 0–0, en2 1–1)"), "\(r.stderr)")
        let one = try CLIRunner.run(["align", en1, t, "--src-lang", "en", "--mode", "quotes", "--encoder", "lexical"])
        #expect(!one.stderr.contains("number the sentences"), "\(one.stderr)")
    }

    /// Two originals of the same file name get distinct ids, so each link says which one it is.
    @Test func originalsOfTheSameNameAreToldApart() throws {
        var paths: [String] = []
        for (folder, text) in [("a", "The call was productive."), ("b", "The prisoners will be exchanged tomorrow.")] {
            let dir = TestScratch.url("da-same-name").appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let path = dir.appendingPathComponent("post.txt").path
            try (text + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        let t = try temp("L'appel a été productif.\nLes prisonniers seront échangés demain.\n", "fr-same.txt")
        let r = try CLIRunner.run(["align", "--original", paths[0], "--original", paths[1], t, "--src-lang", "en", "--mode", "quotes",
                                   "--encoder", "lexical", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let top = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let ids = (top["originals"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == ["post", "post-2"], "\(r.stdout.prefix(400))")
    }

    /// `align posts.json trad.txt -o out` named, after "132 of 291 originals not aligned", the
    /// sentences of all 291 in its summary ("2 links between 661 original…"): only those of the
    /// originals it aligns are counted, as `report`'s "aligning with N original(s)" counts them.
    /// The expected count is read from `segment`'s headers ("# <id> [truthsocial, en] 5 sentences").
    @Test func theSummaryCountsOnlyTheOriginalsAligned() throws {
        let posts = TestPaths.sharedPath("corpora/truthsocial/truth_archive.2025-03-17_2025-03-31.json")
        let segment = try CLIRunner.run(["segment", posts])
        #expect(segment.status == 0, "\(segment.stderr)")
        let headers = segment.stdout.split(separator: "\n").filter { $0.hasPrefix("# ") }
        let aligned = headers.filter { !$0.contains(" — skipped: ") }
        #expect(aligned.count < headers.count, "the archive has skipped posts")
        let sentences = aligned.compactMap { $0.split(separator: "] ").last?.split(separator: " ").first.flatMap { Int($0) } }.reduce(0, +)
        #expect(sentences > 0)
        let t = try temp(fr, "fr-posts.txt")
        let out = TestScratch.url("da-align-posts").path + ".links"
        let r = try CLIRunner.run(["align", posts, t, "--src-lang", "en", "--mode", "quotes", "--encoder", "lexical", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("originals not aligned, flagged by their source plugin"), "\(r.stderr)")
        #expect(r.stderr.contains(" links between \(sentences) original and 3 translation sentences → \(out) in "), "\(r.stderr)")
    }

    /// With -o, a line on stderr says what was written; on a terminal a status line shows while the
    /// alignment runs and is erased when it is done; stdout alone carries links.
    @Test func progressAndSummaryOnStandardError() throws {
        let o = try temp(en, "en.txt"), t = try temp(fr, "fr.txt")
        let out = TestScratch.url("da-align-out").path + ".links"
        let r = try CLIRunner.run(["align", o, t, "--presegmented", "--src-lang", "en", "--mode", "monotonic", "--encoder", "lexical", "-o", out])
        #expect(r.status == 0 && r.stdout.isEmpty, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("align: 3 links between 3 original and 3 translation sentences → \(out) in "), "\(r.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").count == 3)
        let piped = try CLIRunner.run(["align", o, t, "--presegmented", "--src-lang", "en", "--mode", "monotonic", "--encoder", "lexical"])
        #expect(piped.stderr.isEmpty, "links on stdout: nothing else is said")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let exe = try #require(TestPaths.cli)
        let tty = try CLIRunner.runProcess(URL(fileURLWithPath: "/usr/bin/script"), ["-qec",
            "'\(exe.path)' align '\(o)' '\(t)' --presegmented --src-lang en --mode monotonic --encoder lexical -o '\(out)'", "/dev/null"])
        #expect(tty.stdout.contains("align: aligning 3 original and 3 translation sentences (monotonic mode)"), "\(tty.stdout.debugDescription)")
        let erased = try #require(tty.stdout.range(of: "\r\u{1B}[K"), "the status line is erased")
        #expect(tty.stdout[erased.upperBound...].hasPrefix("align: 3 links"), "\(tty.stdout.debugDescription)")
    }

    /// Links printed to a terminal show a text's bidi override as U+FFFD (it would reverse the
    /// rest of the line); piped, the text is kept whole for tools.
    @Test func bidiControlsDoNotActOnATerminal() throws {
        let o = try temp("The call \u{202E}was productive.\n", "bidi.en"), t = try temp("L'appel a été productif.\n", "bidi.fr")
        let args = ["align", o, t, "--presegmented", "--src-lang", "en", "--mode", "monotonic", "--encoder", "lexical", "--format", "tsv"]
        let piped = try CLIRunner.run(args)
        #expect(piped.stdout.contains("\u{202E}"))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let exe = try #require(TestPaths.cli)
        let tty = try CLIRunner.runProcess(URL(fileURLWithPath: "/usr/bin/script"), ["-qec",
            "'\(exe.path)' align " + args.dropFirst().map { "'\($0)'" }.joined(separator: " "), "/dev/null"])
        #expect(!tty.stdout.contains("\u{202E}") && tty.stdout.contains("The call \u{FFFD}was productive."), "\(tty.stdout.debugDescription)")
    }

    /// A case whose article file is missing: the other articles are reported, the missing one is
    /// named on stderr and in the report files (they said nothing of it: an editor could not tell
    /// an article was missing), and the status is 1; a missing original still stops the report.
    @Test func aMissingArticleIsLeftOutOfTheCaseReport() throws {
        let fm = FileManager.default
        let dir = TestScratch.url("da-report-missing")
        try fm.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Corpora/2025-03-18-call"), to: dir)
        try fm.removeItem(at: dir.appendingPathComponent("articles/002_d09bc466c89d40f3.txt"))
        let out = dir.path + "-out"
        let r = try CLIRunner.run(["report", dir.path, "-o", out, "--format", "json", "--format", "md", "--format", "html", "--encoder", "lexical"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("002_d09bc466c89d40f3.txt: no such file (article left out of the report)"), "\(r.stderr)")
        #expect(r.stderr.contains("1 article(s) of the case could not be read"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(out)/\(dir.lastPathComponent).json"))) as? [String: Any])
        let ids = (json["reports"] as? [[String: Any]] ?? []).compactMap { ($0["translation"] as? [String: Any])?["id"] as? String }
        #expect(ids == ["000_888ec427b11f09fa", "003_cfb312dc94c31756"])
        let missing = dir.appendingPathComponent("articles/002_d09bc466c89d40f3.txt").path
        let leftOut = try #require(json["leftOut"] as? [[String: String]])
        #expect(leftOut == [["file": missing, "reason": "no such file"]], "\(leftOut)")
        let md = try String(contentsOfFile: "\(out)/\(dir.lastPathComponent).md", encoding: .utf8)
        // Markdown escapes the path's underscores.
        #expect(md.contains("- Not in this report: \(missing.replacingOccurrences(of: "_", with: "\\_")): no such file"), "\(md.prefix(400))")
        let html = try String(contentsOfFile: "\(out)/\(dir.lastPathComponent).html", encoding: .utf8)
        #expect(html.contains("<li>Not in this report: <code>\(missing)</code>: no such file</li>"))
        try fm.removeItem(at: dir.appendingPathComponent("originals/truthsocial.json"))
        let noOriginal = try CLIRunner.run(["report", dir.path, "-o", out, "--format", "json", "--encoder", "lexical"])
        #expect(noOriginal.status != 0)
        #expect(noOriginal.stderr.contains("truthsocial.json: no such file"), "\(noOriginal.stderr)")
    }

    /// An installed lexicon that cannot be read (a truncated or overwritten file) is not used,
    /// and `report` says so once instead of scoring without it in silence.
    @Test func aDamagedInstalledLexiconIsSaid() throws {
        let o = try temp(en, "en.txt"), t = try temp(fr, "fr.txt")
        let lexicon = try temp("en\tstrike\tfr", "freedict.tsv")
        let dir = TestScratch.url("da-bad-lexicon")
        let r = try CLIRunner.run(["report", "--original", o, "--translation", t, "-o", dir.path, "--format", "md", "--mode", "monotonic",
                                   "--encoder", "lexical"], environment: ["DRIFTALIGN_LEXICON": lexicon])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("driftalign: warning: bilingual lexicon \(lexicon) cannot be read (line 1 has 3 fields, expected 4)"), "\(r.stderr)")
        #expect(r.stderr.contains("scoring without it"), "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("fr.md").path))
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

    @Test func pairsListAlignsEachPairAsASingleRunWould() throws {
        let o = try temp(en, "en.txt"), t = try temp(fr, "fr.txt")
        let o2 = try temp("One sentence only.\n", "en2.txt"), t2 = try temp("Une seule phrase.\nEt une autre ajoutée.\n", "fr2.txt")
        let dir = (o as NSString).deletingLastPathComponent
        let out1 = "\(dir)/one.links", out2 = "\(dir)/two.links"
        let list = try temp("# original\ttranslation\toutput\n\(o)\t\(t)\t\(out1)\n\n\(o2)\t\(t2)\t\(out2)\n", "pairs.tsv")
        let flags = ["--presegmented", "--src-lang", "en", "--mode", "monotonic", "--encoder", "lexical"]
        let r = try CLIRunner.run(["align", "--pairs", list] + flags)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("[1/2]") && r.stderr.contains("[2/2]"))
        for (orig, tran, out) in [(o, t, out1), (o2, t2, out2)] {
            let single = try CLIRunner.run(["align", orig, tran] + flags)
            #expect(try String(contentsOfFile: out, encoding: .utf8) == single.stdout)
        }
        // A missing file fails its own pair only, and the run says so in its exit status.
        let bad = try temp("\(dir)/missing.txt\t\(t)\t\(dir)/bad.links\n\(o)\t\(t)\t\(dir)/good.links\n", "bad.tsv")
        let b = try CLIRunner.run(["align", "--pairs", bad] + flags)
        #expect(b.status != 0 && b.stderr.contains("missing.txt") && b.stderr.contains("1 of 2 pairs failed"), "\(b.stderr)")
        #expect(FileManager.default.fileExists(atPath: "\(dir)/good.links"))
        // Malformed lines and mixed usage are refused up front.
        let malformed = try temp("\(o)\t\(t)\n", "malformed.tsv")
        let m = try CLIRunner.run(["align", "--pairs", malformed] + flags)
        #expect(m.status != 0 && m.stderr.contains("malformed.tsv:1"), "\(m.stderr)")
        let mixed = try CLIRunner.run(["align", o, t, "--pairs", list] + flags)
        #expect(mixed.status != 0 && mixed.stderr.contains("--pairs names every file itself"), "\(mixed.stderr)")
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
        let out = TestScratch.url("da-report").path
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

    @Test("a report is still written when nobody reads its messages (`report … 2>&1 | head -1`)")
    func aReportOutlivesAClosedMessagePipe() throws {
        let exe = try #require(TestPaths.cli)
        let out = TestScratch.url("da-report-pipe").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let p = Process()
        p.executableURL = exe
        p.arguments = ["report", "Corpora/2025-03-18-call", "-o", out, "--format", "md", "--encoder", "lexical"]
        p.currentDirectoryURL = TestPaths.packageRoot
        let messages = Pipe()
        p.standardError = messages
        p.standardOutput = FileHandle.nullDevice
        // The reader is gone before the first message: each one fails with a broken pipe.
        try messages.fileHandleForReading.close()
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationReason == .exit && p.terminationStatus == 0, "\(p.terminationReason) \(p.terminationStatus)")
        #expect(FileManager.default.fileExists(atPath: "\(out)/2025-03-18-call.md"))
    }
}

/// The main use case end to end: a Kremlin readout (the fixture page, text written for
/// DriftAlign) and a French translation of it. A faithful translation gets no finding an editor
/// must read; the same translation with planted drifts gets each of them.
@Suite(.serialized, .enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
struct ReadoutTranslationTests {
    func report(_ translation: String) throws -> [String: Any] {
        let dir = TestScratch.url("da-readout-\(translation)")
        let r = try CLIRunner.run(["report", "--original", TestPaths.fixture("kremlin/76470.ru.html"),
                                   "--translation", TestPaths.fixture("kremlin/76470.\(translation).txt"), "-o", dir.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try Data(contentsOf: dir.appendingPathComponent("76470.\(translation).json"))
        let top = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        return try #require((top["reports"] as? [[String: Any]])?.first)
    }

    func findings(_ translation: String) throws -> [[String: Any]] {
        try #require(try report(translation)["findings"] as? [[String: Any]])
    }

    @Test func aFaithfulTranslationHasNothingToRead() throws {
        let serious = try findings("fr-faithful").filter { ["minor", "major"].contains($0["severity"] as? String) }
        #expect(serious.isEmpty, "\(serious.map { $0["reason"] ?? "" })")
    }

    @Test func eachPlantedDriftIsFound() throws {
        let found = try findings("fr-drifted")
        func has(_ type: String, _ severity: String, _ text: String) -> Bool {
            found.contains { $0["type"] as? String == type && $0["severity"] as? String == severity && ($0["reason"] as? String)?.contains(text) == true }
        }
        #expect(has("number", "major", "The original says 12; the French says 14."))
        #expect(has("modality", "major", "«aurait»"))
        #expect(has("meaning", "major", "«grèves»"))
        #expect(has("meaning", "major", "«équipe»"))
        #expect(has("quotation", "minor", "leaves out «проверяемом»"))
        #expect(has("omission", "minor", "«человеческих жизней»"))
        #expect(has("omission", "major", "«перспективы двустороннего сотрудничества в экономике и энергетике»"))
        #expect(has("omission", "minor", "«профильных министров»"))
    }

    /// The overview colours a link red from drift 0.5 on (`DriftReport.driftThreshold`). The
    /// faithful translation's links have no finding to read, so at most one of them may be red
    /// (its cosine, 0.61, is low); each link of the drifted one with a major finding is red. At the
    /// fitted odds of REFreSD (a third equivalent) 8 of the 10 faithful links were red.
    @Test func theOverviewPaintsRedWhereTheDriftIs() throws {
        func drifts(_ translation: String) throws -> [(drift: Double, major: Bool)] {
            let r = try report(translation)
            let links = try #require(r["links"] as? [[String: Any]])
            let majors = Set(try findings(translation).filter { $0["severity"] as? String == "major" }.compactMap { $0["link"] as? Int })
            return links.compactMap { l in (l["drift"] as? Double).map { ($0, majors.contains(l["number"] as? Int ?? -1)) } }
        }
        let faithful = try drifts("fr-faithful"), drifted = try drifts("fr-drifted")
        #expect(faithful.count >= 9 && faithful.filter { $0.drift >= 0.5 }.count <= 1, "\(faithful)")
        let majors = drifted.filter(\.major)
        #expect(majors.count >= 5 && majors.allSatisfy { $0.drift >= 0.5 }, "\(drifted)")
    }
}
