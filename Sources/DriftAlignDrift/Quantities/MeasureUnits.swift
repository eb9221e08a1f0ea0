import DriftAlignCore
import Foundation

/// Units of measure written after a number, for the number check to see a conversion: the
/// French press gives kilometres, metres and kilograms where Truth Social posts and American
/// readouts say miles, feet and pounds ("1,000 pounds" / «450 kg», «17 500 миль в час» / «28000
/// km/h»). A number is a conversion of another when the two units measure the same thing and
/// the two amounts, brought to one unit, differ by at most ``tolerance``.
///
/// Factors to SI units are the exact definitions of the international yard and pound (1959) and
/// of the US gallon (231 cubic inches), as NIST Handbook 44, Appendix C, tables them: mile
/// 1,609.344 m, yard 0.9144 m, foot 0.3048 m, inch 0.0254 m, pound 0.453 592 37 kg, ounce
/// 28.349 523 125 g, acre 4,046.856 422 4 m², US gallon 3.785 411 784 L. A speed in miles or
/// kilometres per hour converts as its length does, so "mph" is read as miles. Durations too:
/// hours, minutes and seconds, by their definitions (3,600 and 60 seconds), and days, weeks,
/// months and years, a month and a year taken as the mean Gregorian ones (the Gregorian year of
/// 365.2425 days, 97 leap years in 400).
enum MeasureUnits {
    enum Dimension: String, Sendable { case length, mass, area, volume, time }

    struct Unit: Sendable, Equatable {
        var dimension: Dimension
        /// The amount of the dimension's SI unit (metre, kilogram, square metre, litre) in one.
        var factor: Double
        /// The unit's name as the message writes it ("km", "mile").
        var name: String

        /// The name after an amount: "1 mile", "17 500 miles", "100 feet", "450 kg".
        func name(for amount: Double) -> String {
            guard amount != 1 else { return name }
            switch name {
            case "foot": return "feet"
            case "inch": return "inches"
            case "mile", "yard", "pound", "ounce", "acre", "gallon", "hour", "minute", "second", "day", "week", "month", "year", "decade": return name + "s"
            case "century": return "centuries"
            default: return name
            }
        }
    }

    /// How far apart, relatively, a converted amount may be from the other: rounding to a round
    /// number ("more than 100 feet" / «plus de 30 mètres»: 30.48 m) stays well within 6 %.
    static let tolerance = 0.06

    private static let table: [String: Unit] = {
        var t: [String: Unit] = [:]
        func add(_ words: [String], _ d: Dimension, _ f: Double, _ name: String) {
            for w in words { t[w] = Unit(dimension: d, factor: f, name: name) }
        }
        add(["km", "kilomètres", "kilomètre", "kilometres", "kilometre", "kilometers", "kilometer", "км", "километров", "километра",
             "километр", "километрах", "километрами"], .length, 1000, "km")
        add(["m", "mètres", "mètre", "meters", "meter", "metres", "metre", "м", "метров", "метра", "метр", "метрах", "метрами"], .length, 1, "m")
        add(["cm", "centimètres", "centimètre", "centimeters", "centimetres", "см", "сантиметров", "сантиметра"], .length, 0.01, "cm")
        add(["miles", "mile", "mi", "mph", "миль", "мили", "милю", "милях", "миля", "милями"], .length, 1609.344, "mile")
        add(["yards", "yard", "yd", "ярдов", "ярда", "ярд"], .length, 0.9144, "yard")
        add(["feet", "foot", "ft", "pieds", "pied", "футов", "фута", "фут"], .length, 0.3048, "foot")
        add(["inches", "inch", "pouces", "pouce", "дюймов", "дюйма", "дюйм"], .length, 0.0254, "inch")
        add(["kg", "kilogrammes", "kilogramme", "kilograms", "kilogram", "kilos", "kilo", "кг", "килограммов", "килограмма", "килограмм"],
            .mass, 1, "kg")
        add(["tonnes", "tonne", "tons", "ton", "тонн", "тонны", "тонна"], .mass, 1000, "t")
        add(["grammes", "gramme", "grams", "gram", "грамм", "граммов", "грамма"], .mass, 0.001, "g")
        add(["pounds", "pound", "lb", "lbs", "livres", "фунтов", "фунта", "фунт"], .mass, 0.45359237, "pound")
        add(["ounces", "ounce", "oz", "onces", "once", "унций", "унции", "унция"], .mass, 0.028349523125, "ounce")
        add(["acres", "acre", "акров", "акра", "акр"], .area, 4046.8564224, "acre")
        add(["hectares", "hectare", "ha", "гектаров", "гектара", "гектар", "га"], .area, 10000, "ha")
        add(["gallons", "gallon", "галлонов", "галлона", "галлон"], .volume, 3.785411784, "gallon")
        add(["litres", "litre", "liters", "liter", "l", "литров", "литра", "литр"], .volume, 1, "L")
        // Durations, which the press gives in hours where a readout counts minutes ("a 90-minute
        // call" / «un appel d'une heure et demie»). Not "second" alone (the ordinal), nor «h»,
        // which writes a time of day («à 15 h»).
        add(["hours", "hour", "heures", "heure", "час", "часа", "часов", "часу"], .time, 3600, "hour")
        add(["minutes", "minute", "min", "минут", "минуты", "минуту", "минута"], .time, 60, "minute")
        add(["seconds", "secondes", "seconde", "секунд", "секунды", "секунду", "секунда"], .time, 1, "second")
        // Days, weeks, months and years ("a 30-day ceasefire" / «un cessez-le-feu d'un mois»,
        // "over the past two weeks" / «ces deux derniers mois»): a month and a year as the mean
        // Gregorian ones, 365.2425 / 12 and 365.2425 days.
        add(["days", "day", "jours", "jour", "journée", "journées", "день", "дня", "дней", "дню", "дни", "днях", "днями",
             // «сутки», a day and a night: 24 hours («за сутки» / «en vingt-quatre heures»).
             "сутки", "суток", "суткам", "сутках", "сутками"], .time, 86_400, "day")
        add(["weeks", "week", "semaines", "semaine", "неделя", "недели", "недель", "неделю", "неделях", "неделями"], .time, 604_800, "week")
        add(["months", "month", "mois", "месяц", "месяца", "месяцев", "месяцы", "месяцах", "месяцами"], .time, 2_629_746, "month")
        add(["years", "year", "ans", "an", "années", "année", "год", "года", "лет", "году", "годы", "годах", "годами"], .time, 31_556_952, "year")
        // Decades and centuries ("two decades" / «vingt ans», "for decades" / «depuis des décennies»).
        add(["decades", "decade", "décennies", "décennie", "десятилетие", "десятилетия", "десятилетий", "десятилетиями", "десятилетиях"],
            .time, 315_569_520, "decade")
        add(["centuries", "century", "siècles", "siècle", "век", "века", "веков", "столетие", "столетия", "столетий"], .time, 3_155_695_200, "century")
        // Russian words of half a unit («полчаса», half an hour): the unit itself, the amount
        // one half (``QuantityExtractor/halfOfAUnit(_:_:_:)``).
        for (words, unit) in russianHalfUnits { add(words, .time, t[unit]!.factor, t[unit]!.name) }
        return t
    }()

