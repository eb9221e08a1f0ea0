import DriftAlignCore
import Foundation
import GRDB

/// The stored vectors of many documents as one flat row-major matrix, for a search over all of
/// them (`driftalign match`).
///
/// Row order: the documents in the order asked, each one's sentence rows (sentence 0, 1, …) then
/// its clause rows (by sentence, then start and end offsets). A document enters only when every
/// one of its sentences has a vector of the encoder and dimension; the others are listed in
/// ``missing`` for the caller to encode.
public struct StoredVectorMatrix: Sendable {
    /// How the vectors are held: as stored (float32), or rounded to bfloat16, half the memory.
    public enum Precision: Sendable { case float32, bfloat16 }

    public var dimension: Int
    /// `rows × dimension` floats (``Precision/float32``; empty otherwise).
    public var values: [Float]
    /// `rows × dimension` bfloat16 bit patterns, each the stored float rounded to nearest, ties
    /// to even (``Precision/bfloat16``; empty otherwise): the top 16 bits of a float32, so
    /// `Float(bitPattern: UInt32(v) << 16)` reads one back (``BFloat16``).
    public var values16: [UInt16] = []
    /// Per row: the index in the documents asked for.
    public var rowDocument: [Int]
    /// Per row: the sentence it is or lies in.
    public var rowSentence: [Int]
    /// Per row: the clause's scalar range for a clause row, nil for a sentence row.
    public var rowClause: [Range<Int>?]
    /// Indices (in the documents asked for) of the documents left out, in order.
    public var missing: [Int]

    public var rows: Int { rowDocument.count }
}

