import DriftAlignSources
import Foundation

/// Reads an RSS 2.0 feed of whitehouse.gov posts: one document per `<item>`.
///
/// Two forms. selenasun1618/whitehouse-rss-feeds `whitehouse_briefings.xml` (FORMATS.md §4, built
/// by python-feedgen): `title`, `link`, `guid` (= link), `pubDate` (the date only, 00:00 +0000) and a
/// `description` holding the scraped page text: the header "Briefings & Statements<Title>The White
/// House<Month D, YYYY>" three times, then (as seen in the file) the category and
/// "The White House<date>" once more, each block followed by a blank line, then the body paragraphs
/// separated by blank lines; long bodies are cut with "...". WordPress's own whitehouse.gov/feed
/// carries the post HTML in `content:encoded`, read like a page body.
enum WhiteHouseRSS {
    static let format = "RSS feed"

    static func read(_ input: InputFile, options: ReadOptions) throws -> [Document] {
        let root = try XMLTree.parse(input, format: format)
        guard root.name == "rss", let channel = root.child("channel") else {
            throw SourceError.malformed(file: input.location, format: format,
                                        detail: "the root element is <\(root.name)>, expected RSS 2.0's <rss><channel>")
        }
        var documents: [Document] = []
        let items = channel.children("item")
        // The item's text is looked for from its own start tag on, and not past the next item's.
        for (n, (item, span)) in zip(items, XMLElementNode.searchSpans(of: items)).enumerated() {
            if let doc = try document(item, number: n + 1, input: input, start: span.start, end: span.end, options: options) {
                documents.append(doc)
            }
        }
        guard !documents.isEmpty else { throw SourceError.noDocuments(file: input.location, format: format) }
        return documents
    }

    static func document(_ item: XMLElementNode, number: Int, input: InputFile, start: Int, end: Int? = nil,
                         options: ReadOptions) throws -> Document? {
        let link = HTMLBlocks.nonEmpty(item.child("link")?.text) ?? HTMLBlocks.nonEmpty(item.child("guid")?.text)
        let title = HTMLBlocks.nonEmpty(item.child("title")?.text).map { $0.collapsingWhitespace() }
        var metadata = WhiteHouseSource.authorMetadata(format: "RSS feed")
        metadata["item"] = String(number)
        metadata["slug"] = WhiteHouseSource.slug(of: link)

        var builder = DocumentBuilder(input: input)
        var locator = InputLocator(input: input, startingAt: start, limit: end)
        if let t = title { WhiteHousePage.add(t, .title, &builder, &locator) }
        if let html = HTMLBlocks.nonEmpty(item.child("content:encoded")?.text) {
            let root = try HTMLDocument(html: html, file: input.location).root
            for b in WhiteHousePage.bodyBlocks(root.first("body") ?? root) { WhiteHousePage.add(b.text, b.kind, &builder, &locator) }
        } else if let description = HTMLBlocks.nonEmpty(item.child("description")?.text) {
            let (body, category, removed) = stripHeader(paragraphs(description))
            metadata["category"] = category
            if removed > 0 { metadata["headerBlocksRemoved"] = String(removed) }
            if body.last?.hasSuffix("...") == true || body.last?.hasSuffix("…") == true {
                metadata["truncated"] = "true"
                // An excerpt aligned with a full French translation shows the rest as unsourced:
                // the editor must know the original is cut, not the translation padded.
                builder.warnings.append("item \(number): the feed gives only the start of this text (its description ends with "
                                        + "an ellipsis); the rest is on the page\(link.map { " \($0)" } ?? "")")
            }
            for p in body { WhiteHousePage.add(p, .body, &builder, &locator) }
        }
        guard builder.paragraphs.count > (title == nil ? 0 : 1) else { return nil }
        return builder.document(
            id: WhiteHouseSource.documentID(url: link, fallback: "\(LocationName.stem(input.location))-\(number)"),
            sourceType: WhiteHouseSource.description.id, language: options.language ?? "en", title: title,
            author: WhiteHouseSource.author, published: WhiteHouseSource.rfc822(item.child("pubDate")?.text), url: link,
            metadata: metadata)
    }

    /// Paragraphs of a plain-text description: runs of non-blank lines, split at blank lines.
    static func paragraphs(_ text: String) -> [String] {
        var out: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { out.append(current.joined(separator: "\n").trimmingWhitespace()) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { out.append(current.joined(separator: "\n").trimmingWhitespace()) }
        return out
    }

    /// Drops the header blocks before the body: every leading paragraph up to the last one (among
    /// the first eight) that ends with "The White House<Month D, YYYY>". Returns the body, the
    /// category (the paragraph just before that last block, e.g. "Briefings & Statements") and how
    /// many paragraphs were dropped.
    static func stripHeader(_ paragraphs: [String]) -> (body: ArraySlice<String>, category: String?, removed: Int) {
        guard let last = paragraphs.prefix(8).lastIndex(where: isHeaderBlock) else { return (paragraphs[...], nil, 0) }
        let category = last > 0 && !isHeaderBlock(paragraphs[last - 1]) ? paragraphs[last - 1] : nil
        return (paragraphs[(last + 1)...], category, last + 1)
    }

    /// "…The White HouseMarch 18, 2025": the byline and display date that close a header block.
    static func isHeaderBlock(_ paragraph: String) -> Bool {
        guard let r = paragraph.range(of: "The White House", options: .backwards) else { return false }
        return WhiteHouseSource.displayDate(String(paragraph[r.upperBound...])) != nil
    }
}
