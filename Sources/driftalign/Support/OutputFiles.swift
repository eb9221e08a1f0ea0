import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Creating output folders and writing output files, with errors that say what is in the way
/// (a file where a folder should go, a folder where a file should go, no permission) instead of
/// Foundation's "NSCocoaErrorDomain error 512". The `check…` functions say so before a command
/// starts its work, and ``refuseOverwriting(inputs:outputs:)`` keeps an output from replacing an
/// input.
enum OutputFiles {
    struct Failure: LocalizedError {
        var path: String
        var problem: String
        var errorDescription: String? { "\(path): \(problem)" }
    }

    /// Creates `path` and its parents unless it is already a folder.
    static func makeDirectory(_ path: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue { return }
        try checkDirectory(path)
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw Failure(path: path, problem: "cannot create the output folder (\(reason(error, at: path)))")
        }
    }

    /// Refuses an output folder that cannot be made: `path`, or the nearest of its parents that
    /// exists, is a file. Called before the work whose results go there.
    static func checkDirectory(_ path: String) throws {
        var existing = path
        while !FileManager.default.fileExists(atPath: existing) {
            let parent = folder(of: existing)
            if parent.isEmpty || parent == existing { return }
            existing = parent
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: existing, isDirectory: &isDir), !isDir.boolValue {
            throw Failure(path: existing, problem: "is a file; the output needs a folder here (give -o another path)")
        }
    }

    /// Refuses an output file that cannot be written: `path` is a folder, or its folder is missing.
    /// Called before the work whose result goes there.
    static func checkFile(_ path: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw Failure(path: path, problem: "is a folder; give a file name to write to")
        }
        let parent = folder(of: path)
        if !parent.isEmpty, !FileManager.default.fileExists(atPath: parent, isDirectory: &isDir) {
            throw Failure(path: path, problem: "cannot write the file (the folder \(parent) does not exist)")
        }
        if !parent.isEmpty, !isDir.boolValue {
            throw Failure(path: path, problem: "cannot write the file (\(parent) is a file, not a folder)")
        }
    }

    /// Refuses to write any of `outputs` over one of `inputs`: the same path, or another name
    /// (a hard or symbolic link, `./x`, `dir/../x`) for the same file, which is compared by device
    /// and inode. Standard input ("-") is never a file to protect. `fix` ends the message.
    static func refuseOverwriting(inputs: [String], outputs: [String], fix: String = "give -o another path") throws {
        let existing = inputs.filter { $0 != "-" }
        var identities: [FileIdentity: String] = [:]
        for input in existing { if let id = FileIdentity(input) { identities[id] = identities[id] ?? input } }
        let resolved = Dictionary(existing.map { (resolvedPath($0), $0) }, uniquingKeysWith: { a, _ in a })
        for output in outputs {
            guard let input = FileIdentity(output).flatMap({ identities[$0] }) ?? resolved[resolvedPath(output)] else { continue }
            let same = input == output ? "is also an input" : "is the same file as the input \(input)"
            throw Failure(path: output, problem: "\(same); writing the output there would replace it (\(fix))")
        }
    }

    /// A file as the system knows it, whatever name leads to it: device and inode.
    struct FileIdentity: Hashable {
        let device: UInt64, inode: UInt64

        /// Nil when nothing exists at `path` (symbolic links are followed).
        init?(_ path: String) {
            var st = stat()
            guard stat(path, &st) == 0 else { return nil }
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
        }
    }

    /// The absolute path with `.`, `..` and symbolic links resolved (as far as it exists).
    static func resolvedPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The folder part of `path` as the user wrote it ("out/a/b.json" → "out/a", "/x" → "/",
    /// "b.json" → ""), for messages that name it. Not `NSString.deletingLastPathComponent`:
    /// swift-corelibs-foundation traps on a one-character last component with nothing before it
    /// ("x", "-", "o/"), so `-o x` crashed every command that writes a file or folder.
    static func folder(of path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        guard let slash = p.lastIndex(of: "/") else { return "" }
        let head = p[..<slash]
        return head.isEmpty ? "/" : String(head)
    }

    /// Writes `data` to the file `path` (replacing it), atomically when asked.
    static func write(_ data: Data, to path: String, atomic: Bool = false) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw Failure(path: path, problem: "is a folder; give a file name to write to")
        }
        do { try data.write(to: URL(fileURLWithPath: path), options: atomic ? .atomic : []) } catch {
            throw Failure(path: path, problem: "cannot write the file (\(reason(error, at: path)))")
        }
    }

    /// The POSIX reason behind a Foundation file error, or what is missing on the way.
    static func reason(_ error: Error, at path: String) -> String {
        let parent = folder(of: path)
        if !parent.isEmpty, !FileManager.default.fileExists(atPath: parent) { return "the folder \(parent) does not exist" }
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message).lowercased()
        }
        if !FileManager.default.isWritableFile(atPath: parent.isEmpty ? "." : parent) { return "permission denied" }
        return error.localizedDescription
    }
}
