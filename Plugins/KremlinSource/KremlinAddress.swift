import DriftAlignSources
import Foundation

/// kremlin.ru addresses and dates: news ids, the other-language twin, Moscow-time dates.
///
/// FORMATS.md §3: news pages live at `http://kremlin.ru/events/president/news/<numeric id>`; the
/// English twin usually has the same id on `en.kremlin.ru` (general knowledge, unverified here).
enum KremlinAddress {
    /// Russian host (`kremlin.ru`, `www.kremlin.ru`) or English host (`en.kremlin.ru`).
    static func isKremlin(host: String?) -> Bool {
        guard let h = host else { return false }
        return h == "kremlin.ru" || h.hasSuffix(".kremlin.ru")
    }

    /// "ru" for kremlin.ru, "en" for en.kremlin.ru, nil for other hosts.
    static func language(of url: String?) -> String? {
        guard let u = url, let h = HTMLBlocks.host(of: u), isKremlin(host: h) else { return nil }
        return h.hasPrefix("en.") ? "en" : (h == "kremlin.ru" || h == "www.kremlin.ru") ? "ru" : nil
    }

    /// The numeric id: the last path component made only of digits (…/news/76470 → "76470").
    static func newsID(of url: String?) -> String? {
        guard let u = url, isKremlin(host: HTMLBlocks.host(of: u)) else { return nil }
        let path = u.split(separator: "?").first.map(String.init) ?? u
        let parts = path.split(separator: "/").dropFirst(2)
        return parts.last { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }.map(String.init)
    }

    /// The same path on the other language's host: kremlin.ru ↔ en.kremlin.ru (FORMATS.md §3, the
    /// usual pattern, unverified). Nil when the address has no news id.
    static func twinURL(of url: String?) -> String? {
        guard let u = url, newsID(of: u) != nil, let host = HTMLBlocks.host(of: u),
              let r = u.range(of: host, options: .caseInsensitive) else { return nil }
        let other = host.hasPrefix("en.") ? "kremlin.ru" : "en.kremlin.ru"
        return u.replacingCharacters(in: r, with: other)
    }

    // MARK: - Dates

    /// kremlin.ru gives times in Moscow time, UTC+3 all year since 2014 (no daylight saving).
    static let moscow = TimeZone(secondsFromGMT: 3 * 3600)!

    static let months: [String: Int] = [
        "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
        "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    /// A page date from `time.read__published` (its `datetime` attribute, "2025-03-18" or full
    /// RFC 3339, or its text "18 марта 2025 года" / "March 18, 2025") and `.read__time` ("18:00").
    static func pageDate(attribute: String?, text: String?, time: String?) -> Date? {
        if let a = attribute, a.contains("T"), let d = rfc3339(a) { return d }
        var day: Int?, month: Int?, year: Int?, hour = 0, minute = 0
        if let a = attribute {
            let p = a.split(separator: "-").compactMap { Int($0) }
            // An attribute that is no date leaves the date to the text.
            if p.count == 3, CalendarDate.date(year: p[0], month: p[1], day: p[2], timeZone: moscow) != nil {
                (year, month, day) = (p[0], p[1], p[2])
            }
        }
        let words = ((text ?? "") + " " + (time ?? "")).split(whereSeparator: { $0.isWhitespace || $0 == "," })
        for w in words.prefix(40) {
            if let m = months[w.lowercased()] { month = month ?? m } else if let n = Int(w) {
                if n > 31 { year = year ?? n } else { day = day ?? n }
            } else if w.contains(":") {
                let hm = w.split(separator: ":").compactMap { Int($0) }
                if hm.count >= 2 { (hour, minute) = (hm[0], hm[1]) }
            }
        }
        guard let y = year, let m = month, let d = day else { return nil }
        // Out of range (year 9223372036854775807, 99:99): no date rather than a wrapped one.
        return CalendarDate.date(year: y, month: m, day: d, hour: hour, minute: minute, timeZone: moscow)
    }

    /// Atom `published`/`updated`: RFC 3339 with an offset ("2025-03-18T18:00:00+03:00"); nil
    /// when out of range.
    static func rfc3339(_ s: String) -> Date? { CalendarDate.rfc3339(s) }
}
