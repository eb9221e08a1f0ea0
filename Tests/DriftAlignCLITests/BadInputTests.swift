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
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
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
        FileManager.default.createFile(atPath: dir.appendingPathComponent("manifest.json").path, contents: Data("{\"schema\": ".utf8))
        try expectOneLineError(["segment", dir.path], file: "manifest.json", mentions: ["invalid case manifest"])
    }

    @Test func helpTeachesWithExamples() throws {
        let r = try CLIRunner.run(["segment", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Examples:"))
        #expect(r.stdout.contains("--encoding"))
        let top = try CLIRunner.run(["--help"])
        #expect(top.stdout.contains("segment") && top.stdout.contains("sources"))
    }
}
