/// The Russian forms of ``VerbTense``: «быть» and «стать» futures, pasts, the futures of
/// perfective verbs.
extension VerbTense {
    static let russianFutureAuxiliaries: Set<String> = ["буду", "будешь", "будет", "будем", "будете", "будут", "стану", "станешь", "станет", "станем", "станете", "станут"]
    static let russianPastEndings = ["л", "ла", "ло", "ли", "лся", "лась", "лось", "лись"]
    static let russianPresentEndings = ["ет", "ит", "ут", "ют", "ат", "ят", "ем", "им", "ешь", "ишь", "ете", "ите",
                                        "ется", "ится", "утся", "ются", "атся", "ятся", "ст", "дут"]

    /// Prefixes of Russian verbs of two letters or more (a one-letter «с», «в», «у», «о» begins
    /// too many unprefixed verbs: «строить», «вести», «учить»).
    static let russianPrefixes = ["пере", "пред", "при", "про", "пре", "под", "раз", "рас", "вос", "вз", "вс", "из", "ис", "обо", "об",
                                  "ото", "от", "до", "за", "на", "по", "со", "вы"]
    /// Perfective verbs without such a prefix, and those whose future the readouts use.
    static let russianBarePerfectives: Set<String> = [
        "дать", "решить", "купить", "бросить", "лишить", "пустить", "кончить", "простить", "явиться", "стать", "сказать", "сделать",
        "создать", "сдать", "состояться", "оказать", "оказаться", "начать", "начаться", "обменяться", "поменяться", "вернуть", "вернуться",
        "встретиться", "встретить", "сообщить", "сохранить", "согласиться", "сократить", "совершить", "смочь", "спросить",
    ]
    /// Prefixed imperfectives: verbs of motion in «-водить», «-ходить», «-носить», «-возить», and
    /// verbs whose first letters only look like a prefix.
    static let russianImperfectiveRoots = ["водить", "ходить", "носить", "возить", "водиться", "ходиться", "носиться", "возиться"]
    static let russianNotPerfective: Set<String> = ["просить", "помнить", "дорожить", "заботиться", "значить", "пошлить", "происходить"]

    /// Whether a lemma is a perfective verb, whose forms with the endings of a present tell the
    /// future («состоится», «продолжат», «проведут», «примут»): a verb with a prefix and a
    /// perfective stem ("-ить", "-нуть", "-ти", "-чь", «-быть», «-нять», «-писать», «-казать»,
    /// «-делать»), whose secondary imperfectives end otherwise («продолжать», «проводить»
    /// aside), or a known unprefixed one (Zaliznyak's aspect pairs; the «-ить»/«-ать» rule is
    /// that of any Russian grammar's chapter on aspect).
    static func isRussianPerfective(_ l: String) -> Bool {
        if russianBarePerfectives.contains(l) { return true }
        guard !russianNotPerfective.contains(l), !russianImperfectiveRoots.contains(where: { l.hasSuffix($0) }),
              let p = russianPrefixes.first(where: { l.hasPrefix($0) }) else { return false }
        let rest = String(l.dropFirst(p.count))
        guard rest.count >= 4 else { return false }
        if ["ить", "иться", "нуть", "нуться", "ти", "тись", "чь", "чься"].contains(where: { rest.hasSuffix($0) }) { return true }
        return ["нять", "няться", "инять", "быть", "писать", "казать", "казаться", "сказать", "делать"].contains(rest)
    }

    /// Verbs said as parentheticals («скажем», let us say; «допустим»): no time.
    static let russianParentheticals: Set<String> = ["скажем", "допустим", "предположим"]

    /// «залит», «принят», «закрыт»: the short passive participle of a verb whose stem is a single
    /// syllable («-лить», «-бить», «-крыть», «-нять») is its infinitive without «ь», where the
    /// future has another stem («зальёт», «примет»); «продолжит» is the future of «продолжить».
    static func isShortParticiple(_ w: String, of l: String) -> Bool {
        guard w + "ь" == l, let p = russianPrefixes.first(where: { l.hasPrefix($0) }) else { return false }
        return ["лить", "бить", "пить", "шить", "вить", "мыть", "крыть", "рыть", "жить", "гнить", "брить", "нять", "быть"].contains(String(l.dropFirst(p.count)))
    }

