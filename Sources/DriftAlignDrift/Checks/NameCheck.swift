import DriftAlignCore

/// Name: a person, place or organisation of one side is missing, changed or misspelled on the
/// other. Compared after transliteration, through the exonym table (Poutine = Putin = Путин,
/// Kiev = Kyiv = Киев) and with a tolerance on consonant skeletons (``NameKey``): "Whitoff" for
/// "Witkoff" is a misspelling; "Zelenski" for "Зеленский" is a transliteration.
struct NameCheck: DriftCheck {
    /// Word-vector similarity above which a capitalized word is taken as translated, not dropped
    /// ("Office" → "Bureau").
    static let translatedThreshold = 0.75
    static let sentenceInitialTranslatedThreshold = 0.5

    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        let a = link.original, b = link.translation
        var matchedB = Set<Int>()   // indices into b.names
        var dropped: [Int] = [], out: [DriftFinding] = []
        var relations = a.names.map { best($0, in: b, link) }
        // A name of the translation that is the same as one name of the original is no
        // misspelling of another ("Сергей Шойгу" / "Sergueï Lavrov": "Sergueï" is «Сергей», not a
        // misspelled «Шойгу», which is gone).
        let taken = Set(relations.compactMap { $0.0 == .same ? $0.1 : nil })
        for i in relations.indices where relations[i].0 == .misspelled && relations[i].1.map(taken.contains) == true {
            relations[i] = best(a.names[i], in: b, link, excluding: taken)
        }
        Self.joinCompounds(a, b, link, &relations, &matchedB)
        // Acronyms each side spells out beside them (``longForms(_:)``).
        let formsA = Self.longForms(a), formsB = Self.longForms(b)
        // English words kept in a French or Russian text, each side's (``translated``).
        let keptA = Set(Self.keptEnglishWords(a, otherLanguage: b.language, lexicon: link.lexicon))
        let keptB = Set(Self.keptEnglishWords(b, otherLanguage: a.language, lexicon: link.lexicon))
        // First names spelled out for the other side's initials ("Vladimir" for «В.В.Путин»).
        let spelled = link.alignment.spelledOut
        for (i, n) in a.names.enumerated() where !n.indices.allSatisfy(spelled.original.contains) {
            let (relation, partner) = relations[i]
            if let p = partner, relation != .different { matchedB.insert(p) }
            switch relation {
            case .same:
                // The skeletons agree, which forgives transliteration; a known name of the calls'
                // people one letter off in the same script is a misspelling all the same ("Karoline
                // Leavitt" / «Karoline Levitt», ``KnownNameSpelling``).
                if n.concept != nil, let p = partner, b.names[p].concept == nil, !Self.isCyrillic(b.names[p].text),
                   let miss = KnownNameSpelling.nearMisses(in: b.names[p].text).first,
                   Exonyms.concepts.first(where: { $0.id == n.concept })?.forms.contains(KnownNameSpelling.fold(miss.known)) == true {
                    out.append(DriftFinding(
                        type: .name, severity: .minor,
                        reason: "\(link.theTranslation.capitalizedFirst) writes \(b.names[p].text) for \(n.text): a misspelling of the name.",
                        originalRange: n.range, translationRange: b.names[p].range))
                }
                continue
            case .misspelled:
                // A capitalized common word meeting a cognate ("Архиепископ" → "Archbishop",
                // "Травматическая" → "Traumatic") is a translation, not a misspelled name.
                // A German noun's capital says nothing; a French name it nearly spells does
                // ("Lerch" → "Larch").
                // A dictionary word after the same first name is a surname all the same: "Mark
                // Carney" written «Mark Carnet» (a notebook) is the name misspelled.
                let surname = partner.map { Self.isSurnameOfSameFirstName(i, $0, relations, link) } ?? false
                if !surname, (n.isWeak && !n.isCapitalizedNoun) || partner.map({ b.names[$0].isWeak }) == true { continue }
                if Self.isOwnSpelling(i, relations, link) { continue }
                let written = partner.map { b.names[$0].text } ?? "?"
                // One form the other plus a final letter ("Steve" / "Steven", the envoy's full
                // first name in seed 001) is the name's short or full form, not a misspelling:
                // worth a glance only. Two letters more may be another name ("Ivan" / "Ivanov").
                let (x, y) = (n.text.lowercased(), written.lowercased())
                let (short, long) = x.count <= y.count ? (x, y) : (y, x)
                if short.count >= 3, long.count == short.count + 1, long.hasPrefix(short) {
                    out.append(DriftFinding(
                        type: .name, severity: .info,
                        reason: "\(link.theTranslation.capitalizedFirst) writes \(written) for \(n.text): another form of the name.",
                        originalRange: n.range, translationRange: partner.map { b.names[$0].range }))
                    continue
                }
                out.append(DriftFinding(
                    type: .name, severity: .minor,
                    reason: "\(link.theTranslation.capitalizedFirst) writes \(written) for \(n.text): a misspelling of the name.",
                    originalRange: n.range, translationRange: partner.map { b.names[$0].range }))
            case .different:
                guard !n.isWeak && !Self.spellsOutRendered(n, formsA, rendered: { relations[$0].0 == .same }) && !translated(n, link.alignment.original, a, other: b, kept: (keptA, keptB), link),
                      !Self.nationRendered(n, in: b) else { continue }
                // The surname must meet a name of the other side, not a lower-case word: in
                // "Forensic Medicine" → "médecine", "Forensic" is a dropped word, not a first name.
                // (Its last name may be the other language's own spelling of it: «Французской
                // Гвиане» / «Guyane», where French needs no adjective.)
                if let surname = Self.matchedSurname(i, a, matched: {
                    relations[$0].1 != nil && (relations[$0].0 == .same || (relations[$0].0 == .misspelled && Self.isOwnSpelling($0, relations, link)))
                }) {
                    // The person is named; only the first name is gone ("Vladimir Putin" → "Poutine").
                    out.append(DriftFinding(
                        type: .name, severity: .info,
                        reason: "\(link.theTranslation.capitalizedFirst) keeps \(a.names[surname].text) but not «\(n.text)» before it.",
                        originalRange: n.range, translationRange: nil))
                } else {
                    dropped.append(i)
                }
            }
        }
        let author = Self.authorWords(link.context.originalAuthor)
        var added: [Int] = []
        for j in b.names.indices where !matchedB.contains(j) && !b.names[j].isWeak && !b.names[j].indices.allSatisfy(spelled.translation.contains)
            && !Self.spellsOutRendered(b.names[j], formsB, rendered: matchedB.contains)
            && !translated(b.names[j], link.alignment.translation, b, other: a, kept: (keptB, keptA), link)
            && best(b.names[j], in: a, link).0 == .different && !author.contains(where: { link.names.relation($0, b.names[j].text) == .same })
            && !Self.nationRendered(b.names[j], in: a) {
            if let surname = Self.matchedSurname(j, b, matched: { matchedB.contains($0) }) {
                out.append(DriftFinding(
                    type: .name, severity: .info,
                    reason: "\(link.theTranslation.capitalizedFirst) adds «\(b.names[j].text)» before \(b.names[surname].text).",
                    originalRange: nil, translationRange: b.names[j].range))
            } else {
                added.append(j)
            }
        }
        let fullNames = Self.fullNames(b)
        // The parts of one hyphenated name are one dropped name, said and pointed at whole: «Нью-Йорк»,
        // not «Нью» and «Йорк»; «Лос-Анджелесе», whose «Лос» met nothing either, not «Анджелесе».
        var groups: [[Int]] = []
        for i in dropped {
            if let last = groups.last?.last, last + 1 == i, Self.hyphenated(a, last) { groups[groups.count - 1].append(i) } else { groups.append([i]) }
        }
        let scalarsA = Array(a.text.unicodeScalars)
        for group in groups {
            var first = group[0], last = group[group.count - 1]
            while first > 0, Self.hyphenated(a, first - 1), relations[first - 1].0 != .same { first -= 1 }
            while Self.hyphenated(a, last), relations[last + 1].0 != .same { last += 1 }
            let n = a.names[group[0]]
            let whole = a.names[first].range.lowerBound..<a.names[last].range.upperBound
            let written = first == last ? n.text : ScalarText.string(scalarsA, whole)
            if let k = Self.substitute(for: n, a, among: added, b, fullNames: fullNames) {
                let m = b.names[added.remove(at: k)]
                // Acronyms are translated with the names they abbreviate (РПЦ → ROC, ONU → UN):
                // one for another is worth a check, not an alarm.
                // Unless both are known and known to differ (ФБР, CIA).
                let known = n.concept != nil && m.concept != nil
                let acronyms = Self.isAcronym(n, a) && Self.isAcronym(m, b) && !known
                out.append(DriftFinding(
                    type: .name, severity: acronyms ? .minor : .major,
                    reason: acronyms
                        ? "\(link.theOriginal.capitalizedFirst) has the acronym \(n.text), \(link.theTranslation) \(m.text): check they stand for the same name."
                        : "\(link.theOriginal.capitalizedFirst) names \(written); \(link.theTranslation) has \(m.text) instead.",
                    originalRange: acronyms ? n.range : whole, translationRange: m.range))
            } else if !Self.renderedByRole(n, b) && formsA[group[0]] == nil {
                // As serious as a substitution: the reader no longer learns who or where. An
                // acronym, though, is often spelled out ("ВСУ" → "forces armées ukrainiennes").
                let acronym = Self.isAcronym(n, a)
                out.append(DriftFinding(
                    type: .name, severity: acronym ? .minor : .major,
                    reason: acronym
                        ? "\(link.theOriginal.capitalizedFirst) has the acronym \(n.text); \(link.theTranslation) does not: check it is spelled out."
                        : "\(link.theOriginal.capitalizedFirst) names \(written); \(link.theTranslation) does not.",
                    originalRange: acronym ? n.range : whole, translationRange: nil))
            }
        }
        // An acronym its side spells out beside it adds nothing the spelled-out name does not
        // (unless it took a dropped name's place above).
        added.removeAll { formsB[$0] != nil }
        // The parts of one hyphenated name are one added name ("Wi-Fi", not "Wi" and "Fi").
        var k = 0
        while k < added.count {
            var end = k
            while end + 1 < added.count, added[end + 1] == added[end] + 1, Self.hyphenated(b, added[end]) { end += 1 }
            let range = b.names[added[k]].range.lowerBound..<b.names[added[end]].range.upperBound
            let written = ScalarText.string(Array(b.text.unicodeScalars), range)
            out.append(DriftFinding(
                type: .name, severity: .minor,
                reason: "\(link.theTranslation.capitalizedFirst) names \(written); \(link.theOriginal) does not.",
                originalRange: nil, translationRange: range))
            k = end + 1
        }
        Self.applyNationSwaps(link, &out)
        return out
    }

    /// Whether the translation's name that original name `i` nearly spells (`relations[i]`) is
    /// the translation language's own spelling of it, no misspelling: the dictionary's rendering
    /// ("Copenhagen" / «Copenhague»: the word alignment found the exact counterpart on both
    /// sides), or a spelling the translation's dictionary lists as a name («Brandebourg»,
    /// «Édimbourg», «Édouard» for Brandenburg, Edinburgh, Edward).
    static func isOwnSpelling(_ i: Int, _ relations: [(NameRelation, Int?)], _ link: LinkAnalysis) -> Bool {
        let a = link.original, b = link.translation
        guard let p = relations[i].1 else { return false }
        if a.names[i].indices.allSatisfy({ (link.alignment.original[$0] ?? 0) >= 1 }),
           b.names[p].indices.allSatisfy({ (link.alignment.translation[$0] ?? 0) >= 1 }) { return true }
        if let lexicon = link.lexicon, b.names[p].indices.count == 1,
           lexicon.isProperNoun(LightStemmer.stem(b.names[p].text.lowercased(), language: b.language), language: b.language) { return true }
        return false
    }

    /// Whether original name `i` and translation name `p` are the last words of two full names
    /// whose first words are the same name: each capitalized inside its sentence (not opening it,
    /// not in capitals, not in a title-case or German line, where any noun may have one), one
    /// space after that first name ("Mark Carney" / «Mark Carnet»). A surname the dictionary knows
    /// as a common word («carnet», a notebook; "player" in "Gary Player") is then still a name:
    /// the reader takes «Carnet» for the man's surname.
    static func isSurnameOfSameFirstName(_ i: Int, _ p: Int, _ relations: [(NameRelation, Int?)], _ link: LinkAnalysis) -> Bool {
        guard i > 0, p > 0, relations[i - 1].0 == .same, relations[i - 1].1 == p - 1 else { return false }
        func follows(_ j: Int, _ side: LinkSide) -> Bool {
            let first = side.names[j - 1], last = side.names[j]
            guard first.indices.count == 1, last.indices.count == 1, first.concept == nil, last.concept == nil,
                  first.indices.upperBound == last.indices.lowerBound, !side.isShouted,
                  !LinkSide.capitalizesNouns.contains(side.language), !LinkSide.isTitleCase(side.tokens, language: side.language) else { return false }
            let t = side.tokens[last.indices.lowerBound]
            guard t.isCapitalized, !t.isAllCaps, !t.isSentenceInitial, !side.tokens[first.indices.lowerBound].isAllCaps else { return false }
            let scalars = side.text.unicodeScalars
            let gap = ScalarText.gap(after: first.range, before: last.range, count: scalars.count)
            return gap.count == 1 && scalars[scalars.index(scalars.startIndex, offsetBy: gap.lowerBound)] == " "
        }
        return follows(i, link.original) && follows(p, link.translation)
    }

    /// Whether names `i` and `i + 1` of `side` are adjacent words joined by one dash («Нью-Йорк»).
    static func hyphenated(_ side: LinkSide, _ i: Int) -> Bool {
        guard i + 1 < side.names.count, side.names[i + 1].indices.lowerBound == side.names[i].indices.upperBound else { return false }
        return side.isJoinedByDash(after: side.names[i].indices.upperBound - 1)
    }

    /// A name one side writes in two words and the other in one: "El Dorado" / «Eldorado»
    /// (Candide). Two adjacent unknown names that together are the same name as
    /// one name of the other side, or as two adjacent ones, are that name: both original words
    /// then meet it, or the two translation words are both matched.
    static func joinCompounds(_ a: LinkSide, _ b: LinkSide, _ link: LinkAnalysis,
                              _ relations: inout [(NameRelation, Int?)], _ matchedB: inout Set<Int>) {
        func adjacent(_ side: LinkSide, _ i: Int) -> Bool {
            i + 1 < side.names.count && side.names[i].concept == nil && side.names[i + 1].concept == nil
                && side.names[i + 1].indices.lowerBound == side.names[i].indices.upperBound
        }
        for i in a.names.indices where adjacent(a, i) && (relations[i].0 != .same || relations[i + 1].0 != .same) {
            let joined = a.names[i].text + a.names[i + 1].text
            if let j = b.names.indices.first(where: { b.names[$0].concept == nil && link.names.relation(joined, b.names[$0].text) == .same }) {
                relations[i] = (.same, j)
                relations[i + 1] = (.same, j)
            } else if hyphenated(a, i), let j = b.names.indices.first(where: {
                // Two words on both sides, one hyphenated name split differently: «Нью-Йорк» /
                // "New York" (Нью alone is no "New"), «Ти-Рекс» / "T-Rex". Not two names that
                // merely stand together: joined, "Вэйн Хейл" met "Wayne Hill" (w-n-l, as the
                // skeleton reads h as a vowel).
                adjacent(b, $0) && link.names.relation(joined, b.names[$0].text + b.names[$0 + 1].text) == .same
            }) {
                relations[i] = (.same, j)
                relations[i + 1] = (.same, j + 1)
                matchedB.insert(j + 1)
            }
        }
        // The particle of a hyphenated place name that the other language writes as a word of
        // its own, which is no name there: «Ла-Плате» / «La Plata» («La» is an article).
        for i in a.names.indices where adjacent(a, i) && relations[i].0 != .same && relations[i + 1].0 == .same && hyphenated(a, i) {
            guard let j = relations[i + 1].1, let k = b.names[j].indices.first, k > 0 else { continue }
            let before = b.tokens[k - 1]
            let gap = ScalarText.gap(after: before.range, before: b.tokens[k].range, count: b.text.unicodeScalars.count)
            guard before.isCapitalized, gap.count == 1 || gap.count == 0,
                  link.names.keys(a.names[i].text).contains(where: { $0.latin == before.lower }) else { continue }
            relations[i] = (.same, j)
        }
        for j in b.names.indices where adjacent(b, j) {
            let joined = b.names[j].text + b.names[j + 1].text
            // An original name already taken as the same as the first word is still this whole
            // name: «Гонконга» met "Hong" alone, and the second "Hong Kong" of the sentence was
            // left as two added names.
            for k in a.names.indices where a.names[k].concept == nil && link.names.relation(a.names[k].text, joined) == .same {
                if relations[k].0 != .same { relations[k] = (.same, j) }
                matchedB.insert(j)
                matchedB.insert(j + 1)
            }
            // A two-word name the other side says with a lower-case adjective: "Hong Kong" /
            // «гонконгских туристов».
            if !matchedB.contains(j) || !matchedB.contains(j + 1), Self.saidInLowerCase(joined, by: a, link) {
                matchedB.insert(j)
                matchedB.insert(j + 1)
            }
        }
        for i in a.names.indices where adjacent(a, i) && (relations[i].0 != .same || relations[i + 1].0 != .same)
            && Self.saidInLowerCase(a.names[i].text + a.names[i + 1].text, by: b, link) {
            relations[i] = (.same, nil)
            relations[i + 1] = (.same, nil)
        }
    }

    /// Whether a lower-case word of `side` (French also without an adjective ending) is the same
    /// name as `name`, a joined two-word name. The word must be about as long as the name: short
    /// words meet a short name's skeleton by chance ("deux" met «Ти-Рекс» across scripts).
    static func saidInLowerCase(_ name: String, by side: LinkSide, _ link: LinkAnalysis) -> Bool {
        side.tokens.contains { t in
            guard !t.isCapitalized, t.lower.count >= max(6, name.count) else { return false }
            return Self.lowerCaseReadings(t, side).contains { link.names.relation(name, $0) == .same }
        }
    }

    /// Whether a word has Cyrillic letters.
    static func isCyrillic(_ word: String) -> Bool {
        word.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    }

    /// Two acronyms of three letters or more with the same letters in another order, once
    /// transliterated: «НДП» / «NPD» (Новая демократическая партия, Nouveau Parti démocratique),
    /// «CEP» / «PEC». The languages order a noun and its adjectives differently, and their
    /// acronyms follow the words they abbreviate.
    static func permutedAcronyms(_ x: String, _ y: String, _ names: NameKeyMaker) -> Bool {
        guard x.count == y.count, x.count >= 3, x != y, isAcronym(x), isAcronym(y),
              let lx = names.keys(x).first?.latin, let ly = names.keys(y).first?.latin,
              lx.count == x.count, ly.count == y.count else { return false }
        return lx != ly && lx.sorted() == ly.sorted()
    }

    /// The acronyms a side defines where it writes them, by name index, with the token range of
    /// the words that spell each out: the words just before an opening parenthesis that holds the
    /// acronym, or the words in a parenthesis right after it, hold its letters in order, the
    /// first at the start of the first word ("Kruger National Park (KNP)", «« did not finish »
    /// (DNF)», "United Kingdom Infrared Telescope (UKIRT)"). Schwartz and Hearst's rule for
    /// abbreviation definitions ("A simple algorithm for identifying abbreviation definitions in
    /// biomedical text", PSB 2003): the long form has at most min(n + 5, 2n) words for an acronym
    /// of n letters, and is the shortest that matches. Such an acronym repeats a name the side
    /// already writes out: it is neither added nor dropped on its own, and the words that spell
    /// it out are rendered when it is. Acronyms of two to ten letters only, so the search is
    /// bounded.
    static func longForms(_ side: LinkSide) -> [Int: ClosedRange<Int>] {
        var out: [Int: ClosedRange<Int>] = [:]
        var scalars: [Unicode.Scalar]? = nil  // built at the first acronym, which most sides lack
        for (q, n) in side.names.enumerated() where n.indices.count == 1 && isAcronym(n.text) && n.text.count <= 10 {
            if scalars == nil { scalars = Array(side.text.unicodeScalars) }
            if let form = longForm(at: n.indices.lowerBound, letters: Array(n.text.lowercased().filter(\.isLetter)), side, scalars!) {
                out[q] = form
            }
        }
        return out
    }

    /// The long form of the acronym at token `k` (``longForms(_:)``), if its side writes one.
    private static func longForm(at k: Int, letters: [Character], _ side: LinkSide, _ scalars: [Unicode.Scalar]) -> ClosedRange<Int>? {
        guard !letters.isEmpty else { return nil }
        let limit = min(letters.count + 5, 2 * letters.count)
        let count = side.tokens.count
        // The text between token `i` and the next (or the end).
        func gap(after i: Int) -> String {
            let from = min(side.tokens[i].range.upperBound, scalars.count)
            let to = i + 1 < count ? max(from, min(side.tokens[i + 1].range.lowerBound, scalars.count)) : scalars.count
            return String(String.UnicodeScalarView(scalars[from..<to]))
        }
        // The first word of the shortest long form among `words` that ends with their last word,
        // by Schwartz and Hearst's match: the acronym's letters are found right to left in the
        // words' letters, in order, the first letter at the start of a word ("United Kingdom
        // InfraRed Telescope" for UKIRT).
        func longFormStart(_ words: ArraySlice<WordToken>) -> Int? {
            var chars: [(Character, word: Int, starts: Bool)] = []
            for w in words.indices {
                for (o, c) in words[w].lower.enumerated() { chars.append((c, w, o == 0)) }
            }
            var l = chars.count - 1
            for (si, c) in letters.enumerated().reversed() {
                while l >= 0, chars[l].0 != c || (si == 0 && !chars[l].starts) { l -= 1 }
                guard l >= 0 else { return nil }
                if si == 0 { return chars[l].word }
                l -= 1
            }
            return nil
        }
        // "long form (ACRONYM)"
        if k > 0, gap(after: k - 1).contains("("), gap(after: k).hasPrefix(")") {
            if let start = longFormStart(side.tokens[max(0, k - limit)..<k]) { return start...(k - 1) }
        }
        // "ACRONYM (long form)"
        if k + 1 < count, gap(after: k).contains("(") {
            var last = k + 1
            while last - k < limit, last + 1 < count, !gap(after: last).contains(")") { last += 1 }
            if gap(after: last).contains(")"), longFormStart(side.tokens[(k + 1)...last]) == k + 1 { return (k + 1)...last }
        }
        return nil
    }

    /// Whether a name lies inside the words that spell out an acronym of its side (`forms`,
    /// ``longForms(_:)``) that `rendered` says the other side renders ("L'USGS (United States
    /// Geological Survey)": "Survey" is USGS's, which the original names).
    static func spellsOutRendered(_ n: LinkSide.Name, _ forms: [Int: ClosedRange<Int>], rendered: (Int) -> Bool) -> Bool {
        forms.contains { q, form in rendered(q) && form.contains(n.indices.lowerBound) && form.contains(n.indices.upperBound - 1) }
    }

    /// Two or more letters, all capitals ("КНР", "NATO").
    static func isAcronym(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// The closest name (or word) of `side` to `n`, and the index of the name it is, if any.
    private func best(_ n: LinkSide.Name, in side: LinkSide, _ link: LinkAnalysis, excluding: Set<Int> = []) -> (NameRelation, Int?) {
        if let c = n.concept, let j = side.names.firstIndex(where: { $0.concept == c }) { return (.same, j) }
        // Canonical spellings of a known name also count: "Whitoff" is checked against "Witkoff"
        // even when the original wrote "Уиткофф".
        let forms = [n.text] + (n.concept.map { c in Exonyms.concepts.first { $0.id == c }?.forms.filter { !$0.contains(" ") } ?? [] } ?? [])
        // Known spellings are compared within the candidate's script only, where the spelling,
        // not the transliteration, is at stake; the name as written is compared with anything.
        let cyrillicForm = forms.map(Self.isCyrillic)
        func comparable(_ k: Int, cyrillic: Bool) -> Bool { k == 0 || cyrillicForm[k] == cyrillic }
        var bestRelation = NameRelation.different, bestIndex: Int? = nil
        for (j, m) in side.names.enumerated() where (m.concept == nil || n.concept == nil) && !excluding.contains(j) {
            let mCyrillic = Self.isCyrillic(m.text)
            for (k, f) in forms.enumerated() where comparable(k, cyrillic: mCyrillic) {
                var r = link.names.nameRelation(f, m.text)
                // An acronym is not misspelled as a word: «КНР» is not "Kong" written wrongly.
                if r == .misspelled, Self.isAcronym(f) != Self.isAcronym(m.text) { r = .different }
                if r == .different, Self.permutedAcronyms(f, m.text, link.names) { r = .same }
                if r > bestRelation { bestRelation = r; bestIndex = j }
            }
            if bestRelation == .same { return (.same, j) }
        }
        // An English adjective of a name meets the French one by their stems ("Lutheran" /
        // «luthériennes», "Sephardic" / «Séfarade», which French capitalizes at times): both are
        // written from the name.
        let nLanguage = side.language == link.original.language ? link.translation.language : link.original.language
        let stems = nLanguage == "en" && side.language == "fr" ? Self.englishAdjectiveStems(n.text.lowercased()) : []
        if !stems.isEmpty {
            for (j, m) in side.names.enumerated() where m.concept == nil && m.indices.count == 1 {
                let readings = [m.text.lowercased()] + Self.frenchAdjectiveStems(m.text.lowercased())
                if readings.contains(where: { r in stems.contains { link.names.relation($0, r) == .same } }) { return (.same, j) }
            }
        }
        // Lower-case words count as the same name ("président" for "President", "путинскому
        // режиму" for "Putin's regime"), not as misspellings.
        // Known spellings again within the word's script only: across scripts their tolerance
        // made France's «франци(я)» meet "virus" (f-r-ts against v-r-s).
        for t in side.tokens where !t.isCapitalized && t.lower.count >= 4 {
            let readings = Self.lowerCaseReadings(t, side)
            if readings.contains(where: { r in
                forms.enumerated().contains(where: { k, f in comparable(k, cyrillic: t.isCyrillic) && link.names.relation(f, r) == .same })
            }) || readings.dropFirst().contains(where: { r in stems.contains { link.names.relation($0, r) == .same } }) {
                return (.same, nil)
            }
        }
        // A capitalized word opening a sentence that the dictionary took for a common word may
        // be the name itself («Сами пошёл в госпиталь» / "Sami went to the hospital": «сами» is
        // also "themselves"). Compared as written, at the bar of the same name.
        if bestRelation != .same {
            for (k, t) in side.tokens.enumerated() where t.isCapitalized && t.isSentenceInitial && t.lower.count >= 4
                && !side.names.contains(where: { $0.indices.contains(k) })
                && forms.enumerated().contains(where: { f in comparable(f.offset, cyrillic: t.isCyrillic) && link.names.relation(f.element, t.lower) == .same }) {
                return (.same, nil)
            }
        }
        return (bestRelation, bestIndex)
    }

    /// Endings of English adjectives made from names ("Lutheran", "Sephardic", "Canadian",
    /// "Japanese", "Danish"), longest first.
    static let englishAdjectiveEndings = ["ian", "ean", "ese", "ish", "an", "ic"]

    /// A capitalized English adjective without its ending, when at least four letters remain.
    static func englishAdjectiveStems(_ lower: String) -> [String] {
        guard let e = englishAdjectiveEndings.first(where: { lower.hasSuffix($0) }), lower.count - e.count >= 4 else { return [] }
        return [String(lower.dropLast(e.count))]
    }

    /// A lower-case word as a name may stand in it: as written and, French writing the adjective
    /// of a place in lower case with its own ending, without that ending («majorquine» for
    /// «Майорки», Majorca).
    static func lowerCaseReadings(_ t: WordToken, _ side: LinkSide) -> [String] {
        [t.lower] + (side.language == "fr" ? frenchAdjectiveStems(t.lower) : [])
    }

    /// Endings of French adjectives of place and people (-ien, -éen, -ain, -ais, -ois, -in, -an
    /// with their feminine and plural forms), longest first.
    static let frenchAdjectiveEndings = [
        "iennes", "éennes", "ienne", "éenne", "aines", "aises", "oises", "iens", "éens", "aine", "ains", "aise", "oise",
        "ines", "anes", "ien", "éen", "ain", "ais", "ois", "ine", "ins", "ane", "ans", "in", "an",
    ]

    /// A lower-case French word without its adjective ending, when at least four letters remain:
    /// "majorquine" → "majorqu" (Majorque), "saoudienne" → "saoud".
    static func frenchAdjectiveStems(_ lower: String) -> [String] {
        guard let e = frenchAdjectiveEndings.first(where: { lower.hasSuffix($0) }), lower.count - e.count >= 4 else { return [] }
        return [String(lower.dropLast(e.count))]
    }

    /// When name `k` of `side` is a first name or initial of a full name whose last part
    /// `matched` ("Vladimir Putin" rendered "Poutine", "Marco Rubio" rendered "M. Rubio"), that
    /// last part's index: the person is named, so the first name is not dropped or replaced by
    /// whatever other name the sentence holds (an info finding at most). The surname is never
    /// excused by its first name: "Vladimir" for "Vladimir Putin" still drops what identifies him.
    static func matchedSurname(_ k: Int, _ side: LinkSide, matched: (Int) -> Bool) -> Int? {
        let scalars = Array(side.text.unicodeScalars)
        var last = k
        // The names that follow with only spaces between them make one full name, and so does an
        // abbreviated first name of one to three letters with its period ("Дм.Травин", "Вл. Суркова").
        while last + 1 < side.names.count {
            let gap = side.names[last].range.upperBound..<side.names[last + 1].range.lowerBound
            guard !gap.isEmpty, gap.upperBound <= scalars.count else { break }
            let spaces = scalars[gap].allSatisfy { $0.properties.isWhitespace }
            let abbreviated = side.names[last].text.count <= 3 && scalars[gap.lowerBound] == "."
                && scalars[gap].dropFirst().allSatisfy { $0.properties.isWhitespace }
            guard spaces || abbreviated else { break }
            last += 1
        }
        return last > k && matched(last) ? last : nil
    }

    /// The words of the original's author's name ("Donald J. Trump" → Donald, Trump): when the
    /// French names the author, it renders the original's "I" ("I just had a call" → "M. Trump a
    /// déclaré avoir…"), which is not a name the original lacks.
    static func authorWords(_ author: String?) -> [String] {
        guard let author else { return [] }
        return author.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init).filter { $0.count >= 3 }
    }

    /// "le président américain" stands for Trump: a role is a rendering, not an omission (unless
    /// another name stands there, which the caller pairs first).
    static func renderedByRole(_ n: LinkSide.Name, _ side: LinkSide) -> Bool {
        guard let c = n.concept else { return false }
        let lower = TextFoldingLower.fold(side.text)
        return SpeakerRoles.holders(in: lower).contains(c)
    }

    /// A single word of two to five capitals ("РПЦ", "ISS", "UN"), in Russian perhaps with a case
    /// ending ("ЗАГСа", "МИДе"). In a line written in capitals only words of two or three letters
    /// are taken for acronyms ("ПУТИН ПРИБЫЛ В МОСКВУ" names Putin).
    static func isAcronym(_ n: LinkSide.Name, _ side: LinkSide) -> Bool {
        guard n.indices.count == 1 else { return false }
        if side.tokens[n.indices.lowerBound].isAllCaps {
            return (2...(side.isShouted ? 3 : 5)).contains(n.text.count)
        }
        return inflectedAcronymStem(n.text) != nil || isMixedCaseAcronym(n.text)
    }

    /// An acronym with lower-case letters inside ("MSbP", "SMpP", "DfE"): three to six letters,
    /// starting and ending with a capital, more capitals than lower-case letters.
    static func isMixedCaseAcronym(_ text: String) -> Bool {
        let letters = Array(text.unicodeScalars)
        guard (3...6).contains(letters.count), letters.allSatisfy({ $0.properties.isAlphabetic }),
              letters.first!.properties.isUppercase, letters.last!.properties.isUppercase else { return false }
        let upper = letters.filter { $0.properties.isUppercase }.count
        return upper * 2 > letters.count
    }

    /// The capitals of a Russian acronym declined like a noun: two to five Cyrillic capitals and
    /// one or two lower-case letters ("ЗАГСа" → "ЗАГС", "МИДе" → "МИД"; "Москва" has one capital: nil).
    static func inflectedAcronymStem(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        let cyrillic = { (s: Unicode.Scalar) in (0x0400...0x04FF).contains(s.value) }
        guard scalars.allSatisfy(cyrillic) else { return nil }
        let capitals = scalars.prefix { $0.properties.isUppercase }.count
        let tail = scalars.count - capitals
        guard (2...5).contains(capitals), (1...2).contains(tail), scalars[capitals...].allSatisfy({ $0.properties.isLowercase }) else { return nil }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[..<capitals])
        return String(v)
    }

    /// A capitalized common noun that the word alignment found translated.
    /// At the start of a sentence, where a capital says nothing, a word with an ordinary
    /// counterpart is a common word ("Опишите" → "Describe", "Брось" → "Quit"): there the bar is
    /// the word alignment's own (a counterpart at 0.5), not ``translatedThreshold``.
    /// An English common word kept in a French or Russian text, as a word of an English name
    /// («le National Hurricane Center» for «Национальному ураганному центру»), is a word the
    /// original may translate: it too needs only the word alignment's bar
    /// (``isKeptEnglishWord(_:_:otherLanguage:lexicon:)``).
    /// The name's counterpart may also be such a kept English word of the other side («Играх
    /// Содружества» / «Jeux du Commonwealth»), at the same bar.
    /// `kept`: this side's and the other side's kept English words
    /// (``keptEnglishWords(_:otherLanguage:lexicon:)``), found once per link.
    private func translated(_ n: LinkSide.Name, _ scores: [Int: Double], _ side: LinkSide, other: LinkSide,
                            kept: (own: Set<Int>, other: Set<Int>), _ link: LinkAnalysis) -> Bool {
        let k = n.indices.lowerBound, t = side.tokens[k]
        let initial = n.indices.count == 1 && t.isSentenceInitial && !t.isAllCaps
        let bar = initial || Self.opensRussianName(n, side) ? Self.sentenceInitialTranslatedThreshold : Self.translatedThreshold
        return n.concept == nil && n.indices.allSatisfy { i in
            if (scores[i] ?? 0) >= (kept.own.contains(i) ? Self.sentenceInitialTranslatedThreshold : bar) { return true }
            return kept.other.contains { j in (link.wordSimilarity(side.tokens[i].lower, other.tokens[j].lower) ?? 0) >= Self.sentenceInitialTranslatedThreshold }
        }
    }

    /// The tokens of `side` that are kept English words (``isKeptEnglishWord(_:_:otherLanguage:lexicon:)``).
    static func keptEnglishWords(_ side: LinkSide, otherLanguage: String, lexicon: BilingualLexicon?) -> [Int] {
        guard side.language != "en", otherLanguage != "en", lexicon != nil else { return [] }
        return side.tokens.indices.filter { isKeptEnglishWord($0, side, otherLanguage: otherLanguage, lexicon: lexicon) }
    }

    /// Whether token `i` of a non-English side is an English common word (WordNet's, by the
    /// lexicon) that is no word of the side's own language: "Hurricane", "Highway", "Award" in a
    /// French text whose original is Russian. Not against an English side, where a kept word
    /// would be the original's own, written the same.
    static func isKeptEnglishWord(_ i: Int, _ side: LinkSide, otherLanguage: String, lexicon: BilingualLexicon?) -> Bool {
        guard side.language != "en", otherLanguage != "en", let lexicon, lexicon.covers(side.language), !side.tokens[i].isCyrillic else { return false }
        let w = side.tokens[i].lower
        return lexicon.isCommonWord(w, language: "en") && !lexicon.knowsInAnyCase(LightStemmer.stem(w, language: side.language), language: side.language)
    }

    /// A capitalized Russian adjective that opens a name whose other words are in lower case
    /// («Детской больнице Питтсбурга»): Russian capitalizes only the first word of an
    /// institution's or an event's name, so the capital marks the name, not this word, which the
    /// translation may render as a common word («l'hôpital pour enfants de Pittsburgh»); as at the
    /// start of a sentence, a counterpart at the word alignment's own bar renders it.
    static func opensRussianName(_ n: LinkSide.Name, _ side: LinkSide) -> Bool {
        guard side.language == "ru", n.concept == nil, n.indices.count == 1 else { return false }
        let k = n.indices.lowerBound, t = side.tokens[k]
        guard !t.isAllCaps, k + 1 < side.tokens.count else { return false }
        let next = side.tokens[k + 1]
        guard !next.isCapitalized, !next.isAllCaps, !next.isNumeric, next.range.lowerBound == t.range.upperBound + 1,
              !FunctionWords.contains(next.lower, language: "ru") else { return false }
        return LightStemmer.russianAdjectiveEndings.contains { t.lower.hasSuffix($0) && t.lower.count > $0.count + 2 }
    }

    /// Which of the added names `added` of `b` took the dropped name `n`'s place, as an index
    /// into `added`: the one nearest it by position in the sentences, when it is clearly the
    /// nearest, every other added full name at least ``substituteMargin`` times as far (the words
    /// of a full name, "Keith Kellogg", count as one: `fullNames` from ``fullNames(_:)``).
    /// Otherwise positions do not tell which replaced it, and each name is reported on its own.
    /// Seed 001's sentence on Vance, Rubio and Kellogg, beside a post naming Putin, adds «Russie»
    /// and «Ukraine» side by side (Kellogg's title, "envoy for Russia and Ukraine"): Russie, the
    /// nearer by a hair, was said to stand instead of Putin.
    static func substitute(for n: LinkSide.Name, _ a: LinkSide, among added: [Int], _ b: LinkSide, fullNames: [Int]) -> Int? {
        let d = added.map { Self.distance(n, a, b.names[$0], b) }
        guard let k = d.indices.min(by: { d[$0] < d[$1] }) else { return nil }
        let others = d.indices.filter { fullNames[added[$0]] != fullNames[added[k]] }.map { d[$0] }
        if let next = others.min(), next < substituteMargin * d[k] { return nil }
        return k
    }

    /// How much farther the next added full name must be than the nearest (twice) for positions
    /// to tell a substitution. Set by hand, not tuned: on the drift dev halves it leaves every
    /// DEMETR ne_replaced pairing as it was and changes the name findings of 8 pairs, none of
    /// them equivalent (13 substitutions where there were 19).
    static let substituteMargin = 2.0

    /// For each name of `side`, the index of the first name of the full name it belongs to:
    /// adjacent names ("Keith Kellogg") make one.
    static func fullNames(_ side: LinkSide) -> [Int] {
        var out: [Int] = []
        for (j, name) in side.names.enumerated() {
            let joined = j > 0 && side.names[j - 1].indices.upperBound == name.indices.lowerBound
            out.append(joined ? out[j - 1] : j)
        }
        return out
    }

    /// Relative distance of two names' positions in their sentences, to pair a dropped name with
    /// the added name that replaced it.
    private static func distance(_ x: LinkSide.Name, _ a: LinkSide, _ y: LinkSide.Name, _ b: LinkSide) -> Double {
        let pa = Double(x.range.lowerBound) / Double(max(1, a.text.unicodeScalars.count))
        let pb = Double(y.range.lowerBound) / Double(max(1, b.text.unicodeScalars.count))
        return abs(pa - pb)
    }
}
