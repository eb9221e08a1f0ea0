import Foundation

/// A demo or user case: the French articles about one event and the originals they draw from.
///
/// Read from `<case>/manifest.json` (schema `driftalign-case/1`); `driftalign segment` and, later,
/// `driftalign report` take a case folder. Paths are relative to the folder and stay inside it
/// (no absolute path, no `..` or symbolic link leading out: ``inside(root:folder:path:manifest:)``).
public struct CaseManifest: Codable, Sendable, Equatable {
    /// One file of the case and how to read it.
    public struct Entry: Codable, Sendable, Equatable {
        public var path: String
        public var language: String
        /// A source plugin id ("frenchpress", "truthsocial"); nil lets detection choose.
        public var source: String?
        public var author: String?
        public var note: String?
    }

    public static let schemaVersion = "driftalign-case/1"

    public var schema: String
    public var `case`: String
    public var title: String?
    public var date: String?
    public var translations: [Entry]
    public var originals: [Entry]
    public var unavailable: [String]?

    /// Reads and validates `folder/manifest.json`; paths in the result are made absolute.
    public static func load(folder: String) throws -> CaseManifest {
        let path = (folder as NSString).appendingPathComponent("manifest.json")
        guard FileManager.default.fileExists(atPath: path) else { throw DriftAlignCoreError.fileNotFound(file: path) }
        let data = try readBounded(path)
        var manifest: CaseManifest
        do { manifest = try JSONDecoder().decode(CaseManifest.self, from: data) } catch {
            throw DriftAlignCoreError.invalidManifest(file: path, detail: Self.describe(error))
        }
        guard manifest.schema == schemaVersion else {
            throw DriftAlignCoreError.invalidManifest(file: path, detail: "schema is '\(DisplayText.quoted(manifest.schema))', expected '\(schemaVersion)'")
        }
        guard !manifest.translations.isEmpty else {
            throw DriftAlignCoreError.invalidManifest(file: path, detail: "it lists no translations")
        }
        guard isPlainName(manifest.case) else {
            throw DriftAlignCoreError.invalidManifest(
                file: path, detail: "case '\(DisplayText.quoted(manifest.case))' must be a plain name (letters, digits, '-', '_', '.'; not '.' or '..'): it names the reports' folder")
        }
        for e in manifest.translations + manifest.originals where !LanguageTag.isWellFormed(e.language) {
            throw DriftAlignCoreError.invalidManifest(file: path, detail: "'\(DisplayText.quoted(e.language))' (language of \(DisplayText.quoted(e.path, limit: 200))) is not a language code such as fr, en or ru")
        }
        let root = Self.realPath(folder)
        func resolve(_ e: Entry) throws -> Entry {
            var e = e
            e.path = try Self.inside(root: root, folder: folder, path: e.path, manifest: path)
            return e
        }
        manifest.translations = try manifest.translations.map(resolve)
        manifest.originals = try manifest.originals.map(resolve)
        return manifest
    }

    /// The most bytes a manifest may have: it lists a case's files (about 150 bytes an entry), so
    /// 1 MB holds thousands; a larger file, a device or a pipe named manifest.json is refused
    /// before it is read, not read into memory whole (or forever).
    public static let maximumBytes = 1_000_000

    static func readBounded(_ path: String) throws -> Data {
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: path) } catch {
            throw DriftAlignCoreError.unreadable(file: path, detail: error.localizedDescription)
        }
        guard (attributes[.type] as? FileAttributeType) == .typeRegular else {
            throw DriftAlignCoreError.invalidManifest(file: path, detail: "it is not a regular file")
        }
        let tooLarge = DriftAlignCoreError.invalidManifest(
            file: path, detail: "it is larger than \(maximumBytes) bytes; a manifest lists a case's files and is a few kilobytes")
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > maximumBytes { throw tooLarge }
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            // One byte more than allowed tells a file that grew since its size was read.
            let data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
            guard data.count <= maximumBytes else { throw tooLarge }
            return data
        } catch let error as DriftAlignCoreError {
            throw error
        } catch {
            throw DriftAlignCoreError.unreadable(file: path, detail: error.localizedDescription)
        }
    }

    /// A case name can become a folder under `corpus run`'s output and a report's file name: one
    /// path component of at most 128 characters from letters, digits, `-`, `_` and `.`, not `.` or
    /// `..` (so `"../../tmp/x"` cannot write outside the output folder).
    static func isPlainName(_ name: String) -> Bool {
        guard (1...128).contains(name.count), name != ".", name != ".." else { return false }
        return name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.".unicodeScalars.contains($0) }
    }

    /// `folder/path`, refused unless `path` is relative and, with `..` and symbolic links resolved,
    /// names something inside the folder: a case someone sends must not make its report copy
    /// `/etc/passwd` or `~/.ssh` into a file that will be shared.
    static func inside(root: String, folder: String, path: String, manifest: String) throws -> String {
        guard !path.hasPrefix("/"), !path.hasPrefix("~") else {
            throw DriftAlignCoreError.invalidManifest(
                file: manifest, detail: "'\(DisplayText.quoted(path, limit: 200))' is not relative to the case folder: a case lists its own files (copy the file into the folder)")
        }
        let full = (folder as NSString).appendingPathComponent(path)
        let target = realPath(full)
        guard target.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
            throw DriftAlignCoreError.invalidManifest(
                file: manifest, detail: "'\(DisplayText.quoted(path, limit: 200))' leads outside the case folder (through '..' or a symbolic link): copy the file into the folder")
        }
        return full
    }

    /// The absolute path with `.`, `..` and symbolic links resolved (as far as the path exists).
    static func realPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let ctx):
            return "missing key '\(key.stringValue)' at \(ctx.codingPath.map { DisplayText.quoted($0.stringValue) }.joined(separator: "."))"
        case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
            return "\(DisplayText.shorteningLongWords(ctx.debugDescription)) at \(ctx.codingPath.map { DisplayText.quoted($0.stringValue) }.joined(separator: "."))"
        case DecodingError.dataCorrupted(let ctx):
            return "not valid JSON (\(DisplayText.shorteningLongWords(ctx.underlyingError.map { "\($0)" } ?? ctx.debugDescription)))"
        default:
            return "\(error)"
        }
    }
}
