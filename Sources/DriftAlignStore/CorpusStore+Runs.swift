import Foundation
import GRDB

extension CorpusStore {
    /// Records the start of a command's run; pass the id to ``save(_:embeddings:runID:)`` and
    /// ``finishRun(_:status:message:)``.
    public func beginRun(command: String, arguments: [String]) throws -> Int64 {
        try wrap {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO runs (command, arguments, started_at, status) VALUES (?, ?, ?, ?)",
                               arguments: [command, StoreCoding.jsonStrings(arguments), StoreCoding.timestamp(Date()),
                                           RunRecord.Status.running.rawValue])
                return db.lastInsertedRowID
            }
        }
    }

    /// Counts one item (a file that failed, say) against a run outside a document's transaction.
    public func countRunItem(_ run: Int64, _ column: String) throws {
        try wrap { try queue.write { db in try countRunItem(db, run: run, column) } }
    }

    func countRunItem(_ db: Database, run: Int64, _ column: String) throws {
        guard ["added", "updated", "unchanged", "skipped", "failed"].contains(column) else { return }
        try db.execute(sql: "UPDATE runs SET items_\(column) = items_\(column) + 1 WHERE id = ?", arguments: [run])
    }

    /// Marks a run finished with its status and an optional message.
    public func finishRun(_ run: Int64, status: RunRecord.Status, message: String? = nil) throws {
        try wrap {
            try queue.write { db in
                try db.execute(sql: "UPDATE runs SET finished_at = ?, status = ?, message = ? WHERE id = ?",
                               arguments: [StoreCoding.timestamp(Date()), status.rawValue, message, run])
            }
        }
    }

    /// Every run, oldest first.
    public func runs() throws -> [RunRecord] {
        try wrap {
            try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM runs ORDER BY id").map { r in
                    RunRecord(id: r["id"], command: r["command"], arguments: StoreCoding.strings(r["arguments"]),
                              started: StoreCoding.date(r["started_at"]) ?? Date(timeIntervalSince1970: 0),
                              finished: StoreCoding.date(r["finished_at"]),
                              status: RunRecord.Status(rawValue: r["status"]) ?? .failed,
                              added: r["items_added"], updated: r["items_updated"], unchanged: r["items_unchanged"],
                              skipped: r["items_skipped"], failed: r["items_failed"], message: r["message"])
                }
            }
        }
    }
}
