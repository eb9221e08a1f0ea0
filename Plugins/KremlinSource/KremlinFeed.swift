import DriftAlignSources
import Foundation

/// Reads a kremlin.ru Atom feed (`/events/all/feed`, per-section feeds): one document per entry.
///
/// FORMATS.md §3 (terratensor/kremlin-parser, internal/parser/kremlin/entry.go): each `<entry>` has
/// `title`, `id` (= the page URL), `published`/`updated` (RFC 3339, +03:00), `summary` (the lead)
/// and `content` (the full body as escaped HTML, `type="html"`), which is parsed like a page body.
enum KremlinFeed {
    static let format = "Atom feed"

    static func read(_ input: InputFile, options: ReadOptions) throws -> [Document] {
        let root = try XMLTree.parse(input, format: format)
        guard root.name == "feed" else {
            throw SourceError.malformed(file: input.location, format: format,
                                        detail: "the root element is <\(root.name)>, expected Atom's <feed>")
        }
        let feedLanguage = root.attributes["xml:lang"].map { String($0.prefix(2)).lowercased() }
        var documents: [Document] = []
        let entries = root.children("entry")
        // The entry's text is looked for from its own start tag on (a feed on one line has every
        // entry on line 1), and not past the next entry's.
        for (n, (entry, span)) in zip(entries, XMLElementNode.searchSpans(of: entries)).enumerated() {
            if let doc = try document(entry, number: n + 1, input: input, start: span.start, end: span.end, feedLanguage: feedLanguage,
                                      options: options) {
                documents.append(doc)
            }
        }
        guard !documents.isEmpty else { throw SourceError.noDocuments(file: input.location, format: format) }
        return documents
    }

    static func document(_ entry: XMLElementNode, number: Int, input: InputFile, start: Int, end: Int? = nil,
                         feedLanguage: String?, options: ReadOptions) throws -> Document? {
        let link = entry.children("link").first { ($0.attributes["rel"] ?? "alternate") == "alternate" }?.attributes["href"]
        let url = HTMLBlocks.nonEmpty(entry.child("id")?.text).flatMap { $0.hasPrefix("http") ? $0 : nil } ?? HTMLBlocks.nonEmpty(link)
        let title = HTMLBlocks.nonEmpty(entry.child("title")?.text).map { $0.collapsingWhitespace() }

        var builder = DocumentBuilder(input: input)
        var locator = InputLocator(input: input, startingAt: start, limit: end)
        if let t = title { KremlinPage.add(t, .title, &builder, &locator) }
        let summary = try blocks(of: entry.child("summary"), input: input)
        for b in summary { KremlinPage.add(b.text, .body, &builder, &locator) }
        let lead = Set(summary.map(\.text))
        let content = try blocks(of: entry.child("content"), input: input)
        for b in content where !lead.contains(b.text) {
            KremlinPage.add(b.text, b.kind, &builder, &locator)
        }
        if content.isEmpty && !summary.isEmpty {
            // A lead aligned with a full French translation shows the rest as unsourced.
            builder.warnings.append("entry \(number): the feed gives only a summary of this text; the whole text is on the page"
                                    + (url.map { " \($0)" } ?? ""))
        }
        guard builder.paragraphs.count > (title == nil ? 0 : 1) else { return nil }

        let newsID = KremlinAddress.newsID(of: url)
        var metadata = KremlinSource.authorMetadata(format: "Atom feed")
        metadata["newsId"] = newsID
        metadata["twinURL"] = KremlinAddress.twinURL(of: url)
        metadata["entry"] = String(number)
        metadata["updated"] = HTMLBlocks.nonEmpty(entry.child("updated")?.text)
        let language = options.language ?? KremlinAddress.language(of: url) ?? feedLanguage ?? LanguageGuess.guess(builder.text)
        let published = (entry.child("published") ?? entry.child("updated")).flatMap { KremlinAddress.rfc3339($0.text) }
        let fallbackID = "\(LocationName.stem(input.location))-\(number)"
        return builder.document(
            id: KremlinSource.documentID(newsID: newsID, url: url, location: fallbackID), sourceType: KremlinSource.description.id,
            language: language, title: title, author: KremlinSource.author, published: published, url: url, metadata: metadata)
    }

    /// Text blocks of a `summary`/`content` element: escaped HTML (`type="html"`) or plain text.
    static func blocks(of element: XMLElementNode?, input: InputFile) throws -> [HTMLBlocks.Block] {
        guard let e = element, let text = HTMLBlocks.nonEmpty(e.text) else { return [] }
        if e.attributes["type"] == "text" {
            return [HTMLBlocks.Block(text: text.collapsingWhitespace(), kind: .body)]
        }
        let root = try HTMLDocument(html: text, file: input.location).root
        return HTMLBlocks.blocks(in: root.first("body") ?? root)
    }
}
