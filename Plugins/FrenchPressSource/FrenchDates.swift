import DriftAlignSources
import Foundation

/// French and ISO dates in articles, and the publication lines that carry them ("Publié le 18 mars
/// 2025 à 21h30, modifié le 19 mars 2025 à 08h12").
enum FrenchDates {
    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    static let weekdays: Set<String> = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    /// How a publication line opens.
    static let publicationOpenings = ["publié le ", "publiée le ", "mis à jour le ", "mise à jour le ", "modifié le ", "actualisé le "]
    /// The other words a publication line may hold besides dates and times: anything else makes it a
    /// sentence of the article ("Publié le 18 mars par le Kremlin, le communiqué …").
    static let publicationWords: Set<String> = ["publié", "publiée", "mis", "mise", "à", "a", "jour", "le", "modifié", "modifiée",
                                                "actualisé", "actualisée", "et", "h", "heure", "heures"]
    /// Times in French articles are Paris time.
    static let paris = TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 3600)!

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

    /// Whether a line is a publication line: it opens with "Publié le", "Mis à jour le"… and holds
    /// nothing but dates, times and those words.
    static func isPublicationLine(_ line: String) -> Bool {
        let lower = line.lowercased().replacingOccurrences(of: "\u{00A0}", with: " ")
        guard publicationOpenings.contains(where: lower.hasPrefix) else { return false }
        let words = tokens(lower)
        return words.contains { months.contains($0) } && words.allSatisfy { w in
            publicationWords.contains(w) || months.contains(w) || weekdays.contains(w) || w == "1er" || isNumber(w) || time(w) != nil
        }
    }

    /// The date a publication line gives: its "publié le" date when it has one (else its first),
    /// with the time after it ("à 21h30", "à 9 h 05", "à 08:12") read as Paris time; a date alone
    /// is that day at 00:00 UTC, as ``parse(_:)`` reads datelines. Nil when the line is no
    /// publication line.
    static func publication(_ line: String) -> Date? {
        guard isPublicationLine(line) else { return nil }
        let lower = line.lowercased().replacingOccurrences(of: "\u{00A0}", with: " ")
        let from = lower.range(of: "publié le ") ?? lower.range(of: "publiée le ")
        let words = tokens(String(lower[(from?.lowerBound ?? lower.startIndex)...]))
        guard let m = words.firstIndex(where: { months.contains($0) }), m > 0, m + 1 < words.count,
              let day = Int(words[m - 1] == "1er" ? "1" : words[m - 1]), let year = Int(words[m + 1]), words[m + 1].count == 4,
              let month = months.firstIndex(of: words[m]) else { return nil }
        // The time: the words right after the year that can be part of one, joined ("à 9 h 05" → "9h05").
        let clock = words[(m + 2)...].prefix { $0 == "à" || $0 == "a" || $0 == "h" || isNumber($0) || time($0) != nil }
            .filter { $0 != "à" && $0 != "a" }.joined()
        if let (hour, minute) = time(clock) {
            return CalendarDate.date(year: year, month: month + 1, day: day, hour: hour, minute: minute, timeZone: paris)
        }
        return CalendarDate.date(year: year, month: month + 1, day: day, timeZone: TimeZone(identifier: "UTC")!)
    }

    /// Words of a line, punctuation around them dropped.
    private static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || ",;()|·–—".contains($0) }).map(String.init)
    }

    private static func isNumber(_ w: String) -> Bool { !w.isEmpty && w.count <= 4 && w.allSatisfy(\.isASCII) && w.allSatisfy(\.isNumber) }

    /// "21h30", "21h", "08:12" → (hour, minute); nil for anything else.
    private static func time(_ w: String) -> (Int, Int)? {
        let parts = w.split(separator: w.contains(":") ? ":" : "h", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count <= 2,
              let hour = Int(parts[0]), hour < 24 else { return nil }
        guard !parts[1].isEmpty else { return (hour, 0) }
        guard parts[1].count == 2, let minute = Int(parts[1]), minute < 60 else { return nil }
        return (hour, minute)
    }
}
