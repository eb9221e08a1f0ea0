import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A record that a folder's files passed their CRC-32 check, keyed by each file's inode, size and
/// modification time, so that later loads skip re-reading the whole 78 MB of weights (the
/// 65 MB embedding table is otherwise only paged in where a sentence touches it). A file that is
/// replaced, truncated or rewritten changes its key, and the next load verifies again. Writing the
/// stamp is best effort: a read-only model folder is verified on every load, as before.
struct ChecksumStamp {
    static let fileName = ".crc32-verified"
    let directory: String
    let files: [String]

    private var path: String { "\(directory)/\(Self.fileName)" }

    /// One line per file: name, inode, size, modification time (ns); nil if a file cannot be stat'ed.
    func fingerprint() -> String? {
        var lines = ["driftalign checksum stamp v1"]
        for name in files {
            var st = stat()
            guard stat("\(directory)/\(name)", &st) == 0 else { return nil }
            #if canImport(Darwin)
            let mtime = Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
            #else
            let mtime = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
            #endif
            lines.append("\(name) \(st.st_ino) \(st.st_size) \(mtime)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether the stamp on disk matches the files as they are now.
    var isCurrent: Bool {
        guard let now = fingerprint(), let saved = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
        return saved == now
    }

    /// Records the files as verified (call only after every check passed); failures are ignored.
    func record() {
        guard let now = fingerprint() else { return }
        let tmp = "\(path).\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: tmp, contents: Data(now.utf8)) else { return }
        if rename(tmp, path) != 0 { unlink(tmp) }
    }
}
