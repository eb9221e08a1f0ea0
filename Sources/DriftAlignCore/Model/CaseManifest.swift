import Foundation

/// A demo or user case: the French articles about one event and the originals they draw from.
///
/// Read from `<case>/manifest.json` (schema `driftalign-case/1`); `driftalign segment` and, later,
/// `driftalign report` take a case folder. Paths are relative to the folder.
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
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw DriftAlignCoreError.unreadable(file: path, detail: error.localizedDescription)
        }
        var manifest: CaseManifest
        do { manifest = try JSONDecoder().decode(CaseManifest.self, from: data) } catch {
            throw DriftAlignCoreError.invalidManifest(file: path, detail: Self.describe(error))
        }
        guard manifest.schema == schemaVersion else {
            throw DriftAlignCoreError.invalidManifest(file: path, detail: "schema is '\(manifest.schema)', expected '\(schemaVersion)'")
        }
        guard !manifest.translations.isEmpty else {
            throw DriftAlignCoreError.invalidManifest(file: path, detail: "it lists no translations")
        }
        func resolve(_ e: Entry) -> Entry {
            var e = e
            if !e.path.hasPrefix("/") { e.path = (folder as NSString).appendingPathComponent(e.path) }
            return e
        }
        manifest.translations = manifest.translations.map(resolve)
        manifest.originals = manifest.originals.map(resolve)
        return manifest
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let ctx):
            return "missing key '\(key.stringValue)' at \(ctx.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
            return "\(ctx.debugDescription) at \(ctx.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted(let ctx):
            return "not valid JSON (\(ctx.underlyingError.map { "\($0)" } ?? ctx.debugDescription))"
        default:
            return "\(error)"
        }
    }
}
