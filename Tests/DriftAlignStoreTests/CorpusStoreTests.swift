import DriftAlignCore
@testable import DriftAlignStore
import Foundation
import Testing

/// The store as `ingest` and `match` use it: keys, idempotency, updates, vectors, lookups.
@Suite struct CorpusStoreTests {
    let text = "We had a long call today. Both sides agreed to talk again.\n\nIt must end NOW!"

    @Test func openCreatesAndMigrates() throws {
        let path = try StoreFixtures.databasePath()
        let store = try CorpusStore.open(path: path)
        #expect(try store.appliedMigrations() == StoreSchema.versions)
        #expect(try store.counts() == StoreCounts(documents: 0, sentences: 0, embeddings: 0, skippedDocuments: 0))
        // Opening again runs nothing new and keeps the data.
        #expect(try CorpusStore.open(path: path).appliedMigrations() == StoreSchema.versions)
    }

    @Test func saveIsIdempotentAndUpdatesChangedContent() throws {
        let store = try CorpusStore.open(path: try StoreFixtures.databasePath())
        let doc = try StoreFixtures.document(id: "114180129350673750", text: text, published: StoreFixtures.date)
        #expect(doc.sentences.count == 3)
        #expect(try store.save(doc) == .added)
        #expect(try store.save(doc) == .unchanged)
        #expect(try store.counts().documents == 1)
        #expect(try store.counts().sentences == 3)

        let changed = try StoreFixtures.document(id: "114180129350673750", text: text + " God bless!", published: StoreFixtures.date)
        #expect(try store.save(changed) == .updated)
        let stored = try #require(try store.document(source: "truthsocial", id: "114180129350673750"))
        #expect(stored.text.hasSuffix("God bless!"))
        #expect(stored.sentences.count == changed.sentences.count)
        #expect(stored.sentenceCount == changed.sentences.count)
        #expect(stored.contentHash == ContentHash.of(changed))
        #expect(try store.counts().documents == 1)
        // The same id from another plugin is another document.
        #expect(try store.save(try StoreFixtures.document(id: "114180129350673750", source: "kremlin", text: text)) == .added)
        #expect(try store.counts().documents == 2)
    }

    @Test func vectorsRoundTripBitExactAndMissingOnesAreAdded() throws {
        let store = try CorpusStore.open(path: try StoreFixtures.databasePath())
        let doc = try StoreFixtures.document(id: "1", text: text)
        #expect(try store.save(doc) == .added)
        let values = StoreFixtures.vectors(doc, dimension: 8) + [0, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude].prefix(0)
        let clause = ClauseEmbedding(sentence: 0, range: 0..<10, values: (0..<8).map { Float($0) / 3 })
        let e = SentenceEmbeddings(encoder: "lexical", dimension: 8, values: values, clauses: [clause])
        #expect(try store.save(doc, embeddings: e) == .embedded)
        #expect(try store.save(doc, embeddings: e) == .unchanged)
        let stored = try #require(try store.document(source: "truthsocial", id: "1"))
        let back = try store.embeddings(encoder: "lexical", documents: [stored])
        #expect(back[stored.rowID]?.values.map(\.bitPattern) == values.map(\.bitPattern))
        #expect(back[stored.rowID]?.clauses == [clause])
        #expect(try store.embeddings(encoder: "usem3", documents: [stored]).isEmpty)
        #expect(try store.encoderCounts().map(\.encoder) == ["lexical"])
        #expect(try store.incompleteDocuments().isEmpty)
    }

