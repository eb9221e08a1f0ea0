import DriftAlignCore
import Foundation

/// The case folder a command was given: a folder holding manifest.json, or the path of that
/// manifest.json itself. Any other file is refused with a message that says so, instead of
/// "FILE/manifest.json: no such file".
enum CaseFolder {
    /// A file given where a case folder was expected.
    struct NotACase: LocalizedError {
        var path: String
        /// What the command takes instead, e.g. "a case folder or its manifest.json".
        var expected: String
        var errorDescription: String? { "\(path) is a file, not a case folder (give \(expected))" }
    }

    /// A folder given where a case was expected that holds no manifest.json.
    struct NoManifest: LocalizedError {
        var path: String
        var errorDescription: String? {
            "\(path) is a folder without manifest.json: give one file, or a case folder (see Corpora/README.md for the manifest)"
        }
    }

    /// The folder of `path`: `path` itself when it is a folder, the folder of a manifest.json.
    static func resolve(_ path: String, expected: String) throws -> String {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw DriftAlignCoreError.fileNotFound(file: path) }
        if isDir.boolValue { return path }
        guard (path as NSString).lastPathComponent == "manifest.json" else { throw NotACase(path: path, expected: expected) }
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
