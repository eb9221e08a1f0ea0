/// What the words just before a number say of it: a lower bound ("more than", «plus de», «более»,
/// "mehr als"), an upper one ("less than", «moins de», «менее», "bis zu"), or an approximation
/// ("about", "nearly", «environ», «près de», «около», «почти», "etwa"). Longer phrases are tried
/// first, so "no more than", «pas plus de», «не более» are upper bounds and "no less than",
/// «не менее» lower ones. Phrases are written as the tokenizer splits them: «au-delà de» is
/// "au", "delà", "de".
enum NumberBound: Sendable, Equatable {
    case lower, upper, approximate

    static let phrases: [String: [([String], NumberBound)]] = [
        "en": [(["no", "more", "than"], .upper), (["not", "more", "than"], .upper), (["no", "less", "than"], .lower),
               (["not", "less", "than"], .lower), (["in", "excess", "of"], .lower), (["more", "than"], .lower), (["over"], .lower),
               (["above"], .lower), (["at", "least"], .lower), (["upwards", "of"], .lower), (["exceeding"], .lower),
               (["less", "than"], .upper), (["fewer", "than"], .upper), (["under"], .upper), (["below"], .upper), (["at", "most"], .upper),
               (["up", "to"], .upper), (["an", "estimated"], .approximate), (["about"], .approximate), (["around"], .approximate),
               (["approximately"], .approximate), (["roughly"], .approximate), (["some"], .approximate), (["nearly"], .approximate),
               (["almost"], .approximate), (["circa"], .approximate)],
        "fr": [(["pas", "plus", "de"], .upper), (["pas", "plus", "d'"], .upper), (["pas", "moins", "de"], .lower), (["pas", "moins", "d'"], .lower),
               (["plus", "de"], .lower), (["plus", "d'"], .lower), (["au", "moins"], .lower), (["au", "delà", "de"], .lower),
               (["moins", "de"], .upper), (["moins", "d'"], .upper), (["au", "plus"], .upper), (["jusqu'", "à"], .upper),
               (["à", "peu", "près"], .approximate), (["environ"], .approximate), (["quelque"], .approximate), (["près", "de"], .approximate),
               (["près", "d'"], .approximate), (["presque"], .approximate), (["approximativement"], .approximate), (["autour", "de"], .approximate)],
        "ru": [(["не", "менее"], .lower), (["не", "меньше"], .lower), (["не", "более"], .upper), (["не", "больше"], .upper),
               (["по", "меньшей", "мере"], .lower), (["как", "минимум"], .lower), (["как", "максимум"], .upper),
               (["более"], .lower), (["больше"], .lower), (["свыше"], .lower), (["минимум"], .lower),
               (["менее"], .upper), (["меньше"], .upper), (["до"], .upper), (["максимум"], .upper),
               (["около"], .approximate), (["примерно"], .approximate), (["приблизительно"], .approximate), (["порядка"], .approximate),
               (["почти"], .approximate)],
        "de": [(["nicht", "mehr", "als"], .upper), (["nicht", "weniger", "als"], .lower), (["mehr", "als"], .lower), (["über"], .lower),
               (["mindestens"], .lower), (["weniger", "als"], .upper), (["unter"], .upper), (["höchstens"], .upper), (["bis", "zu"], .upper),
               (["etwa"], .approximate), (["ungefähr"], .approximate), (["rund"], .approximate), (["circa"], .approximate),
               (["ca"], .approximate), (["fast"], .approximate)],
    ]

    /// Words that also say "until" before a year («до 2026 года», "up to 2026", «jusqu'à 2026»):
    /// no bound on a number that reads as a year.
    static let temporal: Set<String> = ["до", "to", "à", "zu"]

    /// The bound said just before `q` on `side` (the phrase's words separated by spaces only, the
    /// last one directly before the number), with the scalar range of the phrase and the number.
    /// Only for cardinals and approximate quantities.
    static func before(_ q: Quantity, in side: LinkSide) -> (NumberBound, Range<Int>)? {
        guard q.kind == .number || q.kind == .approximate, let list = phrases[side.language] else { return nil }
        let tokens = side.tokens
        guard let last = tokens.lastIndex(where: { $0.range.upperBound <= q.range.lowerBound }),
              q.range.lowerBound - tokens[last].range.upperBound <= 1 else { return nil }
        for (words, bound) in list where words.count <= last + 1 {
            let first = last - words.count + 1
            guard zip(words, tokens[first...last]).allSatisfy({ $0 == $1.lower }) else { continue }
            // Words of one phrase stand together: a space or nothing between them ("jusqu'à").
            guard (first..<last).allSatisfy({ tokens[$0 + 1].range.lowerBound - tokens[$0].range.upperBound <= 1 }) else { continue }
            if temporal.contains(words.last!), q.value == q.value.rounded(), (1000...2100).contains(q.value) { return nil }
            return (bound, tokens[first].range.lowerBound..<q.range.upperBound)
        }
        return nil
    }
}
