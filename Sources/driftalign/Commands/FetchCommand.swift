import ArgumentParser
import DriftAlignRegistry
import DriftAlignStore
import Foundation

/// `driftalign fetch URL...`: downloads originals (Truth Social statuses, Kremlin and White House
/// pages and feeds) politely and stores them like `ingest` does.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download originals and store them in the corpus database.",
        discussion: """
        Supported addresses: Truth Social status pages (https://truthsocial.com/@user/<id>, fetched \
        through the API https://truthsocial.com/api/v1/statuses/<id>), kremlin.ru and en.kremlin.ru \
        pages and Atom feeds (…/events/all/feed), whitehouse.gov pages; any other site with --source. \
        What is fetched goes through the source plugins, the segmenter and the encoder exactly as \
        with `ingest`, into --db (default ./\(CorpusStore.defaultPath)).

        Politeness: one request per 1/--rate seconds per host, User-Agent "\(FetchClient.userAgent)", \
        at most 5 redirects. An attempt that has not finished in --timeout seconds is abandoned; \
        server errors (5xx), time-outs and dropped connections are retried --retries times with \
        exponential backoff (0.5 s, 1 s, 2 s…), client errors (4xx) never. A response larger than \
        --max-bytes is stopped while it downloads.

        --base-url (or $DRIFTALIGN_FETCH_BASE_URL), for tests and mirrors, sends every request to \
        another scheme, host and port with the same path; documents keep the original address.

        Examples:
          driftalign fetch https://truthsocial.com/@realDonaldTrump/114180129350673750
          driftalign fetch http://kremlin.ru/events/all/feed --db corpus.sqlite --rate 0.5
        """
    )

    @Argument(help: "Addresses to fetch.")
    var urls: [String]

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, parsing: .unconditional, help: "Seconds one attempt may take.")
    var timeout: Double = 30

    @Option(name: .long, parsing: .unconditional, help: "Retries after a server error, time-out or dropped connection.")
    var retries: Int = 3

    @Option(name: .long, parsing: .unconditional, help: "Largest response accepted, in bytes.")
    var maxBytes: Int = 10_000_000

    @Option(name: .long, parsing: .unconditional, help: "Requests per second to one host.")
    var rate: Double = 1

    @Option(name: .customLong("base-url"), help: "For tests and mirrors: request BASE + the address's path instead of the address.")
    var baseURL: String?

    @Option(name: .long, help: "Source plugin for addresses of other sites.")
    var source: String?

    @Option(name: .long, help: "Language of the documents (default: the plugin's).")
    var lang: String?

    @OptionGroup var encoderOptions: StoreEncoderOptions

    func validate() throws {
        try LanguageOptions.check([("--lang", lang)])
        if urls.isEmpty { throw ValidationError("give at least one URL to fetch") }
        guard timeout > 0 && timeout <= 600 else { throw ValidationError("--timeout must be more than 0 and at most 600 seconds") }
        guard (0...10).contains(retries) else { throw ValidationError("--retries must be 0 to 10") }
        guard maxBytes > 0 && maxBytes <= InputReader.defaultMaxBytes else {
            throw ValidationError("--max-bytes must be 1 to \(InputReader.defaultMaxBytes)")
        }
        guard rate > 0 && rate <= 100 else { throw ValidationError("--rate must be more than 0 and at most 100 requests per second") }
        if let s = source, !SourceRegistry.builtIn.identifiers.contains(s) {
            throw ValidationError("unknown source '\(s)'; valid sources: \(SourceRegistry.builtIn.identifiers.joined(separator: ", "))")
        }
    }

    func run() throws {
        let start = Date()
        let base = try (baseURL ?? ProcessInfo.processInfo.environment["DRIFTALIGN_FETCH_BASE_URL"]).map { text -> URL in
            guard let u = URL(string: text), u.scheme != nil, u.host != nil else { throw CorpusCommandError.invalidURL(text) }
            return u
        }
        let targets = try urls.map { try FetchTarget.resolve($0, base: base, source: source) }
        let store = try storeOptions.open()
        let encoder = try encoderOptions.make(command: "fetch")
        let runID = try store.beginRun(command: "fetch", arguments: Array(CommandLine.arguments.dropFirst()))
        let ingestion = StoreIngestion(store: store, encoder: encoder, runID: runID, command: "fetch")
        let client = FetchClient(policy: .init(timeout: timeout, retries: retries, maxBytes: maxBytes, rate: rate))
        var total = StoreIngestion.Tally()
        var failures: [String] = []
        do {
            for target in targets {
                let t0 = Date()
                do {
                    let r = try client.get(target.request)
                    let input = try InputReader(maxBytes: maxBytes, encoding: FetchTarget.charset(r.contentType))
                        .decode(bytes: [UInt8](r.body), location: target.original.absoluteString)
                    let tally = try ingestion.ingest(try StoreIngestion.read(input, source: target.source, language: lang))
                    total += tally
                    CorpusConsole.out("fetch: \(target.original.absoluteString): HTTP \(r.status), \(r.body.count) bytes"
                        + "\(r.attempts > 1 ? " after \(r.attempts) attempts" : ""); \(tally.summary) (\(StoreReport.seconds(since: t0)))")
                } catch let e as StoreError {
                    throw e
                } catch {
                    let address = target.original.absoluteString, reason = Diagnostics.describe(error, about: address)
                    failures.append("\(address): \(reason)")
                    try store.countRunItem(runID, "failed")
                    CorpusConsole.out("fetch: \(address): not stored: \(reason)")
                }
            }
        } catch {
            try? store.finishRun(runID, status: .failed, message: error.localizedDescription)
            throw error
        }
        try store.finishRun(runID, status: failures.isEmpty && total.failed == 0 ? .ok : .failed, message: failures.first)
        CorpusConsole.out("fetch: \(targets.count) address\(targets.count == 1 ? "" : "es"), \(total.summary) in "
            + "\(StoreReport.seconds(since: start)); \(try StoreReport.contents(store, encoder: encoder?.name)) (run \(runID))")
        if !failures.isEmpty {
            throw CorpusCommandError.someInputsFailed(command: "fetch", failed: failures.count, total: targets.count, first: failures[0])
        }
        if total.failed > 0 {
            throw CorpusCommandError.someDocumentsFailed(command: "fetch", failed: total.failed, database: store.path)
        }
    }
}
