import DriftAlignTestSupport
import Foundation
import Testing

/// What the CLI says reads as plain language: no Swift debug values, no file named twice, counts
/// that agree with their nouns, warnings said once, output files with names a person can use.
@Suite(.serialized) struct MessageTests {
    func temp(_ text: String, _ name: String) throws -> String {
        let path = try TestScratch.directory("da-messages").appendingPathComponent(name).path
        try #require(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)), "test file written")
        return path
    }

    let en = "The call lasted ninety minutes.\nBoth leaders agreed to a ceasefire.\n"
    let fr = "L'appel a duré quatre-vingt-dix minutes.\nLes deux dirigeants ont accepté un cessez-le-feu.\n"
    let ru = "Путин и Трамп провели разговор.\nСтороны договорились о перемирии.\n"

    /// A pair of `--pairs` that fails says why in words.
    /// `segment`'s text output is one line a sentence, however the sentence was wrapped in the
    /// file (a page's <br>, hard-wrapped text): the offsets say where it lies, and a line of its
    /// own without an index would read as output of another kind.
    @Test func segmentPrintsOneLineASentence() throws {
        let page = try temp("""
            <!DOCTYPE html><html lang="fr"><body><article><h1>Trêve</h1>
            <p>Le président a dit que cette guerre<br>doit finir. Le Kremlin a confirmé\nl’appel.</p>
            </article></body></html>
            """, "wrapped.html")
        let r = try CLIRunner.run(["segment", page])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("# wrapped [frenchpress, fr] 3 sentences") == true, "\(r.stdout)")
        // Sentence lines start with their index; attribution lines follow them.
        let sentences = lines.dropFirst().filter { !$0.hasPrefix("attribution ") }
        #expect(sentences.map { $0.split(separator: "\t").last.map(String.init) ?? "" } == [
            "Trêve", "Le président a dit que cette guerre doit finir.", "Le Kremlin a confirmé l’appel.",
        ], "\(r.stdout)")
    }

    /// A case is segmented file by file in the language and with the plugin its manifest gives
    /// each: `--lang fr` read the English posts as French ("[truthsocial, fr]"), so it is refused
    /// for a case. The case's manifest.json is the case, as for `report` (it was read as a Truth
    /// Social file), and a folder without one says so.
    @Test func aCaseIsSegmentedAsItsManifestSays() throws {
        let folder = TestPaths.repo("Corpora/2025-03-18-call")
        let byFolder = try CLIRunner.run(["segment", folder])
        #expect(byFolder.status == 0, "\(byFolder.stderr)")
        #expect(byFolder.stdout.contains("[truthsocial, en]") && byFolder.stdout.contains("[frenchpress, fr]"), "\(byFolder.stdout.prefix(300))")
        let byManifest = try CLIRunner.run(["segment", folder + "/manifest.json"])
        #expect(byManifest.status == 0 && byManifest.stdout == byFolder.stdout, "\(byManifest.stderr)")
        let lang = try CLIRunner.run(["segment", folder, "--lang", "fr"])
        #expect(lang.status != 0 && lang.stderr.contains("--lang and --source name one file's language and plugin"), "\(lang.stderr)")
        let empty = try TestScratch.directory("da-no-manifest")
        let none = try CLIRunner.run(["segment", empty.path])
        #expect(none.status == 1 && none.stderr.contains("\(empty.path) is a folder without manifest.json"), "\(none.stderr)")
    }

    @Test func pairFailuresArePlain() throws {
        let o = try temp(en, "en.txt"), t = try temp(fr, "fr.txt")
        let dir = (o as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: "\(dir)/adir", withIntermediateDirectories: true)
        let list = try temp("\(dir)/nonexist.txt\t\(t)\t\(dir)/x.links\n\(o)\t\(t)\t\(dir)/adir\n", "pairs.tsv")
        let r = try CLIRunner.run(["align", "--pairs", list, "--presegmented", "--src-lang", "en", "--encoder", "lexical"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: \(dir)/nonexist.txt: no such file"), "\(r.stderr)")
        #expect(r.stderr.contains("error: \(dir)/adir: is a folder; give a file name to write to"), "\(r.stderr)")
        #expect(!r.stderr.contains("fileNotFound(") && !r.stderr.contains("Failure("), "\(r.stderr)")
    }

    /// Blank lines an editor leaves at the end of a pairs file are not pairs; one in the middle
    /// is still an error naming its line (output line i answers input line i).
    @Test func trailingBlankLinesOfAPairsFileAreIgnored() throws {
        let trailing = try temp("Hello.\tBonjour.\n\n \n", "trail.tsv")
        let r = try CLIRunner.run(["score-pairs", trailing, "--src-lang", "en", "--tgt-lang", "fr", "--encoder", "lexical"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 1)
        let middle = try temp("Hello.\tBonjour.\n\nBye.\tAu revoir.\n", "mid.tsv")
        let m = try CLIRunner.run(["score-pairs", middle, "--src-lang", "en", "--tgt-lang", "fr", "--encoder", "lexical"])
        #expect(m.status == 1 && m.stderr.contains("mid.tsv:2: no tab on this line"), "\(m.stderr)")
    }

    /// `--translation -` names its reports stdin.*, and a format asked for twice is written once.
    @Test func reportsFromStandardInputAreNamedStdin() throws {
        let o = try temp(en, "en.txt")
        let out = try TestScratch.directory("da-messages-stdin").path
        let r = try CLIRunner.run(["report", "--original", o, "--translation", "-", "-o", out, "--format", "md,md", "--encoder", "lexical"],
                                  stdin: Data(fr.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["stdin.md"])
        #expect(r.stdout.components(separatedBy: "wrote ").count == 2, "written once: \(r.stdout)")
    }

    /// `report` and `score-pairs` check the translation's language as `align` does; a file of
    /// posts is warned about once, not once a post.
    @Test func languageMismatchesAreWarnedOncePerFile() throws {
        let o = try temp(en, "en.txt"), t = try temp(ru, "ru.txt")
        let out = try TestScratch.directory("da-messages-lang").path
        let r = try CLIRunner.run(["report", "--original", o, "--translation", t, "-o", out, "--format", "md", "--encoder", "lexical"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("warning: \(t) was declared 'fr' but looks like 'ru'"), "\(r.stderr)")
        let pairs = try temp("The call was good.\tПутин и Трамп провели разговор.\nThey agreed.\tСтороны договорились о перемирии.\n", "ru.tsv")
        let s = try CLIRunner.run(["score-pairs", pairs, "--src-lang", "en", "--tgt-lang", "fr", "--encoder", "lexical"])
        #expect(s.status == 0)
        #expect(s.stderr.components(separatedBy: "was declared 'fr' but looks like 'ru'").count == 2, "once for the file: \(s.stderr)")
        #expect(!s.stderr.contains("(originals column)"), "\(s.stderr)")
        let posts = (1...3).map { #"{"id": "\#($0)", "created_at": "2025-03-18T18:49:43.170Z", "content": "<p>Путин и Трамп провели разговор номер \#($0).</p>"}"# }
        let archive = try temp("[" + posts.joined(separator: ",") + "]", "posts.json")
        let a = try CLIRunner.run(["align", archive, try temp(fr, "fr.txt"), "--src-lang", "en", "--encoder", "lexical"])
        #expect(a.stderr.components(separatedBy: "was declared 'en' but looks like 'ru'").count == 2, "once for the file: \(a.stderr)")
    }

    /// A text in a script none of DriftAlign's languages uses is said to be so, declared or not
    /// (the stop-word guess called a Chinese article English, and nothing was said); French
    /// written with combining accents («e» + U+0301) is still Latin.
    @Test func aTextInAnotherScriptIsSaidToBeSo() throws {
        let zh = try temp("特朗普和普京同意立即开始谈判，以结束乌克兰战争。\n双方讨论了中东、能源和人工智能。\n", "zh.txt")
        let el = try temp("Ο πρόεδρος δήλωσε ότι η ειρήνη είναι κοντά.\nΟι δύο ηγέτες συμφώνησαν σε εκεχειρία.\n", "el.txt")
        let out = try TestScratch.directory("da-messages-script").path
        let r = try CLIRunner.run(["report", "--original", try temp(en, "en.txt"), "--translation", zh, "-o", out, "--format", "md", "--encoder", "lexical"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("warning: \(zh) was declared 'fr' but is written mostly in another script than Latin or Cyrillic (first such letter: «特», U+7279)"), "\(r.stderr)")
        let o = try CLIRunner.run(["report", "--original", el, "--translation", try temp(fr, "fr.txt"), "-o", out, "--format", "md", "--encoder", "lexical"])
        #expect(o.status == 0, "\(o.stderr)")
        #expect(o.stderr.contains("warning: \(el) is written mostly in another script than Latin or Cyrillic (first such letter: «Ο», U+039F)"), "\(o.stderr)")
        let decomposed = try temp("Le pre\u{301}sident a de\u{301}clare\u{301} que l'e\u{301}te\u{301} sera long.\n", "nfd.txt")
        let f = try CLIRunner.run(["report", "--original", try temp(en, "en.txt"), "--translation", decomposed, "-o", out, "--format", "md", "--encoder", "lexical"])
        #expect(f.status == 0, "\(f.stderr)")
        #expect(!f.stderr.contains("another script"), "\(f.stderr)")
    }

    /// `ingest` names a failed file once; with one input there are no "others"; counts agree.
    @Test func storeCommandsSayItOnce() throws {
        let empty = try temp("", "empty.txt")
        let db = (empty as NSString).deletingLastPathComponent + "/c.sqlite"
        let r = try CLIRunner.run(["ingest", empty, "--db", db, "--encoder", "none"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("ingest: \(empty): not ingested: the file is empty"), "\(r.stdout)")
        #expect(!r.stdout.contains("\(empty): \(empty)") && !r.stderr.contains("\(empty): \(empty)"), "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("the input failed") && !r.stderr.contains("the others"), "\(r.stderr)")
        let help = try CLIRunner.run(["match", "--help"])
        #expect(!help.stdout.contains("created if missing"), "match never creates the database")
        for command in ["ingest", "match", "fetch"] {
            let h = try CLIRunner.run([command, "--help"])
            #expect(!h.stdout.contains("Default: ./driftalign.sqlite"), "\(command): the default said twice")
        }
    }

    @Test func countsAgreeWithTheirNouns() throws {
        let one = try temp("Une seule phrase.\n", "one.txt")
        let s = try CLIRunner.run(["segment", one, "--lang", "fr"])
        #expect(s.stdout.contains("] 1 sentence\n"), "\(s.stdout)")
        let out = (one as NSString).deletingLastPathComponent + "/one.f32"
        let e = try CLIRunner.run(["embed", one, "--lang", "fr", "-o", out, "--encoder", "lexical"])
        #expect(e.stderr.hasPrefix("embed: 1 sentence, "), "\(e.stderr)")
    }
}
