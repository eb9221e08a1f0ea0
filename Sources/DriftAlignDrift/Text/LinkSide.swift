import DriftAlignCore
import Foundation
/// One side of a link, read once for all checks: tokens, content words, quantities, names.
///
/// Built by ``DriftScorer`` for the original and for the translation.
struct LinkSide {
    /// A word or phrase the name check compares across the link.
    struct Name {
        /// Token indices of the name (one for "Peskov", two for "Maison Blanche").
        var indices: Range<Int>
        /// Scalar range in the side's string.
        var range: Range<Int>
        /// As written.
        var text: String
        /// The ``Exonyms`` concept, when the name is a known one.
        var concept: String?
        /// A capitalized word at the start of a sentence that is not a known name: it may be
        /// matched, but is never reported missing or added.
        var isWeak: Bool
        /// Weak only because its capital says little (a German noun; an unknown Russian word
        /// opening a sentence): such a word is still compared with the names of the other side, so
        /// a misspelled name is reported.
        var isCapitalizedNoun = false
    }

    let text: String
    let language: String
    let tokens: [WordToken]
    /// Indices of content words (not function words, not numbers).
    let content: [Int]
    let quantities: [Quantity]
    let names: [Name]
    /// Written in capitals (``isShouted(_:)``): a capital then says nothing of a word.
    let isShouted: Bool
    /// Names written with initials ("В.В.Путин", "Д. Трамп", "Donald J. Trump"): the initials'
    /// token indices and the surname's, which follows them (``initialChains(_:text:)``).
    let initials: [(letters: [Int], surname: Int)]
    /// Support verbs beside their nouns («tirer avantage», «провести переговоры»): the verb's
    /// token index → its noun's (``SupportVerbs``).
    let supportVerbs: [Int: Int]
    /// Nouns of character («характер» after «носить», «caractère» after «revêtir», "in nature")
    /// and their adjectives (``SupportVerbs/characterNouns(_:language:)``).
    let characterNouns: [Int: (adjectives: [Int], verb: Int?)]

