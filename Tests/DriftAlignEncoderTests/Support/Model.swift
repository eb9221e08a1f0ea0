import DriftAlignTestSupport
import Foundation
import Testing
@testable import DriftAlignEncoder

/// The installed USE-m model, shared by the tests that need it. Those tests are disabled, with
/// the reason shown in the test output, when the model is not installed (CI installs it first).
extension InstalledModel {
    static let tokenizer: SentencePieceTokenizer? = encoder?.tokenizer
}

/// Rows of the generated reference fixtures (see scripts/encoder/make-fixtures.py).
struct ReferenceTokens: Decodable { let text: String; let ids: [Int32] }
struct ReferenceVector: Decodable { let text: String; let vector: [Float] }

enum Fixtures {
    static let tokenIDs: [ReferenceTokens] = decode(ReferenceTokenIDs.json)
    static let vectors: [ReferenceVector] = decode(ReferenceVectors.json)

    static func decode<T: Decodable>(_ json: String) -> [T] {
        // The fixtures are generated and committed; a decoding failure is a broken checkout.
        try! JSONDecoder().decode([T].self, from: Data(json.utf8))
    }
}

func dot(_ a: ArraySlice<Float>, _ b: ArraySlice<Float>) -> Float {
    zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
}

func norm(_ a: ArraySlice<Float>) -> Float { dot(a, a).squareRoot() }

/// A temporary folder removed when the value goes away.
final class TemporaryDirectory {
    let path: String
    init() throws {
        path = TestScratch.url("driftalign-encoder-tests").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}
