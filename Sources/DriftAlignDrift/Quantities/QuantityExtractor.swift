import DriftAlignCore

/// Reads the ``Quantity`` values of one side: digits (through ``NumberExtractor``, so "2,500" and
/// "2 500" agree), clock times ("14h52", "11:35 pm"), number words ("deux heures et demie",
/// "two and a half", "полтора"), multipliers ("2.5 million"), vague plurals ("dizaines de
/// milliers"), ordinals, months and days of the week.
///
/// Used by the number check; the tokens are the side's ``WordToken``s, so ranges agree.
enum QuantityExtractor {
    /// Words after «les deux» that make it a number rather than "both": fractions, multipliers,
    /// ordinals and first/last («les deux tiers», «les deux premiers»).
    static let frenchAfterTwoNotBoth: Set<String> = ["tiers", "quarts", "cent", "cents", "mille", "million", "millions",
                                                     "milliard", "milliards", "premiers", "premières", "derniers", "dernières"]

    static func extract(_ text: String, tokens: [WordToken], language: String) -> [Quantity] {
        let scalars = Array(text.unicodeScalars)
        var used = Set<Int>()   // token indices already read as part of a quantity
        var out: [Quantity] = []
        func tokenIndex(at offset: Int) -> Int? { tokens.firstIndex { $0.range.contains(offset) } }
        func make(_ kind: Quantity.Kind, _ value: Double, _ r: Range<Int>) -> Quantity {
            Quantity(kind: kind, value: value, range: r, text: ScalarText.string(scalars, r))
        }

        // 1. Digits, with clock times and multipliers.
        let numbers = NumberExtractor.extract(text, language: language)
        // A clock time over `range`: the tokens it covers are used, and what follows it is read
        // from its last token on (a.m./p.m., вечера).
        func appendClock(_ hour: Double, _ minutes: Double, _ range: Range<Int>, last: Int) {
            let last = tokenIndex(at: range.upperBound - 1) ?? last
            for t in tokens.indices where tokens[t].range.overlaps(range) { used.insert(t) }
            out.append(clock(hour, minutes, range, after: last, tokens: tokens, used: &used, make: make))
        }
        var k = 0
        while k < numbers.count {
            let n = numbers[k]
            guard var value = Double(n.value) else { k += 1; continue }
            var range = n.range
            var last = tokenIndex(at: n.range.upperBound - 1) ?? -1
            for t in tokens.indices where tokens[t].range.overlaps(n.range) { used.insert(t) }
            let sep = n.range.upperBound < scalars.count ? scalars[n.range.upperBound] : " "
            // "11: 07", as machine translation spaces a time out: two-digit minutes after ": ".
            let spacedColon = sep == ":" && k + 1 < numbers.count && numbers[k + 1].range.lowerBound == n.range.upperBound + 2
                && scalars[n.range.upperBound + 1] == " " && numbers[k + 1].range.count == 2
            if k + 1 < numbers.count, numbers[k + 1].range.lowerBound == n.range.upperBound + 1 || spacedColon, sep == ":" || sep == "h" || sep == "H",
               let minutes = Double(numbers[k + 1].value), minutes < 60, value < 24 {
                // "14h52", "11:35".
                appendClock(value, minutes, n.range.lowerBound..<numbers[k + 1].range.upperBound, last: last)
                k += 2
                continue
            }
            // "13.30 Uhr", "um 20.30 Uhr": German writes the time with a point.
            if language == "de", last + 1 < tokens.count, tokens[last + 1].lower == "uhr" {
                let written = ScalarText.string(scalars, n.range)
                if let dot = written.firstIndex(of: "."), written[written.index(after: dot)...].count == 2,
                   let h = Double(written[..<dot]), let mm = Double(written[written.index(after: dot)...]), h < 24, mm < 60 {
                    appendClock(h, mm, n.range, last: last)
                    k += 1
                    continue
                }
            }
            // "22 h 08", "20 h 30", "à 22 h": the French hour mark set off by spaces.
            let ub = n.range.upperBound
            if sep == " ", value < 24, ub + 1 < scalars.count, scalars[ub + 1] == "h" || scalars[ub + 1] == "H",
               ub + 2 >= scalars.count || !WordTokenizer.isWordScalar(scalars[ub + 2]) {
                if k + 1 < numbers.count, numbers[k + 1].range.lowerBound == ub + 3, scalars[ub + 2] == " ",
                   numbers[k + 1].range.count == 2, let minutes = Double(numbers[k + 1].value), minutes < 60 {
                    appendClock(value, minutes, n.range.lowerBound..<numbers[k + 1].range.upperBound, last: last)
                    k += 2
                } else {
                    appendClock(value, 0, n.range.lowerBound..<(ub + 2), last: last)
                    k += 1
                }
                continue
            }
            // «à 10 heures», «vers 22 heures 30», «dès 8 heures»: after a preposition of the time
            // of day, French «heures» makes a clock time, not a duration.
            if language == "fr", value < 24, value == value.rounded(), let first = tokenIndex(at: n.range.lowerBound), first > 0,
               Self.frenchTimeOfDayWords.contains(tokens[first - 1].lower), last + 1 < tokens.count,
               ["heures", "heure"].contains(tokens[last + 1].lower), tokens[last + 1].range.lowerBound - n.range.upperBound == 1,
               // Not a distance or a length in hours: «à 3 heures de Moscou», «après 10 heures de discussions».
               !(last + 2 < tokens.count && ["de", "d'", "du"].contains(tokens[last + 2].lower)) {
                if k + 1 < numbers.count, last + 2 < tokens.count, numbers[k + 1].range == tokens[last + 2].range,
                   numbers[k + 1].range.count == 2, let minutes = Double(numbers[k + 1].value), minutes < 60 {
                    appendClock(value, minutes, n.range.lowerBound..<numbers[k + 1].range.upperBound, last: last + 2)
                    k += 2
                } else {
                    appendClock(value, 0, n.range.lowerBound..<tokens[last + 1].range.upperBound, last: last + 1)
                    k += 1
                }
                continue
            }
            if (sep == "h" || sep == "H"), value < 24, n.range.upperBound + 1 >= scalars.count || !WordTokenizer.isWordScalar(scalars[n.range.upperBound + 1]) {
                out.append(clock(value, 0, n.range.lowerBound..<(n.range.upperBound + 1), after: last, tokens: tokens, used: &used, make: make))
                k += 1
                continue
            }
            if last + 1 < tokens.count, let m = multiplier(tokens[last + 1].lower, language) {
                value *= m
                last += 1
                used.insert(last)
                range = range.lowerBound..<tokens[last].range.upperBound
            }
            if last + 1 < tokens.count, NumberWords.pm.contains(tokens[last + 1].lower) || NumberWords.am.contains(tokens[last + 1].lower),
               value <= 12, tokens[last + 1].lower.count == 2 || (last + 2 < tokens.count && tokens[last + 2].lower == "m") {
                out.append(clock(value, 0, range, after: last, tokens: tokens, used: &used, make: make))
                k += 1
                continue
            }
            if let (h, end) = halfAfter(last, tokens) {
                value += h
                for t in (last + 1)...end { used.insert(t) }
                range = range.lowerBound..<tokens[end].range.upperBound
            }
            var q = make(.number, value, range)
            // «les années 20», «années 80»: a decade of the century the reader lives in or just left.
            if language == "fr", n.range.count == 2, value >= 10, value <= 90, value.truncatingRemainder(dividingBy: 10) == 0,
               let first = tokenIndex(at: n.range.lowerBound), first > 0, tokens[first - 1].lower == "années" {
                q.isDecade = true
            }
            out.append(q)
            k += 1
        }

        // 2. Words.
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            if used.contains(i) { continue }
            let w = tokens[i].lower
            // A word of a hyphenated name is no number: «Thunder-ten-tronckh», «Quatre-Bras».
            if Self.insideHyphenatedName(i, tokens, scalars) { continue }
            // English "one" as a pronoun ("the left one", "this one", "each one") and French «four»
            // (an oven: «pomme de terre au four») are no numbers.
            if language == "en", w == "one" || w == "ones", Self.isPronounOne(i, tokens, scalars: scalars) { continue }
            // "one of the least healthy diets": a partitive, which French may say with a plural
            // («les régimes les moins sains»): counted only when the other side has the number.
            if language == "en", w == "one", i + 1 < tokens.count, tokens[i + 1].lower == "of" {
                var q = make(.number, 1, tokens[i].range)
                q.isWeak = true
                out.append(q)
                continue
            }
            if language == "fr", w == "four" { continue }
            // «le 12 sept.»: after a day of the month, «sept» is September, not seven.
            if language == "fr", w == "sept", i > 0, tokens[i - 1].isNumeric, let d = Int(tokens[i - 1].text), (1...31).contains(d) {
                out.append(make(.month, 9, tokens[i].range))
                continue
            }
            // «trente pour cent», «cent pour cent»: the «cent» of «pour cent» is the percent sign
            // (FLORES: «trente pour cent» for «30%» was a hundred the French added).
            if language == "fr", w == "cent", i > 0, tokens[i - 1].lower == "pour" { continue }
            // Number words of other languages that are words of this one: English "seize" and
            // "elf" are no «seize» (16) or German "elf" (11).
            if language != "fr", w == "seize" { continue }
            if language != "de", w == "elf" { continue }
            // «начать с нуля» (from scratch), «с нуля»: no zero.
            if language == "ru", w == "нуля", i > 0, ["с", "со"].contains(tokens[i - 1].lower) { continue }
            // "both", «оба», "beide": a two that only counts when the other side says it («les deux»).
            // «tous deux», «toutes les deux»: "both", as weak.
            // «les deux dirigeants», «des deux pays»: "both leaders", "the two countries", as weak
            // ("disappointed by each other's work" / «les deux parties étant déçues»: REFreSD
            // counted «deux» as a number the French added), unless a number, a fraction or an
            // ordinal follows («les deux tiers», «les deux millions», «les deux premiers»).
            func articleBoth() -> Bool {
                guard ["les", "des", "aux"].contains(tokens[i - 1].lower) else { return false }
                guard i + 1 < tokens.count else { return true }
                return !tokens[i + 1].isNumeric && !Self.frenchAfterTwoNotBoth.contains(tokens[i + 1].lower)
            }
            let frenchBoth = language == "fr" && w == "deux" && i > 0
                && (["tous", "toutes"].contains(tokens[i - 1].lower) || (i > 1 && tokens[i - 1].lower == "les" && ["tous", "toutes"].contains(tokens[i - 2].lower))
                    || articleBoth())
            if NumberWords.weakTwo.contains(w) || frenchBoth {
                var q = make(.number, 2, tokens[i].range)
                q.isWeak = true
                out.append(q)
                continue
            }
            // «une demi-heure»: the article belongs to the half that follows it.
            if language == "fr", ["un", "une"].contains(w), i + 1 < tokens.count, Self.halfOfAUnit(i + 1, tokens, language) != nil { continue }
            if let end = Self.halfOfAUnit(i, tokens, language) {
                for t in i...end { used.insert(t) }
                out.append(make(.number, 0.5, tokens[i].range.lowerBound..<tokens[end].range.upperBound))
                i = end
                continue
            }
            if let (value, end, ordinal) = wordNumber(from: i, tokens, language, used) {
                var v = value, e = end
                if !ordinal, let (h, hEnd) = halfAfter(end, tokens) { v += h; e = hEnd }
                for t in i...e { used.insert(t) }
                out.append(make(ordinal ? .ordinal : .number, v, tokens[i].range.lowerBound..<tokens[e].range.upperBound))
                i = e
            } else if NumberWords.weakOne.contains(w) || (language == "en" && (w == "a" || w == "an")) {
                // "une heure et demie", "an hour and a half": 1.5; otherwise a weak "one".
                if i + 1 < tokens.count, let (h, e) = halfAfter(i + 1, tokens) {
                    for t in i...e { used.insert(t) }
                    out.append(make(.number, 1 + h, tokens[i].range.lowerBound..<tokens[e].range.upperBound))
                    i = e
                } else if NumberWords.weakOne.contains(w) {
                    var q = make(.number, 1, tokens[i].range)
                    q.isWeak = true
                    out.append(q)
                }
            } else if let mag = NumberWords.approximate[w] ?? (NumberWords.dozen.contains(w) ? 12 : nil) ?? Self.roundNumberNoun(i, tokens) {
                var m = mag, e = i
                // "dizaines de milliers", "tens of thousands", "десятки тысяч".
                var j = i + 1
                if j < tokens.count, ["of", "de", "d'"].contains(tokens[j].lower) { j += 1 }
                if j < tokens.count, let m2 = NumberWords.approximate[tokens[j].lower] ?? multiplier(tokens[j].lower, language) {
                    m *= m2
                    e = j
                }
                out.append(make(.approximate, m, tokens[i].range.lowerBound..<tokens[e].range.upperBound))
                i = e
            } else if let v = Self.fraction(i, tokens, language, scalars) {
                var q = make(.number, v, tokens[i].range)
                q.isWeak = true
                q.isFraction = true
                out.append(q)
            } else if let v = NumberWords.ordinals[w], !Self.isTitleWord(i, tokens), !Self.isFrenchFirstIdiom(i, tokens),
                      !(["premier", "premiers"].contains(w) && i > 0 && ["nombre", "nombres"].contains(tokens[i - 1].lower)) {
                // (Not «premier» of «nombre premier», a prime number.) «во-первых», "First," order
                // an argument: weak (``Quantity/isDiscourse``).
                var q = make(.ordinal, v, tokens[i].range)
                if Self.isDiscourseOrdinal(i, tokens, scalars) { q.isWeak = true; q.isDiscourse = true }
                q.isFraction = Self.isThird(i, tokens)
                out.append(q)
            } else if i > 0, tokens[i - 1].isCapitalized, let v = Self.romanOrdinal(tokens[i].text) {
                // "World War II" = "Seconde Guerre mondiale", "Louis XVI" = "Louis 16".
                out.append(make(.ordinal, v, tokens[i].range))
            } else if let v = Self.romanCentury(i, tokens, language) {
                // «XVIe siècle», «au Xe siècle», "в XVI веке" = "the 16th century".
                out.append(make(.ordinal, v, tokens[i].range))
            } else if let v = NumberWords.months[w], language != "en" || tokens[i].isCapitalized, !(language == "fr" && w == "mars" && tokens[i].isCapitalized && !tokens[i].isSentenceInitial),
                      !Self.isEnglishMonthName(i, tokens, language), !NumberWords.monthAbbreviations.contains(w) || Self.numberBeside(i, tokens) {
                out.append(make(.month, v, tokens[i].range))
            } else if let v = NumberWords.weekdays[w] {
                out.append(make(.weekday, v, tokens[i].range))
            } else if language == "ru", let d = MeasureUnits.russianCompoundDuration(w) {
                // «тридцатидневное» ("thirty-day"), «двухчасовой»: a length of time as plain as
                // "30-day", its unit inside the word (``MeasureUnits/unit(after:in:)``); «недельное»
                // (a week-long), «однодневный»: one unit, weak as «un» is; and a name's word
                // («Шестидневная война», the Six-Day War), capitalized inside a sentence.
                var q = make(.number, d.amount, tokens[i].range)
                q.isWeak = !d.numbered || d.amount == 1 || (tokens[i].isCapitalized && !tokens[i].isSentenceInitial)
                q.isInsideWord = true
                out.append(q)
            } else if language == "ru", let v = NumberWords.russianCompoundNumeral(w) {
                // «двухчасового» ("two-hour"), «четырёхлистный» ("four-leaf"): the number inside a
                // compound adjective, counted only when the other side has it.
                var q = make(.number, v, tokens[i].range)
                q.isWeak = true
                q.isInsideWord = true
                out.append(q)
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// «une trentaine de», «un millier de», «десяток», «сотня»: a round number as a noun, about
    /// that many (FLORES: «une trentaine de femelles» for «до тридцати» was a thirty the French
    /// lacked). The French nouns only before «de», which leaves «la quarantaine» (quarantine) and
    /// «la cinquantaine» (one's fifties).
    static func roundNumberNoun(_ i: Int, _ tokens: [WordToken]) -> Double? {
        let w = tokens[i].lower
        if let v = NumberWords.russianRoundNouns[w] { return v }
        guard let v = NumberWords.frenchRoundNouns[w], i + 1 < tokens.count, ["de", "d'", "d’"].contains(tokens[i + 1].lower) else { return nil }
        return v
    }

    /// Whether a number stands within two words of word `i`: "Sep 12", "12 Sept. 2025". An
    /// abbreviated month counts only so («la sclérose en plaques (SEP)» is no September).
    static func numberBeside(_ i: Int, _ tokens: [WordToken]) -> Bool {
        tokens[max(0, i - 2)..<min(tokens.count, i + 3)].contains { $0.isNumeric }
    }

    /// "the March Hare", "Theresa May": an English "March" or "May" before another capitalized
    /// word, with no number beside it, names something rather than a month.
    static func isEnglishMonthName(_ i: Int, _ tokens: [WordToken], _ language: String) -> Bool {
        guard language == "en", ["march", "may"].contains(tokens[i].lower) else { return false }
        // A number beside it, also written as an ordinal ("Tuesday, March 18th"), makes it the month.
        let near = tokens[max(0, i - 2)..<min(tokens.count, i + 3)]
        if near.contains(where: { $0.isNumeric || isDigitOrdinal($0.lower) }) { return false }
        // "In May Trump said …", "since March": a preposition of time makes it the month.
        if i > 0, ["in", "since", "until", "till", "by", "from", "early", "late", "mid", "last", "next", "this", "of", "during",
                   "before", "after", "through"].contains(tokens[i - 1].lower) { return false }
        let nextCapitalized = i + 1 < tokens.count && tokens[i + 1].isCapitalized && !tokens[i + 1].isNumeric
        let previousCapitalized = i > 0 && tokens[i - 1].isCapitalized && !tokens[i - 1].isSentenceInitial
        return nextCapitalized || previousCapitalized
    }

    /// "1st", "2nd", "18th": digits and an English ordinal suffix.
    static func isDigitOrdinal(_ lower: String) -> Bool {
        guard let suffix = ["st", "nd", "rd", "th"].first(where: lower.hasSuffix) else { return false }
        let digits = lower.dropLast(suffix.count)
        return !digits.isEmpty && digits.count <= 4 && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }

    /// Whether word `i` is joined by hyphens to a capitalized word that is no number word
    /// («Thunder-ten-tronckh»): part of a name.
    static func insideHyphenatedName(_ i: Int, _ tokens: [WordToken], _ scalars: [Unicode.Scalar]) -> Bool {
        func hyphen(_ a: Int, _ b: Int) -> Bool {
            let gap = ScalarText.gap(after: tokens[a].range, before: tokens[b].range, count: scalars.count)
            return gap.count == 1 && scalars[gap.lowerBound] == "-"
        }
        // (Not «В-третьих», «Во-первых»: thirdly, firstly.)
        func nameWord(_ k: Int) -> Bool { tokens[k].isCapitalized && NumberWords.cardinals[tokens[k].lower] == nil && !["в", "во"].contains(tokens[k].lower) }
        return (i > 0 && hyphen(i - 1, i) && nameWord(i - 1)) || (i + 1 < tokens.count && hyphen(i, i + 1) && nameWord(i + 1))
    }

    /// «во-первых», «в-третьих» (firstly, thirdly): a Russian ordinal joined by a hyphen to «в»
    /// or «во», which orders an argument rather than counts («Tout d'abord …, puis …» renders it);
    /// so does an English ordinal opening its sentence before a comma ("Third, it uses Russia …").
    /// Such ordinals are weak (``Quantity/isDiscourse``).
    static func isDiscourseOrdinal(_ i: Int, _ tokens: [WordToken], _ scalars: [Unicode.Scalar]) -> Bool {
        if tokens[i].isSentenceInitial || i == 0, i + 1 < tokens.count,
           scalars[ScalarText.gap(after: tokens[i].range, before: tokens[i + 1].range, count: scalars.count)].first == "," {
            return ["first", "second", "third", "fourth", "fifth"].contains(tokens[i].lower)
        }
        guard i > 0, ["в", "во"].contains(tokens[i - 1].lower) else { return false }
        let gap = ScalarText.gap(after: tokens[i - 1].range, before: tokens[i].range, count: scalars.count)
        return gap.count == 1 && scalars[gap.lowerBound] == "-"
    }

    /// French prepositions before a time of day («à 10 heures», «vers 22 heures», «dès 8 heures»,
    /// «jusqu'à 18 heures»); not «depuis», which also says "for" («depuis 10 heures»: for ten hours).
    static let frenchTimeOfDayWords: Set<String> = ["à", "vers", "dès", "avant", "après", "entre"]

    /// «premier ministre», «première ministre», «Premier secrétaire»: a title, not a rank (the
    /// original says "Prime Minister", "премьер-министр", "First Secretary" is its own ordinal).
    static func isTitleWord(_ i: Int, _ tokens: [WordToken]) -> Bool {
        ["premier", "première"].contains(tokens[i].lower) && i + 1 < tokens.count && ["ministre", "ministres"].contains(tokens[i + 1].lower)
    }

    /// «en première ligne» (in the front line), «de premier plan», «au premier plan» (leading, in
    /// the foreground), «de première nécessité» (essential): set phrases whose «premier» English
    /// and Russian say with no ordinal ("on the front lines", "a leading role", "basic goods");
    /// and «premier» after its noun («la responsabilité première»: "primary").
    static func isFrenchFirstIdiom(_ i: Int, _ tokens: [WordToken]) -> Bool {
        guard ["premier", "première", "premiers", "premières"].contains(tokens[i].lower), i > 0 else { return false }
        // After its noun, an adjective of rank, "primary", "prime": «la responsabilité première»
        // ("primary responsibility", a White House line), «les matières premières» (raw
        // materials), «l'objectif premier». Not after a division of a text («l'article premier»,
        // «chapitre premier»: the first).
        if i >= 2, Self.frenchDeterminers.contains(tokens[i - 2].lower), !tokens[i - 1].isCapitalized, !tokens[i - 1].isNumeric,
           tokens[i - 1].lower.count >= 4, !Self.frenchDeterminers.contains(tokens[i - 1].lower), NumberWords.cardinals[tokens[i - 1].lower] == nil,
           !["tout", "toute", "tous", "toutes", "très", "bien"].contains(tokens[i - 1].lower),
           !["article", "articles", "chapitre", "acte", "livre", "tome", "titre", "alinéa", "paragraphe", "section", "volume", "scène",
             "partie", "fois"].contains(tokens[i - 1].lower) {
            return true
        }
        // «la tête la première», «tête première»: "headfirst" (Candide, TransRead).
        if tokens[i - 1].lower == "tête" || (i >= 2 && tokens[i - 1].lower == "la" && tokens[i - 2].lower == "tête") { return true }
        // (After «en», «de» or «au» only: «la première ligne du texte» is the first line.)
        guard i + 1 < tokens.count else { return false }
        switch (tokens[i - 1].lower, tokens[i + 1].lower) {
        case ("en", "ligne"), ("en", "lignes"), ("de", "ligne"), ("de", "lignes"), ("de", "nécessité"), ("de", "plan"), ("au", "plan"): return true
        default: return false
        }
    }

    /// French determiners before a noun that a post-nominal «premier» may follow.
    static let frenchDeterminers: Set<String> = [
        "le", "la", "les", "l'", "un", "une", "des", "du", "sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre", "vos",
        "ce", "cet", "cette", "ces", "mon", "ma", "mes",
    ]

    /// The value of a Roman numeral of two or more capitals up to XXXIX after a name ("II",
    /// "XVI"), as ordinals of monarchs, popes and wars are written; nil for anything else.
    static func romanOrdinal(_ word: String) -> Double? {
        guard LinkSide.isRomanNumeral(word), let v = RomanNumerals.value(word), v <= 39 else { return nil }
        return Double(v)
    }

    /// A Roman numeral with a French ordinal ending («XVIe», «XVIème», «Xe», «Ier»), or one
    /// before a word for century ("XVI веке", "XX century", «XXI siècle»), as centuries, kings and
    /// arrondissements are numbered; nil for anything else (a lone capital "I" or "X" elsewhere).
    /// The ordinal endings are French only: an English sentence opening with "Ire" (anger) is no 1st.
    static func romanCentury(_ i: Int, _ tokens: [WordToken], _ language: String) -> Double? {
        if language == "fr", let v = LinkSide.romanWithOrdinalEnding(tokens[i].text) { return Double(v) }
        guard i + 1 < tokens.count, centuryWords.contains(tokens[i + 1].lower),
              let v = RomanNumerals.value(tokens[i].text), v <= 39 else { return nil }
        return Double(v)
    }

    static let centuryWords: Set<String> = ["century", "centuries", "siècle", "siècles", "век", "века", "веке", "веков", "векам",
                                            "веками", "jahrhundert", "jahrhunderts", "jahrhunderte"]

    static func multiplier(_ w: String, _ language: String) -> Double? {
        if (w == "cent" || w == "cents") && language != "fr" { return nil }
        return NumberWords.multipliers[w]
    }

    /// A clock time, reading a following "pm"/"am" and "GMT"; ambiguous when it could be either half-day.
    private static func clock(_ h: Double, _ m: Double, _ r: Range<Int>, after last: Int, tokens: [WordToken], used: inout Set<Int>,
                              make: (Quantity.Kind, Double, Range<Int>) -> Quantity) -> Quantity {
        var hour = h
        var marked = h > 12 || h == 0
        var range = r
        if last + 1 < tokens.count {
            let next = tokens[last + 1].lower
            let isMarker = next.count == 2 || (last + 2 < tokens.count && tokens[last + 2].lower == "m")
            if isMarker && NumberWords.pm.contains(next) { if hour < 12 { hour += 12 }; marked = true }
            else if isMarker && NumberWords.am.contains(next) { if hour == 12 { hour = 0 }; marked = true }
            if isMarker && (NumberWords.pm.contains(next) || NumberWords.am.contains(next)) {
                used.insert(last + 1)
                range = r.lowerBound..<tokens[last + 1].range.upperBound
                // "10 a.m.": the marker's "m" too, so that a message quotes "10 a.m", not "10 a".
                if next.count == 1, last + 2 < tokens.count, tokens[last + 2].lower == "m",
                   tokens[last + 2].range.lowerBound - tokens[last + 1].range.upperBound == 1 {
                    used.insert(last + 2)
                    range = r.lowerBound..<tokens[last + 2].range.upperBound
                }
            } else if hour <= 12, let half = NumberWords.russianHalfDay[next] {
                // "8:30 вечера" (of the evening) = 20:30; "2:00 ночи" = 2:00, "11:00 ночи" = 23:00.
                let pm = half == .pm || (half == .night && hour >= 9 && hour < 12)
                if pm && hour < 12 { hour += 12 } else if !pm && hour == 12 { hour = 0 }
                marked = true
                used.insert(last + 1)
                range = r.lowerBound..<tokens[last + 1].range.upperBound
            }
        }
        var q = make(.time, hour * 60 + m, range)
        q.isAmbiguousHalfDay = !marked
        return q
    }

    /// A half or a quarter said alone, as a share of something: "half of the aid", "half the
    /// country", «la moitié de l'aide», «половина энергосистемы», «более половины», "a quarter
    /// of", «un quart de», «четверть» (0.5 or 0.25); nil for any other word. Not the halves a
    /// number or a unit of time takes ("two and a half", "half an hour": read before), and not
    /// English "half" as "partly" ("half dead", "half-burned", "half hoping"): a share only before
    /// "of", a determiner or a possessive, or after "by", "in" ("cut by half"); nor «quart de
    /// finale» (a quarter-final).
    static func fraction(_ i: Int, _ tokens: [WordToken], _ language: String, _ scalars: [Unicode.Scalar]) -> Double? {
        let w = tokens[i].lower
        let next = i + 1 < tokens.count ? tokens[i + 1].lower : nil
        let joined = i + 1 < tokens.count && !ScalarText.gap(after: tokens[i].range, before: tokens[i + 1].range, count: scalars.count)
            .allSatisfy { scalars[$0].properties.isWhitespace }
        switch language {
        case "en":
            let shareOf: Set<String> = ["of", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
                                        "these", "those", "all"]
            if w == "half", !joined, let n = next, shareOf.contains(n) { return 0.5 }
            if w == "half", !joined, i > 0, ["by", "in"].contains(tokens[i - 1].lower) { return 0.5 }
            if ["quarter", "quarters"].contains(w), !joined, next == "of" { return 0.25 }
            return nil
        case "fr":
            if w == "moitié" { return 0.5 }
            if ["quart", "quarts"].contains(w), let n = next, ["de", "d'", "des", "du"].contains(n),
               !(i + 2 < tokens.count && tokens[i + 2].lower == "finale") { return 0.25 }
            return nil
        case "ru":
            if ["половина", "половину", "половины", "половине", "половиной"].contains(w) { return 0.5 }
            if ["четверть", "четверти", "четвертью"].contains(w) { return 0.25 }
            return nil
        default:
            return nil
        }
    }

    /// Whether the ordinal at `i` says a third share: «tiers», "thirds", «треть», or "a third
    /// of" / "one third".
    static func isThird(_ i: Int, _ tokens: [WordToken]) -> Bool {
        let w = tokens[i].lower
        if ["thirds", "tiers", "треть", "трети", "третью"].contains(w) { return true }
        return w == "third" && i > 0 && ["a", "one"].contains(tokens[i - 1].lower) && i + 1 < tokens.count && tokens[i + 1].lower == "of"
    }

    /// Half of a unit of time with no number before it: "half an hour", "half a day", "a half
    /// hour", «une demi-heure», «une demi-journée», «полчаса», «полгода»: one half of that unit
    /// (the unit read by ``MeasureUnits/unit(after:in:)`` inside the amount). The index of the
    /// amount's last token, the unit's; nil when token `i` opens no such half. A readout's
    /// "half an hour later" is no «une heure plus tard» (whose «une» is only an article to the
    /// number check).
    static func halfOfAUnit(_ i: Int, _ tokens: [WordToken], _ language: String) -> Int? {
        let w = tokens[i].lower
        func unit(at k: Int) -> Int? {
            k < tokens.count && tokens[k].lower != "an" && MeasureUnits.timeUnit(tokens[k].lower) != nil ? k : nil
        }
        switch language {
        case "en":
            guard w == "half", i + 1 < tokens.count else { return nil }
            return ["a", "an"].contains(tokens[i + 1].lower) ? unit(at: i + 2) : unit(at: i + 1)
        case "fr":
            guard ["demi", "demie"].contains(w) else { return nil }
            return unit(at: i + 1)
        case "ru":
            return MeasureUnits.russianHalves.contains(w) ? i : nil
        default:
            return nil
        }
    }

    /// "… and a half", "… et demie", "… с половиной" within three words after token `i`
    /// (a unit noun may stand between: "deux heures et demie").
    private static func halfAfter(_ i: Int, _ tokens: [WordToken]) -> (Double, Int)? {
        var j = i + 1
        var skippedNoun = false
        while j < tokens.count, j <= i + 4 {
            let w = tokens[j].lower
            if NumberWords.half.contains(w) { return j > i + 1 && NumberWords.halfJoiners.contains(tokens[j - 1].lower) ? (0.5, j) : nil }
            if NumberWords.halfJoiners.contains(w) { j += 1; continue }
            if skippedNoun || j > i + 1 { return nil }
            skippedNoun = true
            j += 1
        }
        return nil
    }

    /// Whether English "one" at `i` stands for a noun or a person: before a modal ("One can see"),
    /// after a determiner ("this one", "each one", "the other one") or after an adjective that
    /// follows one ("the left one", "a big one").
    static func isPronounOne(_ i: Int, _ tokens: [WordToken], scalars: [Unicode.Scalar]? = nil) -> Bool {
        // The generic pronoun: "One can see two sunflowers", "one must admit", "one's neighbour".
        if i + 1 < tokens.count, ["can", "could", "may", "might", "must", "should", "would", "will", "cannot", "shall", "'s"].contains(tokens[i + 1].lower) {
            return true
        }
        // "One can't", "one won't" (the tokenizer splits "ca" / "wo" from "n't"), and a sentence
        // opened by "One" before a verb of the third person: "One learns by one's mistakes",
        // "One says …" (a numeral would stand before a noun: "One dog barked").
        if i + 1 < tokens.count, ["ca", "wo", "sha", "'ll", "'d"].contains(tokens[i + 1].lower) { return true }
        if tokens[i].isSentenceInitial, i + 1 < tokens.count, Self.isThirdPersonVerb(tokens[i + 1]) { return true }
        // "one's" (the tokenizer keeps the possessive "s" apart).
        if i + 1 < tokens.count, tokens[i + 1].lower == "s", tokens[i + 1].range.lowerBound == tokens[i].range.upperBound + 1 { return true }
        // "it takes a carpenter to build one", "I want one.": a bare "one" closing its clause
        // stands for a noun said before (not "number one", "chapter one", "two to one").
        if let scalars, i > 0, !tokens[i - 1].isCapitalized, !tokens[i - 1].isNumeric, NumberWords.cardinals[tokens[i - 1].lower] == nil,
           !["number", "no", "chapter", "page", "part", "day", "act", "round", "stage", "phase", "plus", "minus", "than", "of", "to",
             "and", "or", "at", "by", "from", "in", "is", "was", "be", "are", "were"].contains(tokens[i - 1].lower) {
            let end = i + 1 == tokens.count
                || scalars[ScalarText.gap(after: tokens[i].range, before: tokens[i + 1].range, count: scalars.count)]
                    .contains { [".", "!", "?", ";", ",", ":"].contains($0) }
            // …or an object before a preposition, where a numeral would have its noun: "may amuse
            // one for a little time" (Candide). Not "in", "of" ("one in ten", "one of them").
            let object = i + 1 < tokens.count && ["for", "with", "into", "about", "from", "at", "on", "by", "until", "till"].contains(tokens[i + 1].lower)
            if end || object { return true }
        }
        // "in one way or another", "one another", "one after another": no count.
        if tokens[(i + 1)..<min(tokens.count, i + 4)].contains(where: { $0.lower == "another" }) { return true }
        let determiners: Set<String> = ["the", "this", "that", "which", "each", "every", "any", "another", "some", "no",
                                        "these", "those", "other", "little"]
        guard i > 0 else { return false }
        let p1 = tokens[i - 1].lower
        if determiners.contains(p1) { return true }
        guard i > 1, !tokens[i - 1].isNumeric, NumberWords.cardinals[p1] == nil else { return false }
        return ["the", "a", "an", "this", "that", "each", "every", "any", "another"].contains(tokens[i - 2].lower)
    }

    /// A lower-case English word in "-s" that is no plural noun after a numeral "one" would be:
    /// after "One" opening a sentence, a verb ("learns", "says", "thinks"); "-ss" ("class") and
    /// "-'s" are not.
    static func isThirdPersonVerb(_ t: WordToken) -> Bool {
        !t.isCapitalized && t.lower.count >= 4 && t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss") && !t.lower.hasSuffix("us")
            && t.lower.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    }

    /// A run of number words starting at `i` ("vingt et un", "two hundred", "сто семьдесят пять"):
    /// its value, last token index, and whether it ends in an ordinal («девяносто четвёртую»,
    /// "twenty-fifth", «vingt-cinquième»: 94th, 25th). A number word no smaller than the one
    /// before it starts another number: "eight thirty" is 8 and 30 (a time, «huit heures
    /// trente»), not 38; units follow tens, tens and units follow hundreds.
    private static func wordNumber(from i: Int, _ tokens: [WordToken], _ language: String, _ used: Set<Int>) -> (Double, Int, Bool)? {
        var total = 0.0, current = 0.0, end = -1, j = i
        var previous: Double? = nil   // the last cardinal added, until a multiplier
        while j < tokens.count, !used.contains(j) {
            let w = tokens[j].lower
            if let v = NumberWords.cardinals[w] {
                // French "quatre-vingt(s)" is 4 × 20.
                if v == 20, current.truncatingRemainder(dividingBy: 100) == 4, w.hasPrefix("vingt") {
                    current += 76
                } else {
                    if let p = previous, v >= p { break }
                    current += v
                }
                // After «quatre-vingt» the next word adds to the twenty («quatre-vingt-dix» = 90).
                previous = current.truncatingRemainder(dividingBy: 100) == 80 && w.hasPrefix("vingt") ? 20 : v
                end = j
            } else if end >= 0, let v = NumberWords.ordinals[w], v < 10 ? current.truncatingRemainder(dividingBy: 10) == 0
                        : current.truncatingRemainder(dividingBy: 100) == 0 && v < 100, previous.map({ v < $0 }) ?? true {
                // The ordinal closing a compound: «девяносто четвёртую», "twenty-fifth".
                return (total + current + v, j, true)
            } else if let m = multiplier(w, language), end >= 0 || (m >= 100 && NumberWords.approximate[w] == nil) {
                if m == 100 { current = max(current, 1) * 100 } else { total += max(current, 1) * m; current = 0 }
                previous = nil
                end = j
            } else if end >= 0, ["and", "et"].contains(w), j + 1 < tokens.count,
                      NumberWords.cardinals[tokens[j + 1].lower] != nil || ["un", "une", "one", "unième"].contains(tokens[j + 1].lower) {
                // «vingt et un», «vingt et unième» (21st; "twenty-one years" / «sa vingt et unième année»).
                if ["un", "une", "one", "unième"].contains(tokens[j + 1].lower) { current += 1; end = j + 1; j += 2; continue }
            } else {
                break
            }
            j += 1
        }
        guard end >= 0 else { return nil }
        // A lone multiplier word without a number ("thousands" is handled as approximate).
        return (total + current, end, false)
    }
}
