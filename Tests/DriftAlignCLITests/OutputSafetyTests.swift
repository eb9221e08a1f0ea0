import DriftAlignTestSupport
import Foundation
import Testing

/// An output never replaces an input, and an output path that cannot work is refused before the
/// work starts, with a plain message (the reviewer's `-o frcopy.txt` lost the French text it aligned).
@Suite(.serialized) struct OutputSafetyTests {
    let en = "The call lasted ninety minutes.\nBoth leaders agreed to a ceasefire.\nTalks will begin on Tuesday.\n"
    let fr = "L'appel a duré quatre-vingt-dix minutes.\nLes deux dirigeants ont accepté un cessez-le-feu.\nLes pourparlers commenceront mardi.\n"

    /// A fresh folder holding `en.txt` and `fr.txt`.
    func folder() throws -> URL {
        let dir = try TestScratch.directory("da-out-safety")
        try en.write(to: dir.appendingPathComponent("en.txt"), atomically: true, encoding: .utf8)
        try fr.write(to: dir.appendingPathComponent("fr.txt"), atomically: true, encoding: .utf8)
        return dir
    }

    func expectRefused(_ r: CLIResult, _ words: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 1, "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.hasPrefix("driftalign: error: "), "\(r.stderr)", sourceLocation: sourceLocation)
        for w in words { #expect(r.stderr.contains(w), "mentions \(w): \(r.stderr)", sourceLocation: sourceLocation) }
    }

    @Test func alignAndEmbedRefuseToWriteOverTheirInput() throws {
        let dir = try folder()
        let en = dir.appendingPathComponent("en.txt").path, fr = dir.appendingPathComponent("fr.txt").path
        let flags = ["--presegmented", "--src-lang", "en", "--encoder", "lexical"]
        expectRefused(try CLIRunner.run(["align", en, fr, "-o", fr] + flags), ["fr.txt: is also an input", "give -o another path"])
        // Another name for the same file: compared by device and inode.
        let link = dir.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fr)
        expectRefused(try CLIRunner.run(["align", en, fr, "-o", link] + flags), ["is the same file as the input \(fr)"])
        expectRefused(try CLIRunner.run(["embed", fr, "--lang", "fr", "--presegmented", "-o", "\(dir.path)/./fr.txt", "--encoder", "lexical"]),
                      ["is the same file as the input \(fr)"])
        #expect(try String(contentsOfFile: fr, encoding: .utf8) == self.fr, "the input is untouched")
    }

    @Test func aPairsListWhoseOutputsCollideIsRefusedWhole() throws {
        let dir = try folder()
        let en = dir.appendingPathComponent("en.txt").path, fr = dir.appendingPathComponent("fr.txt").path
        let flags = ["--presegmented", "--src-lang", "en", "--encoder", "lexical"]
        func list(_ text: String) throws -> String {
            let p = dir.appendingPathComponent("list-\(UUID().uuidString).tsv").path
            try text.write(toFile: p, atomically: true, encoding: .utf8)
            return p
        }
        let ownInput = try list("\(en)\t\(fr)\t\(dir.path)/a.links\n\(en)\t\(fr)\t\(fr)\n")
        expectRefused(try CLIRunner.run(["align", "--pairs", ownInput] + flags), [":2: OUTPUT \(fr) is also an input", "give the line another OUTPUT"])
        // Before any work: the good first line wrote nothing either.
        #expect(!FileManager.default.fileExists(atPath: "\(dir.path)/a.links"))
        let twice = try list("\(en)\t\(fr)\t\(dir.path)/same.links\n\(en)\t\(fr)\t\(dir.path)/./same.links\n")
        expectRefused(try CLIRunner.run(["align", "--pairs", twice] + flags), [":2: OUTPUT \(dir.path)/./same.links is also the OUTPUT of line 1"])
        #expect(try String(contentsOfFile: fr, encoding: .utf8) == self.fr)
    }