    /// Vectors handed over piece by piece (how `ingest` writes a long document) are stored as the
    /// same vectors handed over whole, and a clause given in two pieces is written once.
    @Test func vectorsStreamedInPiecesAreStoredAsWholeOnes() throws {
        let long = (1...7).map { "Sentence number \($0) of the readout says something." }.joined(separator: " ")
        let doc = try StoreFixtures.document(id: "long", text: long)
        #expect(doc.sentences.count == 7)
        let values = StoreFixtures.vectors(doc, dimension: 4)
        let clause = ClauseEmbedding(sentence: 5, range: 0..<8, values: [1, 2, 3, 4])
        let whole = try CorpusStore.open(path: try StoreFixtures.databasePath())
        #expect(try whole.save(doc, embeddings: SentenceEmbeddings(encoder: "lexical", dimension: 4, values: values, clauses: [clause])) == .added)
        let streamed = try CorpusStore.open(path: try StoreFixtures.databasePath("streamed.sqlite"))
        var pieces: [Int] = []
        let source = EmbeddingSource(encoder: "lexical", dimension: 4) { sentences, clauses in
            for piece in [0..<3, 3..<6, 6..<7] {
                pieces.append(piece.lowerBound)
                try sentences(piece.lowerBound, Array(values[(piece.lowerBound * 4)..<(piece.upperBound * 4)]))
                if piece.contains(5) || piece.lowerBound == 6 { try clauses([clause]) }
            }
        }
        #expect(try streamed.save(doc, vectors: source) == .added)
        #expect(pieces == [0, 3, 6])
        for store in [whole, streamed] {
            let stored = try #require(try store.document(source: "truthsocial", id: "long"))
            let back = try store.embeddings(encoder: "lexical", documents: [stored])
            #expect(back[stored.rowID]?.values.map(\.bitPattern) == values.map(\.bitPattern))
            #expect(back[stored.rowID]?.clauses == [clause])
        }
        // Unchanged and fully embedded: the source is not even run.
        pieces = []
        #expect(try streamed.save(doc, vectors: source) == .unchanged)
        #expect(pieces.isEmpty)
    }

    /// A source whose pieces do not cover every sentence exactly once, or that fails, leaves
    /// nothing of the document; its own failure reaches the caller as an
    /// ``EmbeddingProductionError`` (the document failed, not the database), and the store still works.
    @Test func aStreamThatSkipsOverlapsStopsShortOrFailsWritesNothing() throws {
        let path = try StoreFixtures.databasePath()
        let store = try CorpusStore.open(path: path)
        let doc = try StoreFixtures.document(id: "3", text: text)
        let values = StoreFixtures.vectors(doc, dimension: 2)
        func row(_ i: Int) -> [Float] { Array(values[(i * 2)..<(i * 2 + 2)]) }
        typealias Body = (EmbeddingSource.SentenceSink, EmbeddingSource.ClauseSink) throws -> Void
        let bad: [(String, Body)] = [
            ("skips sentence 1", { s, _ in try s(0, row(0)); try s(2, row(2)) }),
            ("gives sentence 0 twice", { s, _ in try s(0, row(0)); try s(0, row(0) + row(1) + row(2)) }),
            ("stops short", { s, _ in try s(0, row(0) + row(1)) }),
            ("gives a broken row", { s, _ in try s(0, row(0) + [1]) }),
            ("gives one row too many", { s, _ in try s(0, values + row(0)) }),
            ("gives a clause of another dimension", { s, c in try s(0, values); try c([ClauseEmbedding(sentence: 0, range: 0..<3, values: [1])]) }),
            ("gives a clause of no sentence", { s, c in try s(0, values); try c([ClauseEmbedding(sentence: 3, range: 0..<3, values: [1, 2])]) }),
        ]
        for (name, body) in bad {
            do {
                try store.save(doc, vectors: EmbeddingSource(encoder: "lexical", dimension: 2, produce: body))
                Issue.record("\(name): saved")
            } catch let e as StoreError {
                #expect(e.localizedDescription.contains(path) && e.localizedDescription.contains("3 sentences"), "\(name): \(e)")
            }
            #expect(try store.counts().documents == 0, "\(name)")
        }
        struct EncoderBroke: Error {}
        do {
            try store.save(doc, vectors: EmbeddingSource(encoder: "lexical", dimension: 2) { s, _ in try s(0, row(0)); throw EncoderBroke() })
            Issue.record("a failing source saved the document")
        } catch let e as EmbeddingProductionError {
            #expect(e.underlying is EncoderBroke)
        }
        #expect(try store.counts() == StoreCounts(documents: 0, sentences: 0, embeddings: 0, skippedDocuments: 0))
        #expect(try store.save(doc, vectors: EmbeddingSource(encoder: "lexical", dimension: 2) { s, _ in try s(0, values) }) == .added)
        #expect(try store.counts().embeddings == 3)
    }

