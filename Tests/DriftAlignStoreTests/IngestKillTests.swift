import DriftAlignStore
import DriftAlignTestSupport
import Foundation
import Testing

/// `driftalign ingest` killed with SIGKILL mid-run: the database opens, holds only whole
/// documents (every sentence and vector of each), and a second run completes it with nothing
/// lost or duplicated. Runs the built CLI ($DRIFTALIGN_BIN or .build/debug/driftalign).
@Suite(.serialized) struct IngestKillTests {
    /// Records in the generated archive: enough that the CLI is still writing when it is killed.
    static let records = 2_500

    /// A Truth Social archive file (the CC0 archive's record format) of `count` invented posts.
    static func archive(count: Int) throws -> String {
        let words = ["negotiations", "ceasefire", "energy", "Ukraine", "Russia", "tariffs", "border", "economy", "peace",
                     "meeting", "Europe", "security", "trade", "prisoners", "deal", "troops"]
        var records: [[String: Any]] = []
        for i in 0..<count {
            let w = (0..<6).map { words[(i * 7 + $0 * 3) % words.count] }
            let content = "Post \(i) on \(w[0]) and \(w[1]). We discussed \(w[2]), \(w[3]) and \(w[4]) today. "
                + "Great progress on \(w[5]) number \(i % 97)!\(i % 5 == 0 ? " Thank you!" : "")"
            let id = 114_100_000_000_000_000 + i * 65_536_000
            records.append(["id": "\(id)", "created_at": "2025-03-\(String(format: "%02d", 1 + i % 28))T12:00:00.000Z",
                            "content": i % 50 == 7 ? "" : content, "url": "https://truthsocial.com/@example/\(id)",
                            "media": [], "replies_count": i, "reblogs_count": 0, "favourites_count": 1])
        }
        let path = try StoreFixtures.databasePath("truth_archive.generated.json")
        try JSONSerialization.data(withJSONObject: records, options: [.prettyPrinted]).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func ingest(_ file: String, db: String) throws -> CLIResult {
        try CLIRunner.run(["ingest", file, "--db", db, "--encoder", "lexical"])
    }

    @Test(.enabled(if: TestPaths.cli != nil, "build the CLI first (swift build --product driftalign)"))
    func killNineLosesNothingCommittedAndResumes() throws {
        let file = try Self.archive(count: Self.records)
        // Reference: one clean, uninterrupted ingest.
        let cleanDB = try StoreFixtures.databasePath("clean.sqlite")
        let clean = try Self.ingest(file, db: cleanDB)
        #expect(clean.status == 0, "\(clean.stderr)")
        let reference = try CorpusStore.open(path: cleanDB, readOnly: true).counts()
        #expect(reference.documents == Self.records)

        // The same ingest, killed once some documents are committed.
        let db = try StoreFixtures.databasePath("killed.sqlite")
        let p = Process()
        guard let exe = TestPaths.cli else { return }
        p.executableURL = exe
        p.arguments = ["ingest", file, "--db", db, "--encoder", "lexical"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        var committedAtKill = 0
        let deadline = Date().addingTimeInterval(60)
        var watcher: CorpusStore?
        while Date() < deadline && p.isRunning {
            if watcher == nil { watcher = try? CorpusStore.open(path: db, readOnly: true) }
            if let n = try? watcher?.counts().documents, n >= 20 {
                kill(p.processIdentifier, SIGKILL)
                committedAtKill = n
                break
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        p.waitUntilExit()
        watcher = nil
        #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == SIGKILL, "the ingest was killed, not finished")
        #expect(committedAtKill >= 20)

        // Whole documents only, and at least what was seen committed.
        let afterKill = try CorpusStore.open(path: db)
        let counts = try afterKill.counts()
        #expect(counts.documents >= committedAtKill && counts.documents < Self.records, "killed mid-run: \(counts.documents)")
        #expect(try afterKill.incompleteDocuments().isEmpty, "every document has all its sentences and vectors")
        let killedRun = try #require(try afterKill.runs().last)
        #expect(killedRun.status == .running && killedRun.finished == nil)
        #expect(killedRun.added + killedRun.skipped == counts.documents, "the run's counts match what it committed")

        // Resume: the rest is added, nothing twice.
        let resumed = try Self.ingest(file, db: db)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("did not finish"), "the interrupted run is mentioned: \(resumed.stderr)")
        let store = try CorpusStore.open(path: db, readOnly: true)
        #expect(try store.counts() == reference)
        #expect(try store.incompleteDocuments().isEmpty)
        #expect(try store.encoderCounts().map(\.vectors) == CorpusStore.open(path: cleanDB, readOnly: true).encoderCounts().map(\.vectors))
        #expect(resumed.stdout.contains("0 updated"), "\(resumed.stdout)")
    }

    /// One document longer than `ingest` encodes at once (2,048 sentences) has its vectors made
    /// and written piece by piece, with progress on stderr, still in one transaction: killed after
    /// its first piece was written, the database holds nothing of it; run again, all of it.
    @Test(.enabled(if: TestPaths.cli != nil, "build the CLI first (swift build --product driftalign)"))
    func aLongDocumentKilledMidStreamLeavesNothingAndResumes() throws {
        let topics = ["the ceasefire", "energy plants", "prisoner exchanges", "the Black Sea", "sanctions", "elections"]
        let text = (0..<4_500).map { i in
            (i % 5 == 0 ? "\n\n" : " ") + "Item \(i) of the long transcript concerns \(topics[i % topics.count]) and day \(i % 31)."
        }.joined()
        let file = try StoreFixtures.databasePath("transcript.txt")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let db = try StoreFixtures.databasePath("long.sqlite")
        guard let exe = TestPaths.cli else { return }
        let p = Process()
        p.executableURL = exe
        p.arguments = ["ingest", file, "--db", db, "--encoder", "lexical", "--lang", "en"]
        p.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        p.standardError = errors
        try p.run()
        // Killed as soon as it says the first piece is written: the second is being encoded.
        var said = Data()
        while p.isRunning, !String(decoding: said, as: UTF8.self).contains("sentences encoded") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said.append(chunk)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        let progress = String(decoding: said, as: UTF8.self)
        #expect(progress.contains("text/transcript: 2048 of 4500 sentences encoded"), "\(progress)")
        #expect(p.terminationReason == .uncaughtSignal, "killed mid-stream, not finished: \(progress)")
        let afterKill = try CorpusStore.open(path: db, readOnly: true)
        let left = try afterKill.counts()
        #expect(left.documents == 0 && left.sentences == 0 && left.embeddings == 0, "\(left)")

        let resumed = try CLIRunner.run(["ingest", file, "--db", db, "--encoder", "lexical", "--lang", "en"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("4096 of 4500 sentences encoded"), "\(resumed.stderr)")
        #expect(resumed.stdout.contains("holds 1 document (0 skipped), 4500 sentences, 4500 lexical vectors"), "\(resumed.stdout)")
        let store = try CorpusStore.open(path: db, readOnly: true)
        #expect(try store.incompleteDocuments().isEmpty)
        let stored = try #require(try store.document(source: "text", id: "transcript"))
        let vectors = try #require(try store.embeddings(encoder: "lexical", documents: [stored])[stored.rowID])
        #expect(vectors.values.count == 4_500 * vectors.dimension)
        // Done: a third run writes nothing.
        let again = try CLIRunner.run(["ingest", file, "--db", db, "--encoder", "lexical", "--lang", "en"])
        #expect(again.stdout.contains("1 record: 0 added, 0 updated, 1 unchanged"), "\(again.stdout)")
        #expect(!again.stderr.contains("sentences encoded"))
    }
}
