import DriftAlignTestSupport
import Foundation
import Testing

/// The CLI as a user meets it: bad input gives one clear line naming the file, a non-zero exit
/// code, and no crash. Runs the built binary (scripts/test.sh builds it first).
@Suite(.serialized) struct BadInputTests {
    func temp(_ bytes: [UInt8], _ name: String) throws -> String {
        let dir = TestScratch.url("da-cli")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try #require(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "test file written")
        return path
    }

    /// Runs `segment` and checks the failure is one line on stderr naming the file.
    func expectOneLineError(_ args: [String], file: String, mentions words: [String]) throws {
        let r = try CLIRunner.run(args)
        #expect(r.status != 0, "exit status")
        #expect(r.stdout.isEmpty, "nothing on stdout")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line: \(r.stderr)")
        #expect(r.stderr.hasPrefix("driftalign: error: "), "\(r.stderr)")
        #expect(r.stderr.contains(file), "names the file: \(r.stderr)")
        for w in words { #expect(r.stderr.contains(w), "mentions \(w): \(r.stderr)") }
    }

    @Test func missingPath() throws {
        try expectOneLineError(["segment", "/no/such/article.txt"], file: "/no/such/article.txt", mentions: ["no such file"])
    }

    @Test func emptyFile() throws {
        let p = try temp([], "empty.txt")
        try expectOneLineError(["segment", p], file: p, mentions: ["empty"])
    }

    @Test func binaryFile() throws {
        let p = try temp([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00], "a.out")
        try expectOneLineError(["segment", p], file: p, mentions: ["binary"])
    }

    @Test func invalidUTF8() throws {
        let p = try temp(Array("Le président".utf8) + [0xFF, 0xFE, 0x41], "bad.txt")
        try expectOneLineError(["segment", p, "--lang", "fr"], file: p, mentions: ["not valid UTF-8", "offset 13"])
    }

    @Test func latin1IsNamedThenDecoded() throws {
        let text = String(repeating: "Le président a déclaré à la presse que la réunion était très productive. ", count: 6)
        let p = try temp(text.unicodeScalars.map { UInt8($0.value) }, "latin1.txt")
        try expectOneLineError(["segment", p, "--lang", "fr"], file: p, mentions: ["--encoding"])
        let ok = try CLIRunner.run(["segment", p, "--lang", "fr", "--encoding", "ISO-8859-1"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("Le président a déclaré à la presse"))
    }

    @Test func cp1251IsDecodedWhenNamed() throws {
        // "Путин и Трамп провели разговор." in windows-1251.
        let text = "Путин и Трамп провели разговор. Стороны договорились продолжить контакты."
        let cp1251: [UInt8] = text.unicodeScalars.map { s in
            switch s.value {
            case 0x0410...0x044F: return UInt8(s.value - 0x0410 + 0xC0)
            default: return UInt8(s.value)
            }
        }
        let p = try temp(cp1251, "ru.txt")
        try expectOneLineError(["segment", p, "--lang", "ru"], file: p, mentions: ["not valid UTF-8"])
        let ok = try CLIRunner.run(["segment", p, "--lang", "ru", "--encoding", "windows-1251"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("Путин и Трамп провели разговор."))
        #expect(ok.stdout.contains("Стороны договорились продолжить контакты."))
    }

    @Test func hundredMegabyteFileIsRefusedWithoutReadingIt() throws {
        let p = try temp([], "huge.txt")
        let h = try #require(FileHandle(forWritingAtPath: p))
        try h.truncate(atOffset: 100_000_000)  // sparse: no disk, no memory
        try h.close()
        try expectOneLineError(["segment", p], file: p, mentions: ["100.0 MB", "--max-bytes"])
    }

    @Test func unknownSourceListsValidOnes() throws {
        let p = try temp(Array("Bonjour.".utf8), "a.txt")
        let r = try CLIRunner.run(["segment", p, "--source", "nope"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("unknown source 'nope'; valid sources: "))
        #expect(r.stderr.contains("frenchpress") && r.stderr.contains("text"))
    }

    @Test func malformedJSON() throws {
        let p = try temp(Array("[{\"id\": \"1\", \"content\": \"Hi\"".utf8), "posts.json")
        try expectOneLineError(["segment", p, "--source", "truthsocial"], file: p, mentions: ["malformed Truth Social JSON"])
    }

    @Test func malformedXMLFeed() throws {
        let feed = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><id>http://kremlin.ru/events/all/feed</id><entry><title>Разговор &nbsp;</title></feed>"
        let p = try temp(Array(feed.utf8), "feed.xml")
        try expectOneLineError(["segment", p, "--source", "kremlin"], file: p, mentions: ["malformed"])
    }

    @Test func htmlWithNoTextIsAClearError() throws {
        let p = try temp(Array("<html><body><nav><a href='/'>Accueil</a></nav><script>var x = '<p>';</script></body></html>".utf8), "page.html")
        try expectOneLineError(["segment", p, "--source", "frenchpress"], file: p, mentions: ["no text found"])
    }

    @Test func brokenHTMLIsReadNotCrashedOn() throws {
        let html = "<html><body><article><p>Le président a parlé <b>mardi<p>Puis il est parti.</i></div></article"
        let p = try temp(Array(html.utf8), "broken.html")
        let r = try CLIRunner.run(["segment", p, "--source", "frenchpress"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Le président a parlé mardi"))
        #expect(r.stdout.contains("Puis il est parti."))
    }

    @Test func malformedManifest() throws {
        let dir = TestScratch.url("da-case")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try #require(FileManager.default.createFile(atPath: dir.appendingPathComponent("manifest.json").path, contents: Data("{\"schema\": ".utf8)), "test file written")
        try expectOneLineError(["segment", dir.path], file: "manifest.json", mentions: ["invalid case manifest"])
    }

    /// A case folder someone sends: its manifest may name only files inside it, under a plain
    /// case name, with language codes; anything else is refused before a file is read or written.
    @Test func manifestsStayInsideTheirCase() throws {
        let root = TestScratch.url("da-case-escape")
        let dir = root.appendingPathComponent("case")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("articles"), withIntermediateDirectories: true)
        let secret = root.appendingPathComponent("secret.txt")
        try "SECRET_TOKEN=hunter2. Il a parlé.".write(to: secret, atomically: true, encoding: .utf8)
        try "Le président a parlé. Il a dit «\u{A0}bonjour\u{A0}».".write(to: dir.appendingPathComponent("articles/a.txt"), atomically: true, encoding: .utf8)
        try? FileManager.default.removeItem(at: dir.appendingPathComponent("link.txt"))
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("link.txt"), withDestinationURL: secret)
        func manifest(case name: String = "c", original: String, language: String = "en") throws {
            let entry: [String: Any] = ["path": original, "language": language, "source": "text"]
            let object: [String: Any] = ["schema": "driftalign-case/1", "case": name,
                                         "translations": [["path": "articles/a.txt", "language": "fr", "source": "text"]],
                                         "originals": [entry]]
            try JSONSerialization.data(withJSONObject: object).write(to: dir.appendingPathComponent("manifest.json"))
        }
        for (original, words) in [("../secret.txt", ["leads outside the case folder"]), (secret.path, ["not relative"]),
                                  ("link.txt", ["symbolic link"]), ("articles/../../secret.txt", ["leads outside"])] {
            try manifest(original: original)
            try expectOneLineError(["segment", dir.path], file: "manifest.json", mentions: ["invalid case manifest"] + words)
        }
        try manifest(case: "../../escaped", original: "articles/a.txt")
        try expectOneLineError(["segment", dir.path], file: "manifest.json", mentions: ["plain name"])
        try manifest(original: "articles/a.txt", language: "en\"><x")
        try expectOneLineError(["segment", dir.path], file: "manifest.json", mentions: ["not a language code"])
        // Inside the folder, through "./" or a sub-folder and back: read.
        try manifest(original: "./articles/../articles/a.txt")
        let ok = try CLIRunner.run(["segment", dir.path])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(!ok.stdout.contains("SECRET"))
    }

    /// A manifest's values are quoted cut short: a case name or language of 100,000 characters
    /// made a one-line error of 100 KB.
    @Test func hugeManifestValuesAreQuotedShort() throws {
        let dir = TestScratch.url("da-case-huge")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try "Le président a parlé.".write(to: dir.appendingPathComponent("articles/a.txt"), atomically: true, encoding: .utf8)
        let long = String(repeating: "k", count: 100_000)
        let entry = #"{"path": "articles/a.txt", "language": "fr"}"#
        for (manifest, words) in [(#"{"schema": "driftalign-case/1", "case": "\#(long)", "translations": [\#(entry)], "originals": [\#(entry)]}"#, ["plain name", "100000 characters"]),
                                  (#"{"schema": "driftalign-case/1", "case": "c", "translations": [{"path": "articles/a.txt", "language": "\#(long)"}], "originals": [\#(entry)]}"#, ["not a language code", "100000 characters"])] {
            try Data(manifest.utf8).write(to: dir.appendingPathComponent("manifest.json"))
            let r = try CLIRunner.run(["segment", dir.path])
            try expectOneLineError(["segment", dir.path], file: "manifest.json", mentions: words)
            #expect(r.stderr.utf8.count < 1_000, "\(r.stderr.utf8.count) bytes: \(r.stderr.prefix(200))")
        }
    }

    /// A manifest over 1 MB is refused before it is read (it had been read whole, whatever its size);
    /// the same entries in under 1 MB are read.
    @Test func oversizedManifestIsRefusedBeforeReading() throws {
        let dir = TestScratch.url("da-case-oversized")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try "Le président a parlé.".write(to: dir.appendingPathComponent("articles/a.txt"), atomically: true, encoding: .utf8)
        let entry = #"{"path": "articles/a.txt", "language": "fr", "source": "text"}"#
        func write(padding: Int) throws {
            let text = #"{"schema": "driftalign-case/1", "case": "c", "translations": [\#(entry)], "originals": [\#(entry)]"#
                + String(repeating: " ", count: padding) + "}"
            try Data(text.utf8).write(to: dir.appendingPathComponent("manifest.json"))
        }
        try write(padding: 1_000_001)
        try expectOneLineError(["segment", dir.path], file: "manifest.json", mentions: ["invalid case manifest", "larger than 1000000 bytes"])
        try write(padding: 900_000)
        let ok = try CLIRunner.run(["segment", dir.path])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("Le président a parlé."))
    }

    /// `report --original … --translation … --tgt-lang fr`, as `align` takes it, said "give either a
    /// case folder or --original/--translation, not both": report had no --tgt-lang, and "fr" was
    /// read as a case folder. It now takes --tgt-lang; a value left over from an option it lacks is
    /// named as read for a case folder; a case refuses the language options its manifest settles.
    @Test func reportTakesTgtLangAndNamesAStrayValue() throws {
        let en = try temp(Array("The talks were good. Peace is near.".utf8), "t_en.txt")
        let fr = try temp(Array("Les pourparlers étaient bons. La paix est proche.".utf8), "t_fr.txt")
        let out = TestScratch.url("da-report-tgt").path
        let ok = try CLIRunner.run(["report", "--original", en, "--translation", fr, "--src-lang", "en", "--tgt-lang", "fr",
                                    "-o", out, "--format", "json", "--encoder", "lexical"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/t_fr.json"))
        let stray = try CLIRunner.run(["report", "--original", en, "--translation", fr, "--target", "fr", "--encoder", "lexical"])
        #expect(stray.status == 64)
        #expect(stray.stderr.contains("'fr' was read as a case folder (the value of an option report does not have? see driftalign report --help)"),
                "\(stray.stderr)")
        let onCase = try CLIRunner.run(["report", "Corpora/2025-02-12-call", "--tgt-lang", "fr", "--encoder", "lexical"])
        #expect(onCase.status == 64)
        #expect(onCase.stderr.contains("--src-lang and --tgt-lang are for --original and --translation"), "\(onCase.stderr)")
    }

    @Test func languageOptionsMustBeCodes() throws {
        let p = try temp(Array("Le président a parlé.".utf8), "fr.txt")
        for args in [["align", p, p, "--src-lang", "en\"><x"], ["segment", p, "--lang", "fr fr"],
                     ["report", "--original", p, "--translation", p, "--src-lang", "x"]] {
            let r = try CLIRunner.run(args)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("expects a two-letter language code"), "\(r.stderr)")
        }
    }

    /// Terminal escapes in a document or a file name are shown, not obeyed: no ESC reaches the
    /// terminal from `segment`'s text output or from an error message.
    @Test func terminalEscapesFromInputAreNotPrinted() throws {
        let p = try temp(Array("Il a dit \u{1B}[31mROUGE\u{1B}[0m \u{1B}]0;pwned\u{07}. Puis \u{202E}fin.".utf8), "esc.txt")
        let r = try CLIRunner.run(["segment", p, "--lang", "fr"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("\u{1B}") && !r.stdout.contains("\u{07}") && !r.stdout.contains("\u{202E}"))
        #expect(r.stdout.contains("\u{FFFD}[31mROUGE"))
        // The JSON keeps the text whole (escaped by the JSON encoder).
        let json = try CLIRunner.run(["segment", p, "--lang", "fr", "--format", "json"])
        #expect(json.stdout.lowercased().contains("\\u001b[31mrouge"), "\(json.stdout.prefix(300))")
        let bad = try temp([0x00, 0x01], "name\u{1B}[2J.txt")
        let e = try CLIRunner.run(["segment", bad])
        #expect(e.status != 0)
        #expect(!e.stderr.contains("\u{1B}") && e.stderr.contains("name\u{FFFD}[2J.txt"), "\(e.stderr)")
    }

    /// Files saved on Windows: every line-based reader takes CRLF as it takes LF.
    @Test func crlfLinesAreLines() throws {
        let pairs = try temp(Array("Call 5 men.\tAppel 5 hommes.\r\nCall.\tAppel.\r\n".utf8), "pairs.tsv")
        let r = try CLIRunner.run(["score-pairs", pairs, "--src-lang", "en", "--tgt-lang", "fr", "--encoder", "lexical"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 2)
        let links = try temp(Array("[0]:[0]\r\n[1, 2]:[1]\r\n[]:[2]\r\n".utf8), "crlf.links")
        let e = try CLIRunner.run(["eval", links, links])
        #expect(e.status == 0, "\(e.stderr)")
        #expect(e.stdout.contains("strict  precision 1.0000  recall 1.0000"))
    }

    @Test func utf16WithAByteOrderMarkIsReadAndLateNULsAreRefused() throws {
        let text = "Bonjour le monde. Il fait beau."
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let p = try temp(le, "utf16.txt")
        for extra in [[], ["--encoding", "UTF-16LE"], ["--encoding", "UTF-16"]] {
            let r = try CLIRunner.run(["segment", p, "--lang", "fr"] + extra)
            #expect(r.status == 0, "\(extra): \(r.stderr)")
            #expect(r.stdout.contains("0\t0-17\tfile 0-17\tbody\tBonjour le monde."), "\(extra): \(r.stdout)")
        }
        // A NUL past the first 64 KiB would end up inside a sentence: refused like one at the start.
        let late = Array(String(repeating: "Bonjour le monde. ", count: 4000).utf8) + Array("Il\u{0} fait beau.\n".utf8)
        try expectOneLineError(["segment", try temp(late, "late.txt"), "--lang", "fr"], file: "late.txt", mentions: ["binary", "offset 72002"])
    }

    /// `--encoding UTF-16` on a UTF-8 file printed nonsense sentences ("呲畭瀠獰潫…") and exited 0;
    /// in the other byte order too. Now one line says what the file looks like. The reverse, a
    /// UTF-16 file without --encoding, names its encoding (as before), and a UTF-32 file with its
    /// byte-order mark, called binary before, is read.
    @Test func aWideEncodingThatDoesNotFitIsRefusedAndTheReverseIsNamed() throws {
        let ascii = try temp(Array("Trump spoke with Putin on Tuesday.\nThe call lasted two hours.\n".utf8), "ascii-as-utf16.txt")
        try expectOneLineError(["segment", ascii, "--encoding", "UTF-16"], file: ascii,
                               mentions: ["not UTF-16 text", "no NUL byte", "it looks like ASCII", "leave --encoding out"])
        let text = "Bonjour le monde. Il fait beau."
        let le = try temp(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "utf16le-nomark.txt")
        try expectOneLineError(["segment", le, "--lang", "fr"], file: le, mentions: ["NUL bytes", "pass --encoding UTF-16LE"])
        try expectOneLineError(["segment", le, "--lang", "fr", "--encoding", "UTF-16BE"], file: le,
                               mentions: ["not UTF-16BE text", "it looks like UTF-16LE: pass --encoding UTF-16LE"])
        let right = try CLIRunner.run(["segment", le, "--lang", "fr", "--encoding", "UTF-16LE"])
        #expect(right.status == 0 && right.stdout.contains("0\t0-17\tfile 0-17\tbody\tBonjour le monde."), "\(right.stderr)")
        let utf32 = try temp([0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { s in (0..<4).map { UInt8((s.value >> (8 * $0)) & 0xFF) } },
                             "utf32-mark.txt")
        let read = try CLIRunner.run(["segment", utf32, "--lang", "fr"])
        #expect(read.status == 0 && read.stdout.contains("0\t0-17\tfile 0-17\tbody\tBonjour le monde."), "\(read.stderr)")
    }

    /// `--encoding UTF-16` on an ISO-8859-1 article of even length printed CJK-looking sentences
    /// and exited 0; UTF-16 text with a line end appended by `echo >> file` (one byte) was named
    /// neither with --encoding nor without. Each is now one line naming what the file is.
    @Test func legacyTextAsUTF16AndUTF16WithAStrayByteSaySo() throws {
        let latin1 = try temp("Le président a reçu son homologue à l'Élysée hier soir.\n".unicodeScalars.map { UInt8($0.value) }, "latin1-even.txt")
        try expectOneLineError(["segment", latin1, "--lang", "fr", "--encoding", "UTF-16"], file: latin1,
                               mentions: ["not UTF-16 text", "no NUL byte", "not one space or line end", "it looks like ", "pass --encoding "])
        let text = "Le président a reçu son homologue à l'Élysée hier soir.\n"
        let stray = try temp(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0x0A], "utf16le-echo.txt")
        try expectOneLineError(["segment", stray, "--lang", "fr"], file: stray, mentions: ["NUL bytes", "pass --encoding UTF-16LE"])
        try expectOneLineError(["segment", stray, "--lang", "fr", "--encoding", "UTF-16"], file: stray,
                               mentions: ["read as UTF-16LE text", "the last byte, 0A", "remove it", "it looks like UTF-16LE"])
        try expectOneLineError(["segment", stray, "--lang", "fr", "--encoding", "UTF-16LE"], file: stray,
                               mentions: ["its first 112 bytes read as UTF-16LE text", "remove it"])
    }

    @Test func outputOptionsThatCannotWorkSaySo() throws {
        let p = try temp(Array("Le président a parlé.".utf8), "a.txt")
        let file = try temp(Array("x".utf8), "existing")
        let r = try CLIRunner.run(["report", "--original", p, "--translation", p, "-o", file, "--encoder", "lexical", "--format", "md"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("is a file; the output needs a folder here"), "\(r.stderr)")
        let dir = TestScratch.url("da-out-dir")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let e = try CLIRunner.run(["embed", p, "--lang", "fr", "-o", dir.path, "--encoder", "lexical"])
        #expect(e.stderr.contains("is a folder; give a file name"), "\(e.stderr)")
        #expect(!e.stderr.contains("NSCocoaErrorDomain"))
        let empty = try CLIRunner.run(["report", "--original", p, "--translation", p, "--format", ""])
        #expect(empty.status == 64 && empty.stderr.contains("--format needs at least one"), "\(empty.stderr)")
        let big = try CLIRunner.run(["segment", p, "--lang", "fr", "--max-bytes", String(Int.max)])
        #expect(big.status == 0, "\(big.stderr)")
    }

    @Test func evalRefusesEmptyLinksAndWarnsOfRepeatedSentences() throws {
        let empty = try temp(Array("[0]:[0]\n[]:[]\n".utf8), "empty.links")
        try expectOneLineError(["eval", empty, empty], file: "empty.links", mentions: ["empty.links:2", "links no sentence"])
        let dup = try temp(Array("[0]:[0]\n[0]:[1]\n".utf8), "dup.links")
        let r = try CLIRunner.run(["eval", dup, dup])
        #expect(r.status == 0)
        #expect(r.stderr.contains("original sentence 0 is in more than one link"), "\(r.stderr)")
    }

    /// A prediction numbering sentences the gold does not have is of another document: scored,
    /// with a warning (the reviewer's 10-link prediction against a 3-link gold scored P 0.30 silently).
    @Test func evalWarnsOfAPredictionForAnotherDocument() throws {
        let gold = try temp(Array("[0]:[0]\n[1]:[1]\n[2]:[2]\n".utf8), "gold3.links")
        let pred = try temp(Array((0..<10).map { "[\($0)]:[\($0)]\n" }.joined().utf8), "pred10.links")
        let r = try CLIRunner.run(["eval", gold, pred])
        #expect(r.status == 0)
        #expect(r.stderr.contains("pred10.links numbers original sentences up to 9, \(gold) only up to 2: are they the same document?"), "\(r.stderr)")
        let same = try CLIRunner.run(["eval", gold, gold])
        #expect(same.stderr.isEmpty, "\(same.stderr)")
        // A prediction that stops short (quote mining links only what it finds) is no mismatch.
        let short = try CLIRunner.run(["eval", pred, gold])
        #expect(!short.stderr.contains("same document"), "\(short.stderr)")
    }

    @Test func helpTeachesWithExamples() throws {
        let r = try CLIRunner.run(["segment", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Examples:"))
        #expect(r.stdout.contains("--encoding"))
        let top = try CLIRunner.run(["--help"])
        #expect(top.stdout.contains("segment") && top.stdout.contains("sources"))
    }

    /// What a plugin works around is said on stderr, never silently: twelve posts each cut inside
    /// an emoji (a lone surrogate escape) are all read, with ten warning lines and a count of the
    /// rest, and the JSON lists every warning with its document.
    /// "-" reads standard input, once: a French text piped into `segment` and `align`.
    @Test func standardInputIsReadOnce() throws {
        let fr = Data("Donald Trump a parlé avec Vladimir Poutine. Ils ont convenu d'un cessez-le-feu.\n".utf8)
        let seg = try CLIRunner.run(["segment", "-", "--lang", "fr"], stdin: fr)
        #expect(seg.status == 0, "\(seg.stderr)")
        #expect(seg.stdout.contains("0\t0-43\tfile 0-43\tbody\tDonald Trump a parlé avec Vladimir Poutine."), "\(seg.stdout)")
        #expect(seg.stdout.contains("Ils ont convenu d'un cessez-le-feu."))
        let en = try temp(Array("Donald Trump spoke with Vladimir Putin. They agreed on a ceasefire.\n".utf8), "en.txt")
        let aligned = try CLIRunner.run(["align", en, "-", "--mode", "monotonic", "--encoder", "lexical"], stdin: fr)
        #expect(aligned.status == 0, "\(aligned.stderr)")
        #expect(aligned.stdout.split(separator: "\n").count == 2, "\(aligned.stdout)")
        let twice = try CLIRunner.run(["align", "-", "-", "--encoder", "lexical"], stdin: fr)
        #expect(twice.status != 0)
        #expect(twice.stderr.contains("standard input can be read only once"), "\(twice.stderr)")
    }

    @Test func pluginWarningsArePrintedAndCapped() throws {
        let posts = (1...12).map { n in
            #"{"id": "\#(n)", "created_at": "2025-03-18T18:49:43.170Z", "content": "Post \#(n) ends in \ud83d"}"#
        }
        let p = try temp(Array(("[" + posts.joined(separator: ",\n") + "]").utf8), "cut.json")
        let r = try CLIRunner.run(["segment", p, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 11, "\(r.stderr)")
        #expect(lines.first == "driftalign: warning: \(p): document 1: record 0: 1 unpaired UTF-16 surrogate escape(s) read as U+FFFD (file offsets 82)")
        #expect(lines.last?.contains("2 more warning(s) not shown") == true, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let docs = try #require(json["documents"] as? [[String: Any]])
        #expect(docs.count == 12)
        #expect(docs.allSatisfy { ($0["warnings"] as? [String])?.count == 1 })
        // A clean file: no warning, and no "warnings" key.
        let clean = try temp(Array(#"[{"id": "1", "created_at": "2025-03-18T18:49:43.170Z", "content": "Fine."}]"#.utf8), "fine.json")
        let c = try CLIRunner.run(["segment", clean, "--format", "json"])
        #expect(c.status == 0 && c.stderr.isEmpty, "\(c.stderr)")
        #expect(!c.stdout.contains("\"warnings\""))
    }
}
