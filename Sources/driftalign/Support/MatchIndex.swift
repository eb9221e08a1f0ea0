import DriftAlignAligner
import DriftAlignEncoder
import DriftAlignRegistry
import DriftAlignStore
import Foundation

/// The stored sentences a `match` searches, as one flat row-major matrix of vectors (one row per
/// sentence) with the document and sentence of every row.
///
/// The vectors are held as bfloat16 (``BFloat16``): half the memory of float32, for cosines that
/// move by at most 0.002, which retrieval of candidates does not need finer (the quote miner
/// re-encodes the sentences it links). Against a stored book of 368,510 rows the matrix took
/// 755 MB as float32 (docs/STORE.md).
///
/// Vectors come from the store; sentences stored without vectors of this encoder are encoded here
/// (and not stored: `match` only reads the database).
struct MatchIndex {
    let documents: [StoredDocument]
    private(set) var rowDocument: [Int] = []
    private(set) var rowSentence: [Int] = []
    /// The clause's scalar range for clause rows, nil for whole-sentence rows.
    private(set) var rowClause: [Range<Int>?] = []
    /// `rows × dimension` bfloat16 bit patterns.
    private(set) var vectors: [UInt16] = []
    let dimension: Int
    /// Sentences encoded here because the store had no vectors of this encoder for them.
    private(set) var encodedHere = 0

    var rows: Int { rowDocument.count }
    /// Rows that are whole sentences (the others are clauses).
    var sentenceRows: Int { rowClause.lazy.filter { $0 == nil }.count }

    init(documents: [StoredDocument], store: CorpusStore, encoder: any SentenceEncoder) throws {
        self.documents = documents
        self.dimension = encoder.dimension
        // Read straight into one matrix: the per-document arrays of `embeddings(encoder:documents:)`
        // copied into this one held a stored book's vectors twice (docs/STORE.md).
        let stored = try store.vectorMatrix(encoder: encoder.name, dimension: dimension, documents: documents, precision: .bfloat16)
        vectors = stored.values16
        rowDocument = stored.rowDocument
        rowSentence = stored.rowSentence
        rowClause = stored.rowClause
        let missing = stored.missing
        // Bounded batches keep the encoder's working set small on a store ingested without vectors.
        var start = 0
        while start < missing.count {
            let slice = Array(missing[start..<min(start + 64, missing.count)])
            let layouts = slice.map { StoreIngestion.VectorLayout(documents[$0].makeDocument()) }
            let values = try encoder.encodeMatrix(layouts.flatMap(\.texts))
            var offset = 0
            for (d, layout) in zip(slice, layouts) {
                append(d, layout.embeddings(values, from: offset, encoder: encoder))
                offset += layout.texts.count * dimension
                encodedHere += layout.sentences
            }
            start += 64
        }
    }

    /// Adds a document's sentence rows, then its clause rows (each clause row points at its sentence).
    private mutating func append(_ document: Int, _ e: SentenceEmbeddings) {
        let n = documents[document].sentences.count
        rowDocument += Array(repeating: document, count: n)
        rowSentence += Array(0..<n)
        rowClause += Array(repeating: nil, count: n)
        vectors += e.values.map(BFloat16.round)
        for c in e.clauses where c.values.count == dimension && c.sentence < n {
            rowDocument.append(document)
            rowSentence.append(c.sentence)
            rowClause.append(c.range)
            vectors += c.values.map(BFloat16.round)
        }
    }

    /// The stored text a row stands for: its sentence, or the clause inside it.
    func text(ofRow row: Int) -> String {
        let doc = documents[rowDocument[row]]
        guard let r = rowClause[row] else { return doc.sentences[rowSentence[row]].text }
        // Sliced from the stored sentence, not the whole text: a stored book's text is 14 million
        // scalars, made into an array for every clause shown.
        let sentence = doc.sentences[rowSentence[row]]
        let scalars = Array(sentence.text.unicodeScalars)
        let local = r.clamped(to: sentence.start..<max(sentence.start, sentence.end))
        guard sentence.end - sentence.start == scalars.count, !local.isEmpty else {
            let all = Array(doc.text.unicodeScalars)
            return ScalarText.string(all, r.clamped(to: 0..<all.count))
        }
        return ScalarText.string(scalars, (local.lowerBound - sentence.start)..<(local.upperBound - sentence.start))
    }

    /// One retrieval hit: an index row and its cosine with the query.
    struct Hit { var row: Int; var cosine: Float }

    /// For every query vector (row-major, `dimension` wide), its `k` nearest rows by cosine,
    /// best first; and for every row, the mean cosine of its `neighbours` nearest queries (the
    /// row side of the margin, Artetxe & Schwenk 2019). One pass over the matrix; memory
    /// O(rows + queries × k).
    func search(_ queries: [Float], k: Int, neighbours: Int) -> (hits: [[Hit]], rowNeighbourMean: [Float]) {
        let q = queries.count / max(1, dimension)
        var hits = [[Hit]](repeating: [], count: q)
        var rowMean = [Float](repeating: 0, count: rows)
        var sims = [Float](repeating: 0, count: q)
        // Each row is widened to float32 once, then met by every query.
        var row = [Float](repeating: 0, count: dimension)
        queries.withUnsafeBufferPointer { qp in
            vectors.withUnsafeBufferPointer { vp in
              row.withUnsafeMutableBufferPointer { rp in
                for r in 0..<rows {
                    let stored = vp.baseAddress! + r * dimension
                    for j in 0..<dimension { rp[j] = BFloat16.float(stored[j]) }
                    for i in 0..<q { sims[i] = VectorMath.dot(qp.baseAddress! + i * dimension, rp.baseAddress!, dimension) }
                    rowMean[r] = Self.meanTop(neighbours, sims)
                    for i in 0..<q { Self.insert(Hit(row: r, cosine: sims[i]), into: &hits[i], k: k) }
                }
              }
            }
        }
        return (hits, rowMean)
    }

    /// Keeps `list` the best `k` hits, best first (insertion into a short sorted list).
    static func insert(_ hit: Hit, into list: inout [Hit], k: Int) {
        if list.count == k, let last = list.last, hit.cosine <= last.cosine { return }
        var i = list.count
        while i > 0 && list[i - 1].cosine < hit.cosine { i -= 1 }
        list.insert(hit, at: i)
        if list.count > k { list.removeLast() }
    }

    /// Mean of the `k` largest values (all of them when fewer).
    static func meanTop(_ k: Int, _ xs: [Float]) -> Float {
        var top: [Float] = []
        for x in xs {
            if top.count < k { top.append(x); top.sort(by: >) } else if x > top[k - 1] { top[k - 1] = x; top.sort(by: >) }
        }
        return top.isEmpty ? 0 : top.reduce(0, +) / Float(top.count)
    }
}