    /// Russian words that say half of a unit of time, one word each, with a word of the unit.
    private static let russianHalfUnits: [([String], String)] = [
        (["полчаса", "полчасика"], "час"), (["полминуты"], "минута"), (["полдня", "полдней"], "день"), (["полнедели"], "неделя"),
        (["полмесяца"], "месяц"), (["полгода"], "год"), (["полвека"], "век"),
    ]

    /// Roots of Russian adjectives of a length of time, with a word of their unit, and whether
    /// the adjective alone says one unit: «недельное перемирие» (a week-long truce), «месячный
    /// срок», «суточный» (a day and a night), «годичный»; after a numeral stem or a number, the
    /// others too: «двухчасовой», «тридцатидневное», «пятилетний», «30-дневное». Alone, «часовой»
    /// is a sentry or a time zone's, «дневной» of the daytime, «летний» of summer, «минутный»
    /// fleeting and «годовой» yearly: no length.
    private static let russianDurationRoots: [(root: String, unit: String, alone: Bool)] = [
        ("часов", "час", false), ("минутн", "минута", false), ("секундн", "секунда", false), ("дневн", "день", false),
        ("суточн", "сутки", true), ("недельн", "неделя", true), ("месячн", "месяц", true), ("летн", "год", false),
        ("годичн", "год", true), ("вековн", "век", false),
    ]

    /// Numeral stems of Russian compounds of time beyond ``NumberWords/russianCompoundStems``
    /// (which serves any compound): «однодневный», «девяностодневный», «пятнадцатиминутный»,
    /// «столетний», taken only before a root of time («одновременно», «столица» stay words).
    private static let russianDurationStems: [(String, Double)] = [
        ("одно", 1), ("одиннадцати", 11), ("тринадцати", 13), ("четырнадцати", 14), ("пятнадцати", 15), ("шестнадцати", 16),
        ("семнадцати", 17), ("восемнадцати", 18), ("девятнадцати", 19), ("шестидесяти", 60), ("семидесяти", 70),
        ("восьмидесяти", 80), ("девяносто", 90), ("сто", 100), ("тысяче", 1000),
    ]

    /// The unit a Russian word of time after a number names: «30-дневное» (the number written
    /// apart, the adjective after its hyphen), «часовой» after «двух-».
    static func russianDurationUnit(_ lower: String) -> Unit? {
        guard let r = russianDurationRoots.first(where: { lower.hasPrefix($0.root) && lower.count >= $0.root.count + 2 }) else { return nil }
        return table[r.unit]
    }

