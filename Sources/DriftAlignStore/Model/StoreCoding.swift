import DriftAlignCore
import Foundation

/// How values are written to the store's plain columns: timestamps as fixed-width ISO 8601 UTC
/// text, string maps and index lists as JSON text, vectors as little-endian Float32 blobs.
///
/// Shared by every ``CorpusStore`` extension so that the formats docs/STORE.md describes are
/// produced in one place.
enum StoreCoding {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!)

    /// `2025-03-17T12:34:56.789Z`: sorts lexicographically in time order.
    static func timestamp(_ date: Date) -> String { style.format(date) }

    static func date(_ text: String?) -> Date? {
        guard let t = text else { return nil }
        return try? style.parse(t)
    }

    static func json(_ map: [String: String]) -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? enc.encode(map)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func map(_ json: String?) -> [String: String] {
        guard let j = json else { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: Data(j.utf8))) ?? [:]
    }

    static func json(_ list: [Int]) -> String { "[" + list.map(String.init).joined(separator: ",") + "]" }

    static func list(_ json: String?) -> [Int] {
        guard let j = json else { return [] }
        return (try? JSONDecoder().decode([Int].self, from: Data(j.utf8))) ?? []
    }

    static func jsonStrings(_ list: [String]) -> String {
        (try? JSONEncoder().encode(list)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    static func strings(_ json: String?) -> [String] {
        guard let j = json else { return [] }
        return (try? JSONDecoder().decode([String].self, from: Data(j.utf8))) ?? []
    }

    /// `values` as little-endian IEEE 754 binary32, 4 bytes each.
    static func blob(_ values: ArraySlice<Float>) -> Data {
        var data = Data(capacity: values.count * 4)
        for v in values {
            let bits = v.bitPattern.littleEndian
            withUnsafeBytes(of: bits) { data.append(contentsOf: $0) }
        }
        return data
    }

    /// Writes the floats of a little-endian blob to `out` (room for `dimension` floats); false,
    /// writing nothing, when its size is not `dimension` × 4.
    static func readFloats(_ blob: Data, dimension: Int, into out: UnsafeMutablePointer<Float>) -> Bool {
        guard blob.count == dimension * 4 else { return false }
        blob.withUnsafeBytes { raw in
            for i in 0..<dimension {
                out[i] = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
            }
        }
        return true
    }

    /// Appends the floats of a little-endian blob to `out`; false when its size is not `dimension` × 4.
    static func appendFloats(_ blob: Data, dimension: Int, to out: inout [Float]) -> Bool {
        guard blob.count == dimension * 4 else { return false }
        blob.withUnsafeBytes { raw in
            for i in 0..<dimension {
                out.append(Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))))
            }
        }
        return true
    }

    /// A document's voices as stored (``StoreSchema/v3``): nil when it has none.
    static func json(_ voices: [Voice]) -> String? {
        guard !voices.isEmpty else { return nil }
        let rows = voices.map { StoredVoice(start: $0.range.lowerBound, end: $0.range.upperBound, speaker: $0.speaker) }
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? enc.encode(rows)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The voices of a stored document; those that do not fit its text of `length` scalars are dropped.
    static func voices(_ json: String?, length: Int) -> [Voice] {
        guard let j = json, let rows = try? JSONDecoder().decode([StoredVoice].self, from: Data(j.utf8)) else { return [] }
        return rows.filter { 0 <= $0.start && $0.start <= $0.end && $0.end <= length }
            .map { Voice(range: $0.start..<$0.end, speaker: $0.speaker) }
    }

    private struct StoredVoice: Codable {
        var start: Int
        var end: Int
        var speaker: String
    }
}
