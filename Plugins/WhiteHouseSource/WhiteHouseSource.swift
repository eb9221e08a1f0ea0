import DriftAlignSources
import Foundation

/// whitehouse.gov briefings and statements (readouts of the President's calls), as the 2025
/// WordPress page or as an RSS 2.0 feed, in English.
///
/// The source of White House readouts that French articles translate. A page yields one document
/// (title, then the post's body paragraphs); a feed yields one per `<item>`, with the header block
/// the scraper repeats before each body removed (FORMATS.md §4). Users give `driftalign` a saved
/// page or feed (`--source whitehouse`, or detected from the whitehouse.gov address inside it).
///
/// Document ids: `whitehouse-<slug>`, the last path component of the address
/// (…/briefings-statements/2025/03/readout-of-president-donald-j-trumps-call-with-president-vladimir-putin-of-russia/
/// → `whitehouse-readout-of-president-donald-j-trumps-call-with-president-vladimir-putin-of-russia`;
/// the site may append a `-xxxx` suffix, which is kept); `whitehouse-<file name>` without an address.
public struct WhiteHouseSource: SourcePlugin {
    public static var description: SourceDescription {
        SourceDescription(
            id: "whitehouse",
            name: "The White House (whitehouse.gov)",
            summary: "whitehouse.gov briefings & statements (e.g. call readouts): the 2025 WordPress page or an RSS 2.0 feed of them; title, date and body paragraphs, page chrome and the feed's repeated header removed.",
            languages: ["en"],
            formats: ["whitehouse.gov post page (HTML, 2025 site)", "RSS 2.0 feed of briefings & statements (selenasun1618/whitehouse-rss-feeds, whitehouse.gov/feed)"],
            examples: examples,
            pressNames: ["White House", "Maison-Blanche", "Maison Blanche", "Белый дом"])
    }

    static let author = "The White House"

    public init() {}

    public func detect(_ probe: SourceProbe) -> Double {
        let head = probe.head
        guard head.contains("whitehouse.gov") else { return 0 }
        let start = probe.trimmedHead
        if Self.isFeed(start) {
            return head.contains("<rss") && head.contains("<item") ? 0.95 : 0
        }
        guard start.hasPrefix("<"), let root = try? HTMLDocument(html: head, file: probe.location).root else { return 0 }
        if Self.isWhiteHouse(host: HTMLBlocks.canonicalURL(root).flatMap(HTMLBlocks.host(of:))) { return 0.95 }
        // No canonical address: the site's theme, scripts or feeds.
        return HTMLBlocks.resourceHosts(root).contains { Self.isWhiteHouse(host: $0) } ? 0.8 : 0
    }

    public func read(_ input: InputFile, options: ReadOptions) throws -> [Document] {
        let start = input.slice(0..<2048).drop(while: { $0.isWhitespace })
        if Self.isFeed(start) {
            return try WhiteHouseRSS.read(input, options: options)
        }
        guard start.hasPrefix("<") else {
            throw SourceError.malformed(file: input.location, format: "whitehouse.gov page or RSS feed",
                                        detail: "the file does not start with markup ('<'); save the page as HTML or the feed as XML")
        }
        return [try WhiteHousePage.read(input, options: options)]
    }

    /// An XML document that is not an XHTML page (which may also open with `<?xml`).
    static func isFeed(_ start: Substring) -> Bool {
        (start.hasPrefix("<?xml") || start.hasPrefix("<rss")) && !start.prefix(2048).lowercased().contains("<html")
    }

    static func isWhiteHouse(host: String?) -> Bool {
        guard let h = host else { return false }
        return h == "whitehouse.gov" || h.hasSuffix(".whitehouse.gov")
    }

    /// The last non-empty path component of a whitehouse.gov address.
    static func slug(of url: String?) -> String? {
        guard let u = url, isWhiteHouse(host: HTMLBlocks.host(of: u)) else { return nil }
        let path = u.split(separator: "?").first.map(String.init) ?? u
        return path.split(separator: "/").dropFirst(2).last.map(String.init)
    }

    /// `whitehouse-<slug>`, else `whitehouse-<fallback>`.
    static func documentID(url: String?, fallback: String) -> String {
        "whitehouse-\(slug(of: url) ?? LocationName.stem(fallback))"
    }

    // MARK: - Dates

    static let months = ["january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
                         "august": 8, "september": 9, "october": 10, "november": 11, "december": 12]

    /// "March 18, 2025" (the site's display date) → midnight UTC, as the RSS feed dates items.
    static func displayDate(_ text: String) -> Date? {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        guard words.count == 3, let m = months[words[0].lowercased()], let d = Int(words[1]), (1...31).contains(d),
              let y = Int(words[2]), y > 1900 else { return nil }
        return CalendarDate.date(year: y, month: m, day: d, timeZone: TimeZone(identifier: "UTC")!)
    }

    /// `<time datetime>` / `article:published_time`: ISO 8601 with an offset.
    static func isoDate(_ text: String?) -> Date? {
        guard let t = text?.trimmingWhitespace(), !t.isEmpty else { return nil }
        return CalendarDate.rfc3339(t)
    }

    /// RSS `pubDate` (RFC 822: "Tue, 18 Mar 2025 00:00:00 +0000").
    static func rfc822(_ text: String?) -> Date? {
        guard let t = text?.trimmingWhitespace(), !t.isEmpty else { return nil }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        for format in ["EEE, dd MMM yyyy HH:mm:ss Z", "dd MMM yyyy HH:mm:ss Z", "EEE, dd MMM yyyy HH:mm Z"] {
            f.dateFormat = format
            if let d = f.date(from: t) { return CalendarDate.checked(d, text: t) }
        }
        return nil
    }
}
