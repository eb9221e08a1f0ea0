import DriftAlignEncoder
import DriftAlignRegistry
import DriftAlignStore
import Foundation

/// Puts documents read by the plugins into the store: segments them, encodes the new or changed
/// ones in batches, and saves each in its own transaction. The one path `ingest` and `fetch` share.
final class StoreIngestion {
    /// Per-file (or per-URL) counts; every record lands in exactly one bucket.
    struct Tally {
        var added = 0, updated = 0, unchanged = 0, skipped = 0, failed = 0
        var records: Int { added + updated + unchanged + skipped + failed }
        static func += (a: inout Tally, b: Tally) {
            a.added += b.added; a.updated += b.updated; a.unchanged += b.unchanged; a.skipped += b.skipped; a.failed += b.failed
        }
        var summary: String {
            "\(Plural.count(records, "record")): \(added) added, \(updated) updated, \(unchanged) unchanged, "
                + "\(skipped) skipped\(failed > 0 ? ", \(failed) failed" : "")"
        }
    }

    let store: CorpusStore
    let encoder: (any SentenceEncoder)?
    let runID: Int64
    let command: String
    /// Sentences encoded together: USE-m streams its weights once per batch.
    var batchSentences = 256
    /// A document of more sentences than this has its vectors made and written a piece of this
    /// many sentences (with their clauses) at a time, inside its one transaction: a book-length
    /// document's vectors (2 KB a sentence with USE-m, as much again for clauses) are never all
    /// in memory. Smaller documents are encoded together in batches, which is faster.
    static let pieceSentences = 2_048
    /// Per-document lines ("updated …") printed per run before they are summarized.
    let maxDetailLines = 20
    private var detailLines = 0
    private var segmenters: [String: Segmenter] = [:]
    /// The input and content hash of every document this run read, by store key: a second input
    /// giving another document the same key would replace the first in the store.
    private var readThisRun: [String: (location: String, hash: String)] = [:]

    init(store: CorpusStore, encoder: (any SentenceEncoder)?, runID: Int64, command: String) {
        self.store = store
        self.encoder = encoder
        self.runID = runID
        self.command = command
    }

    /// Segments, encodes and stores `documents` (as a plugin read them). Store errors stop the
    /// run (the database is unusable); a document the encoder fails on is counted and skipped.
    func ingest(_ documents: [Document]) throws -> Tally {
        var tally = Tally()
        var batch: [(Document, needsVectors: Bool)] = []
        var batchSize = 0
        for raw in documents {
            let doc = try segment(raw)
            if let other = collision(doc) {
                // Plain-text and press documents are keyed by their file name: `ingest a/en.txt
                // b/en.txt` stored one document, the second replacing the first as "updated".
                tally.failed += 1
                try store.countRunItem(runID, "failed")
                detail("\(command): \(doc.input.location): \(doc.sourceType)/\(doc.id) not stored: \(other) in this run gave another "
                    + "document the same id, which it would replace (a text's id is its file name: rename one of the files)")
                continue
            }
            let needs = try needsVectors(doc)
            if needs && doc.sentences.count > Self.pieceSentences {
                tally += try flush(batch)
                batch = []
                batchSize = 0
                tally += try saveStreaming(doc)
                continue
            }
            batch.append((doc, needs))
            if batch.last!.needsVectors { batchSize += doc.sentences.count * 2 }
            if batchSize >= batchSentences {
                tally += try flush(batch)
                batch = []
                batchSize = 0
            }
        }
        tally += try flush(batch)
        return tally
    }

    /// The input that gave another document `doc`'s store key earlier in this run, or nil, for
    /// a document whose id is made from its file's name (plain text, press articles, pages without
    /// their own id): two such files are two documents. The same document read twice (two archive
    /// excerpts that share a post) is no collision, nor is a post id met again with other content
    /// (a later export: the update is meant).
    private func collision(_ doc: Document) -> String? {
        guard doc.id.contains(LocationName.stem(doc.input.location)) else { return nil }
        let key = "\(doc.sourceType)/\(doc.id)", hash = ContentHash.of(doc)
        guard let earlier = readThisRun[key] else {
            readThisRun[key] = (doc.input.location, hash)
            return nil
        }
        return earlier.hash == hash || earlier.location == doc.input.location ? nil : earlier.location
    }

    private func segment(_ doc: Document) throws -> Document {
        if segmenters[doc.language] == nil { segmenters[doc.language] = try Segmenter(language: doc.language) }
        return segmenters[doc.language]!.segment(doc)
    }

    /// Whether saving `doc` must come with vectors: it is indexed (not skipped), has sentences,
    /// and the store lacks it, holds other content, or misses some of this encoder's vectors.
    private func needsVectors(_ doc: Document) throws -> Bool {
        guard let encoder, doc.skipReason == nil, !doc.sentences.isEmpty else { return false }
        guard let state = try store.state(source: doc.sourceType, id: doc.id, encoder: encoder.name) else { return true }
        return state.contentHash != ContentHash.of(doc) || state.embeddedSentences < doc.sentences.count
    }