    /// - Parameter isCommonWord: whether a lower-cased word is a common word of the language;
    ///   the flag asks for positive evidence (a dictionary entry) rather than a default.
    /// - Parameter isCommonPhrase: whether a run of 2–3 lower-cased words is a common phrase of
    ///   the language ("northern lights"), which English may write with capitals.
    /// - Parameter isWordForm: whether the language's word list has a lower-cased form, evidence
    ///   that a word written all in capitals is a word («IDENTITÉ», which FreeDict lacks).
    init(text: String, language: String, isCommonPhrase: ([String]) -> Bool = { _ in false }, isWordForm: (String) -> Bool = { _ in false },
         isCommonWord: (String, Bool) -> Bool) {
        self.text = text
        self.language = language
        let tokens = WordTokenizer.tokenize(text)
        self.tokens = tokens
        let quantities = QuantityExtractor.extract(text, tokens: tokens, language: language)
        self.quantities = quantities
        // Numbers, negations, hedges and intensifiers have checks of their own.
        let counted = quantities.filter { !$0.isInsideWord && !$0.isDiscourse }
        var marked = Self.tokens(tokens, overlapping: counted.map(\.range))
        // A duration's unit inside a cardinal («une heure et demie», "an hour and a half") is a
        // word to translate, as it is after one («полутора часов», "two hours"): not the number's.
        marked.subtract(Self.tokens(tokens, overlapping: counted.filter { $0.kind == .number }.map(\.range))
            .filter { MeasureUnits.timeUnit(tokens[$0].lower) != nil })
        marked.formUnion(NegationLexicon.markers(tokens, language: language))
        marked.formUnion(NegationLexicon.hyphenatedNon(tokens, text: text, language: language))
        marked.formUnion(NegationLexicon.jamaisWithoutNe(tokens, text: text, language: language))
        marked.formUnion(ModalityLexicon.markers(tokens, language: language, text: text))
        marked.formUnion(IntensityLexicon.markers(tokens, language: language, text: text))
        let initials = Self.initialChains(tokens, text: text, language: language)
        self.initials = initials
        // An initial abbreviates a first name: no word to translate on its own (the alignment
        // pairs it with the first name the other side spells out).
        marked.formUnion(initials.flatMap(\.letters))
        // Nor is a letter of a Russian abbreviation («т.е.», «т.д.», «т.п.», «т.к.»: that is, and
        // so on, since), whose letters alone have no counterpart: a lower-case Cyrillic letter
        // with a period right after it.
        marked.formUnion(Self.abbreviationLetters(tokens, text: text))
        let prepositions = ComplexPrepositions.indices(tokens, language: language)
        supportVerbs = SupportVerbs.nouns(tokens, language: language)
        characterNouns = SupportVerbs.characterNouns(tokens, language: language)
        content = tokens.indices.filter { i in
            let t = tokens[i]
            // «во время», «en fonction de», "because of": a preposition in several words.
            if prepositions.contains(i) { return false }
            // «trente pour cent», "30 per cent": the percent sign in words, part of the number.
            if i > 0, t.lower == "cent", (language == "fr" && tokens[i - 1].lower == "pour") || (language == "en" && tokens[i - 1].lower == "per") { return false }
            // Russian writes "год" after a year ("в 2010 году", "кампании 2010 года") where French
            // and English write the number alone: part of the date, no word to translate.
            if language == "ru", i > 0, tokens[i - 1].isNumeric, Self.russianYearWords.contains(t.lower) { return false }
            // «tout le monde» is "everyone", a function word in English.
            if language == "fr", t.lower == "monde", i >= 2, tokens[i - 1].lower == "le", tokens[i - 2].lower == "tout" { return false }
            // «être en train de» + infinitive is the progressive ("was looking"), no train.
            if language == "fr", Self.isProgressiveTrain(tokens, i) { return false }
            // «друг друга», «друг с другом» are "each other" (a reciprocal pronoun), not "friend".
            if language == "ru", Self.isReciprocal(tokens, i) { return false }
            // «à l'est», «dans l'est de l'Ukraine»: the noun east, not the verb «est».
            if language == "fr", Self.isEastNoun(tokens, i) { return !marked.contains(i) }
            return !marked.contains(i) && !t.isNumeric && t.lower.unicodeScalars.contains { $0.properties.isAlphabetic }
                && (t.lower.count >= 2 || t.isCyrillic)
                && !Self.isFunctionWord(t, language: language)
        }
        let shouted = Self.isShouted(tokens)
        isShouted = shouted
        names = Self.findNames(tokens, text: text, language: language, quantities: quantities, shouted: shouted,
                               commonPhrases: Self.capitalizedCommonPhrases(tokens, text: text, isCommonPhrase: isCommonPhrase),
                               markers: marked, isWordForm: isWordForm, isCommonWord: isCommonWord)
    }

    /// Whether tokens `k` and `k + 1` are written as one word, joined by a single dash
    /// («Нью-Йорк», «peut-être», «по-видимому», which the tokenizer splits).
    func isJoinedByDash(after k: Int) -> Bool {
        guard k + 1 < tokens.count else { return false }
        let scalars = text.unicodeScalars
        let gap = ScalarText.gap(after: tokens[k].range, before: tokens[k + 1].range, count: scalars.count)
        guard gap.count == 1 else { return false }
        return scalars[scalars.index(scalars.startIndex, offsetBy: gap.lowerBound)].properties.generalCategory == .dashPunctuation
    }

    /// Initials before a surname, as ``TextFolding/initialChains(_:latinPairs:)`` finds them
    /// («В.В.Путин», «Дм. Травин», "Donald J. Trump"): each chain's letter tokens and the surname's
    /// token after them. French «M.» before a name is Monsieur, a title, not an initial («M.
    /// Rubio» for "Marco Rubio").
    static func initialChains(_ tokens: [WordToken], text: String, language: String) -> [(letters: [Int], surname: Int)] {
        guard text.unicodeScalars.contains(".") else { return [] }
        return TextFolding.initialChains(Array(text.unicodeScalars)).compactMap { chain in
            let letters = Self.tokens(tokens, overlapping: [chain]).sorted()
            guard let last = letters.last, last + 1 < tokens.count,
                  !(language == "fr" && letters.map { tokens[$0].text } == ["M"]) else { return nil }
            return (letters, last + 1)
        }
    }

