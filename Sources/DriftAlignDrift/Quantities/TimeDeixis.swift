/// Times a text names relative to when it speaks: "yesterday", "this week", «la semaine
/// dernière», «в следующем году». A translation that moves one ("The minerals deal will be signed
/// this week" / «…a été signé la semaine dernière») changes a date as surely as «le 14 mars» for
/// "March 24" does, and no number shows it.
///
/// Each reference is a unit (day, week, month, year) and an offset from the present one (−1, 0,
/// +1; ±2 for «avant-hier», «послезавтра»). "The past week" and «la semaine écoulée» are taken
/// as the last one (−1), as a translator renders them. Hand-made from the three languages'
/// grammars; the readouts' and posts' own ("this week", «на этой неделе», «в ближайшие дни» is
/// vague and left out).
enum TimeDeixis {
    enum Unit: String, Sendable { case day, week, month, year }

    struct Reference: Equatable {
        var unit: Unit
        var offset: Int
        /// Token indices of the words that say it.
        var tokens: ClosedRange<Int>
    }

    /// Day words, one token each.
    private static let days: [String: Int] = [
        "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
        "hier": -1, "aujourd'hui": 0, "demain": 1,
        "позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2,
    ]

    /// Words of units, each language's forms.
    private static func unit(_ w: String) -> Unit? {
        switch w {
        case "day", "jour", "journée", "день", "дня": return .day
        case "week", "weekend", "semaine", "неделе", "неделю", "недели", "неделя": return .week
        case "month", "mois", "месяце", "месяц", "месяца": return .month
        case "year", "année", "an", "году", "год", "года": return .year
        default: return nil
        }
    }

    /// Offsets of the words that place a unit: "this", "last", "next", «prochain», «прошлой».
    private static func offset(_ w: String) -> Int? {
        switch w {
        case "this", "ce", "cet", "cette", "этой", "этом", "эту", "этот", "текущем", "текущей", "текущую", "текущий": return 0
        case "last", "past", "dernier", "dernière", "passé", "passée", "écoulé", "écoulée", "прошлой", "прошлом", "прошлую", "прошлый",
             "прошедшей", "прошедшем", "прошедшую", "прошедший", "минувшей", "минувшем", "минувшую", "минувший":
            return -1
        case "next", "prochain", "prochaine", "следующей", "следующем", "следующую", "следующий", "будущей", "будущем", "будущий":
            return 1
        default: return nil
        }
    }

    /// The relative times of `tokens`, in text order. One pass; each reference reads at most the
    /// two words around a unit.
    static func references(_ tokens: [WordToken], language: String) -> [Reference] {
        var out: [Reference] = []
        var i = 0
        while i < tokens.count {
            let w = tokens[i].lower
            // «avant-hier», «après-demain»: the tokenizer splits them at the hyphen.
            if language == "fr", i + 1 < tokens.count, (w == "avant" && tokens[i + 1].lower == "hier") || (w == "après" && tokens[i + 1].lower == "demain") {
                out.append(Reference(unit: .day, offset: w == "avant" ? -2 : 2, tokens: i...(i + 1)))
                i += 2
                continue
            }
            if let d = days[w] {
                // "yesterday's", «d'hier» stay one reference; «hier soir» is yesterday.
                out.append(Reference(unit: .day, offset: d, tokens: i...i))
                i += 1
                continue
            }
            // "last night", «cette nuit» (the night just past or to come: left out).
            if language == "en", w == "last", i + 1 < tokens.count, tokens[i + 1].lower == "night" {
                out.append(Reference(unit: .day, offset: -1, tokens: i...(i + 1)))
                i += 2
                continue
            }
            if let u = unit(w) {
                // English and Russian put the word before the unit ("last week", «на прошлой
                // неделе»); French after it («la semaine dernière», «l'an prochain») except for the
                // demonstrative («cette semaine»).
                let before = i > 0 ? offset(tokens[i - 1].lower) : nil
                let after = language == "fr" && i + 1 < tokens.count ? offset(tokens[i + 1].lower) : nil
                // A French «dernier» before the unit ranks («la dernière semaine de mars», the
                // final week); «ce» before it names the present one.
                let placed: Int? = language == "fr" ? (after ?? (before == 0 ? 0 : nil)) : before
                // Days are named by their own words ("yesterday"); "the next day", «на следующий
                // день» tell of a time the text speaks of, not of now.
                if let o = placed, u != .day {
                    let first = before != nil && (language != "fr" || after == nil) ? i - 1 : i
                    let last = after != nil ? i + 1 : i
                    out.append(Reference(unit: u, offset: o, tokens: first...last))
                    i = last + 1
                    continue
                }
            }
            i += 1
        }
        return out
    }
}
