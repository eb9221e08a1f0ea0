/// Numbers, months, days and vague quantities written as words in English, French and Russian.
///
/// Read by ``QuantityExtractor``. Russian words are listed with their frequent case forms
/// (двух, трёх, пяти…) because number words inflect. Hand-made; sources: the grammars of the
/// three languages, checked against the seed articles and the Kremlin readouts.
enum NumberWords {
    /// Units, teens and tens. Articles ("un", "une", "a") are not here: see ``weakOne``.
    static let cardinals: [String: Double] = {
        var t: [String: Double] = [:]
        let en = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (i, w) in en.enumerated() { t[w] = Double(i) }
        for (w, v) in [("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90)] { t[w] = Double(v) }
        let fr = ["zéro", "", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
                  "treize", "quatorze", "quinze", "seize"]
        for (i, w) in fr.enumerated() where !w.isEmpty { t[w] = Double(i) }
        for (w, v) in [("vingt", 20), ("vingts", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60)] { t[w] = Double(v) }
        let ru: [(String, Double)] = [
            ("ноль", 0), ("два", 2), ("две", 2), ("двух", 2), ("двум", 2), ("двумя", 2), ("три", 3), ("трех", 3), ("трёх", 3),
            ("трем", 3), ("тремя", 3), ("четыре", 4), ("четырех", 4), ("четырёх", 4), ("пять", 5), ("пяти", 5), ("шесть", 6),
            ("шести", 6), ("семь", 7), ("семи", 7), ("восемь", 8), ("восьми", 8), ("девять", 9), ("девяти", 9), ("десять", 10),
            ("десяти", 10), ("одиннадцать", 11), ("двенадцать", 12), ("двенадцати", 12), ("тринадцать", 13), ("четырнадцать", 14),
            ("пятнадцать", 15), ("пятнадцати", 15), ("шестнадцать", 16), ("семнадцать", 17), ("восемнадцать", 18),
            ("девятнадцать", 19), ("двадцать", 20), ("двадцати", 20), ("тридцать", 30), ("тридцати", 30), ("сорок", 40),
            ("сорока", 40), ("пятьдесят", 50), ("пятидесяти", 50), ("шестьдесят", 60), ("семьдесят", 70), ("восемьдесят", 80),
            ("девяносто", 90), ("сто", 100), ("ста", 100), ("двести", 200), ("триста", 300), ("четыреста", 400),
            ("пятьсот", 500), ("шестьсот", 600), ("семьсот", 700), ("восемьсот", 800), ("девятьсот", 900),
            ("полтора", 1.5), ("полторы", 1.5), ("полутора", 1.5),
            // More case forms, collective numerals (двое = two people) and zero's forms.
            ("четырем", 4), ("четырём", 4), ("четырьмя", 4), ("пятью", 5), ("шестью", 6), ("восемью", 8), ("девятью", 9),
            ("десятью", 10), ("двое", 2), ("двоих", 2), ("трое", 3), ("троих", 3), ("четверо", 4), ("четверых", 4),
            ("пятеро", 5), ("шестеро", 6), ("семеро", 7), ("нуля", 0), ("нулю", 0), ("нулем", 0), ("нулём", 0), ("нуль", 0),
        ]
        for (w, v) in ru { t[w] = v }
        // Multiplicatives: "twice" = «deux fois» = «à deux reprises» = "дважды".
        for (w, v) in [("twice", 2.0), ("thrice", 3), ("дважды", 2), ("трижды", 3), ("четырежды", 4)] { t[w] = v }
        // German (Text+Berg is German–French): not "null" and "ein(s)", which English and the
        // article share; "elf" (11) is rare enough in English text.
        let de = ["", "", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
                  "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]
        for (i, w) in de.enumerated() where !w.isEmpty { t[w] = Double(i) }
        for (w, v) in [("zwanzig", 20), ("dreissig", 30), ("dreißig", 30), ("vierzig", 40), ("fünfzig", 50), ("sechzig", 60),
                       ("siebzig", 70), ("achtzig", 80), ("neunzig", 90), ("hundert", 100), ("zweimal", 2), ("dreimal", 3)] { t[w] = Double(v) }
        return t
    }()

    /// Words that multiply what precedes them (or stand for it alone: "thousand" = 1000).
    static let multipliers: [String: Double] = [
        "hundred": 100, "cent": 100, "cents": 100,
        "thousand": 1_000, "mille": 1_000, "tausend": 1_000, "тысяча": 1_000, "тысячи": 1_000, "тысяч": 1_000, "тысячу": 1_000, "тыс": 1_000,
        "million": 1_000_000, "millions": 1_000_000, "миллион": 1_000_000, "миллиона": 1_000_000, "миллионов": 1_000_000, "млн": 1_000_000,
        "billion": 1e9, "milliard": 1e9, "milliards": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "млрд": 1e9,
    ]

    /// Plural vague quantities, as orders of magnitude.
    static let approximate: [String: Double] = [
        "dozens": 10, "tens": 10, "dizaines": 10, "douzaines": 10, "десятки": 10, "десятков": 10, "десятками": 10,
        "hundreds": 100, "centaines": 100, "сотни": 100, "сотен": 100, "сотнями": 100,
        "thousands": 1_000, "milliers": 1_000, "тысячи": 1_000, "тысячами": 1_000,
        "millions": 1e6, "миллионы": 1e6, "billions": 1e9, "миллиарды": 1e9,
    ]

    /// French nouns of a round number, about that many («une trentaine de», «un millier de»).
    /// Not «quinzaine» or «huitaine», which also say two weeks and one.
    static let frenchRoundNouns: [String: Double] = [
        "dizaine": 10, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1_000,
    ]
    /// Russian nouns of a round number: «десяток» (ten), «сотня» (a hundred).
    static let russianRoundNouns: [String: Double] = ["десяток": 10, "сотня": 100, "сотню": 100, "сотней": 100, "сотне": 100]

    /// The month abbreviations of ``months``: a month only beside a number ("Sep 12").
    static let monthAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// "a dozen", "une douzaine", "дюжина": twelve.
    static let dozen: Set<String> = ["dozen", "douzaine", "дюжина", "дюжину", "дюжиной"]

    /// Words for "both", which say two when the other side writes the number.
    static let weakTwo: Set<String> = ["both", "оба", "обе", "обоих", "обеих", "обоим", "обеим", "обоими", "обеими", "beide", "beiden", "beider"]

    /// The genitive stems Russian compounds open with («двух-часовой», «пяти-летний»), longest
    /// first. Not «сто», «одно», «тре»: «столица», «однако», «требовать» start so; nor «дву»:
    /// «двусторонний» is "bilateral", «bilatéral», whose two no translation says, and it met
    /// «Les deux parties» of another sentence in a readout report.
    static let russianCompoundStems: [(String, Double)] = [
        ("пятидесяти", 50), ("двенадцати", 12), ("тридцати", 30), ("двадцати", 20), ("четырёх", 4), ("четырех", 4),
        ("девяти", 9), ("десяти", 10), ("восьми", 8), ("шести", 6), ("сорока", 40), ("двух", 2), ("трёх", 3), ("трех", 3),
        ("пяти", 5), ("семи", 7),
    ]

    /// The number a Russian compound word opens with («двухчасового» → 2, «четырёхлистный» → 4),
    /// when at least four letters follow the stem; nil otherwise.
    static func russianCompoundNumeral(_ lower: String) -> Double? {
        guard cardinals[lower] == nil, ordinals[lower] == nil else { return nil }
        // «двояко», «двоякий» (in two ways, twofold), «трояко»: not «Троя» (Troy).
        for (stem, v) in [("двоя", 2.0), ("троя", 3.0)] where lower.hasPrefix(stem) && lower.count >= stem.count + 2 { return v }
        for (stem, v) in russianCompoundStems where lower.hasPrefix(stem) {
            let rest = lower.dropFirst(stem.count)
            guard rest.count >= 4, rest.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
            return v
        }
        return nil
    }

    /// Articles that double as "one".
    static let weakOne: Set<String> = ["one", "un", "une", "один", "одна", "одно", "одного", "одной", "одну", "одним", "одном",
                                       "одному", "одни", "одних", "одними"]

    /// Halves: "half", "demi(e)", "половина", and the words that add them to a number.
    static let half: Set<String> = ["half", "demi", "demie", "moitié", "половина", "половину", "половиной", "пол"]
    static let halfJoiners: Set<String> = ["and", "a", "et", "с"]

    static let ordinals: [String: Double] = {
        var t: [String: Double] = [:]
        let en = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                  "nineteenth", "twentieth"]
        let fr = ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième",
                  "onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième", "dix-septième", "dix-huitième",
                  "dix-neuvième", "vingtième"]
        for (i, w) in en.enumerated() { t[w] = Double(i + 1) }
        for (i, w) in fr.enumerated() { t[w] = Double(i + 1); t[w + "s"] = Double(i + 1) }
        t["premières"] = 1
        // Ordinals of the tens.
        for (w, v) in [("thirtieth", 30.0), ("fortieth", 40), ("fiftieth", 50), ("trentième", 30), ("quarantième", 40), ("cinquantième", 50)] { t[w] = v }
        t["première"] = 1
        t["seconde"] = 2
        // A third, which English says with its ordinal ("a third of the country" / «un tiers du
        // pays» / «треть страны», "two thirds" / «deux tiers» / «две трети»).
        for w in ["thirds", "tiers", "треть", "трети", "третью"] { t[w] = 3 }
        let ruStems = ["перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
                       "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат",
                       "девятнадцат", "двадцат"]
        let endings = ["ый", "ой", "ий", "ая", "ое", "ые", "ого", "ому", "ом", "ую", "ых", "ым", "ыми", "ья", "ье", "ьего", "ьей", "ьем", "ью", "ей",
                       "ьих", "ьим", "ьими", "ьи"]
        for (i, s) in ruStems.enumerated() { for e in endings { t[s + e] = Double(i + 1) } }
        for w in ["пятая", "пятый", "пятое", "пятого", "пятом"] { t[w] = 5 }
        // «впервые», "for the first time", «pour la première fois».
        t["впервые"] = 1
        let deStems = ["erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt"]
        for (i, s) in deStems.enumerated() { for e in ["e", "en", "er", "es", "em"] where !(s == "acht" && (e == "e" || e == "en")) { t[s + e] = Double(i + 1) } }
        return t
    }()

    static let months: [String: Double] = {
        var t: [String: Double] = [:]
        let en = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        let fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        let ru = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
        for i in 0..<12 {
            t[en[i]] = Double(i + 1)
            t[fr[i]] = Double(i + 1)
            for e in ["ь", "я", "е", "ю", "", "а", "й"] { t[ru[i] + e] = Double(i + 1) }
        }
        t.removeValue(forKey: "ма")
        t.removeValue(forKey: "маю")
        for w in monthAbbreviations {
            t[w] = t[en.first { $0.hasPrefix(w) }!]
        }
        // German (Text+Berg's originals): "am 7. Juli" / «le 7 juillet».
        for (i, w) in ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
                       "dezember"].enumerated() { t[w] = Double(i + 1) }
        t["jänner"] = 1
        return t
    }()

