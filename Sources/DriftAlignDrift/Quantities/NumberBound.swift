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
               (["по", "меньшей", "мере"], .lower), (["по", "крайней", "мере"], .lower), (["как", "минимум"], .lower), (["как", "максимум"], .upper),
               (["более", "чем"], .lower), (["больше", "чем"], .lower), (["менее", "чем"], .upper), (["меньше", "чем"], .upper),
               (["более"], .lower), (["больше"], .lower), (["свыше"], .lower), (["минимум"], .lower),
               (["менее"], .upper), (["меньше"], .upper), (["до"], .upper), (["максимум"], .upper),
               (["около"], .approximate), (["примерно"], .approximate), (["приблизительно"], .approximate), (["порядка"], .approximate),
               (["почти"], .approximate)],
        "de": [(["nicht", "mehr", "als"], .upper), (["nicht", "weniger", "als"], .lower), (["mehr", "als"], .lower), (["über"], .lower),
               (["mindestens"], .lower), (["weniger", "als"], .upper), (["unter"], .upper), (["höchstens"], .upper), (["bis", "zu"], .upper),
               (["etwa"], .approximate), (["ungefähr"], .approximate), (["rund"], .approximate), (["circa"], .approximate),
               (["ca"], .approximate), (["fast"], .approximate)],
    ]

    /// Whether the bound before `q` on `side` is one that says a bound and nothing else, against
    /// the number `p` of `other` that renders it: not "up to", «jusqu'à», «до», "bis zu", which
    /// also say "until" («с 10 до 12 часов»); not "no less than", «pas moins de», "nicht weniger
    /// als", which say "as many as" (FLORES: «Pas moins de 20 %» for «Целые 20 процентов», a
    /// whole 20 per cent); and "over", "under", "über", "unter" only when they can be nothing
    /// else: not before a length of time ("over two days of talks"), nor where `other` has a
    /// preposition of its own before `p` (MLQE: "demands action over 55 reports" for «из-за 55
    /// сообщений», because of).
    /// `r` is the bound's range before `q` (``before(_:in:)``).
    static func isClear(_ q: Quantity, bound r: Range<Int>, in side: LinkSide, against p: Quantity, in other: LinkSide) -> Bool {
        let words = side.tokens.filter { $0.range.lowerBound >= r.lowerBound && $0.range.upperBound <= q.range.lowerBound }.map(\.lower)
        if [["up", "to"], ["jusqu'", "à"], ["до"], ["bis", "zu"], ["no", "less", "than"], ["not", "less", "than"], ["no", "fewer", "than"],
            ["pas", "moins", "de"], ["pas", "moins", "d'"], ["nicht", "weniger", "als"]].contains(words) { return false }
        if [["over"], ["under"], ["über"], ["unter"]].contains(words) {
            if MeasureUnits.unit(after: q, in: side)?.unit.dimension == .time { return false }
            guard let k = other.tokens.lastIndex(where: { $0.range.upperBound <= p.range.lowerBound }) else { return true }
            return !prepositions.contains(other.tokens[k].lower)
        }
        return true
    }

    /// Whether the bound at `r` on `side` (``before(_:in:)``) is an approximation from below: "nearly", "almost",
    /// «presque», «почти», "fast" (not «près de», "about", «около», which may fall either side).
    static func isNearly(_ r: Range<Int>, in side: LinkSide) -> Bool {
        // `r` runs from the bound's first word to the number's end («почти два»).
        guard let first = side.tokens.first(where: { $0.range.lowerBound >= r.lowerBound }), first.range.upperBound <= r.upperBound else { return false }
        return ["nearly", "almost", "presque", "почти", "fast"].contains(first.lower)
    }

    /// Prepositions before a number that make a rendering's "over" a preposition too ("about",
    /// "because of", "for"): «из-за», «за», «о», «по», «sur», «pour», «à propos de», "wegen".
    static let prepositions: Set<String> = [
        "за", "о", "об", "по", "для", "на", "в", "над", "из", "от", "с", "про", "sur", "pour", "de", "d'", "à", "au", "aux", "avec",
        "par", "dans", "en", "concernant", "about", "for", "on", "of", "with", "from", "in", "wegen", "für", "um", "von", "mit",
    ]

    /// Whether `side` compares `q` without a bound phrase: a bound after it (``follows(_:in:)``),
    /// or a comparison just before it, "than", «que», "als", or a Russian comparative ("heavier
    /// than 1,000 pounds", «тяжелее 1 000 фунтов», «старше 18 лет»), which bound it as "more
    /// than" does.
    static func isCompared(_ q: Quantity, in side: LinkSide) -> Bool {
        if follows(q, in: side) { return true }
        guard let k = side.tokens.lastIndex(where: { $0.range.upperBound <= q.range.lowerBound }),
              isBoundGap(side.tokens[k].range.upperBound..<q.range.lowerBound, in: side.text) else { return false }
        let w = side.tokens[k].lower
        if ["than", "que", "qu'", "als"].contains(w) { return true }
        return side.language == "ru" && w.count >= 4 && ["ее", "ей", "ше", "же"].contains(where: { w.hasSuffix($0) })
    }

    /// Whether a bound follows `q` within three words: "or more", "and over", "or less", «et plus»,
    /// «ou plus», «au moins», «и более», «или больше», "oder mehr", or a "+" right after it ("2,200+").
    static func follows(_ q: Quantity, in side: LinkSide) -> Bool {
        let s = side.text.unicodeScalars
        if q.range.upperBound < s.count, s[s.index(s.startIndex, offsetBy: q.range.upperBound)] == "+" { return true }
        let after = side.tokens.filter { $0.range.lowerBound >= q.range.upperBound }.prefix(3).map(\.lower)
        return after.contains { ["more", "over", "less", "fewer", "plus", "moins", "более", "больше", "менее", "меньше", "mehr", "weniger"].contains($0) }
    }

    /// Between a bound's last word and its number: one space or none, or a space and a currency
    /// sign ("at least $100 million", «au moins $100»), which the number's range leaves out.
    static func isBoundGap(_ gap: Range<Int>, in text: String) -> Bool {
        if gap.count <= 1 { return true }
        guard gap.count <= 3 else { return false }
        let s = Array(text.unicodeScalars.dropFirst(gap.lowerBound).prefix(gap.count))
        return s.first == " " && s.dropFirst().allSatisfy { $0.properties.generalCategory == .currencySymbol }
    }

    /// Words that also say "until" before a year («до 2026 года», "up to 2026", «jusqu'à 2026»):
    /// no bound on a number that reads as a year.
    static let temporal: Set<String> = ["до", "to", "à", "zu"]

    /// The bound said just before `q` on `side` (the phrase's words separated by spaces only, the
    /// last one directly before the number), with the scalar range of the phrase and the number.
    /// Only for cardinals and approximate quantities.
    static func before(_ q: Quantity, in side: LinkSide) -> (NumberBound, Range<Int>)? {
        guard q.kind == .number || q.kind == .approximate, let list = phrases[side.language] else { return nil }
        let tokens = side.tokens
        guard var last = tokens.lastIndex(where: { $0.range.upperBound <= q.range.lowerBound }),
              isBoundGap(tokens[last].range.upperBound..<q.range.lowerBound, in: side.text) else { return nil }
        // An article before a number word: «plus d'un millier», "more than a thousand".
        if last > 0, ["un", "une", "a", "an"].contains(tokens[last].lower), q.range.lowerBound - tokens[last].range.upperBound == 1,
           tokens[last].range.lowerBound - tokens[last - 1].range.upperBound <= 1 { last -= 1 }
        // The article of a share: «plus de la moitié» ("more than half").
        if q.isFraction, last > 0, ["la", "le", "l'"].contains(tokens[last].lower),
                tokens[last].range.lowerBound - tokens[last - 1].range.upperBound <= 1 { last -= 1 }
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