    /// bfloat16 rounding: to nearest, ties to even; exact for what bfloat16 can hold; a NaN stays
    /// a NaN (a plain truncation of its bits could make it an infinity).
    @Test func bfloat16RoundsToNearestEven() {
        // Exactly representable values come back as they were, bit for bit.
        for x: Float in [0, -0.0, 1, -2.5, 0.15625, 1024, -0.0078125, .infinity, -.infinity] {
            #expect(BFloat16.float(BFloat16.round(x)).bitPattern == x.bitPattern, "\(x)")
        }
        // 1 + 2⁻⁸ lies halfway between 1 and 1 + 2⁻⁷: ties go to the even one, 1.
        #expect(BFloat16.float(BFloat16.round(1 + 0x1p-8)) == 1)
        // 1 + 3·2⁻⁸ lies halfway between 1 + 2⁻⁷ (odd) and 1 + 2⁻⁶ (even): up.
        #expect(BFloat16.float(BFloat16.round(1 + 3 * 0x1p-8)) == 1 + 0x1p-6)
        // Just above halfway goes up; just below, down.
        #expect(BFloat16.float(BFloat16.round(1 + 0x1p-8 + 0x1p-20)) == 1 + 0x1p-7)
        #expect(BFloat16.float(BFloat16.round(1 + 0x1p-8 - 0x1p-20)) == 1)
        #expect(BFloat16.float(BFloat16.round(.nan)).isNaN)
        #expect(BFloat16.float(BFloat16.round(Float(bitPattern: 0x7F80_0001))).isNaN)
    }

