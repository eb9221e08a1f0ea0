/// Attribution of an act: the original has one named party act on another ("Putin informed
/// Trump", «Путин проинформировал Трампа»), the translation the other way round («Trump a
/// informé Poutine»). The names all agree, so no other check sees it; the brief counts who said
/// or did what among the drifts an editor must catch.
///
/// Read only where it is plain: two names that both sides share, once each, in one clause (no
/// comma, colon, dash or relative or complement word between them), not coordinated ("Putin and
/// Trump"). Who acts is read from word order in French and English (the first name, unless a
/// preposition introduces it; the second when «par» or "by" introduces it, a passive) and from
/// case in Russian (the nominative acts on a genitive, accusative, dative or prepositional;
/// an instrumental, which may be the agent of a passive or a "with", leaves it unread). German,
/// whose word order and article-borne case a name alone does not show, is left unread.
struct RoleSwapCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        let a = link.original, b = link.translation
        // The names both sides share, each side's once: pairs of name indices.
        let namesA = Self.mentions(a), namesB = Self.mentions(b)
        guard !namesA.isEmpty, !namesB.isEmpty, namesA.count <= Self.maximumNames, namesB.count <= Self.maximumNames else { return [] }
        var shared: [(Int, Int)] = []
        for i in namesA {
            let js = namesB.filter { Self.same(a.names[i], a, b.names[$0], b, link.names) }
            guard js.count == 1, namesA.filter({ Self.same(a.names[$0], a, b.names[js[0]], b, link.names) }).count == 1 else { continue }
            shared.append((i, js[0]))
        }
        // Each two shared names, when the sentence has more ("Zelenskyy thanked Trump for … the
        // teams in Jeddah"): the one pair read reversed, if only one is.
        var swapped: [DriftFinding] = []
        for x in shared.indices {
            for y in shared.indices where y > x {
                if let f = Self.twoNames(shared[x], shared[y], link) { swapped.append(f) }
            }
        }
        if swapped.count == 1 { return swapped }
        // One named party and the speaker: "I was just informed by Prime Minister Starmer" / «Je
        // viens d'informer le Premier ministre Starmer». The one shared name that both sides show
        // acting or acted on beside the pronoun, in its clause (others may stand elsewhere:
        // "…Starmer of the United Kingdom, that they caught the terrorists who attacked Turnberry").
        guard let ka = Self.firstPerson(a), let kb = Self.firstPerson(b) else { return [] }
        let read = shared.compactMap { s -> (Int, Int, Bool, Bool)? in
            guard let x = Self.nameActs(a.names[s.0], speaker: ka, in: a), let y = Self.nameActs(b.names[s.1], speaker: kb, in: b) else { return nil }
            return (s.0, s.1, x, y)
        }
        if read.count == 1, read[0].2 != read[0].3 {
            let (nameActsA, nameActsB) = (read[0].2, read[0].3)
            let n = a.names[read[0].0], m = b.names[read[0].1]
            let (doer, doneTo) = nameActsA ? (Self.surname(n, a), a.tokens[ka].text) : (a.tokens[ka].text, Self.surname(n, a))
            let doerB = nameActsB ? Self.surname(m, b) : b.tokens[kb].text
            return [DriftFinding(
                type: .attribution, severity: .major,
                reason: "In \(link.theOriginal) «\(doer)» acts on «\(doneTo)»; in \(link.theTranslation) «\(doerB)» does: who did what to whom is reversed.",
                originalRange: nameActsA ? n.range : a.tokens[ka].range, translationRange: nameActsB ? m.range : b.tokens[kb].range)]
        }
        return []
    }

    /// Two shared names (`p`, `q`: original and translation name indices) of which one acts on
    /// the other on one side and the other way round on the other side: the finding, or nil.
    static func twoNames(_ p: (Int, Int), _ q: (Int, Int), _ link: LinkAnalysis) -> DriftFinding? {
        let a = link.original, b = link.translation
        guard let agentA = agent(a.names[p.0], a.names[q.0], in: a), let agentB = agent(b.names[p.1], b.names[q.1], in: b) else { return nil }
        // The index in `shared` of the name that acts, on each side.
        let actsA = agentA ? 0 : 1, actsB = agentB ? 0 : 1
        guard actsA != actsB else { return nil }
        let doerA = a.names[actsA == 0 ? p.0 : q.0], doneToA = a.names[actsA == 0 ? q.0 : p.0]
        let doerB = b.names[actsB == 0 ? p.1 : q.1]
        return DriftFinding(
            type: .attribution, severity: .major,
            reason: "In \(link.theOriginal) «\(surname(doerA, a))» acts on «\(surname(doneToA, a))»; in \(link.theTranslation) «\(surname(doerB, b))» "
                + "does: who did what to whom is reversed.",
            originalRange: doerA.range, translationRange: doerB.range)
    }

    /// Past this many names on a side, the sentence is a list, not one act between two parties.
    static let maximumNames = 6

    /// The side's mentions of named parties: capitalized names (not an adjective of nationality,
    /// «russe», nor a weak sentence-initial word), a first name and its surname as one, by the
    /// surname ("Vladimir Putin", «Дональда Трампа»).
    static func mentions(_ side: LinkSide) -> [Int] {
        let n = side.names
        return n.indices.filter { i in
            guard !n[i].isWeak, side.tokens[n[i].indices.upperBound - 1].isCapitalized, !isAdjective(n[i], side) else { return false }
            let followed = i + 1 < n.count && n[i + 1].indices.lowerBound == n[i].indices.upperBound
                && n[i + 1].range.lowerBound - n[i].range.upperBound == 1
            return !followed
        }
    }

    /// A capitalized adjective of a place or people, which names no party: Russian in an
    /// adjective's ending, unless the name is a known one (Зеленский; «Эдинбургский шерифский
    /// суд», «Этрусская богиня» are not), English in "-an", "-ese", "-ish" before a lower-case
    /// word ("The Etruscan goddess", "a Japanese firm").
    static func isAdjective(_ n: LinkSide.Name, _ side: LinkSide) -> Bool {
        let k = n.indices.upperBound - 1
        let w = side.tokens[k].lower
        switch side.language {
        case "ru":
            return n.concept == nil && ["ский", "цкий", "ская", "цкая", "ское", "ские", "ского", "скому", "ским", "ской", "ая", "яя", "ое", "ее", "ые", "ие"]
                .contains(where: { w.hasSuffix($0) })
        case "en":
            guard k + 1 < side.tokens.count, !side.tokens[k + 1].isCapitalized,
                  side.tokens[k + 1].range.lowerBound - side.tokens[k].range.upperBound == 1 else { return false }
            return ["an", "ese", "ish"].contains(where: { w.hasSuffix($0) }) && !FunctionWords.contains(side.tokens[k + 1].lower, language: "en")
        default:
            return false
        }
    }

    /// The name's last word, which carries a Russian name's case ("Владимира Путина").
    static func surname(_ n: LinkSide.Name, _ side: LinkSide) -> String {
        side.tokens[n.indices.upperBound - 1].text
    }

    /// Whether two names of the two sides are one: one known concept, or one surname.
    static func same(_ x: LinkSide.Name, _ a: LinkSide, _ y: LinkSide.Name, _ b: LinkSide, _ names: NameKeyMaker) -> Bool {
        if let c = x.concept, let d = y.concept { return c == d }
        return names.relation(surname(x, a), surname(y, b)) == .same
    }

    /// Whether the first of `x`, `y` (in either order) acts on the other on `side`: true when `x`
    /// acts, false when `y` does, nil when the side does not show it plainly.
    static func agent(_ x: LinkSide.Name, _ y: LinkSide.Name, in side: LinkSide) -> Bool? {
        let (first, second) = x.indices.lowerBound < y.indices.lowerBound ? (x, y) : (y, x)
        let t = side.tokens
        guard first.indices.upperBound <= second.indices.lowerBound,
              !breaksClause(from: first.indices.upperBound, to: second.indices.lowerBound, side) else { return nil }
        let between = t[first.indices.upperBound..<second.indices.lowerBound].map(\.lower)
        // "Putin and Trump discussed", «Poutine et Trump ont discuté»: both act.
        let loose = between.filter { !titleWords.contains($0) }
        if loose.isEmpty || loose.allSatisfy({ coordinators.contains($0) }) { return nil }
        let firstActs: Bool
        switch side.language {
        case "fr", "en":
            // "Trump's call with Putin", «l'appel de Trump»: the first name does not act.
            if let p = wordBefore(first, side), prepositions.contains(p) { return nil }
            if t[first.indices.upperBound - 1].lower.hasSuffix("'s") || t[first.indices.upperBound - 1].lower.hasSuffix("’s")
                || between.first == "'s" || between.first == "’s" { return nil }
            // At least one word that is no title between them: a verb, presumably.
            guard loose.contains(where: { !prepositions.contains($0) && !FunctionWords.contains($0, language: side.language) }) else { return nil }
            // "spoke with Putin", «avec Poutine»: together, neither acts on the other; nor do
            // those who meet ("Trump met Putin" is «Poutine a rencontré Trump»).
            let beforeSecond = wordBefore(second, side)
            if let p = beforeSecond, ["with", "avec"].contains(p) { return nil }
            if between.contains(where: { symmetricVerbs.contains($0) }) { return nil }
            // «a été informé par Poutine», "was informed by Putin": the second acts. After «à»,
            // "to" it is acted on ("said to Putin"), as with none; after another preposition
            // («le tribunal d'Édimbourg») it is no party to the act.
            switch beforeSecond {
            case let p? where passiveAgents.contains(p): firstActs = false
            case let p? where prepositions.contains(p) && !["à", "au", "to"].contains(p): return nil
            default: firstActs = true
            }
        case "ru":
            guard let c1 = russianCase(surname(first, side), side, at: first.indices.upperBound - 1),
                  let c2 = russianCase(surname(second, side), side, at: second.indices.upperBound - 1), c1 != c2 else { return nil }
            firstActs = c1 == .nominative
        default:
            return nil
        }
        return firstActs == (first.indices == x.indices)
    }

    /// The one first-person singular pronoun of a side, as a party to an act: "I", "me", «je»,
    /// «me», «я», «меня». Nil when the side has none or more than one (a reflexive «je me
    /// suis entretenu», "I told him I would"), or only a form that shows no role («moi», «мной»,
    /// "let me", where "me" is who acts).
    static func firstPerson(_ side: LinkSide) -> Int? {
        let all = side.tokens.indices.filter { firstPersonForms[side.language]?[side.tokens[$0].lower] != nil || (side.language == "fr" && side.tokens[$0].lower == "moi") }
        guard all.count == 1, let k = all.first, firstPersonForms[side.language]?[side.tokens[k].lower] != nil else { return nil }
        if side.language == "en", side.tokens[k].lower == "me", k > 0, ["let", "lets", "help", "helped", "made", "make", "makes"].contains(side.tokens[k - 1].lower) { return nil }
        return k
    }

    /// First-person singular forms by language: true for the subject, false for an object.
    static let firstPersonForms: [String: [String: Bool]] = [
        "en": ["i": true, "i'm": true, "i've": true, "i'll": true, "i'd": true, "me": false],
        "fr": ["je": true, "j'": true, "me": false, "m'": false],
        // Not «мне», a dative that is also who feels or needs («мне нравится Стармер»: I like him).
        "ru": ["я": true, "меня": false],
    ]

    /// Russian prepositions: after one, a name's or pronoun's case is the preposition's, not its
    /// role in the act («от Стармера», «у меня»).
    static let russianPrepositions: Set<String> = [
        "у", "для", "от", "до", "без", "с", "со", "к", "ко", "о", "об", "обо", "при", "про", "за", "над", "под", "перед", "через",
        "между", "после", "вокруг", "против", "кроме", "вместо", "ради", "из", "в", "во", "на", "по",
    ]

    /// Whether name `n` acts on the speaker (token `k`, ``firstPerson(_:)``) on `side`: true when
    /// the name acts, false when the speaker does, nil when the side does not show it plainly.
    /// The pronoun's form shows its role («je» acts, «me» is acted on; «я», «меня»), unless a
    /// passive's agent follows "by", «par» ("I was informed by Starmer": Starmer acts), or a
    /// passive has none ("I was told", «j'ai été informé»: unread). Together ("with", «avec»),
    /// coordinated ("Starmer and I"), in another clause, or after another preposition: unread.
    static func nameActs(_ n: LinkSide.Name, speaker k: Int, in side: LinkSide) -> Bool? {
        let t = side.tokens
        let (from, to) = k < n.indices.lowerBound ? (k + 1, n.indices.lowerBound) : (n.indices.upperBound, k)
        guard from <= to, !breaksClause(from: from, to: to, side) else { return nil }
        let between = t[from..<to].map(\.lower)
        let loose = between.filter { !titleWords.contains($0) }
        if loose.isEmpty || loose.allSatisfy({ coordinators.contains($0) }) || between.contains(where: { symmetricVerbs.contains($0) }) { return nil }
        guard let subject = firstPersonForms[side.language]?[t[k].lower] else { return nil }
        switch side.language {
        case "en", "fr":
            let before = wordBefore(n, side)
            if let p = before, passiveAgents.contains(p) { return true }
            if let p = before, prepositions.contains(p), !["à", "au", "to"].contains(p) { return nil }
            if k > 0, prepositions.contains(t[k - 1].lower), !["to", "à"].contains(t[k - 1].lower) { return nil }
            // A passive without its agent: the subject is acted on by someone unnamed.
            if subject, between.contains(where: { passiveAuxiliaries.contains($0) }) { return nil }
            return !subject
        case "ru":
            if k > 0, russianPrepositions.contains(t[k - 1].lower) { return nil }
            if let p = wordBefore(n, side), russianPrepositions.contains(p) { return nil }
            guard let c = russianCase(surname(n, side), side, at: n.indices.upperBound - 1) else { return nil }
            if subject && c == .oblique { return false }
            if !subject && c == .nominative { return true }
            return nil
        default:
            return nil
        }
    }

    /// Auxiliaries of a passive ("was informed", «a été informé»).
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "été"]

    enum RussianCase { case nominative, oblique }

    /// The case of a Russian surname as its ending shows it: nominative after a consonant or
    /// in «-ий», «-ый» (Путин, Трамп, Зеленский); oblique in «-а», «-я», «-у», «-ю», «-е»,
    /// «-ого», «-его», «-ому», «-ему» (Путина, Трампу, Зеленского); nil for the instrumental
    /// («-ом», «-ем», «-ым», «-им»: the agent of a passive, or "with"), «-ой» (a feminine oblique
    /// or a masculine nominative), an indeclinable name (Рубио, Мэри), and a feminine
    /// nominative in «-а» beside a verb in the feminine past («Захарова заявила»).
    static func russianCase(_ word: String, _ side: LinkSide, at i: Int) -> RussianCase? {
        let w = word.lowercased()
        guard w.count >= 3, w.unicodeScalars.allSatisfy({ (0x0400...0x04FF).contains($0.value) }) else { return nil }
        if ["ом", "ем", "ым", "им", "ой", "ёй", "ей"].contains(where: { w.hasSuffix($0) }) { return nil }
        if ["ий", "ый"].contains(where: { w.hasSuffix($0) }) { return .nominative }
        if ["ого", "его", "ому", "ему"].contains(where: { w.hasSuffix($0) }) { return .oblique }
        guard let last = w.last else { return nil }
        if "ауюея".contains(last) {
            // A feminine subject: a verb in the feminine past within two words either side.
            if "ая".contains(last), side.tokens[max(0, i - 2)..<min(side.tokens.count, i + 3)].contains(where: {
                $0.lower.count >= 4 && $0.lower.hasSuffix("ла") && !$0.isCapitalized
            }) { return nil }
            return .oblique
        }
        if "оиыэ".contains(last) { return nil }
        return .nominative
    }

    /// The word before a name, passing over titles, first names and other capitalized words,
    /// adjectives of nationality and determiners ("with his Russian counterpart Vladimir Putin",
    /// «avec son homologue russe, Vladimir Poutine»): at most four words back.
    static func wordBefore(_ n: LinkSide.Name, _ side: LinkSide) -> String? {
        var k = n.indices.lowerBound - 1
        var passed = 0
        while k >= 0, passed < 4 {
            let t = side.tokens[k]
            if !prepositions.contains(t.lower), t.isCapitalized || titleWords.contains(t.lower) || determiners.contains(t.lower) {
                k -= 1
                passed += 1
                continue
            }
            return t.lower
        }
        return nil
    }

    /// Whether a comma, colon, semicolon, dash, parenthesis or quotation mark, or a word opening
    /// a complement or relative clause, stands between tokens `from` and `to` (exclusive).
    static func breaksClause(from: Int, to: Int, _ side: LinkSide) -> Bool {
        let t = side.tokens
        let scalars = Array(side.text.unicodeScalars)
        let start = from > 0 ? t[from - 1].range.upperBound : 0
        let end = to < t.count ? t[to].range.lowerBound : scalars.count
        guard start <= end else { return true }
        if scalars[start..<end].contains(where: { ",;:()—–«»\"“”".unicodeScalars.contains($0) }) { return true }
        return t[from..<to].contains { clauseWords.contains($0.lower) }
    }

    static let titleWords: Set<String> = [
        "président", "présidente", "president", "premier", "ministre", "prime", "minister", "chef", "dirigeant", "leader", "homologue",
        "counterpart", "secrétaire", "secretary", "envoyé", "envoy", "spécial", "special", "m.", "m", "mr", "mrs", "ms", "mme", "dr",
        "russe", "américain", "ukrainien", "russian", "american", "ukrainian", "us", "u.s.", "vice", "vice-président", "général", "general",
    ]
    static let determiners: Set<String> = ["le", "la", "l'", "les", "son", "sa", "ses", "leur", "the", "his", "her", "its", "their", "our", "notre"]
    static let coordinators: Set<String> = ["et", "and", "ainsi", "que", "as", "well", "или", "ou", "or", "ni", "nor", "both", "tant"]
    static let prepositions: Set<String> = [
        "à", "au", "aux", "avec", "de", "du", "des", "d'", "par", "pour", "sur", "chez", "contre", "entre", "selon", "vers", "après", "avant",
        "sans", "sous", "envers", "auprès", "to", "with", "of", "by", "for", "on", "at", "from", "against", "between", "according", "about",
        "after", "before", "without", "toward", "towards", "than", "like", "comme",
    ]
    static let passiveAgents: Set<String> = ["par", "by"]
    static let symmetricVerbs: Set<String> = [
        "met", "meet", "meets", "meeting", "rencontré", "rencontre", "rencontrent", "rencontrera", "rencontrer", "retrouvé", "retrouve",
    ]
    static let clauseWords: Set<String> = [
        "que", "qu'", "qui", "dont", "où", "lequel", "laquelle", "that", "who", "whom", "which", "whose", "where", "when", "while",
        "whereas", "if", "si", "s'", "quand", "lorsque", "lorsqu'", "alors", "tandis", "что", "чтобы", "который", "которая", "которое",
        "которые", "которого", "которой", "которому", "которым", "когда", "если", "где", "как", "а", "но", "but", "mais",
    ]
}