    /// Whether token `i` is part of the Russian reciprocal pronoun: «друг» followed by a case
    /// form of «друг» («друга», «другу», «другом», «друге»), directly or after one preposition
    /// («друг с другом», «друг о друге»).
    static func isReciprocal(_ tokens: [WordToken], _ i: Int) -> Bool {
        let forms: Set<String> = ["друга", "другу", "другом", "друге"]
        func pair(_ first: Int) -> Bool {
            guard first >= 0, first < tokens.count, tokens[first].lower == "друг" else { return false }
            if first + 1 < tokens.count, forms.contains(tokens[first + 1].lower) { return i == first || i == first + 1 }
            if first + 2 < tokens.count, tokens[first + 1].lower.count <= 3, FunctionWords.contains(tokens[first + 1].lower, language: "ru"),
               forms.contains(tokens[first + 2].lower) { return i == first || i == first + 2 }
            return false
        }
        guard tokens[i].lower.hasPrefix("друг") else { return false }
        return pair(i) || pair(i - 1) || pair(i - 2)
    }

    /// Whether French token `i` is the «train» of the progressive periphrasis «(être) en train
    /// de» + infinitive («j'étais en train de chercher», "I was looking for"; «pris en train de
    /// tricher»): «en» before it, «de»/«d'» after it, then an infinitive or the object pronoun
    /// before one («en train de l'amener»). A train by night («en train de nuit») is a train.
    static func isProgressiveTrain(_ tokens: [WordToken], _ i: Int) -> Bool {
        guard tokens[i].lower == "train", i >= 1, i + 2 < tokens.count, tokens[i - 1].lower == "en",
              ["de", "d'"].contains(tokens[i + 1].lower) else { return false }
        let next = tokens[i + 2].lower
        let pronouns: Set<String> = ["me", "m'", "te", "t'", "se", "s'", "le", "la", "les", "l'", "lui", "leur", "nous", "vous", "y", "en"]
        return pronouns.contains(next) || ["er", "ir", "re", "oir"].contains { next.hasSuffix($0) }
    }

    /// Whether French token `i` is «est» the noun (east), not the verb (is): after «l'» that
    /// follows a preposition («à l'est», «dans l'est», «vers l'est», «de l'est», «par l'est»),
    /// where the verb cannot stand («il l'est» has a subject before the pronoun).
    static func isEastNoun(_ tokens: [WordToken], _ i: Int) -> Bool {
        guard tokens[i].lower == "est", i >= 2, tokens[i - 1].lower == "l'",
              tokens[i - 1].range.upperBound == tokens[i].range.lowerBound else { return false }
        return ["à", "de", "vers", "dans", "par", "depuis", "jusqu'", "pour", "sur"].contains(tokens[i - 2].lower)
    }

    /// A function word of the language, unless it is a Russian name spelled like one («Том»,
    /// ``FunctionWords/isRussianName(_:)``).
    static func isFunctionWord(_ t: WordToken, language: String) -> Bool {
        FunctionWords.contains(t.lower, language: language) && !(language == "ru" && FunctionWords.isRussianName(t))
    }

    /// A function word that may render a content word of another language ("there" for
    /// «туда», "went" for «пошёл»): any but the grammatical core (``FunctionWords/isGrammatical(_:)``).
    static func mayRender(_ t: WordToken, language: String) -> Bool {
        isFunctionWord(t, language: language) && !FunctionWords.isGrammatical(t.lower)
    }

    /// Lower-case Cyrillic letters written alone with a period right after them (the parts of
    /// «т.е.», «т.д.», «и т.п.», «т.к.»).
    static func abbreviationLetters(_ tokens: [WordToken], text: String) -> [Int] {
        var scalars: [Unicode.Scalar]?
        return tokens.indices.filter { k in
            let t = tokens[k]
            guard t.isCyrillic, !t.isCapitalized, t.text.unicodeScalars.count == 1 else { return false }
            if scalars == nil { scalars = Array(text.unicodeScalars) }
            return t.range.upperBound < scalars!.count && scalars![t.range.upperBound] == "."
        }
    }

    /// Indices of the tokens (in text order) that overlap any of `ranges`: each range's first
    /// token found by binary search, so a long text full of numbers costs (numbers × log tokens),
    /// not numbers × tokens.
    static func tokens(_ tokens: [WordToken], overlapping ranges: [Range<Int>]) -> Set<Int> {
        var out = Set<Int>()
        for r in ranges where !r.isEmpty {
            var lo = 0, hi = tokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if tokens[mid].range.upperBound <= r.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            var i = lo
            while i < tokens.count, tokens[i].range.lowerBound < r.upperBound {
                if tokens[i].range.overlaps(r) { out.insert(i) }
                i += 1
            }
        }
        return out
    }

