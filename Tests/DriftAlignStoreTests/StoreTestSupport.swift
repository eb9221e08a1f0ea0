import DriftAlignCore
import DriftAlignTestSupport
import Foundation

/// Builders for store tests: temporary database paths and small segmented documents.
enum StoreFixtures {
    /// A fresh folder under the temporary directory; the database path inside it.
    static func databasePath(_ name: String = "store.sqlite") throws -> String {
        let dir = TestScratch.url("da-store")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    /// A segmented English document, one paragraph per blank-line block.
    static func document(id: String, source: String = "truthsocial", text: String, published: Date? = nil,
                         skip: String? = nil, metadata: [String: String] = [:]) throws -> Document {
        let input = InputFile(location: "/tmp/\(source)-\(id).txt", text: text)
        let paragraphs = PlainTextLayout.paragraphs(of: input.scalars)
        let doc = Document(id: id, sourceType: source, language: "en", title: nil, author: "Author", published: published,
                           url: "https://example.org/\(id)", text: text, paragraphs: paragraphs, input: input,
                           sourceMap: .identity(length: input.scalars.count), skipReason: skip, metadata: metadata)
        return try Segmenter(language: "en").segment(doc)
    }

    /// Deterministic vectors: sentence i, component j = sin(seed + i * 7 + j).
    static func vectors(_ doc: Document, dimension: Int, seed: Float = 1) -> [Float] {
        (0..<(doc.sentences.count * dimension)).map { k in sin(seed + Float(k / dimension) * 7 + Float(k % dimension)) }
    }

    static let date = Date(timeIntervalSince1970: 1_742_212_800)  // 2025-03-17T12:00:00Z
}