    private func flush(_ batch: [(Document, needsVectors: Bool)]) throws -> Tally {
        var tally = Tally()
        guard !batch.isEmpty else { return tally }
        // Every document's sentences, then its clauses, in one encoder call for the batch.
        let layouts = batch.map { $0.needsVectors ? VectorLayout($0.0) : VectorLayout() }
        var vectors: [Float] = []
        var encodeError: Error?
        let texts = layouts.flatMap(\.texts)
        if let encoder, !texts.isEmpty {
            do { vectors = try encoder.encodeMatrix(texts) } catch { encodeError = error }
        }
        var offset = 0
        for ((doc, needs), layout) in zip(batch, layouts) {
            var embeddings: SentenceEmbeddings?
            if needs, let encoder {
                if let e = encodeError {
                    tally.failed += 1
                    try? store.countRunItem(runID, "failed")
                    detail("\(command): \(doc.sourceType)/\(doc.id): not stored: \(e.localizedDescription)")
                    continue
                }
                embeddings = layout.embeddings(vectors, from: offset, encoder: encoder)
                offset += layout.texts.count * encoder.dimension
            }
            count(doc, try store.save(doc, embeddings: embeddings, runID: runID), in: &tally)
        }
        return tally
    }

    private func count(_ doc: Document, _ outcome: SaveOutcome, in tally: inout Tally) {
        if outcome == .updated { detail("\(command): updated \(doc.sourceType)/\(doc.id): its content changed") }
        if doc.skipReason != nil { tally.skipped += 1; return }
        switch outcome {
        case .added: tally.added += 1
        case .updated, .embedded: tally.updated += 1
        case .unchanged: tally.unchanged += 1
        }
    }

    /// Saves one long document, its vectors made ``pieceSentences`` sentences at a time while
    /// the store writes them (``EmbeddingSource``), with a progress line on stderr about every
    /// tenth of the way. An encoder failure leaves the document unwritten and counted as failed.
    private func saveStreaming(_ doc: Document) throws -> Tally {
        var tally = Tally()
        guard let encoder else { return tally }
        let total = doc.sentences.count, step = Self.pieceSentences, start = Date()
        let name = "\(doc.sourceType)/\(doc.id)"
        let source = EmbeddingSource(encoder: encoder.name, dimension: encoder.dimension) { sentences, clauses in
            let scalars = Array(doc.text.unicodeScalars)
            var first = 0, shown = 0
            while first < total {
                let piece = first..<min(total, first + step)
                let layout = VectorLayout(doc, sentences: piece, scalars: scalars)
                let vectors: [Float]
                do { vectors = try encoder.encodeMatrix(layout.texts) } catch { throw EmbeddingProductionError(error) }
                let e = layout.embeddings(vectors, from: 0, encoder: encoder)
                try sentences(piece.lowerBound, e.values)
                try clauses(e.clauses)
                first = piece.upperBound
                if first < total, first * 10 / total > shown {
                    shown = first * 10 / total
                    CorpusConsole.note("\(self.command): \(name): \(first) of \(total) sentences encoded (\(StoreReport.seconds(since: start)))")
                }
            }
        }
        do {
            count(doc, try store.save(doc, vectors: source, runID: runID), in: &tally)
        } catch let e as EmbeddingProductionError {
            tally.failed += 1
            try? store.countRunItem(runID, "failed")
            detail("\(command): \(name): not stored: \(e.localizedDescription)")
        }
        return tally
    }

    /// What is encoded for one document: its sentences, then the clauses of its long sentences.
    struct VectorLayout {
        var sentences = 0
        var clauses: [(sentence: Int, range: Range<Int>)] = []
        var texts: [String] = []

        init() {}

        init(_ doc: Document) {
            self.init(doc, sentences: doc.sentences.indices, scalars: Array(doc.text.unicodeScalars))
        }

        /// The layout of the sentences `range` of `doc` only (`scalars`: the document text's).
        init(_ doc: Document, sentences range: Range<Int>, scalars: [Unicode.Scalar]) {
            let part = doc.sentences[range]
            sentences = part.count
            texts = part.map { MatchText.encoderForm($0.text) }
            for s in part {
                for r in MatchText.clauses(of: s, in: scalars) {
                    clauses.append((s.index, r))
                    texts.append(MatchText.encoderForm(ScalarText.string(scalars, r)))
                }
            }
        }

        func embeddings(_ vectors: [Float], from offset: Int, encoder: any SentenceEncoder) -> SentenceEmbeddings {
            let d = encoder.dimension
            let split = offset + sentences * d
            let clauseVectors = clauses.enumerated().map { k, c in
                ClauseEmbedding(sentence: c.sentence, range: c.range, values: Array(vectors[(split + k * d)..<(split + (k + 1) * d)]))
            }
            return SentenceEmbeddings(encoder: encoder.name, dimension: d, values: Array(vectors[offset..<split]), clauses: clauseVectors)
        }
    }

    private func detail(_ line: String) {
        detailLines += 1
        if detailLines <= maxDetailLines {
            CorpusConsole.out(line)
        } else if detailLines == maxDetailLines + 1 {
            CorpusConsole.out("\(command): (further per-document lines left out; the summary counts them)")
        }
    }

    /// Reads one input with the plugins (named, or detected).
    static func read(_ input: InputFile, source: String?, language: String?) throws -> [Document] {
        let docs = try SourceRegistry.builtIn.read(input, sourceID: source, options: ReadOptions(language: language))
        SourceWarnings.report(docs, file: input.location)
        return docs
    }
}
