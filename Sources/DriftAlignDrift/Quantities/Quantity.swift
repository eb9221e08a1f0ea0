/// A number, date part, time or vague quantity read from one side of a link, in a form that
/// compares across languages: "2,500" = "2 500" = 2500; "11:35 pm" = "23h35"; "mardi" =
/// "Tuesday" = weekday 2; "dizaines" = "dozens" = "десятки" = about 10.
///
/// Built by ``QuantityExtractor``; compared by the number check.
struct Quantity: Sendable, Equatable {
    enum Kind: String, Sendable {
        /// A cardinal (written with digits or words); `value` is the number.
        case number
        /// "seventh", "septième", "седьмой"; `value` is the rank.
        case ordinal
        /// A clock time; `value` is minutes after midnight.
        case time
        /// A month; `value` is 1…12.
        case month
        /// A day of the week; `value` is 1 (Monday) … 7 (Sunday).
        case weekday
        /// "dozens", "centaines", "тысячи": `value` is the order of magnitude (10, 100, 1000…).
        case approximate
    }
    var kind: Kind
    var value: Double
    /// Scalar range in the side's string.
    var range: Range<Int>
    /// As written, for messages.
    var text: String
    /// "un", "one", "один": counted only when the other side has the number, since it is
    /// usually an article.
    var isWeak = false
    /// A time written without a.m./p.m. or 24-hour context, which may mean either half-day.
    var isAmbiguousHalfDay = false
    /// A decade written with two digits, «les années 20»: it meets 1920 and 2020.
    var isDecade = false
    /// The number inside a compound word («двухчасового», "two-hour"): the word is still a
    /// content word to translate (``LinkSide/content``).
    var isInsideWord = false
    /// An ordinal that orders an argument («во-первых», "First,"): weak, so that one side's alone
    /// says nothing, but two that differ («в-третьих» / "Second,") are a changed number.
    var isDiscourse = false

    /// A fraction: "half", «la moitié», «четверть» (weak: counted only against the other side's
    /// half or fraction), or a third («un tiers», "two thirds", «треть», an ordinal's value).
    /// Two that differ are a changed number ("half of the aid" / «un tiers de l'aide»).
    var isFraction = false

    /// Whether two quantities say the same thing.
    func agrees(with o: Quantity) -> Bool {
        switch (kind, o.kind) {
        case (.time, .time):
            if value == o.value { return true }
            let half = abs(value - o.value) == 720
            return half && (isAmbiguousHalfDay || o.isAmbiguousHalfDay)
        case (.time, .number), (.number, .time):
            // "14h" in one language, "at 14" or "at 2" in the other.
            let (t, n) = kind == .time ? (self, o) : (o, self)
            let hour = (t.value / 60).rounded(.down)
            return t.value.truncatingRemainder(dividingBy: 60) == 0 && (n.value == hour || n.value + 12 == hour)
        case (.ordinal, .number), (.number, .ordinal), (.approximate, .number), (.number, .approximate):
            // An ordinal meets its number; so does an order of magnitude, since Russian "тысяч",
            // "тысячи", "миллионов" are both a number word and a vague plural ("более тысячи лет"
            // = "plus de 1000 ans"; "раздача тысяч сеток" = "des milliers").
            return value == o.value
        case (.number, .number):
            if value == o.value { return true }
            // «les années 20» for "the 1920s" / «1920-е годы».
            let (d, y) = isDecade ? (self, o) : (o, self)
            return d.isDecade && (y.value == 1900 + d.value || y.value == 2000 + d.value)
        default:
            return kind == o.kind && value == o.value
        }
    }

    /// The quantity as an editor reads it in a message.
    var display: String { text }
}
