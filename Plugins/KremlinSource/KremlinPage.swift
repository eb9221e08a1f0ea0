import DriftAlignSources
import Foundation

/// Reads one kremlin.ru / en.kremlin.ru news page (HTML) into a document.
///
/// Markup as scrapers of the site read it (FORMATS.md §3; e.g. gabrielkmbo/kremlin-scraper,
/// war_words locators): `article.read__in` holding `h1.entry-title.p-name`,
/// `time.read__published[datetime]` + `.read__time`, `.read__place.p-location` (absent for phone
/// calls), `.read__lead.entry-summary.p-summary`, and the body `div.entry-content.e-content
/// .read__internal_content` (itemprop=articleBody); tags (`.read__tags`) and the publication
/// footer (`.read__bottom`) follow it. The address comes from `link[rel=canonical]` / og:url.
enum KremlinPage {
    static let format = "kremlin.ru page"

    static func read(_ input: InputFile, options: ReadOptions) throws -> Document {
        let root = try HTMLDocument(html: input.text, file: input.location).root
        let body = root.first("div", class: "entry-content") ?? root.first(attribute: ("itemprop", "articleBody"))
        let lead = root.first(class: "read__lead")
        guard body != nil || lead != nil else {
            if let listing = listingDetail(root) {
                throw SourceError.notAnArticle(file: input.location, format: "kremlin.ru news page", detail: listing)
            }
            throw SourceError.malformed(file: input.location, format: format,
                                        detail: "no article body (div.entry-content or div.read__lead); give a news page "
                                            + "(http://kremlin.ru/events/president/news/<id>) or an Atom feed (…/feed)")
        }
        let url = HTMLBlocks.canonicalURL(root)
        let title = HTMLBlocks.nonEmpty(root.first("h1", class: "entry-title")?.text)
            ?? HTMLBlocks.nonEmpty(root.first("h1")?.text) ?? HTMLBlocks.nonEmpty(HTMLBlocks.meta(root, "og:title"))
        let published = root.first("time", class: "read__published")
        let place = HTMLBlocks.nonEmpty(root.first(class: "read__place")?.text)
        let time = HTMLBlocks.nonEmpty(root.first(class: "read__time")?.text)

        var builder = DocumentBuilder(input: input)
        var locator = InputLocator(input: input)
        // Start after <head>: the title and lead also sit in <title> and the description metas.
        if let r = locator.locate("<body") ?? locator.locate("<BODY") { locator.move(to: r.upperBound) }
        if let t = title { add(t, .title, &builder, &locator) }
        let skip: (HTMLNode) -> Bool = { n in n.classes.contains { $0.hasPrefix("read__tags") || $0.contains("share") } }
        var leadTexts = Set<String>()
        for b in lead.map({ HTMLBlocks.blocks(in: $0, skip: skip) }) ?? [] {
            leadTexts.insert(b.text)
            add(b.text, .body, &builder, &locator)
        }
        for b in body.map({ HTMLBlocks.blocks(in: $0, skip: skip) }) ?? [] where !leadTexts.contains(b.text) {
            add(b.text, b.kind, &builder, &locator)
        }
        guard builder.paragraphs.count > (title == nil ? 0 : 1) else {
            throw SourceError.noDocuments(file: input.location, format: format)
        }

        let htmlLang = root.first("html")?.attributes["lang"].map { String($0.prefix(2)).lowercased() }
        let language = options.language ?? KremlinAddress.language(of: url) ?? htmlLang ?? LanguageGuess.guess(builder.text)
        let newsID = KremlinAddress.newsID(of: url)
        var metadata = KremlinSource.authorMetadata(format: "page")
        metadata["newsId"] = newsID
        metadata["twinURL"] = KremlinAddress.twinURL(of: url)
        metadata["place"] = place
        let dateText = [published?.text, time].compactMap { $0 }.joined(separator: ", ")
        if !dateText.isEmpty { metadata["dateText"] = dateText }
        var doc = builder.document(
            id: KremlinSource.documentID(newsID: newsID, url: url, location: input.location), sourceType: KremlinSource.description.id,
            language: language, title: title, author: KremlinSource.author,
            published: KremlinAddress.pageDate(attribute: published?.attributes["datetime"], text: published?.text, time: time),
            url: url, metadata: metadata)
        doc.voices = transcriptVoices(doc)
        return doc
    }