    /// Indices of capitalized words that together spell a common phrase of the dictionary
    /// ("Northern Lights" for «aurores boréales», "World War"): English title case, not a name.
    /// Only words separated by a single space count, so "Paris, Lyon" is never a phrase.
    static func capitalizedCommonPhrases(_ tokens: [WordToken], text: String, isCommonPhrase: ([String]) -> Bool) -> Set<Int> {
        var out = Set<Int>()
        guard tokens.count >= 2 else { return out }
        var scalars: [Unicode.Scalar]? = nil  // built at the first capitalized pair, which most texts lack
        func joined(_ k: Int) -> Bool {  // tokens k and k + 1 are one space apart, both capitalized
            let a = tokens[k], b = tokens[k + 1]
            guard a.isCapitalized && !a.isAllCaps && b.isCapitalized && !b.isAllCaps,
                  b.range.lowerBound == a.range.upperBound + 1 else { return false }
            if scalars == nil { scalars = Array(text.unicodeScalars) }
            return a.range.upperBound < scalars!.count && scalars![a.range.upperBound] == " "
        }
        var k = 0
        while k + 1 < tokens.count {
            var matched = 0
            for n in [3, 2] where k + n <= tokens.count && (k..<(k + n - 1)).allSatisfy(joined) {
                if isCommonPhrase(tokens[k..<(k + n)].map(\.lower)) { matched = n; break }
            }
            if matched > 0 { out.formUnion(k..<(k + matched)); k += matched } else { k += 1 }
        }
        return out
    }

