import DriftAlignTestSupport
import Foundation
import Testing

/// Options are checked as the user wrote them: the advice an error gives works on the command
/// that gave it, a number out of range is named with its option, sizes read as sizes, and a
/// language is a two-letter code or refused.
@Suite(.serialized) struct OptionCheckTests {
    func temp(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = try TestScratch.directory("da-options").appendingPathComponent(name).path
        try #require(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "test file written")
        return path
    }

    let en = "The president said the meeting was very productive.\nThe talks will go on.\n"
    let latin1Text = "Le président a déclaré que la réunion était très productive.\nLes négociations continueront.\n"
    var latin1: [UInt8] { latin1Text.unicodeScalars.map { UInt8($0.value) } }

    /// "pass --encoding ISO-8859-1" is advice every command that reads text can follow.
    @Test func encodingIsAnOptionWhereverTheErrorSuggestsIt() throws {
        let o = try temp(Array(en.utf8), "en.txt"), t = try temp(latin1, "fr-latin1.txt")
        let pairs = try temp(Array("The meeting was productive.\t".utf8) + Array("La réunion était productive.\n".unicodeScalars.map { UInt8($0.value) }), "p.tsv")
        let out = try TestScratch.directory("da-options-report").path
        let runs: [[String]] = [
            ["align", o, t, "--presegmented", "--src-lang", "en", "--mode", "monotonic", "--encoder", "lexical"],
            ["report", "--original", o, "--translation", t, "--src-lang", "en", "-o", out, "--format", "md", "--encoder", "lexical"],
            ["score-pairs", pairs, "--src-lang", "en", "--tgt-lang", "fr", "--encoder", "lexical"],
        ]
        for args in runs {
            let refused = try CLIRunner.run(args)
            #expect(refused.status == 1 && refused.stderr.contains("--encoding"), "\(args[0]): \(refused.stderr)")
            let decoded = try CLIRunner.run(args + ["--encoding", "ISO-8859-1"])
            #expect(decoded.status == 0, "\(args[0]): \(decoded.stderr)")
        }
        #expect(try String(contentsOfFile: "\(out)/fr-latin1.md", encoding: .utf8).contains("réunion"))
        // match reads its article with it too (the database check comes after the option parses).
        let m = try CLIRunner.run(["match", t, "--encoding", "ISO-8859-1", "--db", "\(out)/none.sqlite"])
        #expect(m.status == 1 && m.stderr.contains("holds no documents"), "\(m.stderr)")
    }

    /// `--top -1` is a value out of range, not a missing value; internal names stay inside.
    @Test func negativeNumbersReachTheRangeCheck() throws {
        let p = try temp(Array(en.utf8), "en.txt")
        let vectors = (p as NSString).deletingLastPathComponent + "/x.f32"
        let cases: [([String], String)] = [
            (["match", p, "--top", "-1"], "--top must be 1 to 1000"),
            (["match", p, "--days", "-1"], "--days must be 0 to 3650"),
            (["align", p, p, "--skip-cost", "-5", "--encoder", "lexical"], "--skip-cost must be positive"),
            (["align", p, p, "--max-link-size", "9", "--encoder", "lexical"], "--max-link-size must be 1 to 6"),
            (["segment", p, "--max-bytes", "-3"], "--max-bytes must be at least 1"),
            (["corpus", "run", "Corpora", "--jobs", "-2"], "--jobs must be 1 to 16"),
            (["score-pairs", p, "--src-lang", "en", "--tgt-lang", "fr", "--batch-size", "-1"], "--batch-size must be at least 1"),
            (["embed", p, "--lang", "en", "-o", vectors, "--threads", "1000"], "--threads must be 1 to 64"),
            (["align", p, p, "--threads", "1000"], "--threads must be 1 to 64"),
        ]
        for (args, message) in cases {
            let r = try CLIRunner.run(args)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
            #expect(!r.stderr.contains("Missing value") && !r.stderr.contains("maxLinkSize"), "\(r.stderr)")
        }
    }

    /// Sizes in the unit that shows them; a stream cut at the limit is "more than" it.
    @Test func sizeLimitsReadAsSizes() throws {
        let p = try temp(Array(en.utf8), "en.txt")
        let small = try CLIRunner.run(["segment", p, "--max-bytes", "10"])
        #expect(small.stderr.contains("the file is 74 bytes, over the limit of 10 bytes"), "\(small.stderr)")
        let piped = try CLIRunner.run(["segment", "-", "--lang", "en", "--max-bytes", "2000"], stdin: Data(String(repeating: en, count: 40).utf8))
        #expect(piped.status == 1)
        #expect(piped.stderr.contains("-: the input is more than 2.0 KB, the limit"), "\(piped.stderr)")
        #expect(!piped.stderr.contains("0.0 MB"))
    }

    /// Only ISO 639-1 codes: nothing is cut or mapped ("german" is not "ge"); a real code without
    /// DriftAlign's resources is read, with a warning.
    @Test func languagesAreTwoLetterCodes() throws {
        let p = try temp(Array(en.utf8), "en.txt")
        for (flag, value) in [("--src-lang", "xx"), ("--src-lang", "klingon"), ("--src-lang", "english"), ("--tgt-lang", "german"), ("--src-lang", "EN")] {
            let r = try CLIRunner.run(["align", p, p, flag, value, "--encoder", "lexical"])
            #expect(r.status == 64, "\(value): \(r.stderr)")
            #expect(r.stderr.contains("\(flag) expects a two-letter language code such as en, ru, de, fr; got '\(value)'"), "\(r.stderr)")
        }
        let zz = try CLIRunner.run(["segment", p, "--lang", "zz"])
        #expect(zz.status == 64 && zz.stderr.contains("--lang expects a two-letter language code"), "\(zz.stderr)")
        let it = try CLIRunner.run(["segment", p, "--lang", "it"])
        #expect(it.status == 0, "\(it.stderr)")
        #expect(it.stderr.contains("warning: --lang it: DriftAlign has no language resources"), "\(it.stderr)")
        let fr = try CLIRunner.run(["segment", p, "--lang", "en"])
        #expect(fr.status == 0 && fr.stderr.isEmpty, "\(fr.stderr)")
    }

    /// An error a command finds while running is shown with that command's usage, and help on a
    /// command that does not exist is an error.
    @Test func errorsShowTheirCommandsUsage() throws {
        let p = try temp(Array(en.utf8), "en.txt")
        let ids = try CLIRunner.run(["embed", p, "--lang", "en", "--ids", "--encoder", "lexical", "-o", p + ".ids"])
        #expect(ids.status == 64 && ids.stderr.contains("Usage: driftalign embed "), "\(ids.stderr)")
        let empty = try TestScratch.directory("da-options-empty").path
        let c = try CLIRunner.run(["corpus", "run", empty, "--encoder", "lexical"])
        #expect(c.status == 64 && c.stderr.contains("no case with a manifest.json"), "\(c.stderr)")
        #expect(c.stderr.contains("Usage: driftalign corpus run ") && !c.stderr.contains("driftalign <subcommand>"), "\(c.stderr)")
        let help = try CLIRunner.run(["help", "nope"])
        #expect(help.status == 64 && help.stderr.contains("no command 'nope'"), "\(help.stderr)")
        #expect(help.stdout.isEmpty)
        #expect(try CLIRunner.run(["help", "corpus", "run"]).status == 0)
    }
}
