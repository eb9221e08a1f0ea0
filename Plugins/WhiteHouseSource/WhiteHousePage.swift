import DriftAlignSources
import Foundation

/// Reads one whitehouse.gov post page (the 2025 WordPress block theme) into a document.
///
/// Markup as scrapers of the 2025 site read it (brian14708/wh-briefings `_scraper/main.py`,
/// GovTrackr `PresidentialActionScraper`): the post body is `div.entry-content.wp-block-post-content`
/// inside `<main>`; its first child is the topper (`.wp-block-whitehouse-topper`) holding the
/// category (`.wp-block-whitehouse-byline-subcategory`), the headline
/// (`h1.wp-block-whitehouse-topper__headline`) and the date (`.wp-block-post-date > time[datetime]`);
/// the paragraphs follow. Navigation, share buttons and the footer lie outside or are skipped.
enum WhiteHousePage {
    static let format = "whitehouse.gov page"

    static func read(_ input: InputFile, options: ReadOptions) throws -> Document {
        let root = try HTMLDocument(html: input.text, file: input.location).root
        guard let content = root.first("div", class: "entry-content") ?? root.first(class: "wp-block-post-content") else {
            if let listing = listingDetail(root) {
                throw SourceError.notAnArticle(file: input.location, format: "whitehouse.gov post page", detail: listing)
            }
            throw SourceError.malformed(file: input.location, format: format,
                                        detail: "no post body (div.entry-content / .wp-block-post-content); give a post page "
                                            + "(https://www.whitehouse.gov/briefings-statements/YYYY/MM/<slug>/) or an RSS feed of them")
        }
        let url = HTMLBlocks.canonicalURL(root)
        let title = HTMLBlocks.nonEmpty(root.first(class: "wp-block-whitehouse-topper__headline")?.text)
            ?? HTMLBlocks.nonEmpty(HTMLBlocks.meta(root, "og:title")) ?? HTMLBlocks.nonEmpty(root.first("h1")?.text)
        let time = root.first(class: "wp-block-post-date")?.first("time")
        let published = WhiteHouseSource.isoDate(time?.attributes["datetime"])
            ?? WhiteHouseSource.isoDate(HTMLBlocks.meta(root, "article:published_time"))
            ?? time.flatMap { WhiteHouseSource.displayDate($0.text) }
        let category = HTMLBlocks.nonEmpty(root.first(class: "wp-block-whitehouse-byline-subcategory")?.text)

        var builder = DocumentBuilder(input: input)
        var locator = InputLocator(input: input)
        // Start after <head>: the title also sits in <title> and the og: metas.
        if let r = locator.locate("<body") ?? locator.locate("<BODY") { locator.move(to: r.upperBound) }
        if let t = title { add(t, .title, &builder, &locator) }
        for b in bodyBlocks(content) { add(b.text, b.kind, &builder, &locator) }
        guard builder.paragraphs.count > (title == nil ? 0 : 1) else {
            throw SourceError.noDocuments(file: input.location, format: format)
        }

        var metadata = WhiteHouseSource.authorMetadata(format: "page")
        metadata["slug"] = WhiteHouseSource.slug(of: url)
        metadata["category"] = category
        return builder.document(
            id: WhiteHouseSource.documentID(url: url, fallback: input.location), sourceType: WhiteHouseSource.description.id,
            language: options.language ?? "en", title: title, author: WhiteHouseSource.author, published: published,
            url: url, metadata: metadata)
    }

    /// What a listing page is and what to give instead, or nil when the page lists no posts.
    ///
    /// The 2025 site lists posts as `li.wp-block-post` items whose title links to the post
    /// (brian14708/wh-briefings `_scraper/main.py`). Such a page was refused as a "malformed
    /// whitehouse.gov page" asking "is this a post page rather than a listing…?", naming neither
    /// the fix nor the posts.
    static func listingDetail(_ root: HTMLNode) -> String? {
        let items = root.all(class: "wp-block-post")
        guard !items.isEmpty else { return nil }
        let first = items.lazy.compactMap { $0.first("a")?.attributes["href"] }.first { !$0.isEmpty }
        let page = HTMLBlocks.canonicalURL(root)
        return "this is a listing of \(items.count == 1 ? "1 post" : "\(items.count) posts")" + (page.map { " (\($0))" } ?? "")
            + " with no post text; give one of the post pages it links to" + (first.map { " (the first: \($0))" } ?? "")
            + ", or an RSS feed of them (whitehouse_briefings.xml)"
    }

    /// The post's paragraphs: the topper, share widgets and WordPress's feed footer ("The post …
    /// appeared first on The White House.") left out.
    static func bodyBlocks(_ content: HTMLNode) -> [HTMLBlocks.Block] {
        let skip: (HTMLNode) -> Bool = { n in
            n.classes.contains { $0.hasPrefix("wp-block-whitehouse-topper") || $0.contains("share") || $0.contains("social") }
        }
        return HTMLBlocks.blocks(in: content, skip: skip).filter {
            !($0.text.hasPrefix("The post ") && $0.text.contains("appeared first on"))
        }
    }

    /// Adds a paragraph with the input range where its text was found (exact when verbatim).
    static func add(_ text: String, _ kind: Paragraph.Kind, _ builder: inout DocumentBuilder, _ locator: inout InputLocator) {
        builder.add(text, kind: kind, from: locator.locate(text))
    }
}

extension WhiteHouseSource {
    /// Metadata every White House document carries: who speaks and which form it was read from.
    static func authorMetadata(format: String) -> [String: String] {
        ["speaker": "The White House (press office); a readout is its account, not a transcript", "format": format]
    }
}