    /// A Russian compound adjective of a length of time: its amount and unit, and whether the
    /// amount is written (a numeral stem) or only meant («недельный»: one week). Nil for other
    /// words.
    static func russianCompoundDuration(_ lower: String) -> (amount: Double, unit: Unit, numbered: Bool)? {
        if let r = russianDurationRoots.first(where: { $0.alone && lower.hasPrefix($0.root) && lower.count >= $0.root.count + 2 }),
           let u = table[r.unit] { return (1, u, false) }
        for (stem, v) in NumberWords.russianCompoundStems + russianDurationStems where lower.hasPrefix(stem) {
            if let u = russianDurationUnit(String(lower.dropFirst(stem.count))) { return (v, u, true) }
        }
        return nil
    }

    /// Words of one unit of time from hours to centuries, in the singular only: a unit said
    /// alone in them is one of it («продлятся неделю», "within a day", «un jour»), where a
    /// plural is vague («в ближайшие дни», "for weeks"). «mois» is both numbers and stays out.
    static let singularTimeWords: Set<String> = [
        "hour", "day", "week", "month", "year", "decade", "century", "heure", "jour", "journée", "semaine", "an", "année",
        "décennie", "siècle", "час", "день", "неделя", "неделю", "месяц", "год", "сутки", "десятилетие", "век", "столетие",
    ]

    /// The words of ``russianHalfUnits`` («полчаса», «полгода»).
    static let russianHalves = Set(russianHalfUnits.flatMap(\.0))

    /// Adjectives of order that stand between a number and its unit of time in French («les deux
    /// derniers mois») and may in English ("two more days", "two full weeks").
    static let timeAdjectives: Set<String> = [
        "derniers", "dernières", "prochains", "prochaines", "premiers", "premières", "suivants", "suivantes", "précédents",
        "précédentes", "more", "full", "whole", "straight", "consecutive",
    ]

    /// The unit of time a lower-cased word names, if any.
    static func timeUnit(_ word: String) -> Unit? {
        table[word].flatMap { $0.dimension == .time ? $0 : nil }
    }

    /// The unit written right after a quantity of `side` (one space or none between), or a
    /// duration's unit inside it («une heure et demie»), if any, and the scalar range of the
    /// amount with its unit ("1 000 фунтов").
    static func unit(after q: Quantity, in side: LinkSide) -> (unit: Unit, range: Range<Int>)? {
        // The first token at or after the quantity's end, by binary search (tokens are in text order).
        var lo = 0, hi = side.tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if side.tokens[mid].range.lowerBound >= q.range.upperBound { hi = mid } else { lo = mid + 1 }
        }
        let k = lo
        // A duration's unit may stand inside the amount: «une heure et demie», "an hour and a half"
        // (the amount's own tokens only, read back from its end).
        var j = k - 1
        while j >= 0, side.tokens[j].range.lowerBound >= q.range.lowerBound {
            if let u = table[side.tokens[j].lower], u.dimension == .time { return (u, q.range) }
            // «двухчасовой», «недельное»: the unit inside the compound adjective.
            if q.isInsideWord, let d = russianCompoundDuration(side.tokens[j].lower) { return (d.unit, q.range) }
            j -= 1
        }
        guard k < side.tokens.count, side.tokens[k].range.lowerBound - q.range.upperBound <= 1 else { return nil }
        // «les deux derniers mois», «les trois prochaines semaines», "the first two days": an
        // adjective of order between the number and its unit of time.
        if timeAdjectives.contains(side.tokens[k].lower), k + 1 < side.tokens.count,
           side.tokens[k + 1].range.lowerBound - side.tokens[k].range.upperBound <= 1,
           let u = table[side.tokens[k + 1].lower], u.dimension == .time {
            return (u, q.range.lowerBound..<side.tokens[k + 1].range.upperBound)
        }
        let t = side.tokens[k]
        // "m" and "l" are units only in lower case ("M. Trump" is no metre).
        if t.text == "M" || t.text == "L" { return nil }
        // «30-дневное», «2-часовой»: an adjective of time joined to the number by a hyphen.
        // («11 часовых поясов», time zones, reads as hours too: the number meets its own in the
        // other side, which has no unit of time after it, so the reading changes no finding.)
        if side.language == "ru", let u = russianDurationUnit(t.lower) {
            return (u, q.range.lowerBound..<t.range.upperBound)
        }
        return table[t.lower].map { ($0, q.range.lowerBound..<t.range.upperBound) }
    }

    /// Whether `x` in unit `u` and `y` in unit `v` are the same amount in two units.
    static func isConversion(_ x: Double, _ u: Unit, _ y: Double, _ v: Unit) -> Bool {
        guard u.dimension == v.dimension, u.factor != v.factor, x > 0, y > 0 else { return false }
        let a = x * u.factor, b = y * v.factor
        return abs(a - b) <= tolerance * max(a, b)
    }

    /// `x` in unit `u` written in unit `v`, rounded to three significant digits, for a message.
    static func converted(_ x: Double, _ u: Unit, to v: Unit) -> String {
        let value = x * u.factor / v.factor
        let digits = max(0, 2 - Int(floor(log10(max(abs(value), 1e-9)))))
        let rounded = (value * pow(10, Double(digits))).rounded() / pow(10, Double(digits))
        return (digits == 0 ? String(Int(rounded)) : String(format: "%.\(digits)f", rounded)) + " " + v.name(for: rounded)
    }
}
