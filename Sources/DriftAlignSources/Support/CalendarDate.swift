import Foundation

/// Dates built from the parts a page or feed gives (year, month, day, time), refused when a part
/// is out of range instead of wrapped.
///
/// Foundation's `Calendar` does not refuse them: year 9,223,372,036,854,775,807 comes out as year
/// 1, hour 9,223,372,036,854,775,807 as some other day, 30 February as 2 March; a document would
/// carry a wrong date where it should carry none. Used by the page and feed readers.
public enum CalendarDate {
    /// The years a source date may have: RFC 3339 §5.6 writes `date-fullyear` with four digits.
    public static let years = 1...9999

    /// The date, or nil when a part is out of range (a day the month does not have, hour 24…).
    public static func date(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
                            timeZone: TimeZone) -> Date? {
        guard years.contains(year), (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour),
              (0...59).contains(minute), (0...59).contains(second) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        parts.timeZone = timeZone
        guard let date = calendar.date(from: parts) else { return nil }
        // Round trip: a day past the month's end has moved into the next month.
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        return back.year == year && back.month == month && back.day == day ? date : nil
    }

    /// RFC 3339 §5.6 `date-time` ("2025-03-18T18:00:00+03:00", "2025-03-18T15:00:00.5Z"), read
    /// part by part and refused when a part is out of range. Lenient as ISO8601DateFormatter was
    /// in two ways feeds need: a lower-case "t" or a space for "T" (RFC 3339's note), and an
    /// offset without its colon ("+0300"). Also much faster than creating a formatter per entry,
    /// and safe: ICU's formatter dies of SIGFPE on a fraction of 100 digits and wraps a long year,
    /// fraction or offset into a wrong date. The fraction is read to the millisecond.
    public static func rfc3339(_ text: String) -> Date? {
        let s = Array(text.trimmingWhitespace().utf8)
        func number(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= s.count else { return nil }
            var n = 0
            for b in s[at..<(at + count)] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            return n
        }
        guard s.count >= 20, let year = number(0, 4), s[4] == UInt8(ascii: "-"), let month = number(5, 2),
              s[7] == UInt8(ascii: "-"), let day = number(8, 2), [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(s[10]),
              let hour = number(11, 2), s[13] == UInt8(ascii: ":"), let minute = number(14, 2), s[16] == UInt8(ascii: ":"),
              let second = number(17, 2) else { return nil }
        var i = 19
        // Whole milliseconds, later digits dropped, as ISO8601DateFormatter (ICU) reads them: the
        // same Date to the last bit, so that a store's timestamps do not move by 1 ms.
        var milliseconds = 0
        if s[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < s.count, let digit = number(i, 1) {
                if i - start < 3 { milliseconds = milliseconds * 10 + digit }
                i += 1
            }
            guard i > start else { return nil }
            for _ in min(i - start, 3)..<3 { milliseconds *= 10 }
        }
        guard i < s.count else { return nil }
        var offset = 0
        if s[i] == UInt8(ascii: "Z") || s[i] == UInt8(ascii: "z") {
            i += 1
        } else {
            let sign = s[i] == UInt8(ascii: "-") ? -1 : 1
            guard s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-"), let oh = number(i + 1, 2) else { return nil }
            i += 3
            if i < s.count && s[i] == UInt8(ascii: ":") { i += 1 }
            guard let om = number(i, 2), oh <= 23, om <= 59 else { return nil }
            i += 2
            offset = sign * (oh * 3600 + om * 60)
        }
        guard i == s.count, let zone = TimeZone(secondsFromGMT: offset) else { return nil }
        guard let whole = date(year: year, month: month, day: day, hour: hour, minute: minute, second: second, timeZone: zone) else { return nil }
        guard milliseconds > 0 else { return whole }
        // ICU's UDate is milliseconds since 1970; Foundation divides by 1,000.
        return Date(timeIntervalSince1970: (whole.timeIntervalSince1970 * 1000 + Double(milliseconds)) / 1000)
    }

    /// An RFC 3339 `full-date` ("2025-03-18"): midnight UTC, or nil when out of range.
    public static func fullDate(_ text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return date(year: year, month: month, day: day, timeZone: TimeZone(identifier: "UTC")!)
    }

    /// A date read by a formatter from `text` (ISO 8601, RFC 822), or nil when the text's year is
    /// not four digits or the result's year is out of ``years``: formatters accept longer years
    /// and wrap them.
    public static func checked(_ date: Date?, text: String) -> Date? {
        guard let date else { return nil }
        let runs = text.split(whereSeparator: { !$0.isASCII || !$0.isNumber })
        guard let year = runs.first(where: { $0.count >= 4 }), year.count == 4 else { return nil }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        return years.contains(utc.component(.year, from: date)) ? date : nil
    }
}