extension CorpusStore {
    /// The vectors of `encoder` (of `dimension` floats) of `documents`, as one matrix.
    ///
    /// The matrix is sized from the rows' count first and each vector decoded straight into its
    /// place, so memory holds the matrix once. ``embeddings(encoder:documents:)`` builds one array
    /// per document and per clause, which the caller then copies into its own matrix: a `match`
    /// against a stored 111,629-sentence book held the vectors two or three times over (2.27 GB,
    /// docs/STORE.md). Counting and reading run in one read transaction, so a writer in between
    /// cannot make the two disagree.
    /// With `precision` ``StoredVectorMatrix/Precision/bfloat16`` the matrix holds each vector
    /// rounded to bfloat16 in ``StoredVectorMatrix/values16``: half the memory, for a search whose
    /// cosines need three decimals, not seven.
    public func vectorMatrix(encoder: String, dimension: Int, documents: [StoredDocument],
                             precision: StoredVectorMatrix.Precision = .float32) throws -> StoredVectorMatrix {
        guard dimension > 0 else {
            return StoredVectorMatrix(dimension: dimension, values: [], rowDocument: [], rowSentence: [], rowClause: [],
                                      missing: Array(documents.indices))
        }
        return try wrap {
            try queue.read { db in
                let position = Dictionary(documents.enumerated().map { ($0.element.rowID, $0.offset) }, uniquingKeysWith: { a, _ in a })
                let sentenceCount = documents.map(\.sentences.count)
                // 1. Which documents are complete, and their clauses (index-only reads: no vector).
                var present = [Int](repeating: 0, count: documents.count)
                var clauses = [[(sentence: Int, range: Range<Int>)]](repeating: [], count: documents.count)
                for chunk in Self.chunks(documents.map(\.rowID), size: 500) {
                    let rows = try Row.fetchCursor(db, sql: """
                        SELECT document_id, sentence_index FROM embeddings
                        WHERE encoder = ? AND dimension = ? AND document_id IN (\(Self.placeholders(chunk.count)))
                        """, arguments: Self.arguments(encoder, dimension, chunk))
                    while let row = try rows.next() {
                        guard let d = position[row["document_id"]] else { continue }
                        let s: Int = row["sentence_index"]
                        if (0..<sentenceCount[d]).contains(s) { present[d] += 1 }
                    }
                    let clauseRows = try Row.fetchCursor(db, sql: """
                        SELECT document_id, sentence_index, start_offset, end_offset FROM clause_embeddings
                        WHERE encoder = ? AND dimension = ? AND document_id IN (\(Self.placeholders(chunk.count)))
                        ORDER BY document_id, sentence_index, start_offset, end_offset
                        """, arguments: Self.arguments(encoder, dimension, chunk))
                    while let row = try clauseRows.next() {
                        guard let d = position[row["document_id"]] else { continue }
                        let s: Int = row["sentence_index"], lo: Int = row["start_offset"], hi: Int = row["end_offset"]
                        if (0..<sentenceCount[d]).contains(s) { clauses[d].append((s, lo..<max(lo, hi))) }
                    }
                }
                // 2. The layout: each complete document's block of rows.
                var first = [Int?](repeating: nil, count: documents.count)
                var out = StoredVectorMatrix(dimension: dimension, values: [], rowDocument: [], rowSentence: [], rowClause: [], missing: [])
                for d in documents.indices where sentenceCount[d] > 0 {
                    // The primary key makes (document, sentence) unique, so n rows below n are all of them.
                    guard present[d] == sentenceCount[d] else { out.missing.append(d); continue }
                    first[d] = out.rows
                    out.rowDocument += repeatElement(d, count: sentenceCount[d] + clauses[d].count)
                    out.rowSentence += Array(0..<sentenceCount[d]) + clauses[d].map(\.sentence)
                    out.rowClause += Array(repeating: nil, count: sentenceCount[d]) + clauses[d].map { Optional($0.range) }
                }
                // 3. The vectors, each decoded into its row (as bfloat16 through one row of floats).
                if precision == .float32 {
                    out.values = [Float](repeating: 0, count: out.rows * dimension)
                } else {
                    out.values16 = [UInt16](repeating: 0, count: out.rows * dimension)
                }
                var scratch = [Float](repeating: 0, count: dimension)
                try out.values.withUnsafeMutableBufferPointer { matrix in
                  try out.values16.withUnsafeMutableBufferPointer { matrix16 in
                    func place(_ blob: Data, row: Int, document d: Int, sentence: Int) throws {
                        let ok = precision == .float32
                            ? StoreCoding.readFloats(blob, dimension: dimension, into: matrix.baseAddress! + row * dimension)
                            : scratch.withUnsafeMutableBufferPointer { f in
                                guard StoreCoding.readFloats(blob, dimension: dimension, into: f.baseAddress!) else { return false }
                                for i in 0..<dimension { matrix16[row * dimension + i] = BFloat16.round(f[i]) }
                                return true
                            }
                        guard ok else {
                            throw StoreError.corruptEmbedding(file: path, document: "\(documents[d].source)/\(documents[d].originalID)",
                                                              sentence: sentence, bytes: blob.count, dimension: dimension)
                        }
                    }
                    for chunk in Self.chunks(documents.map(\.rowID), size: 500) {
                        let rows = try Row.fetchCursor(db, sql: """
                            SELECT document_id, sentence_index, vector FROM embeddings
                            WHERE encoder = ? AND dimension = ? AND document_id IN (\(Self.placeholders(chunk.count)))
                            """, arguments: Self.arguments(encoder, dimension, chunk))
                        while let row = try rows.next() {
                            guard let d = position[row["document_id"]], let f = first[d] else { continue }
                            let s: Int = row["sentence_index"]
                            guard (0..<sentenceCount[d]).contains(s) else { continue }
                            try place(row["vector"], row: f + s, document: d, sentence: s)
                        }
                        // Clause rows come in the order of step 1, so the k-th of a document fills its k-th clause row.
                        var next: [Int: Int] = [:]
                        let clauseRows = try Row.fetchCursor(db, sql: """
                            SELECT document_id, sentence_index, vector FROM clause_embeddings
                            WHERE encoder = ? AND dimension = ? AND document_id IN (\(Self.placeholders(chunk.count)))
                            ORDER BY document_id, sentence_index, start_offset, end_offset
                            """, arguments: Self.arguments(encoder, dimension, chunk))
                        while let row = try clauseRows.next() {
                            guard let d = position[row["document_id"]], let f = first[d] else { continue }
                            let s: Int = row["sentence_index"]
                            guard (0..<sentenceCount[d]).contains(s) else { continue }
                            let k = next[d, default: 0]
                            next[d] = k + 1
                            guard k < clauses[d].count else { continue }
                            try place(row["vector"], row: f + sentenceCount[d] + k, document: d, sentence: s)
                        }
                    }
                  }
                }
                return out
            }
        }
    }

    private static func placeholders(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }

    private static func arguments(_ encoder: String, _ dimension: Int, _ ids: [Int64]) -> StatementArguments {
        StatementArguments([encoder, dimension] + ids.map { $0 as any DatabaseValueConvertible })
    }
}

/// bfloat16: the top half of an IEEE float32 (8 exponent bits, 7 stored mantissa bits), as the
/// encoder's matrix products use it (docs/ENCODER.md). Rounding changes each component by at
/// most 2⁻⁹ of itself, so the dot product of a float query with a rounded unit vector moves by at
/// most 2⁻⁹ ≈ 0.002 (Cauchy–Schwarz on the absolute values).
public enum BFloat16 {
    /// The bfloat16 nearest `x` (ties to even); NaN stays a NaN.
    @inline(__always)
    public static func round(_ x: Float) -> UInt16 {
        let bits = x.bitPattern
        if x.isNaN { return UInt16(truncatingIfNeeded: bits >> 16) | 0x0040 }
        return UInt16(truncatingIfNeeded: (bits &+ 0x7FFF &+ ((bits >> 16) & 1)) >> 16)
    }

    /// The float32 a bfloat16 stands for (exact).
    @inline(__always)
    public static func float(_ v: UInt16) -> Float { Float(bitPattern: UInt32(v) << 16) }
}
