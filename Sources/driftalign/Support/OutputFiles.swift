import Foundation

/// Creating output folders and writing output files, with errors that say what is in the way
/// (a file where a folder should go, a folder where a file should go, no permission) instead of
/// Foundation's "NSCocoaErrorDomain error 512".
enum OutputFiles {
    struct Failure: LocalizedError {
        var path: String
        var problem: String
        var errorDescription: String? { "\(path): \(problem)" }
    }

    /// Creates `path` and its parents unless it is already a folder.
    static func makeDirectory(_ path: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            if isDir.boolValue { return }
            throw Failure(path: path, problem: "is a file; the output needs a folder here (give -o another path)")
        }
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw Failure(path: path, problem: "cannot create the output folder (\(reason(error, at: path)))")
        }
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
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, !FileManager.default.fileExists(atPath: parent) { return "the folder \(parent) does not exist" }
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message).lowercased()
        }
        if !FileManager.default.isWritableFile(atPath: parent.isEmpty ? "." : parent) { return "permission denied" }
        return error.localizedDescription
    }
}
