import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Scratch paths for tests that write files.
///
/// Every path lies under one folder per test process, `$TMPDIR/driftalign-tests-<pid>`, which is
/// removed when the process exits; a folder left by a run that was killed is removed by the next
/// run (its process is gone). So a test run leaves nothing behind in the temporary directory.
public enum TestScratch {
    static let prefix = "driftalign-tests-"

    /// This process's scratch folder, created on first use.
    public static let root: URL = {
        let tmp = FileManager.default.temporaryDirectory
        removeAbandoned(in: tmp)
        let dir = tmp.appendingPathComponent("\(prefix)\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestScratch.root) }
        return dir
    }()

    /// A fresh path `<root>/<name>-<UUID>`; nothing is created there.
    public static func url(_ name: String) -> URL {
        root.appendingPathComponent("\(name)-\(UUID().uuidString)")
    }

    /// A fresh folder `<root>/<name>-<UUID>`, created.
    public static func directory(_ name: String) throws -> URL {
        let dir = url(name)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Scratch folders of test processes that no longer run.
    static func removeAbandoned(in tmp: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: tmp.appendingPathComponent(name))
            }
        }
    }
}
