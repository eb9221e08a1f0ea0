import DriftAlignTestSupport
import Foundation

/// Recorded writer outputs under `Tests/DriftAlignReportTests/Snapshots/`.
///
/// Re-record after an intended change with `DRIFTALIGN_RECORD_SNAPSHOTS=1 swift test --filter
/// DriftAlignReportTests`, then read the diff before committing it.
enum Snapshot {
    static var recording: Bool { ProcessInfo.processInfo.environment["DRIFTALIGN_RECORD_SNAPSHOTS"] == "1" }

    static func path(_ name: String) -> String { TestPaths.repo("Tests/DriftAlignReportTests/Snapshots/\(name)") }

    /// The recorded text, after writing `actual` first when recording; nil if there is none.
    static func recorded(_ name: String, actual: String) throws -> String? {
        if recording { try Data(actual.utf8).write(to: URL(fileURLWithPath: path(name))) }
        return try? String(contentsOfFile: path(name), encoding: .utf8)
    }
}
