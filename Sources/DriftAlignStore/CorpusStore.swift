import DriftAlignCore
import Foundation
import GRDB

/// DriftAlign's embedded corpus database: originals and articles with their sentences, sentence
/// vectors per encoder, alignments, drift findings and the runs that wrote them (SQLite through
/// GRDB; schema and transaction model in docs/STORE.md).
///
/// The CLI's `ingest` and `fetch` write to it one document per transaction, `match` reads it,
/// the corpus runner stores alignments in it. Open one with ``open(path:readOnly:)``; every call
/// throws ``StoreError`` naming the file. Safe to share between threads (calls are serialized)
/// and between processes (SQLite's WAL mode: readers do not block the writer).
public final class CorpusStore: Sendable {
    /// `./driftalign.sqlite`: the database the commands use when no `--db` is given.
    public static let defaultPath = "driftalign.sqlite"

    /// The database file, as given.
    public let path: String
    let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Opens (creating it if needed) the database at `path` and brings its schema up to date.
    ///
    /// With `readOnly`, the file must exist and be fully migrated; nothing is written, so a
    /// reader may watch a database another process is filling.
    public static func open(path: String, readOnly: Bool = false) throws -> CorpusStore {
        let url = URL(fileURLWithPath: path)
        let exists = FileManager.default.fileExists(atPath: path)
        if readOnly && !exists { throw StoreError.cannotOpen(file: path, detail: "no such file") }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw StoreError.cannotOpen(file: path, detail: "it is a directory")
        }
        let folder = url.deletingLastPathComponent().path
        if !exists && !FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder) {
            throw StoreError.cannotOpen(file: path, detail: "the folder \(folder) does not exist")
        }
        var config = Configuration()
        config.readonly = readOnly
        config.foreignKeysEnabled = true
        // Another process (a second ingest, a watcher) may hold the write lock for one document.
        config.busyMode = .timeout(15)
        config.label = "DriftAlignStore"
        if !readOnly {
            config.prepareDatabase { db in
                // WAL: readers do not block the writer, a commit is one append to the log. A
                // killed process loses nothing committed; NORMAL sync may lose the last commits
                // on power loss, never consistency (sqlite.org/wal.html §"Durability").
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw mapError(error, path: path, opening: true)
        }
        let store = CorpusStore(path: path, queue: queue)
        try store.migrate(readOnly: readOnly)
        return store
    }

    private func migrate(readOnly: Bool) throws {
        let migrator = StoreSchema.migrator
        try wrap {
            let applied = try queue.read { db in try migrator.appliedIdentifiers(db) }
            let unknown = applied.subtracting(StoreSchema.versions)
            if !unknown.isEmpty { throw StoreError.newerSchema(file: path, unknown: unknown.sorted()) }
            let missing = StoreSchema.versions.filter { !applied.contains($0) }
            guard !missing.isEmpty else { return }
            if readOnly { throw StoreError.outdatedSchema(file: path, missing: missing) }
            try migrator.migrate(queue)
        }
    }

    /// The migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        try wrap { try queue.read { db in try StoreSchema.migrator.appliedMigrations(db) } }
    }

    /// The `CREATE` statements of the store's tables and indexes, as SQLite keeps them.
    public func schemaSQL() throws -> [String] {
        try wrap {
            try queue.read { db in
                try String.fetchAll(db, sql: """
                    SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
                    AND name NOT LIKE 'grdb_%' ORDER BY name
                    """)
            }
        }
    }

    /// Runs `body`, turning GRDB's errors into ``StoreError`` naming this file.
    func wrap<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as StoreError { throw e } catch let e as EmbeddingProductionError { throw e } catch { throw Self.mapError(error, path: path) }
    }

    static func mapError(_ error: Error, path: String, opening: Bool = false) -> StoreError {
        guard let db = error as? DatabaseError else {
            return opening ? .cannotOpen(file: path, detail: "\(error)") : .database(file: path, detail: "\(error)")
        }
        let detail = db.message ?? "\(db.resultCode)"
        switch db.resultCode.primaryResultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(file: path, detail: detail)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY: return .cannotOpen(file: path, detail: detail)
        default: return .database(file: path, detail: detail)
        }
    }
}
