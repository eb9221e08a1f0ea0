import DriftAlignSources
import FrenchPressSource
import KremlinSource
import PlainTextSource
import TruthSocialSource
import WhiteHouseSource

/// The source plugins DriftAlign ships, one line per folder under `Plugins/`.
///
/// Adding a source type: add its folder (Package.swift finds it) and one line here. A test checks
/// that every plugin folder is listed and snapshots the identifiers.
extension SourceRegistry {
    public static let builtInTypes: [any SourcePlugin.Type] = [
        FrenchPressSource.self,
        KremlinSource.self,
        PlainTextSource.self,
        TruthSocialSource.self,
        WhiteHouseSource.self,
    ]

    /// The registry of built-in plugins. Identifiers are unique (checked by a test), so this
    /// cannot fail at run time.
    public static let builtIn: SourceRegistry = {
        do { return try SourceRegistry(builtInTypes) } catch { fatalError("\(error)") }
    }()
}