    /// A report named after its translation, written into the translation's folder, would replace it.
    @Test func reportAndCorpusRunRefuseToWriteOverTheirInputs() throws {
        let dir = try folder()
        let md = dir.appendingPathComponent("fr.md").path
        try fr.write(toFile: md, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["report", "--original", "\(dir.path)/en.txt", "--translation", md, "-o", dir.path, "--format", "md", "--encoder", "lexical"])
        expectRefused(r, ["fr.md: is also an input"])
        #expect(!r.stderr.contains("aligning"), "refused before the work: \(r.stderr)")
        #expect(try String(contentsOfFile: md, encoding: .utf8) == fr)

        // A case whose article is c/a.md, run with -o its parent: OUT/c/a.md is the article.
        let root = try TestScratch.directory("da-out-corpus")
        let c = root.appendingPathComponent("c")
        try FileManager.default.createDirectory(at: c, withIntermediateDirectories: true)
        try fr.write(to: c.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try en.write(to: c.appendingPathComponent("en.txt"), atomically: true, encoding: .utf8)
        try #"{"schema": "driftalign-case/1", "case": "c", "translations": [{"path": "a.md", "language": "fr", "source": "text"}], "originals": [{"path": "en.txt", "language": "en", "source": "text"}]}"#
            .write(to: c.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["corpus", "run", root.path, "-o", root.path, "--format", "md", "--encoder", "lexical"])
        expectRefused(run, ["a.md: is also an input"])
        #expect(try String(contentsOfFile: c.appendingPathComponent("a.md").path, encoding: .utf8) == fr)
    }

    /// `-o` naming a file where a folder must go: said up front, in words, not after the alignment
    /// and not as "NSCocoaErrorDomain error 512".
    @Test func anOutputFolderThatIsAFileIsRefusedFirst() throws {
        let dir = try folder()
        let fr = dir.appendingPathComponent("fr.txt").path
        let r = try CLIRunner.run(["report", "--original", "\(dir.path)/en.txt", "--translation", fr, "-o", fr, "--encoder", "lexical"])
        expectRefused(r, ["fr.txt: is a file; the output needs a folder here"])
        #expect(!r.stderr.contains("aligning"), "\(r.stderr)")
        let c = try CLIRunner.run(["corpus", "run", "Corpora/2025-02-12-call", "-o", "\(fr)/sub", "--encoder", "lexical"])
        expectRefused(c, ["fr.txt: is a file; the output needs a folder here"])
        #expect(!c.stderr.contains("NSCocoaErrorDomain") && !c.stderr.contains("FAILED"), "\(c.stderr)")
        let a = try CLIRunner.run(["align", "\(dir.path)/en.txt", fr, "--presegmented", "--encoder", "lexical", "-o", "\(dir.path)/nope/x.links"])
        expectRefused(a, ["the folder \(dir.path)/nope does not exist"])
    }

    /// `report` and `corpus run` take a case folder or its manifest.json; any other file is named
    /// as what it is, not as "FILE/manifest.json: no such file".
    @Test func aFileIsNotACaseFolder() throws {
        let dir = try folder()
        let fr = dir.appendingPathComponent("fr.txt").path
        let r = try CLIRunner.run(["report", fr, "--encoder", "lexical"])
        expectRefused(r, ["\(fr) is a file, not a case folder (give a case folder or its manifest.json, or use --original/--translation)"])
        #expect(!r.stderr.contains("manifest.json: no such file"))
        let c = try CLIRunner.run(["corpus", "run", fr, "--encoder", "lexical"])
        expectRefused(c, ["\(fr) is a file, not a case folder"])
        let out = try TestScratch.directory("da-report-manifest").path
        let m = try CLIRunner.run(["report", "Corpora/2025-02-12-call/manifest.json", "-o", out, "--format", "md", "--encoder", "lexical"])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(FileManager.default.fileExists(atPath: "\(out)/2025-02-12-call.md"))
    }

    /// A short relative output name (`-o x`, `-o r`, `-o o/`) crashed every command that writes a
    /// file or a folder: Foundation's `deletingLastPathComponent` traps on a one-character path
    /// with nothing before it, and the output checks asked it for the folder of the output.
    @Test func aOneLetterOutputNameIsWritten() throws {
        let dir = try folder()
        let flags = ["--src-lang", "en", "--encoder", "lexical"]
        let a = try CLIRunner.run(["align", "en.txt", "fr.txt", "--presegmented", "--mode", "monotonic", "-o", "x"] + flags, directory: dir)
        #expect(a.status == 0, "\(a.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("x"), encoding: .utf8).hasPrefix("[0]:[0]:"))
        let e = try CLIRunner.run(["embed", "fr.txt", "--lang", "fr", "--presegmented", "--encoder", "lexical", "-o", "v"], directory: dir)
        #expect(e.status == 0, "\(e.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("v").path))
        for out in ["r", "q/", "s/t"] {
            let r = try CLIRunner.run(["report", "--original", "en.txt", "--translation", "fr.txt", "-o", out, "--format", "md"] + flags, directory: dir)
            #expect(r.status == 0, "-o \(out): \(r.stderr)")
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(out).appendingPathComponent("fr.md").path), "-o \(out)")
        }
        expectRefused(try CLIRunner.run(["align", "en.txt", "fr.txt", "--presegmented", "-o", "n/x"] + flags, directory: dir),
                      ["n/x: cannot write the file (the folder n does not exist)"])
    }

    /// "-o -" is standard output, as "-" is standard input: `align` and `embed` wrote a file
    /// named "-".
    @Test func dashOutputIsStandardOutput() throws {
        let dir = try folder()
        let flags = ["--src-lang", "en", "--encoder", "lexical"]
        let a = try CLIRunner.run(["align", "en.txt", "fr.txt", "--presegmented", "--mode", "monotonic", "-o", "-"] + flags, directory: dir)
        #expect(a.status == 0 && a.stdout.hasPrefix("[0]:[0]:"), "\(a.stderr)")
        let e = try CLIRunner.run(["embed", "fr.txt", "--lang", "fr", "--presegmented", "--encoder", "lexical", "-o", "-"], directory: dir)
        let lines = try String(contentsOf: dir.appendingPathComponent("fr.txt"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(e.status == 0 && e.stderr.contains("→ standard output"), "\(e.stderr)")
        #expect(e.stdoutData.count == (lines.last == "" ? lines.count - 1 : lines.count) * 512 * 4, "\(e.stdoutData.count) bytes")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path))
    }
}