    static let weekdays: [String: Double] = {
        var t: [String: Double] = [:]
        let en = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let fr = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        for i in 0..<7 { t[en[i]] = Double(i + 1); t[fr[i]] = Double(i + 1); t[en[i] + "s"] = Double(i + 1); t[fr[i] + "s"] = Double(i + 1) }
        for (i, w) in ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"].enumerated() { t[w] = Double(i + 1) }
        t["sonnabend"] = 6
        let ru: [(String, Double)] = [
            ("понедельник", 1), ("понедельника", 1), ("понедельнике", 1), ("вторник", 2), ("вторника", 2), ("вторнике", 2),
            ("среду", 3), ("четверг", 4), ("четверга", 4), ("четверге", 4), ("пятница", 5), ("пятницу", 5), ("пятницы", 5),
            ("суббота", 6), ("субботу", 6), ("субботы", 6), ("воскресенье", 7), ("воскресенья", 7),
        ]
        for (w, v) in ru { t[w] = v }
        return t
    }()

    /// Russian marks the half-day with a word after a clock time: утра (morning), дня
    /// (afternoon), вечера (evening), ночи (night: "2:00 ночи" is 2:00, "11:00 ночи" 23:00).
    enum HalfDay { case am, pm, night }
    static let russianHalfDay: [String: HalfDay] = ["утра": .am, "дня": .pm, "вечера": .pm, "ночи": .night]
    /// Clock markers after a number: "pm" adds twelve hours.
    static let pm: Set<String> = ["pm", "p"]
    static let am: Set<String> = ["am", "a"]
    /// Words after a number that make it a clock time ("14 heures", "в 14 часов" are ambiguous
    /// with durations, so only these are taken).
    static let hourMarkers: Set<String> = ["h", "o'clock", "heures", "heure", "gmt", "utc"]
}
