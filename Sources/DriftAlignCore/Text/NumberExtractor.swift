/// Numbers written with digits, normalized across typographic conventions.
///
/// English writes "2,500" and "2.5", French "2 500" (with a no-break space) and "2,5", Russian
/// like French. We read digit groups with the language's separators and return canonical values
/// ("2500", "2.5"), with the scalar range each came from. Used as alignment anchors and by the
/// drift scorer's number finding.
public enum NumberExtractor {
    public struct Number: Sendable, Equatable {
        public var value: String
        public var range: Range<Int>
    }

    static let groupSpaces: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    public static func extract(_ text: String, language: String) -> [Number] {
        let s = Array(text.unicodeScalars)
        let decimalComma = language != "en"
        var out: [Number] = []
        var i = 0
        while i < s.count {
            guard isDigit(s[i]), i == 0 || !(isDigit(s[i - 1]) || s[i - 1].properties.isAlphabetic) || isTimeSeparator(s, i) else { i += 1; continue }
            // A dotted date ("02.12.19", "18.03.2025") is three numbers in every language.
            if let parts = dottedDate(s, i) {
                for r in parts {
                    let v = String(ScalarText.string(s, r).drop(while: { $0 == "0" }))
                    out.append(Number(value: v.isEmpty ? "0" : v, range: r))
                }
                i = parts[2].upperBound
                continue
            }
            let start = i
            var digits = ""
            var fraction = ""
            var j = i
            while j < s.count, isDigit(s[j]) { digits.unicodeScalars.append(s[j]); j += 1 }
            // Thousands groups: separator followed by exactly three digits. Spaces group only
            // after a lead of one to three digits ("4 000 000", not "en 2024 500 personnes").
            let lead = digits.count
            while j + 3 < s.count + 0, j < s.count {
                let sep = s[j]
                let isGroup = (groupSpaces.contains(sep) && lead <= 3) || (sep == "," && !decimalComma) || (sep == "." && decimalComma)
                guard isGroup, j + 3 < s.count + 1, (1...3).allSatisfy({ j + $0 < s.count && isDigit(s[j + $0]) }),
                      j + 4 >= s.count || !isDigit(s[j + 4]) else { break }
                for k in 1...3 { digits.unicodeScalars.append(s[j + k]) }
                j += 4
            }
            // Decimal part. A point followed by other than three digits is a decimal point in
            // French and Russian text too ("в 2-2.5 раза", "ст. 17.10"): it cannot group thousands.
            let pointDecimal = s[safe: j] == "." && decimalComma && digitRun(s, j + 1) != 3
            if j + 1 < s.count, (s[j] == "," && decimalComma) || (s[j] == "." && !decimalComma) || pointDecimal, isDigit(s[j + 1]) {
                j += 1
                while j < s.count, isDigit(s[j]) { fraction.unicodeScalars.append(s[j]); j += 1 }
            }
            let whole = String(digits.drop(while: { $0 == "0" }))
            var value = whole.isEmpty ? "0" : whole
            let frac = String(fraction.reversed().drop(while: { $0 == "0" }).reversed())
            if !frac.isEmpty { value += "." + frac }
            out.append(Number(value: value, range: start..<j))
            i = j
        }
        return out
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// The number of digits from `i` on.
    static func digitRun(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count, isDigit(s[j]) { j += 1 }
        return j - i
    }

    /// Day, month and year of a dotted date at `i` (1–2, 1–2 and 2 or 4 digits, nothing
    /// numeric after), or nil.
    static func dottedDate(_ s: [Unicode.Scalar], _ i: Int) -> [Range<Int>]? {
        let d = digitRun(s, i)
        guard (1...2).contains(d), s[safe: i + d] == "." else { return nil }
        let m = digitRun(s, i + d + 1)
        guard (1...2).contains(m), s[safe: i + d + 1 + m] == "." else { return nil }
        let yStart = i + d + 1 + m + 1
        let y = digitRun(s, yStart)
        guard y == 2 || y == 4 else { return nil }
        let end = yStart + y
        if let next = s[safe: end], next.properties.isAlphabetic || (next == "." && s[safe: end + 1].map(isDigit) == true) { return nil }
        guard let day = Int(ScalarText.string(s, i..<(i + d))), let month = Int(ScalarText.string(s, (i + d + 1)..<(i + d + 1 + m))),
              (1...31).contains(day), (1...12).contains(month) else { return nil }
        return [i..<(i + d), (i + d + 1)..<(i + d + 1 + m), yStart..<end]
    }

    /// "14h52", "10:00": the minutes after h or : are a number of their own.
    static func isTimeSeparator(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        i > 1 && (s[i - 1] == "h" || s[i - 1] == ":") && isDigit(s[i - 2])
    }
}

extension Array {
    /// The element at `i`, or nil outside the array.
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
