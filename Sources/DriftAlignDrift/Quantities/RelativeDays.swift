import Foundation

/// Days an original names relative to when it was written ("yesterday", "last night", «вчера»),
/// resolved against its publication time, so that a French weekday can be checked: Trump's post
/// of Wednesday 12 February 2025 thanks Putin for "the release, yesterday, of Marc Fogel", which
/// the French reports as «reçu dans la nuit de ce mardi» — Tuesday, right.
///
/// The publication time is an instant; the writer's own calendar day depends on where they are,
/// which the original's language suggests: English from Hawaii to London (UTC−10 to UTC+1),
/// Russian from Kaliningrad to Kamchatka (UTC+2 to UTC+12), any other from UTC−12 to UTC+14.
/// Every day the instant falls on in that span is a candidate: a post from Washington at 02:00
/// UTC may have been written on either UTC day, and both readings are accepted.
enum RelativeDays {
    /// A relative day word of the original and the epoch days it may mean.
    struct Mention: Equatable {
        var range: Range<Int>
        var text: String
        /// Days since 1970-01-01 (UTC calendar).
        var days: [Int]
    }

    /// Offsets in days, by lower-cased word.
    static let words: [String: [Int]] = [
        "yesterday": [-1], "today": [0], "tonight": [0], "tomorrow": [1],
        "вчера": [-1], "сегодня": [0], "завтра": [1], "накануне": [-1],
    ]

    /// Offsets from UTC, in hours, where writers of a language may be.
    static func zones(_ language: String) -> (west: Double, east: Double) {
        switch language {
        case "en": return (-10, 1)
        case "ru": return (2, 12)
        default: return (-12, 14)
        }
    }

    /// The relative day words of a side, resolved against `published`.
    static func mentions(_ tokens: [WordToken], language: String, published: Date) -> [Mention] {
        let t = published.timeIntervalSince1970, z = zones(language)
        // A date a plugin read from a malformed page may be anything: within ±30,000 years only.
        guard t.isFinite, abs(t) < 1e12 else { return [] }
        let local = Set(stride(from: z.west, through: z.east, by: 1).map { Int(((t + $0 * 3600) / 86400).rounded(.down)) })
        var out: [Mention] = []
        for (i, token) in tokens.enumerated() {
            var offsets = words[token.lower]
            var range = token.range, text = token.text
            // "last night": the evening before, or the night just past when written after midnight.
            if token.lower == "night", i > 0, tokens[i - 1].lower == "last" {
                offsets = [-1, 0]
                range = tokens[i - 1].range.lowerBound..<token.range.upperBound
                text = "last night"
            }
            guard let offsets else { continue }
            let days = Set(local.flatMap { d in offsets.map { d + $0 } }).sorted()
            out.append(Mention(range: range, text: text, days: days))
        }
        return out
    }

    /// ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    static func weekday(_ day: Int) -> Int {
        ((day % 7 + 7 + 3) % 7) + 1
    }

    /// Year, month and day of an epoch day, proleptic Gregorian: the civil_from_days algorithm of
    /// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms" (2013).
    static func civil(_ day: Int) -> (year: Int, month: Int, day: Int) {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// "Tuesday 11 February 2025".
    static func display(_ day: Int) -> String {
        let c = civil(day)
        return "\(weekdayNames[weekday(day) - 1]) \(c.day) \(monthNames[c.month - 1]) \(c.year)"
    }

    /// "Tuesday 11 February 2025", or "Tuesday 11 or Wednesday 12 February 2025" when the
    /// writer's day is not certain.
    static func display(_ days: [Int]) -> String {
        days.map(display).joined(separator: " or ")
    }
}
