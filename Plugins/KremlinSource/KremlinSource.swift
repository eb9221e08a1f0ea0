import DriftAlignSources

/// kremlin.ru and en.kremlin.ru news pages (HTML) and the site's Atom feeds, in Russian and English.
///
/// The source of Kremlin readouts that French articles translate. A page yields one document: title,
/// lead and body paragraphs, with date, place, news id and the other-language twin in metadata; a
/// feed yields one document per entry. Users give `driftalign` a saved page or feed (`--source
/// kremlin`, or detected from the kremlin.ru address inside it).
///
/// Document ids: `kremlin-<news id>` for kremlin.ru (…/events/president/news/76470 →
/// `kremlin-76470`), `kremlin-en-<news id>` for en.kremlin.ru, so that a readout and its
/// translation, which share the numeric id, stay distinct; `kremlin-<file name>` when the page
/// has no numeric address. `metadata["twinURL"]` holds the other language's address.
public struct KremlinSource: SourcePlugin {
    public static var description: SourceDescription {
        SourceDescription(
            id: "kremlin",
            name: "Kremlin (kremlin.ru)",
            summary: "kremlin.ru / en.kremlin.ru news pages and Atom feeds: title, lead and body paragraphs; date (Moscow time), place, news id and the twin page in the other language.",
            languages: ["ru", "en"],
            formats: ["kremlin.ru news page (HTML)", "kremlin.ru Atom feed (/events/all/feed)"],
            examples: examples,
            pressNames: ["Kremlin", "Кремль", "Kremlin press service", "пресс-служба Кремля"])
    }

    /// Who speaks in a readout: the Kremlin's press service, not the President himself.
    static let author = "Kremlin"

    public init() {}

    public func detect(_ probe: SourceProbe) -> Double {
        let head = probe.head
        guard head.contains("kremlin.ru") else { return 0 }
        let start = probe.trimmedHead
        if Self.isFeed(start) {
            // An Atom feed whose entries are kremlin.ru pages.
            return head.contains("<feed") && (head.contains("//kremlin.ru/") || head.contains("//en.kremlin.ru/")
                || head.contains("//www.kremlin.ru/")) ? 0.95 : 0
        }
        guard start.hasPrefix("<"), let root = try? HTMLDocument(html: head, file: probe.location).root else { return 0 }
        if KremlinAddress.isKremlin(host: HTMLBlocks.canonicalURL(root).flatMap(HTMLBlocks.host(of:))) { return 0.95 }
        // No canonical address (a page saved without it): stylesheets, feeds or scripts of the site.
        return HTMLBlocks.resourceHosts(root).contains { KremlinAddress.isKremlin(host: $0) } ? 0.8 : 0
    }

    public func read(_ input: InputFile, options: ReadOptions) throws -> [Document] {
        let start = input.slice(0..<2048).drop(while: { $0.isWhitespace })
        if Self.isFeed(start) {
            return try KremlinFeed.read(input, options: options)
        }
        guard start.hasPrefix("<") else {
            throw SourceError.malformed(file: input.location, format: "kremlin.ru page or Atom feed",
                                        detail: "the file does not start with markup ('<'); save the page as HTML or the feed as XML")
        }
        return [try KremlinPage.read(input, options: options)]
    }

    /// An XML document that is not an XHTML page (which may also open with `<?xml`).
    static func isFeed(_ start: Substring) -> Bool {
        (start.hasPrefix("<?xml") || start.hasPrefix("<feed")) && !start.prefix(2048).lowercased().contains("<html")
    }

    /// `kremlin-<id>` (kremlin.ru), `kremlin-en-<id>` (en.kremlin.ru), else `kremlin-<name>`.
    static func documentID(newsID: String?, url: String?, location: String) -> String {
        guard let id = newsID else { return "kremlin-\(LocationName.stem(location))" }
        return KremlinAddress.language(of: url) == "en" ? "kremlin-en-\(id)" : "kremlin-\(id)"
    }

    /// Metadata every Kremlin document carries: who speaks and which form it was read from.
    static func authorMetadata(format: String) -> [String: String] {
        ["speaker": "Kremlin press service (Presidential Executive Office); a readout is its account, not a transcript",
         "format": format]
    }
}
