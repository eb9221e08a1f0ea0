import ArgumentParser
import DriftAlignEncoder
import DriftAlignRegistry
import DriftAlignStore
import Foundation

/// `driftalign match ARTICLE`: which stored originals a French article quotes or translates.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Find the stored originals an article quotes or translates.",
        discussion: """
        Searches the database (filled by `driftalign ingest` or `fetch`) for the originals ARTICLE \
        quotes or translates. Candidates are the documents published from --days days before the \
        article's date to one day after it (the French press plugin reads the date from a dateline \
        or the page's metadata); an article without a date is matched against every stored document \
        (said on stderr). Every French sentence and «quotation» retrieves its --neighbours nearest \
        stored sentences by cosine; the best documents are then checked by the quote miner (a \
        document of more than 2,000 sentences, such as a book, only around the sentences retrieval \
        found in it, two each side, said on stderr). Output, \
        best first: plugin, the original's own id, URL, date and a confidence (0-1; above 0.5 the \
        quote miner confirmed at least one quotation or translated sentence).

        Examples:
          driftalign match Corpora/2025-03-18-call/articles/003_cfb312dc94c31756.txt
          driftalign match article.html --db corpus.sqlite --format json --top 3
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The French article (text or HTML; \"-\": standard input).")
    var article: String

    @OptionGroup var storeOptions: SearchStoreOptions

    @Option(name: .long, help: "text or json (a JSON array, best first, of {source, id, url, date, confidence, …}).")
    var format: Format = .text

    @Option(name: .long, parsing: .unconditional, help: "Days before the article's date to search (originals precede their translations).")
    var days: Int = 7

    @Option(name: .long, parsing: .unconditional, help: "How many documents to list.")
    var top: Int = 5

    @Option(name: .long, parsing: .unconditional, help: "Stored sentences retrieved per French sentence or quotation.")
    var neighbours: Int = 10

    @Option(name: .long, parsing: .unconditional, help: "Documents the quote miner re-examines after retrieval (more: slower, surer).")
    var examine: Int = 10

    @Option(name: .long, help: "Encoder whose stored vectors to search (default: the one with most vectors in the database, else usem).")
    var encoder: String?

    @Option(name: .customLong("model-dir"), help: "USE-m model folder (default: $DRIFTALIGN_MODEL_DIR, else the user cache).")
    var modelDirectory: String?

    @Option(name: .long, help: "Source plugin for the article (default: detected).")
    var source: String?

    @Option(name: .long, help: "Language of the article.")
    var lang: String?

    @OptionGroup var textEncoding: TextEncodingOptions

    func validate() throws {
        try LanguageOptions.check([("--lang", lang)])
        guard (0...3650).contains(days) else { throw ValidationError("--days must be 0 to 3650") }
        guard (1...1000).contains(top) else { throw ValidationError("--top must be 1 to 1000") }
        guard (1...200).contains(examine) else { throw ValidationError("--examine must be 1 to 200") }
        guard (1...1000).contains(neighbours) else { throw ValidationError("--neighbours must be 1 to 1000") }
        if let e = encoder, !(EncoderFactory.names + ["usem3", "use-m"]).contains(e.lowercased()) {
            throw ValidationError("unknown encoder '\(e)'; valid encoders: \(EncoderFactory.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        let start = Date()
        guard FileManager.default.fileExists(atPath: storeOptions.db) else { throw CorpusCommandError.emptyStore(database: storeOptions.db) }
        let store = try storeOptions.open()
        let input = try InputReader(encoding: textEncoding.encoding).read(path: article)
        guard let raw = try StoreIngestion.read(input, source: source, language: lang).first else {
            throw CorpusCommandError.emptyArticle(file: article)
        }
        let doc = try Segmenter(language: raw.language).segment(raw)
        guard !doc.sentences.isEmpty else { throw CorpusCommandError.emptyArticle(file: article) }
        var docs = try candidates(store, published: doc.published)
        // An article ingested with the originals is stored under its own key: it matched itself
        // (confidence 1.000, first) above the post it quotes.
        if docs.contains(where: { $0.source == doc.sourceType && $0.originalID == doc.id }) {
            docs.removeAll { $0.source == doc.sourceType && $0.originalID == doc.id }
            CorpusConsole.note("match: the stored document \(doc.sourceType)/\(doc.id) is this article; it is left out")
        }
        guard !docs.isEmpty else { throw CorpusCommandError.emptyStore(database: store.path) }
        let encoderName = try encoder ?? store.encoderCounts().first.map { $0.encoder == "usem3" ? "usem" : $0.encoder } ?? "usem"
        let enc = try EncoderFactory.make(name: encoderName, modelDirectory: modelDirectory,
                                          threads: max(1, ProcessInfo.processInfo.activeProcessorCount))
        let index = try MatchIndex(documents: docs, store: store, encoder: enc)
        if index.encodedHere > 0 {
            CorpusConsole.note("match: \(index.encodedHere) stored sentences had no \(enc.name) vectors and were encoded now "
                + "(ingest with --encoder \(encoderName) to store them)")
        }
        let ranked = try MatchRanking(encoder: enc, k: neighbours, minerDocuments: examine).rank(article: doc, index: index)
        let shown = Array(ranked.prefix(top))
        switch format {
        case .json: StandardOutput.write(MatchOutput.json(shown) + "\n")
        case .text:
            CorpusConsole.out(MatchOutput.text(shown, article: article, doc: doc, searched: docs.count, sentences: index.sentenceRows))
        }
        CorpusConsole.note("match: \(Plural.count(docs.count, "document")), \(Plural.count(index.sentenceRows, "sentence")) and \(Plural.count(index.rows - index.sentenceRows, "clause")) searched with \(enc.name) in \(StoreReport.seconds(since: start))")
    }

    /// Documents in the date window of the article, or all of them when it has no date (said so).
    private func candidates(_ store: CorpusStore, published: Date?) throws -> [StoredDocument] {
        guard let date = published else {
            CorpusConsole.note("match: \(article) has no date (no dateline or date metadata); searching every stored document")
            return try store.documents()
        }
        let window = date.addingTimeInterval(-Double(days) * 86_400)...date.addingTimeInterval(86_400)
        let docs = try store.documents(CorpusStore.DocumentFilter(published: window))
        if docs.isEmpty {
            CorpusConsole.note("match: no stored document dated \(StoreReport.day(window.lowerBound)) to \(StoreReport.day(window.upperBound)) "
                + "(article dated \(StoreReport.day(date)), --days \(days)); searching every stored document")
            return try store.documents()
        }
        CorpusConsole.note("match: article dated \(StoreReport.day(date)); searching the \(Plural.count(docs.count, "document")) of "
            + "\(StoreReport.day(window.lowerBound)) to \(StoreReport.day(window.upperBound)) (--days \(days))")
        return docs
    }
}
