import DriftAlignSources
import Foundation

extension FrenchPressSource {
    /// The shared block kinds, plus what news pages mark up beyond them: the `<h1>` is the title,
    /// a `<figcaption>` a caption.
    private static let kinds = HTMLBlocks.blockKinds.merging(["h1": .title, "figcaption": .caption]) { _, new in new }
    /// The shared chrome, less `<figure>` (its caption is read) and `<header>` (the article's own
    /// holds its title and standfirst; ``PageClutter`` leaves out the rest of it and a site header).
    private static let chrome = HTMLBlocks.chromeTags.subtracting(["figure", "header"])

    /// Reads an article page: the <article> (or <main>, or <body>) blocks in document order, the
    /// title from og:title or <h1>, the date from article:published_time or <time datetime>.
    func readHTML(_ input: InputFile, options: ReadOptions) throws -> Document {
        let page = try HTMLDocument(html: input.text, file: input.location)
        let meta = Dictionary(page.root.all("meta").compactMap { m -> (String, String)? in
            guard let k = m.attributes["property"] ?? m.attributes["name"], let v = m.attributes["content"] else { return nil }
            return (k.lowercased(), v)
        }, uniquingKeysWith: { a, _ in a })
        let container = page.root.first("article") ?? page.root.first("main") ?? page.root.first("body") ?? page.root
        var builder = DocumentBuilder(input: input)
        var locator = InputLocator(input: input)
        if let bodyStart = input.text.range(of: "<body") {
            locator.move(to: input.text.unicodeScalars.distance(from: input.text.startIndex, to: bodyStart.lowerBound))
        }
        let clutter = PageClutter(container: container)
        let blocks = HTMLBlocks.blocks(in: container, kinds: Self.kinds, chrome: Self.chrome, skip: clutter.contains)
            .filter { !PageClutter.isClutter(text: $0.text) }
        let repeated = PageClutter.repeatedBlocks(blocks)
        for (k, block) in blocks.enumerated() where !repeated.contains(k) {
            builder.add(block.text, kind: block.kind, from: locator.locate(block.text))
        }
        if !repeated.isEmpty {
            let what = repeated.count == 1 ? "1 block" : "\(repeated.count) blocks"
            builder.warnings.append("\(what) left out as repeating a passage of a longer paragraph of the page (a pull quote): "
                                    + repeated.sorted().prefix(3).map { "«\(DisplayText.quoted(blocks[$0].text, limit: 60))»" }
                                        .joined(separator: ", ") + (repeated.count > 3 ? ", …" : ""))
        }
        guard !builder.isEmpty else { throw SourceError.noDocuments(file: input.location, format: "HTML article") }
        let title = meta["og:title"] ?? page.root.first("h1")?.text ?? page.root.first("title")?.text
        let published = (meta["article:published_time"] ?? page.root.first("time")?.attributes["datetime"]).flatMap(FrenchDates.parseISO)
        let lang = options.language ?? page.root.first("html")?.attributes["lang"].map { String($0.prefix(2)) } ?? "fr"
        return builder.document(id: LocationName.stem(input.location), sourceType: Self.description.id, language: lang,
                                title: title, author: meta["author"] ?? meta["article:author"], published: published,
                                url: meta["og:url"] ?? page.root.first("link", attribute: ("rel", "canonical"))?.attributes["href"])
    }
}