    /// Known names (``Exonyms``) and capitalized words that are not function words, dates or
    /// titles. A capital at the start of a sentence says nothing, so such a word is a weak name
    /// unless it is not a common word of the language.
    /// `markers`: negation, hedge and intensity words ("Would", "Never", "Perhaps" opening a
    /// sentence), which are never names.
    private static func findNames(_ tokens: [WordToken], text: String, language: String, quantities: [Quantity], shouted: Bool, commonPhrases: Set<Int>,
                                  markers: Set<Int>, isWordForm: (String) -> Bool, isCommonWord: (String, Bool) -> Bool) -> [Name] {
        var out: [Name] = []
        var covered = Set<Int>()
        let scalars = Array(text.unicodeScalars)
        for c in Exonyms.find(in: tokens) {
            let r = tokens[c.indices.lowerBound].range.lowerBound..<tokens[c.indices.upperBound - 1].range.upperBound
            // A lower-case form is an adjective ("américain", "российский"): it matches its name,
            // but is not reported missing or added on its own.
            let adjective = c.indices.allSatisfy { !tokens[$0].isCapitalized }
            // As written, hyphen and all ("Moyen-Orient", not "Moyen Orient").
            out.append(Name(indices: c.indices, range: r, text: ScalarText.string(scalars, r), concept: c.id,
                            isWeak: adjective))
            covered.formUnion(c.indices)
        }
        let dated = Set(quantities.map(\.range.lowerBound))
        let titleCase = Self.isTitleCase(tokens, language: language)
        for (i, t) in tokens.enumerated() where !covered.contains(i) && (t.isCapitalized || t.isAllCaps) && !t.isNumeric {
            if Self.isFunctionWord(t, language: language) || titles.contains(t.lower) || dated.contains(t.range.lowerBound) || markers.contains(i) { continue }
            if t.lower.count < 2 || t.lower.hasSuffix("'") || Self.isRomanNumeral(t.text) || Self.romanWithOrdinalEnding(t.text) != nil { continue }
            // A French verb with its pronoun after a hyphen opens questions and commands
            // («Pouvez-vous répéter ?», «Bats-toi»): a verb, whatever the dictionary lacks.
            if language == "fr", i + 1 < tokens.count, tokens[i + 1].range.lowerBound == t.range.upperBound + 1,
               t.range.upperBound < scalars.count, scalars[t.range.upperBound] == "-",
               Self.frenchInvertedPronouns.contains(tokens[i + 1].lower) { continue }
            // A capital says nothing at the start of a sentence, nor in English titles ("Ministry
            // of Defense", "Northern Lights") and reverent Russian ("Отечество"): a word the
            // dictionary knows is then a common word. Nor do capitals of emphasis ("make PEACE",
            // "Fin MAINTENANT"; the intensity check reports the shouting): an all-capitals word of
            // four letters or more that the dictionary or the language's word list knows («PIÈCE
            // D'IDENTITÉ», which FreeDict lacks) is weak too, while short acronyms (US, UN, JD)
            // stay names.
            // German capitalizes every noun ("Regierung", "Gipfel"): there a capital is no sign of a
            // name, so a capitalized German word is never reported missing on its own (acronyms
            // stay names); it is still compared with the other side's names (``Name/isCapitalizedNoun``).
            // In a line written in capitals, any word of four letters or more is weak, and a shorter
            // one the dictionary knows ("THE WAR MUST END NOW!"), while "UN", "EU" stay names.
            // "Ph.D.": a degree, no name.
            if t.lower == "ph", i + 1 < tokens.count, tokens[i + 1].lower == "d", tokens[i + 1].range.lowerBound == t.range.upperBound + 1 { continue }
            let otherwiseWeak = commonPhrases.contains(i) || Self.commonAbbreviations.contains(t.lower) || (t.isAllCaps
                ? (shouted && (t.lower.count >= 4 || isCommonWord(t.lower, true))) || (t.lower.count >= 4 && (isCommonWord(t.lower, true) || isWordForm(t.lower)))
                    || Self.hasInflectedEnding(t.lower, language: language)
                : (t.isSentenceInitial ? isCommonWord(t.lower, false) : isCommonWord(t.lower, true)))
            // The next word capitalized and one space on: "Владимир Путин", not "Пойдёмте, Лида".
            let nextCapitalized = i + 1 < tokens.count && tokens[i + 1].isCapitalized
                && tokens[i + 1].range.lowerBound == t.range.upperBound + 1
            // In an English title-case heading ("How Candide Became Acquainted with Martin") a
            // capital says no more than in German.
            let noun = !otherwiseWeak && ((Self.capitalizesNouns.contains(language) || titleCase) && !t.isAllCaps
                || language == "ru" && t.isSentenceInitial && !t.isAllCaps && !nextCapitalized && !Self.looksLikeRussianName(t.lower))
            out.append(Name(indices: i..<(i + 1), range: t.range, text: t.text, concept: nil, isWeak: otherwiseWeak || noun,
                            isCapitalizedNoun: noun))
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Abbreviations that are common nouns, which the other side renders with words: "VOTER ID" /
    /// «PIÈCE D'IDENTITÉ» (Truth Social, 31 March 2025), "TV" / «télévision», "GDP" / «PIB»,
    /// «ВВП» / "GDP", "DNA" / «ADN». Lower-cased; a capital does not make them names.
    static let commonAbbreviations: Set<String> = [
        "id", "tv", "gdp", "dna", "ceo", "iq", "ufo", "vip", "gps", "usb", "pib", "adn", "pdg", "qi", "ovni", "tva", "ввп", "днк",
    ]

    /// A shouted word the dictionary lacks still shows it is a word by an inflection no acronym
    /// has: "should be DEFUNDED by Congress" (Truth Social, 27 March 2025), "RIGGED", «ANNULÉES»;
    /// six letters or more, so that short acronyms stay names.
    static func hasInflectedEnding(_ lower: String, language: String) -> Bool {
        guard lower.count >= 6 else { return false }
        switch language {
        case "en": return ["ed", "ing", "ly"].contains { lower.hasSuffix($0) }
        case "fr": return ["ment", "ée", "ées", "és"].contains { lower.hasSuffix($0) }
        default: return false
        }
    }

    /// Pronouns a French verb takes after a hyphen in questions and commands.
    static let frenchInvertedPronouns: Set<String> = ["je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "moi", "toi",
                                                      "le", "la", "les", "lui", "leur", "y", "en", "t"]

    /// A text written in capitals ("ПОЖАЛУЙСТА, ПОДОЖДИТЕ И ПОВТОРИТЕ ПОПЫТКУ ПОЗЖЕ", "BREAKING NEWS"):
    /// at least two words and three in four of them in capitals. There capitals say nothing of a
    /// word of four letters or more, whether the dictionary knows it or not; shorter ones may
    /// still be acronyms.
    static func isShouted(_ tokens: [WordToken]) -> Bool {
        let words = tokens.filter { t in t.text.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= 2 }
        guard words.count >= 2 else { return false }
        return words.filter(\.isAllCaps).count * 4 >= words.count * 3
    }

    /// Endings of Russian surnames and patronymics in their frequent case forms (Песков, Лаврова,
    /// Пескову, Захарова, Зеленский, Медведев, Путиным, Кириенко, Ковальчук, Абрамович, Пашинян;
    /// Шойгу is an exception the exonyms list holds). Not "-ко" or "-ия", which many common
    /// words end with (Коротко, Комиссия).
    static let russianNameEndings = ["ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ову", "еву", "ину", "овым", "евым",
                                     "иным", "ым", "ский", "цкий", "ская", "цкая", "ского", "цкого", "енко", "ук", "юк", "як",
                                     "ич", "ича", "ичу", "вна", "ян", "яна", "швили", "дзе"]

    /// A Russian word whose ending is that of a surname. A capitalized word opening a sentence
    /// that the dictionary does not know (FreeDict's Russian is small: «Скажи», «Таким», «Стоит»,
    /// «Пойдёмте» opened MLQE sentences) is a name only with such an ending or before another
    /// capitalized word ("Владимир Путин"); otherwise it is weak (matched, never reported missing).
    static func looksLikeRussianName(_ lower: String) -> Bool {
        russianNameEndings.contains { lower.hasSuffix($0) && lower.count > $0.count + 1 }
    }

    /// A heading in title case: at most 25 words, four or more of three letters or more that are
    /// no function words, every one of those capitalized ("What Happened to Them at Surinam,
    /// and How Candide Became Acquainted with Martin"; "Readout of … Call with President Vladimir
    /// Putin of Russia"). A sentence full of names still has a lower-case verb or noun ("The Heavy
    /// Industry Ministry met in Geneva", "… to lead the negotiations").
    static func isTitleCase(_ tokens: [WordToken], language: String = "en") -> Bool {
        let words = tokens.filter { !$0.isNumeric && $0.text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }
        guard words.count <= 25 else { return false }
        let long = words.filter { $0.text.count >= 3 && !FunctionWords.contains($0.lower, language: language) }
        return long.count >= 4 && long.allSatisfy { $0.isCapitalized }
    }

    /// Forms of «год» (year) and its abbreviation, as they follow a year.
    static let russianYearWords: Set<String> = ["год", "года", "году", "годом", "годе", "годах", "годы", "годов", "гг", "г"]

    /// Languages whose orthography capitalizes common nouns (German, Luxembourgish).
    static let capitalizesNouns: Set<String> = ["de", "lb"]

    /// "II" in "World War II", "XVI" in "Louis XVI": an ordinal, which the French often writes
    /// out ("Seconde Guerre mondiale"), not a name.
    static func isRomanNumeral(_ word: String) -> Bool {
        word.count >= 2 && word.count <= 7 && RomanNumerals.value(word) != nil
    }

    /// The value of a Roman numeral in capitals with a French ordinal ending, up to 39: «XVIe»,
    /// «XVIème» (siècle), «Xe», «Ier», «IIᵉ». Not «Vie» (lower-case letters) nor «Me» (1,000).
    static func romanWithOrdinalEnding(_ word: String) -> Int? {
        for ending in ["ème", "eme", "ᵉʳ", "ᵉ", "er", "re", "e"] where word.hasSuffix(ending) && word.count > ending.count {
            if let v = RomanNumerals.value(word.dropLast(ending.count)), v <= 39 { return v }
        }
        return nil
    }

    /// Capitalized titles and institutions that are common nouns in French and Russian.
    static let titles: Set<String> = [
        "president", "minister", "prime", "secretary", "senator", "governor", "general", "chancellor", "director",
        "ambassador", "envoy", "special", "vice", "deputy", "chief", "mayor", "head", "spokesman", "spokeswoman", "jr", "sr",
        "republican", "republicans", "democrat", "democrats", "party", "army", "ministry", "department", "office",
        "state", "states", "house", "sea", "east", "west", "north", "south", "oval", "federation", "union", "republic",
        "mr", "mrs", "ms", "dr", "m", "mme", "mm", "st", "saint", "sainte",
        // "Saint" of French and English place names as Russian writes it («Сен-Мало», «Сент-Луис»).
        "сен", "сент",
        // French ministries ("le ministre des Affaires étrangères", "le ministère de l'Intérieur"),
        // and the head of a government, «Premier ministre» by French typographic convention.
        "affaires", "étrangères", "ministère", "intérieur", "premier", "première", "ministre",
        // Abbreviated ranks and offices ("Brig. Gen. Jacob Ammen", "Sen. Rubio", "Lt. Gen. Kellogg").
        "gen", "brig", "maj", "lt", "col", "capt", "sgt", "adm", "cmdr", "sen", "rep", "gov", "prof", "rev", "hon", "amb",
    ]
}
