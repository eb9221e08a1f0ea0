import DriftAlignSources
import Foundation

extension FrenchPressSource {
    /// Block elements whose text becomes a paragraph, with the paragraph kind they give.
    private static let blocks: [String: Paragraph.Kind] = [
        "h1": .title, "h2": .heading, "h3": .heading, "h4": .heading, "p": .body, "li": .bullet,
        "blockquote": .body, "figcaption": .caption,
    ]

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
        collect(container, into: &builder, locator: &locator)
        guard !builder.isEmpty else { throw SourceError.noDocuments(file: input.location, format: "HTML article") }
        let title = meta["og:title"] ?? page.root.first("h1")?.text ?? page.root.first("title")?.text
        let published = (meta["article:published_time"] ?? page.root.first("time")?.attributes["datetime"]).flatMap(FrenchDates.parseISO)
        let lang = options.language ?? page.root.first("html")?.attributes["lang"].map { String($0.prefix(2)) } ?? "fr"
        return builder.document(id: LocationName.stem(input.location), sourceType: Self.description.id, language: lang,
                                title: title, author: meta["author"] ?? meta["article:author"], published: published,
                                url: meta["og:url"] ?? page.root.first("link", attribute: ("rel", "canonical"))?.attributes["href"])
    }

    /// Depth-first: a block element yields one paragraph; other elements are searched inside. An
    /// explicit stack rather than recursion: a page of unclosed <div>s nests 100,000 deep.
    private func collect(_ node: HTMLNode, into builder: inout DocumentBuilder, locator: inout InputLocator) {
        var stack: [HTMLNode] = node.elements.reversed()
        while let child = stack.popLast() {
            if ["nav", "footer", "header", "aside", "script", "style", "form", "noscript"].contains(child.name) { continue }
            if let kind = Self.blocks[child.name], !child.elements.contains(where: { Self.blocks[$0.name] != nil }) {
                let text = child.text
                builder.add(text, kind: kind, from: locator.locate(text))
            } else {
                stack.append(contentsOf: child.elements.reversed())
            }
        }
    }
}

/// French and ISO dates in articles.
enum FrenchDates {
    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

    /// "19 Mars 2025", "mardi 18 mars 2025" → that day at 00:00 UTC.
    static func parse(_ text: String) -> Date? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{00A0}" })
        guard let m = words.firstIndex(where: { months.contains(String($0)) }), m > 0, m + 1 < words.count,
              let day = Int(words[m - 1].replacingOccurrences(of: "er", with: "")), let year = Int(words[m + 1]),
              let month = months.firstIndex(of: String(words[m])) else { return nil }
        return CalendarDate.date(year: year, month: month + 1, day: day, timeZone: TimeZone(identifier: "UTC")!)
    }

    /// RFC 3339 date-time, else its date alone ("2025-02-12"); nil when out of range.
    static func parseISO(_ text: String) -> Date? {
        CalendarDate.rfc3339(text) ?? CalendarDate.fullDate(String(text.trimmingWhitespace().prefix(10)))
    }
}
