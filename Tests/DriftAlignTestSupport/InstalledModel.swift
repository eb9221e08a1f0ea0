import DriftAlignEncoder
import Foundation
import Testing

/// The installed USE-m model, shared by every suite that needs it. Suites use
/// `.enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason)` so a machine without the
/// model skips them visibly; CI installs the model before the tests.
public enum InstalledModel {
    public static let directory = USEMultilingualEncoder.defaultModelDirectory()
    public static let isInstalled = FileManager.default.fileExists(atPath: "\(directory)/MANIFEST")
    public static let skipReason: Comment = "USE-m model not installed at \(directory): run scripts/install-model.sh"

    /// Loaded once for the whole run (loading checks ~80 MB of checksums).
    public static let encoder: USEMultilingualEncoder? = try? USEMultilingualEncoder(modelDirectory: directory)
}
