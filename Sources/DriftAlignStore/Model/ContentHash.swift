import DriftAlignCore
import Foundation

/// The content hash that decides whether a re-ingested document changed: SHA-256 (FIPS 180-4)
/// over a canonical serialization of everything the store keeps of it except where it was read
/// from (the same post in two archive files is the same document).
///
/// Sentence boundaries are part of it, so a segmenter change re-segments stored documents on the
/// next ingest. Used by ``CorpusStore`` and tests.
public enum ContentHash {
    /// Hex SHA-256 of the document's canonical form.
    public static func of(_ doc: Document) -> String {
        var parts = [doc.sourceType, doc.id, doc.language, doc.title ?? "", doc.author ?? "",
                     doc.published.map(StoreCoding.timestamp) ?? "", doc.url ?? "", doc.skipReason ?? "", doc.text]
        parts.append(doc.metadata.keys.sorted().map { "\($0)=\(doc.metadata[$0]!)" }.joined(separator: "\u{1E}"))
        parts.append(doc.sentences.map { "\($0.range.lowerBound):\($0.range.upperBound):\($0.paragraph):\($0.kind.rawValue)" }
            .joined(separator: ","))
        // Voices only when there are some: documents without keep the hash they were stored with.
        if !doc.voices.isEmpty {
            parts.append(doc.voices.map { "\($0.range.lowerBound):\($0.range.upperBound):\($0.speaker)" }.joined(separator: "\u{1E}"))
        }
        return hex(sha256(Array(parts.joined(separator: "\u{1F}").utf8)))
    }

    static func hex(_ bytes: [UInt8]) -> String { SHA256.hex(bytes) }

    /// SHA-256 of `message` (``SHA256``, in the core module so the report writers share it).
    static func sha256(_ message: [UInt8]) -> [UInt8] { SHA256.digest(message) }
}