    /// A transcript's turns: on kremlin.ru a speaker's paragraphs open with their name and a colon
    /// ("В.Путин: Уважаемый господин Президент!", "Д.Песков: …", "Вопрос: …"; on en.kremlin.ru
    /// "Vladimir Putin: …", "Question: …"), and a turn runs to the next such paragraph. Each turn
    /// is a ``Voice`` with that label as speaker, so that words the French gives to Putin are
    /// compared with who said them (Peskov, a journalist), not with the page's issuer. A readout
    /// (third-person news) has no such paragraphs and no voices.
    static func transcriptVoices(_ doc: Document) -> [Voice] {
        let scalars = Array(doc.text.unicodeScalars)
        let body = doc.paragraphs.filter { $0.kind == .body }
        var turns: [(paragraph: Int, speaker: String)] = []
        for (i, p) in body.enumerated() {
            let head = ScalarText.string(scalars, p.range.lowerBound..<min(p.range.upperBound, p.range.lowerBound + 80))
            if let m = head.prefixMatch(of: speakerLabel), let name = m.output[1].substring { turns.append((i, String(name))) }
        }
        return turns.enumerated().map { k, t in
            // A turn ends with the text of its last paragraph, the one before the next label.
            let last = k + 1 < turns.count ? turns[k + 1].paragraph - 1 : body.count - 1
            return Voice(range: body[t.paragraph].range.lowerBound..<body[last].range.upperBound, speaker: t.speaker)
        }
    }

    /// A turn's label: Russian initials glued to the surname ("В.Путин", "В.В.Путин"), an English
    /// name of two or three words ("Vladimir Putin", "Dmitry Peskov"; after "President of Russia"
    /// where the English page gives the title), or the press's "Вопрос", "Реплика", "Question",
    /// "Remark"; then a colon and a space.
    nonisolated(unsafe) static let speakerLabel = try! Regex(
        #"^(?:President of (?:Russia|the United States)\s)?((?:[А-ЯЁ]\.){1,2}\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[A-Z][a-z]+(?:\s[A-Z][a-z’'-]+){1,2}|Вопрос|Реплика|Question|Remark)\s?:\s"#)

    /// What a listing page is and what to give instead, or nil when the page lists no news.
    ///
    /// A section's listing (kremlin.ru/events/president/news) holds `div.hentry.h-entry.hentry_event`
    /// items, each a link to a news page (gabrielkmbo/kremlin-scraper; Tests/Fixtures/kremlin/
    /// news-listing.ru.html). It has no article, and was refused as a "malformed kremlin.ru page"
    /// asking "is this a news page rather than a listing…?", which named neither the fix nor the
    /// pages to read. Each section has an Atom feed at its address + "/feed" (FORMATS.md §3).
    static func listingDetail(_ root: HTMLNode) -> String? {
        let items = root.all(class: "hentry").filter { $0.first(class: "entry-content") == nil }
        guard !items.isEmpty else { return nil }
        let page = HTMLBlocks.canonicalURL(root)
        // Item links are relative ("/events/president/news/76470"): on the listing's own host.
        let origin = page.flatMap { url in url.range(of: "://").flatMap { r in
            url[r.upperBound...].firstIndex(of: "/").map { String(url[..<$0]) } ?? url } } ?? "http://kremlin.ru"
        let links = items.compactMap { $0.first("a")?.attributes["href"] }.filter { !$0.isEmpty }
            .map { $0.hasPrefix("/") ? origin + $0 : $0 }
        let counted = items.count == 1 ? "1 item" : "\(items.count) items"
        var detail = "this is a listing of \(counted)" + (page.map { " (\($0))" } ?? "") + " with no article text; give one of the news pages it links to"
        if let first = links.first { detail += " (the first: \(first))" }
        if let p = page, !p.hasSuffix("/feed") {
            detail += ", or the section's Atom feed \(p.hasSuffix("/") ? p + "feed" : p + "/feed") for all of them"
        }
        return detail
    }

    /// Adds a paragraph with the input range where its text was found (exact when verbatim).
    static func add(_ text: String, _ kind: Paragraph.Kind, _ builder: inout DocumentBuilder, _ locator: inout InputLocator) {
        builder.add(text, kind: kind, from: locator.locate(text))
    }
}
