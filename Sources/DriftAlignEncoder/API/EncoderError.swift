import Foundation

/// Why a sentence encoder could not be built or run.
///
/// Thrown by ``EncoderFactory``, ``USEMultilingualEncoder`` and ``SentencePieceTokenizer``; the CLI
/// prints ``errorDescription`` as its one line on stderr. Every message names the file or folder
/// and says what to do.
public enum EncoderError: Error, LocalizedError, Equatable {
    /// The model folder (or a file the model needs) does not exist.
    case modelNotFound(path: String)
    /// A model file exists but is truncated, damaged or not the format expected.
    case corruptModelFile(path: String, detail: String)
    /// The model folder was installed from another release of the model package.
    case modelVersionMismatch(path: String, found: String, expected: String)
    /// A file could not be read or written.
    case io(path: String, detail: String)
    /// `name` is not a known encoder.
    case unknownEncoder(name: String, valid: [String])
    /// A call's arguments do not fit together (a programming error in the caller, reported, not trapped).
    case invalidInput(String)

    /// The command that (re)installs the default model.
    public static let installHint = "scripts/install-model.sh"

    public var errorDescription: String? {
        switch self {
        case .modelNotFound(let path):
            return "encoder model not found at \(path): run \(Self.installHint) "
                + "(or set DRIFTALIGN_MODEL_DIR, or use --encoder lexical)"
        case .corruptModelFile(let path, let detail):
            return "encoder model file \(path) is damaged (\(detail)): run \(Self.installHint) --force"
        case .modelVersionMismatch(let path, let found, let expected):
            return "encoder model folder \(path) holds \(found), but this build needs \(expected): "
                + "run \(Self.installHint) --force"
        case .io(let path, let detail):
            return "cannot access \(path): \(detail)"
        case .unknownEncoder(let name, let valid):
            return "unknown encoder '\(name)'; valid encoders: \(valid.joined(separator: ", "))"
        case .invalidInput(let detail):
            return "encoder: \(detail)"
        }
    }
}