    /// A short passive participle («подписано», «условлено», «продолжены»): a verb's form in
    /// «-н», «-на», «-но», «-ны» as the lemma table says; without it, a neuter in «-ено», «-ано»
    /// of six letters or more, the impersonal «решено», «объявлено».
    static func isShortPassiveParticiple(_ w: String, lemma: (String) -> String?) -> Bool {
        guard ["ен", "ена", "ено", "ены", "ан", "ана", "ано", "аны", "ян", "яна", "яно", "яны"].contains(where: { w.hasSuffix($0) }) else { return false }
        if let l = lemma(w) { return isRussianVerbLemma(l) }
        return w.count >= 6 && (w.hasSuffix("ено") || w.hasSuffix("ано"))
    }

    static func isRussianVerbLemma(_ l: String) -> Bool {
        ["ть", "ться", "ти", "тись", "чь", "чься"].contains { l.hasSuffix($0) }
    }

    mutating func readRussian(_ t: [WordToken], lemma: (String) -> String?) {
        func infinitive(_ k: Int) -> Bool { k >= 0 && k < t.count && ["ть", "ти", "ться"].contains { t[k].lower.hasSuffix($0) } }
        for (i, tok) in t.enumerated() {
            let w = tok.lower
            if Self.russianFutureAuxiliaries.contains(w) {
                // «будут продолжены», «будет добиваться»: the auxiliary and the verb it makes future.
                let verb = i + 1 < t.count && (Self.isRussianVerbLemma(t[i + 1].lower) || ["н", "на", "но", "ны", "т", "та", "то", "ты"].contains { t[i + 1].lower.hasSuffix($0) })
                add(.future, i...(verb ? i + 1 : i))
                continue
            }
            if ["был", "была", "было", "были"].contains(w) { add(.past, i...i); continue }
            guard w.count >= 3, tok.isCyrillic, !tok.isCapitalized || tok.isSentenceInitial else { continue }
            // «мог», «помог» (of «мочь», «помочь»): pasts without «-л» the lemma table confirms.
            if w.hasSuffix("г") {
                if let l = lemma(w), l.hasSuffix("чь") || l.hasSuffix("чься") { add(.past, i...i, verb: w) }
                continue
            }
            // «собрался уезжать», «помирать собрался», «собирается приехать»: an intent, a future
            // seen from its time.
            if w.hasPrefix("собира") || w.hasPrefix("собрал"), w.hasSuffix("ся") || w.hasSuffix("сь"), infinitive(i + 1) || infinitive(i - 1) {
                addLoose(.future)
                continue
            }
            if Self.russianPastEndings.contains(where: { w.hasSuffix($0) }) {
                // «поддержал» → «поддержать»: a past verb; «недели», «цели», «посол» are nouns.
                let reflexive = ["лся", "лась", "лось", "лись"].contains { w.hasSuffix($0) } && w.count >= 6
                let isVerb: Bool
                if let l = lemma(w) { isVerb = Self.isRussianVerbLemma(l) } else { isVerb = reflexive }
                if isVerb {
                    add(.past, i...i, verb: w)
                } else {
                    addLoose(.past, verb: w)
                }
                continue
            }
            // «Условлено, что…», «подписано соглашение»: a short passive participle without «быть»
            // tells a thing done (loose); after «будет» or «был» its time is the auxiliary's.
            let afterAuxiliary = i > 0 && (Self.russianFutureAuxiliaries.contains(t[i - 1].lower) || ["был", "была", "было", "были"].contains(t[i - 1].lower))
            if !afterAuxiliary, Self.isShortPassiveParticiple(w, lemma: lemma) {
                addLoose(.past)
                continue
            }
            // A verb of the present or the perfective future («продолжит», «состоится»): the
            // future of a perfective verb has the endings of a present; a sure future only when the
            // lemma is perfective (``isRussianPerfective(_:)``), a loose one for any other verb.
            if Self.russianPresentEndings.contains(where: { w.hasSuffix($0) }) || w.hasSuffix("у") || w.hasSuffix("ю") || w.hasSuffix("усь") || w.hasSuffix("юсь") {
                if let l = lemma(w) {
                    if Self.isRussianPerfective(l), !Self.isShortParticiple(w, of: l), !Self.russianParentheticals.contains(w) {
                        add(.future, i...i)
                    } else if Self.isRussianVerbLemma(l) { addLoose(.future) }
                }
                else if w.count >= 5, ["ет", "ит", "ут", "ют", "ется", "ится", "утся", "ются"].contains(where: { w.hasSuffix($0) }) { addLoose(.future) }
            }
        }
    }
}