    /// `match` reads every stored vector into one matrix: rows in the order the documents are
    /// asked for, each one's sentences then its clauses (by sentence, then offsets), bit for bit
    /// what ``CorpusStore/embeddings(encoder:documents:)`` gives; a document without every vector
    /// of the encoder and dimension is listed as missing, an empty one is neither; a broken
    /// vector is an error naming the file.
    @Test func vectorMatrixLaysOutCompleteDocumentsInTheOrderAsked() throws {
        let path = try StoreFixtures.databasePath()
        let store = try CorpusStore.open(path: path)
        let a = try StoreFixtures.document(id: "a", text: text)
        let b = try StoreFixtures.document(id: "b", text: "No vectors here. None at all.")
        let c = try StoreFixtures.document(id: "c", text: "Vectors of another size. Two floats each.")
        let d = try StoreFixtures.document(id: "d", text: "A short post. With three sentences. The end.")
        let clauses = [ClauseEmbedding(sentence: 1, range: 26..<40, values: [9, 8, 7, 6]),
                       ClauseEmbedding(sentence: 0, range: 3..<9, values: [1, 0, 1, 0])]
        let aValues = StoreFixtures.vectors(a, dimension: 4), dValues = StoreFixtures.vectors(d, dimension: 4).map { $0 + 100 }
        #expect(try store.save(a, embeddings: SentenceEmbeddings(encoder: "lexical", dimension: 4, values: aValues, clauses: clauses)) == .added)
        #expect(try store.save(b) == .added)
        #expect(try store.save(c, embeddings: SentenceEmbeddings(encoder: "lexical", dimension: 2, values: StoreFixtures.vectors(c, dimension: 2))) == .added)
        #expect(try store.save(d, embeddings: SentenceEmbeddings(encoder: "lexical", dimension: 4, values: dValues)) == .added)
        let stored = try ["d", "b", "a", "c"].map { try #require(try store.document(source: "truthsocial", id: $0)) }
        var empty = stored[1]
        empty.sentences = []

        let m = try store.vectorMatrix(encoder: "lexical", dimension: 4, documents: stored + [empty])
        #expect(m.missing == [1, 3])
        #expect(m.rowDocument == [0, 0, 0, 2, 2, 2, 2, 2])
        #expect(m.rowSentence == [0, 1, 2, 0, 1, 2, 0, 1])
        #expect(m.rowClause == [nil, nil, nil, nil, nil, nil, 3..<9, 26..<40])
        let expected = dValues + aValues + clauses[1].values + clauses[0].values
        #expect(m.values.map(\.bitPattern) == expected.map(\.bitPattern))
        let byDocument = try store.embeddings(encoder: "lexical", documents: stored)
        #expect(Array(m.values[0..<12]) == byDocument[stored[0].rowID]?.values)
        // As bfloat16 (what `match` holds): the same layout, each value the float rounded.
        let m16 = try store.vectorMatrix(encoder: "lexical", dimension: 4, documents: stored + [empty], precision: .bfloat16)
        #expect(m16.values.isEmpty && m16.rowDocument == m.rowDocument && m16.rowClause == m.rowClause && m16.missing == m.missing)
        #expect(m16.values16 == m.values.map(BFloat16.round))
        #expect(zip(m16.values16, m.values).allSatisfy { abs(BFloat16.float($0) - $1) <= abs($1) / 256 })
        // Another encoder: every document is missing, nothing is read.
        let none = try store.vectorMatrix(encoder: "usem3", dimension: 4, documents: stored)
        #expect(none.rows == 0 && none.values.isEmpty && none.missing == [0, 1, 2, 3])

        try store.queue.write { db in try db.execute(sql: "UPDATE clause_embeddings SET vector = x'000000' WHERE sentence_index = 1") }
        #expect(throws: StoreError.self) { try store.vectorMatrix(encoder: "lexical", dimension: 4, documents: stored) }
        do { _ = try store.vectorMatrix(encoder: "lexical", dimension: 4, documents: stored) } catch {
            #expect(error.localizedDescription.contains(path))
            #expect(error.localizedDescription.contains("truthsocial/a"))
        }
    }

    @Test func vectorsAreLittleEndianFloat32() {
        let blob = StoreCoding.blob([1.0, -2.5][...])
        #expect([UInt8](blob) == [0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x20, 0xC0])
        var out: [Float] = []
        #expect(StoreCoding.appendFloats(blob, dimension: 2, to: &out))
        #expect(out == [1.0, -2.5])
        #expect(!StoreCoding.appendFloats(blob, dimension: 3, to: &out))
    }

    @Test func badShapesAndKeysAreRefusedNamingTheFile() throws {
        let path = try StoreFixtures.databasePath()
        let store = try CorpusStore.open(path: path)
        let doc = try StoreFixtures.document(id: "2", text: text)
        let short = SentenceEmbeddings(encoder: "lexical", dimension: 8, values: [1, 2, 3])
        #expect(throws: StoreError.self) { try store.save(doc, embeddings: short) }
        do { try store.save(doc, embeddings: short) } catch { #expect(error.localizedDescription.contains(path)) }
        var noID = doc
        noID.id = ""
        #expect(throws: StoreError.self) { try store.save(noID) }
        #expect(try store.counts().documents == 0)
    }

    @Test func publishedWindowAndSkippedFilter() throws {
        let store = try CorpusStore.open(path: try StoreFixtures.databasePath())
        let day: TimeInterval = 86_400
        try store.save(try StoreFixtures.document(id: "a", text: text, published: StoreFixtures.date))
        try store.save(try StoreFixtures.document(id: "b", text: text, published: StoreFixtures.date.addingTimeInterval(10 * day)))
        try store.save(try StoreFixtures.document(id: "c", text: "RT: a repost", published: StoreFixtures.date, skip: "repost"))
        try store.save(try StoreFixtures.document(id: "d", text: text))
        #expect(try store.documents().map(\.originalID).sorted() == ["a", "b", "d"])
        var f = CorpusStore.DocumentFilter(published: StoreFixtures.date.addingTimeInterval(-day)...StoreFixtures.date.addingTimeInterval(day))
        #expect(try store.documents(f).map(\.originalID) == ["a"])
        f.includeSkipped = true
        #expect(try store.documents(f).map(\.originalID).sorted() == ["a", "c"])
        #expect(try store.counts().skippedDocuments == 1)
        let a = try #require(try store.document(source: "truthsocial", id: "a"))
        #expect(a.published == StoreFixtures.date)
        #expect(a.url == "https://example.org/a")
    }

    @Test func storedDocumentRebuildsTheSegmentedDocument() throws {
        let store = try CorpusStore.open(path: try StoreFixtures.databasePath())
        let doc = try StoreFixtures.document(id: "x", text: text, metadata: ["replies_count": "12"])
        try store.save(doc)
        let rebuilt = try #require(try store.document(source: "truthsocial", id: "x")).makeDocument()
        #expect(rebuilt.sentences.map(\.text) == doc.sentences.map(\.text))
        #expect(rebuilt.sentences.map(\.range) == doc.sentences.map(\.range))
        #expect(rebuilt.paragraphs.count == 2)
        #expect(rebuilt.metadata == ["replies_count": "12"])
        let scalars = Array(rebuilt.text.unicodeScalars)
        for s in rebuilt.sentences { #expect(ScalarText.string(scalars, s.range) == s.text) }
    }

    /// A quoted tweet's words stay its author's through the store (`match` rebuilds originals
    /// from it): the voices round-trip, count in the content hash, and a document stored before
    /// voices existed keeps its hash.
    @Test func voicesRoundTripAndCountInTheHash() throws {
        let store = try CorpusStore.open(path: try StoreFixtures.databasePath())
        let text = "Very true!\n\nNow it is up to Russia to say yes.\n\n— Marco Rubio (@marcorubio) March 11, 2025"
        let plain = try StoreFixtures.document(id: "q", text: text)
        var doc = plain
        let start = "Very true!\n\n".unicodeScalars.count
        doc.voices = [Voice(range: start..<text.unicodeScalars.count, speaker: "Marco Rubio")]
        #expect(ContentHash.of(doc) != ContentHash.of(plain))
        #expect(try store.save(plain) == .added)
        #expect(try store.save(doc) == .updated)
        #expect(try store.save(doc) == .unchanged)
        let rebuilt = try #require(try store.document(source: "truthsocial", id: "q")).makeDocument()
        #expect(rebuilt.voices == doc.voices)
        let sentence = try #require(rebuilt.sentences.first { $0.text.hasPrefix("Now it") })
        #expect(rebuilt.speaker(of: sentence.range) == "Marco Rubio")
        #expect(rebuilt.speaker(of: rebuilt.sentences[0].range) == "Author")
    }

    @Test func runsCountWhatEachTransactionCommitted() throws {
        let store = try CorpusStore.open(path: try StoreFixtures.databasePath())
        let run = try store.beginRun(command: "ingest", arguments: ["a.json"])
        try store.save(try StoreFixtures.document(id: "1", text: text), runID: run)
        try store.save(try StoreFixtures.document(id: "1", text: text), runID: run)
        try store.save(try StoreFixtures.document(id: "2", text: "RT", skip: "repost"), runID: run)
        var r = try #require(try store.runs().last)
        #expect(r.status == .running && r.finished == nil)
        #expect((r.added, r.unchanged, r.skipped) == (1, 1, 1))
        try store.finishRun(run, status: .ok)
        r = try #require(try store.runs().last)
        #expect(r.status == .ok && r.finished != nil && r.arguments == ["a.json"])
    }

    @Test func alignmentsAreReplacedAndDroppedWhenAnOriginalChanges() throws {
        let store = try CorpusStore.open(path: try StoreFixtures.databasePath())
        try store.save(try StoreFixtures.document(id: "o", text: text))
        try store.save(try StoreFixtures.document(id: "t", source: "frenchpress", text: "Il a parlé. Cela doit cesser."))
        let o = try #require(try store.document(source: "truthsocial", id: "o")), t = try #require(try store.document(source: "frenchpress", id: "t"))
        let link = StoredAlignment(translationDocument: t.rowID, originalDocument: o.rowID, translationSentences: [1], originalSentences: [2],
                                   method: "quote", score: 0.8, confidence: 0.9, translationSpan: 12..<28, originalSpan: 60..<75)
        let finding = StoredFinding(kind: "intensity", severity: 0.4, message: "NOW lost", details: ["en": "NOW"])
        try store.replaceAlignments(translation: t.rowID, with: [(link, [finding])])
        try store.replaceAlignments(translation: t.rowID, with: [(link, [finding])])
        let back = try store.alignments(translation: t.rowID)
        #expect(back.count == 1)
        #expect(back.first?.0 == link && back.first?.1 == [finding])
        try store.save(try StoreFixtures.document(id: "o", text: text + " More."))
        #expect(try store.alignments(translation: t.rowID).isEmpty)
    }

    @Test func sha256KnownAnswers() {
        // FIPS 180-4 examples.
        #expect(ContentHash.hex(ContentHash.sha256(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.hex(ContentHash.sha256([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(ContentHash.hex(ContentHash.sha256(long)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
