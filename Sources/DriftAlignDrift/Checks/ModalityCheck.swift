import DriftAlignCore

/// Modality and hedging: a hedge or conditional is added ("aurait appelé" for "called") or
/// dropped ("reportedly", "якобы" lost, an allegation stated as fact).
struct ModalityCheck: DriftCheck {
    /// Hedges that turn a fact into an allegation: adding or dropping one is major.
    static let evidential: Set<String> = [
        "aurait", "auraient", "serait", "seraient", "prétendument", "présumé", "présumée", "reportedly", "allegedly",
        "supposedly", "purportedly", "alleged", "якобы", "предположительно", "будто", "angeblich", "mutmaßlich", "mutmasslich",
    ]

    /// Modal auxiliaries and particles that mark a mood more often than a reserve: "would",
    /// "could", "may", "might", «pourrait», «devrait», "бы", "может". One of them surplus on a
    /// side is no finding when the other side says it with a verb's mood instead (``moodWords``):
    /// "the method would be altered" is «on changerait de méthode», "she may make you happy"
    /// «qu'elle fasse votre bonheur».
    static let grammaticalModals: Set<String> = Set([
        "would", "could", "might", "may", "pourrait", "pourraient", "devrait", "devraient", "voudrait", "voudraient",
        "бы", "может", "могут", "мог", "могла", "могли",
    ]).union(ModalityLexicon.germanConditionals)

    /// Words of `side` that carry a conditional, subjunctive or modal meaning without being
    /// hedges: French conditional and imperfect-subjunctive verbs (-rait, -raient, -rais, -rions,
    /// -riez; «pût», «fût», «eût», «fasse»…) and pouvoir; English "can", "would", "could", "may",
    /// "might" (not "will" or "must", which a French «pourrait» weakens); Russian "бы" and мочь;
    /// German können and the Konjunktiv II (wäre, hätte, würde, möchte).
    /// Not already counted in `hedges`.
    static func moodWords(_ side: LinkSide, excluding hedges: [Int]) -> Int {
        let counted = Set(hedges)
        return side.tokens.indices.filter { i in
            guard !counted.contains(i) else { return false }
            let w = side.tokens[i].lower
            switch side.language {
            case "fr":
                // Every form of «pouvoir»: "I could see it was you" / «Je pouvais voir», "he could
                // deduct" / «il a pu déduire», "so I could smoke" / «pour pouvoir fumer».
                // A negated perfect or simple past («n'ont pas pu reprendre», «ne put») is an ability
                // that failed, as "could not" is no hedge, and renders no other modal ("… but could
                // still end").
                if ["pu", "pus", "put", "purent"].contains(w) {
                    return !side.tokens[max(0, i - 3)..<i].contains { $0.lower == "ne" || $0.lower == "n'" }
                }
                if ["peut", "peuvent", "peux", "pouvait", "pouvaient", "pourra", "pourront", "puisse", "puissent", "pût",
                    "fût", "eût", "fussent", "eussent", "fasse", "fassent",
                    "pouvais", "pouvions", "pouviez", "pouvons", "pouvez", "pouvoir", "pouvant",
                    "pourrai", "pourras", "pourrons", "pourrez", "puisses", "puissions", "puissiez"].contains(w) { return true }
                if w.count >= 6 && ["rait", "raient", "rais", "rions", "riez"].contains(where: { w.hasSuffix($0) }) { return true }
                return Self.isFrenchConditionalImperfect(i, side.tokens)
            case "en":
                // Not "will", "must", "should": «pourrait» for "will attack" adds a reserve.
                // "'d" is "would" ("I'd like" / «Я бы хотел») unless a participle follows ("I'd done": had).
                // The tokenizer keeps the clitic on its word ("i'd", "you’d").
                // A wish puts its clause in the subjunctive ("I wish I had more time" / «Хотел бы
                // я, чтобы…», "you wish him to listen" / «хотели бы, чтобы он слушал»).
                return ["can", "cannot", "would", "could", "may", "might", "ca", "wish", "wishes", "wished"].contains(w)
                    || (Self.endsWithClitic(w, "d") && !Self.hadFollows(i, side.tokens))
            case "ru":
                // «уметь» is "can" of a skill ("I didn't know you could dance" / «что ты умеешь танцевать»).
                return w == "бы" || ["мож", "мог", "смог", "смож"].contains { w.hasPrefix($0) }
                    || ["умею", "умеешь", "умеет", "умеем", "умеете", "умеют", "умел", "умела", "умели", "уметь"].contains(w)
            case "de":
                // Können in the indicative and the Konjunktiv II of sein, haben, werden, mögen.
                return ModalityLexicon.germanConditionals.contains(w)
                    || ["kann", "kannst", "können", "konnte", "konnten", "möge", "mögen", "möchte", "möchten", "mag",
                        "wüsste", "wüssten", "müsste", "müssten", "sollte", "sollten"].contains(w)
            default:
                return false
            }
        }.count
    }

    /// An imperfect after a «si» of condition (ten words back at most, no «que» between): the
    /// condition of a conditional sentence («si la Fed faisait ce qu'il faut et baissait les
    /// taux»), which English may say with "would" ("if the Fed would do the right thing and
    /// lower rates"). The «si» opens a clause: a subject follows it (a pronoun, a determiner or
    /// a capitalized name; «s'il», «s'ils»), not an adjective («si grand qu'il était»).
    static func isFrenchConditionalImperfect(_ i: Int, _ tokens: [WordToken]) -> Bool {
        let w = tokens[i].lower
        // "-ait", "-aient" (not a participle or noun: «fait», «portrait»), "-ais" after «je» or «tu».
        let imperfect = w.count >= 5 && (w.hasSuffix("aient") || (w.hasSuffix("ait") && !aitNouns.contains(w))
            || (w.hasSuffix("ais") && tokens[max(0, i - 2)..<i].contains { ["je", "j'", "tu"].contains($0.lower) }))
        guard imperfect else { return false }
        var k = i - 1
        while k >= max(0, i - 10) {
            let t = tokens[k].lower
            if t == "que" || t == "qu'" { return false }
            if k + 1 < i, (t == "si" && (conditionSubjects.contains(tokens[k + 1].lower) || tokens[k + 1].isCapitalized))
                || (t == "s'" && ["il", "ils"].contains(tokens[k + 1].lower)) { return true }
            k -= 1
        }
        return false
    }

    /// Words in "-ait" that are no imperfect: participles of «-aire» verbs and nouns.
    static let aitNouns: Set<String> = [
        "fait", "trait", "extrait", "distrait", "abstrait", "satisfait", "parfait", "refait", "défait", "surfait", "contrefait",
        "portrait", "retrait", "souhait", "attrait", "bienfait", "méfait", "forfait", "lait", "soustrait",
    ]

    /// Words that open the subject of a clause after «si»: pronouns and determiners.
    static let conditionSubjects: Set<String> = [
        "il", "ils", "elle", "elles", "on", "je", "j'", "tu", "nous", "vous", "le", "la", "les", "l'", "un", "une", "des",
        "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre",
        "vos", "leur", "leurs", "personne", "quelqu'", "chacun", "tout", "tous",
    ]

    /// Irregular past participles, after which "'d" is "had" ("I'd done", "she'd gone").
    static let irregularParticiples: Set<String> = [
        "been", "done", "gone", "seen", "known", "taken", "given", "got", "gotten", "made", "written", "thought", "told",
        "said", "heard", "left", "lost", "found", "brought", "bought", "forgotten", "eaten", "begun", "spoken", "broken",
        "chosen", "fallen", "driven", "shown", "grown", "thrown", "kept", "felt", "meant", "sent", "spent", "built", "had",
        "become", "understood", "taught", "caught", "fought", "won", "met", "paid", "sold", "slept", "stood", "hidden",
    ]
    /// English "-ed" words that are verbs, not participles ("I'd need", "we'd proceed").
    static let edVerbs: Set<String> = ["need", "feed", "proceed", "succeed", "exceed", "bleed", "breed", "speed", "heed", "shed", "wed", "plead"]

    /// Whether a lower-cased word ends with an English clitic ("i'd", "you’d", "we'll"), any apostrophe.
    static func endsWithClitic(_ w: String, _ clitic: String) -> Bool {
        ["'", "\u{2019}", "\u{02BC}"].contains { w.count > clitic.count + 1 && w.hasSuffix($0 + clitic) }
    }

    /// Whether the "'d" at `i` is "had": the next verb (adverbs such as "never", "already",
    /// "just" skipped) is a past participle, regular ("-ed") or irregular.
    static func hadFollows(_ i: Int, _ tokens: [WordToken]) -> Bool {
        var k = i + 1
        while k < tokens.count, ["never", "already", "just", "ever", "always", "not", "n't", "also", "only", "long", "since"].contains(tokens[k].lower) { k += 1 }
        guard k < tokens.count else { return false }
        let v = tokens[k].lower
        return irregularParticiples.contains(v) || (v.hasSuffix("ed") && !edVerbs.contains(v))
    }

    /// Words of obligation or expectation: "should", "ought", "expected", «должен», «следует»,
    /// «ожидается», «doit», «doivent», "sollte".
    static func shouldWords(_ side: LinkSide) -> Int {
        side.tokens.filter { t in
            switch side.language {
            // …and a plan: «Согласно плану мост войдёт в эксплуатацию» / «le pont devrait être
            // mis en service» ("according to plan", "scheduled", «prévu»).
            case "en": return ["should", "ought", "expected", "supposed", "scheduled", "planned", "plan"].contains(t.lower)
            // Whole forms: «должность» (a post) and «следующий» (next) share the stems.
            case "ru": return ["должен", "должна", "должно", "должны", "следует", "следовало", "ожидается", "ожидаются",
                               "ожидалось", "ожидалась", "ожидался", "плану", "планом", "запланировано", "запланирован",
                               "запланирована", "запланированы"].contains(t.lower)
            case "fr": return ["doit", "doivent", "devait", "devaient", "censé", "censée", "censés", "prévu", "prévue", "prévus",
                               "prévues", "plan"].contains(t.lower)
            case "de": return ["soll", "sollen", "sollte", "sollten", "müsste", "müssten", "erwartet"].contains(t.lower)
            default: return false
            }
        }.count
    }

    /// Verbs of saying and thinking in a past tense, after which French and English put a future
    /// in the conditional (the sequence of tenses: «Poutine a déclaré que ce serait une erreur»,
    /// "Trump said it would be a mistake") where Russian keeps the future («заявил, что это будет
    /// ошибкой»). French participles (after «a», «ont», «avait») and imperfects; English pasts.
    static let frenchReportingPast: Set<String> = [
        "déclaré", "dit", "affirmé", "souligné", "indiqué", "estimé", "promis", "assuré", "annoncé", "précisé", "ajouté",
        "expliqué", "averti", "prévenu", "répété", "rappelé", "reconnu", "admis", "jugé", "considéré", "pensé", "cru", "su",
        "espéré", "écrit", "confirmé", "noté", "prédit", "laissé", "convenu", "décidé", "garanti", "insisté", "martelé",
        "savait", "pensait", "croyait", "espérait", "disait", "estimait", "affirmait", "déclarait", "jugeait", "prévoyait",
        // «a informé Donald Trump que … un échange … aurait lieu» (the Kremlin's "informed … that …
        // will be carried out").
        "informé", "informée", "informés", "signalé", "communiqué",
        // «a exprimé l'espoir que les accords seraient respectés» ("expressed the hope that …
        // would"), a hope or a confidence said.
        "exprimé",
    ]
    static let englishReportingPast: Set<String> = [
        "said", "told", "stated", "declared", "announced", "added", "stressed", "noted", "promised", "warned", "assured",
        "believed", "thought", "knew", "expected", "hoped", "explained", "claimed", "insisted", "predicted", "suggested",
        "indicated", "confirmed", "wrote", "agreed", "decided", "guaranteed", "pledged", "vowed", "realized", "realised",
        // Fearing, wondering and learning put the future in the past too ("Mary was afraid that
        // people would judge her", "I didn't know you wouldn't be there": "know" after "did").
        "feared", "afraid", "wondered", "worried", "doubted", "guessed", "imagined", "assumed", "figured", "understood",
        "heard", "learned", "learnt", "informed", "reported", "notified",
        "expressed",
    ]

    /// Whether a sentence or clause ends («.», «!», «?», «;») between token `k` and the next;
    /// `scalars` is the side's text as scalars.
    static func sentenceEnds(after k: Int, _ side: LinkSide, _ scalars: [Unicode.Scalar]) -> Bool {
        let gap = ScalarText.gap(after: side.tokens[k].range, before: side.tokens[k + 1].range, count: scalars.count)
        return scalars[gap].contains(where: sentenceStops.contains)
    }
    static let sentenceStops: Set<Unicode.Scalar> = [".", "!", "?", ";"]

    /// Hedge markers of `side` that are a future in the past: a conditional of «être», «avoir»…
    /// or "would", within ten words after a verb of saying or thinking in a past tense, or twenty
    /// when «que», "that" opens the reported clause between them («a informé Donald Trump que le
    /// 19 mars, un échange de prisonniers de guerre aurait lieu»), with no sentence end between.
    static func backshifted(_ side: LinkSide, _ markers: [Int]) -> [Int] {
        let conditionals: Set<String>, reporting: Set<String>
        switch side.language {
        case "fr": (conditionals, reporting) = (ModalityLexicon.frenchConditionals, frenchReportingPast)
        case "en": (conditionals, reporting) = (["would"], englishReportingPast)
        default: return []
        }
        let scalars = Array(side.text.unicodeScalars)
        return markers.filter { m in
            guard conditionals.contains(side.tokens[m].lower) else { return false }
            var k = m - 1, opened = false
            while k >= max(0, m - (opened ? 20 : 10)) {
                if Self.sentenceEnds(after: k, side, scalars) { return false }
                if reporting.contains(side.tokens[k].lower) { return true }
                if ["que", "qu'", "that"].contains(side.tokens[k].lower) { opened = true }
                if side.language == "en", side.tokens[k].lower == "know", side.tokens[max(0, k - 3)..<k].contains(where: { $0.lower == "did" }) { return true }
                k -= 1
            }
            return false
        }
    }

    /// French hedge markers counting a «selon» or «d'après» and a reportative conditional of the
    /// same sentence («Selon certaines sources, il aurait…») once: the conditional after a named
    /// source says again what the source word said. The conditional is kept (an evidential, the
    /// stronger marker, reported if it is surplus), one source word dropped per conditional.
    static func withoutSecondMarking(_ markers: [Int], _ side: LinkSide) -> [Int] {
        guard side.language == "fr" else { return markers }
        let conditionals = markers.filter { ModalityLexicon.frenchConditionals.contains(side.tokens[$0].lower) && evidential.contains(side.tokens[$0].lower) }
        guard !conditionals.isEmpty, markers.contains(where: { ["selon", "d'"].contains(side.tokens[$0].lower) }) else { return markers }
        // Sentence number of each token (sentence ends before it), in one pass.
        let scalars = Array(side.text.unicodeScalars)
        var sentences = [0]
        for k in side.tokens.indices.dropFirst() {
            sentences.append(sentences[k - 1] + (Self.sentenceEnds(after: k - 1, side, scalars) ? 1 : 0))
        }
        var repeated = Dictionary(grouping: conditionals) { sentences[$0] }.mapValues(\.count)
        return markers.filter { m in
            guard ["selon", "d'"].contains(side.tokens[m].lower), let n = repeated[sentences[m]], n > 0 else { return true }
            repeated[sentences[m]] = n - 1
            return false
        }
    }

    /// Articles before a source's name («le Kremlin», "the White House").
    static let sourceArticles: Set<String> = ["le", "la", "les", "l'", "the"]

    /// Hedge markers less each «selon», «d'après» or "according to" whose source is the
    /// original's author, by name, role or affiliation (``AttributionCheck/relation(speaker:author:names:)``):
    /// «Selon le Kremlin, Vladimir Poutine a réagi positivement» for the Kremlin's readout, «selon
    /// la Maison-Blanche» or «selon Donald Trump» for his post. It says whose words they are, as
    /// the attribution check reads them, not that they may be untrue. The source: up to five
    /// words after the marker, to the first comma or stop.
    static func withoutOwnSource(_ markers: [Int], _ side: LinkSide, author: String?, names: NameKeyMaker) -> [Int] {
        guard let author, !author.isEmpty else { return markers }
        let t = side.tokens
        let scalars = Array(side.text.unicodeScalars)
        return markers.filter { m in
            let start: Int
            switch t[m].lower {
            case "selon": start = m + 1
            case "d'", "according": start = m + 2  // «d'après», "according to"
            default: return true
            }
            guard start < t.count else { return true }
            // «selon lui», «d'après elle» with no one else named before it: the author, whom the
            // article has just named («Donald Trump a publié un message. Selon lui, cette guerre…»).
            // After another person's name («Dmitri Peskov a commenté : selon lui…») it stays a source.
            if ["lui", "elle"].contains(t[start].lower) {
                let before = side.names.filter { !$0.isWeak && $0.range.upperBound <= t[m].range.lowerBound }
                return before.contains { AttributionCheck.relation(speaker: $0.text, author: author, names: names) != nil }
            }
            var end = start
            // «le Kremlin», «la Maison-Blanche», "the White House": the name after its article (an
            // article before a word in lower case opens a role, «le président russe», kept whole).
            let first = sourceArticles.contains(t[start].lower) && start + 1 < t.count && t[start + 1].isCapitalized ? start + 1 : start
            while end + 1 < min(t.count, start + 5) {
                let gap = ScalarText.gap(after: t[end].range, before: t[end + 1].range, count: scalars.count)
                if scalars[gap].contains(where: { $0 == "," || sentenceStops.contains($0) }) { break }
                end += 1
            }
            let source = ScalarText.string(scalars, t[first].range.lowerBound..<t[max(first, end)].range.upperBound)
            let named = AttributionCheck.identities(source)
            guard !named.concepts.isEmpty || !named.surnames.isEmpty else { return true }
            return AttributionCheck.relation(speaker: source, author: author, names: names) != nil
        }
    }

    /// French hedge markers less each «selon» that says "depending on" («selon les régions»),
    /// which the other side says with a word of depending («в зависимости от региона», "depending
    /// on", «зависит»): a variation, no source. One «selon» per such word.
    static func withoutDependingOn(_ markers: [Int], _ side: LinkSide, other: LinkSide) -> [Int] {
        guard side.language == "fr" else { return markers }
        var depending = other.tokens.filter { t in ["зависим", "зависит", "зависят", "depend"].contains(where: t.lower.hasPrefix) }.count
        return markers.filter { m in
            guard side.tokens[m].lower == "selon", depending > 0 else { return true }
            depending -= 1
            return false
        }
    }

    /// "would not", "wouldn't": the past of an unwillingness, when the other side refuses.
    static func isRefusal(_ i: Int, _ tokens: [WordToken]) -> Bool {
        tokens[i].lower == "would" && i + 1 < tokens.count && ["not", "n't"].contains(tokens[i + 1].lower)
    }

    /// Whether a side says a refusal with a verb: "refuse(d)", «refus-», «отказ-», «откаж-», "weiger".
    static func refuses(_ side: LinkSide) -> Bool {
        side.tokens.contains { t in
            ["refus", "отказ", "откаж", "weiger", "verweiger"].contains { t.lower.hasPrefix($0) }
        }
    }

    /// Russian verbs in a non-past form inside a clause that «что» opens after a verb in the past
    /// («Ушаков сообщил, что следующий раунд пройдёт в понедельник»): a perfective's non-past is
    /// its future, which French puts in the conditional after a past verb of saying («a indiqué
    /// que le prochain cycle aurait lieu lundi»). Read with the lemma table (a form whose lemma
    /// is an infinitive); without one, none: «визит» ends like «вылетит».
    static func reportedNonPast(_ side: LinkSide, lexicon: BilingualLexicon?) -> Int {
        guard side.language == "ru", let lexicon else { return 0 }
        func isVerb(_ lower: String) -> Bool {
            let form = lower.replacingOccurrences(of: "ё", with: "е")
            guard let lemma = lexicon.lemma(of: form, language: "ru") else { return false }
            return VerbTense.isRussianVerbLemma(lemma)
        }
        let past = VerbTense.russianPastEndings
        let nonPast = ["ет", "ёт", "ит", "ут", "ют", "ат", "ят", "ется", "ётся", "ится", "утся", "ются", "атся", "ятся"]
        let scalars = Array(side.text.unicodeScalars)
        var saidBefore = false, inClause = false, count = 0
        for (k, t) in side.tokens.enumerated() {
            if inClause, nonPast.contains(where: t.lower.hasSuffix), isVerb(t.lower) { count += 1 }
            if t.lower == "что", saidBefore { inClause = true }
            if !inClause, past.contains(where: t.lower.hasSuffix), isVerb(t.lower) { saidBefore = true }
            if k + 1 < side.tokens.count, Self.sentenceEnds(after: k, side, scalars) { saidBefore = false; inClause = false }
        }
        return count
    }

    /// Future forms: what a conditional of the sequence of tenses renders ("will", «sera»,
    /// «будет»).
    static func futures(_ side: LinkSide) -> Int {
        side.tokens.filter { t in
            switch side.language {
            case "en": return ["will", "'ll", "shall", "wo"].contains(t.lower) || Self.endsWithClitic(t.lower, "ll")
            case "fr": return ["sera", "seront", "serai", "serons", "serez", "aura", "auront", "aurai", "aurons", "aurez", "pourra",
                               "pourront", "devra", "devront", "voudra", "voudront"].contains(t.lower)
            case "ru": return ["будет", "будут", "буду", "будем", "будешь", "будете", "станет", "станут"].contains(t.lower)
            default: return false
            }
        }.count
    }

    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        hedgeFindings(link) + (Self.stanceShift(link).map { [$0] } ?? [])
    }

    /// A certainty turned into a hope, or a hope into a certainty (``StanceLexicon``): "The
    /// President is confident that a ceasefire can be reached" as «Le président espère qu'un
    /// cessez-le-feu pourra être conclu», «Путин выразил надежду» as «Poutine s'est dit certain».
    /// Only when one side says one stance and not the other, and the other side the reverse.
    static func stanceShift(_ link: LinkAnalysis) -> DriftFinding? {
        let a = StanceLexicon.stances(link.original), b = StanceLexicon.stances(link.translation)
        if let c = a.certainty, a.hope == nil, let h = b.hope, b.certainty == nil {
            return DriftFinding(
                type: .modality, severity: .minor,
                reason: "\(link.theOriginal.capitalizedFirst) is certain («\(link.original.tokens[c].text)»); \(link.theTranslation) only hopes («\(link.translation.tokens[h].text)»).",
                originalRange: link.original.tokens[c].range, translationRange: link.translation.tokens[h].range)
        }
        if let h = a.hope, a.certainty == nil, let c = b.certainty, b.hope == nil {
            return DriftFinding(
                type: .modality, severity: .minor,
                reason: "\(link.theOriginal.capitalizedFirst) only hopes («\(link.original.tokens[h].text)»); \(link.theTranslation) is certain («\(link.translation.tokens[c].text)»).",
                originalRange: link.original.tokens[h].range, translationRange: link.translation.tokens[c].range)
        }
        return nil
    }

    /// Hedges and conditionals added or dropped.
    func hedgeFindings(_ link: LinkAnalysis) -> [DriftFinding] {
        let a = link.original, b = link.translation
        // Hedges, and a speaker's opinions ("I think", «je pense», «по-моему»), which a reserve
        // of the other side may render («il me semble», «мне кажется»).
        let readsOpinions = ModalityLexicon.opinionLanguages.isSuperset(of: [a.language, b.language])
        let oa = readsOpinions ? ModalityLexicon.opinions(a.tokens, language: a.language) : []
        let ob = readsOpinions ? ModalityLexicon.opinions(b.tokens, language: b.language) : []
        var ha = Set(ModalityLexicon.markers(a.tokens, language: a.language, text: a.text)).union(oa).sorted()
        var hb = Set(ModalityLexicon.markers(b.tokens, language: b.language, text: b.text)).union(ob).sorted()
        // "He wouldn't mention the plan": a refusal, which the other side says with a verb of
        // refusing («Il a refusé de mentionner le projet»), not a reserve.
        if Self.refuses(b) { ha.removeAll { Self.isRefusal($0, a.tokens) } }
        if Self.refuses(a) { hb.removeAll { Self.isRefusal($0, b.tokens) } }
        // "This war would never have started if I were president" / «…si j'avais été président»:
        // an English "would", "could", "might" answering an "if" of its sentence states the
        // consequence of a hypothesis, a mood and no reserve, when the other side states the
        // condition too (the French conditional answering «si» is not counted either). Where
        // the other side drops the condition ("if the Fed would do the right thing" / «la Fed
        // fait ce qu'il faut»), the hypothesis became a fact, and the modal counts.
        func bothStateTheCondition(_ side: LinkSide, _ other: LinkSide) -> Bool {
            side.language == "en" && ModalityLexicon.hasEnglishCondition(side.tokens) && ModalityLexicon.hasCondition(other.tokens, language: other.language)
        }
        if bothStateTheCondition(a, b) { ha.removeAll { ModalityLexicon.isConsequenceModal(a.tokens[$0].lower) } }
        if bothStateTheCondition(b, a) { hb.removeAll { ModalityLexicon.isConsequenceModal(b.tokens[$0].lower) } }
        // «Selon certaines sources, il aurait une vingtaine d'années»: French marks reported
        // information twice, with the source and with the conditional; one hedge, as the other
        // side's «по сообщениям» or "reportedly" is (``withoutSecondMarking(_:_:)``).
        ha = Self.withoutSecondMarking(ha, a)
        hb = Self.withoutSecondMarking(hb, b)
        ha = Self.withoutDependingOn(ha, a, other: b)
        hb = Self.withoutDependingOn(hb, b, other: a)
        // «Selon le Kremlin, …» for a Kremlin readout: the source named is the original's own
        // author, no reserve (``withoutOwnSource(_:_:author:names:)``).
        ha = Self.withoutOwnSource(ha, a, author: link.context.originalAuthor, names: link.names)
        hb = Self.withoutOwnSource(hb, b, author: link.context.originalAuthor, names: link.names)
        // A conditional of the sequence of tenses facing a future is that future, not a reserve:
        // only on the side with more hedges, and (but for English "would", below) no more of them
        // than the other side's futures.
        func dropBackshifted(_ more: inout [Int], _ moreSide: LinkSide, fewer: Int, _ fewerSide: LinkSide) {
            // An English "would" there is the future in the past, a tense and no reserve, however
            // the other side renders it: a future, a Russian present after a past verb of saying,
            // an infinitive («He decided that they would go no further» / «Il décide de renoncer à
            // poursuivre», REFreSD, 2026-12-06). A French «serait», «aurait» after «a déclaré que»
            // may be the allegation's conditional («Peskov a déclaré que Poutine serait malade» for
            // «…что Путин болен»), which only a future of the other side excuses.
            let surplus = more.count - fewer
            let futures = Self.futures(fewerSide) + Self.reportedNonPast(fewerSide, lexicon: link.lexicon)
            let excusable = Self.backshifted(moreSide, more).prefix(moreSide.language == "en" ? surplus : min(surplus, futures))
            more.removeAll { excusable.contains($0) }
        }
        if hb.count > ha.count { dropBackshifted(&hb, b, fewer: ha.count, a) }
        if ha.count > hb.count { dropBackshifted(&ha, a, fewer: hb.count, b) }
        // A surplus made only of grammatical modals, matched by mood words of the other side.
        func moodOnly(_ more: [Int], _ moreSide: LinkSide, _ fewer: [Int], _ fewerSide: LinkSide) -> Bool {
            let strong = more.filter { !Self.grammaticalModals.contains(moreSide.tokens[$0].lower) }.count
            // «devrait» (should, is expected to) is what "должна", "следует", "should",
            // "expected" say: an obligation or an expectation, no reserve.
            let deontic = more.contains { ["devrait", "devraient"].contains(moreSide.tokens[$0].lower) }
                ? Self.shouldWords(fewerSide) : 0
            return strong <= fewer.count && more.count <= fewer.count + Self.moodWords(fewerSide, excluding: fewer) + deontic
        }
        if hb.count > ha.count && moodOnly(hb, b, ha, a) || ha.count > hb.count && moodOnly(ha, a, hb, b) { return [] }
        // A surplus made only of words naming a source ("according to", «selon», «согласно»),
        // which the other side attributes with as many verbs of saying («Le National Hurricane
        // Center affirme que» for «Согласно Национальному ураганному центру»): the same attribution.
        func attributedWithVerbs(_ more: [Int], _ moreSide: LinkSide, _ fewer: [Int], _ fewerSide: LinkSide) -> Bool {
            let others = more.filter { !ModalityLexicon.sourceWords.contains(moreSide.tokens[$0].lower) }.count
            let fewerOthers = fewer.filter { !ModalityLexicon.sourceWords.contains(fewerSide.tokens[$0].lower) }.count
            let verbs = fewerSide.tokens.filter { ModalityLexicon.reportingVerbs.contains($0.lower) }.count
            return others <= fewerOthers && more.count - fewer.count <= verbs
        }
        if hb.count > ha.count && attributedWithVerbs(hb, b, ha, a) || ha.count > hb.count && attributedWithVerbs(ha, a, hb, b) { return [] }
        // An evidential conditional («serait», «aurait») facing a plain conditional ("would",
        // "бы") of the other side is that conditional: "that would be four thousand miles" /
        // «cela serait à quatre mille milles». Only evidentials beyond those are reported as such.
        func evidentialSurplus(_ more: [Int], _ moreSide: LinkSide, _ fewer: [Int], _ fewerSide: LinkSide) -> Int? {
            let conditionals = fewer.filter { w in
                ["would", "бы", "serait", "aurait", "seraient", "auraient"].contains(fewerSide.tokens[w].lower)
                    || ModalityLexicon.germanConditionals.contains(fewerSide.tokens[w].lower)
            }.count
            let evidentials = more.filter { Self.evidential.contains(moreSide.tokens[$0].lower) }
            return evidentials.count > conditionals ? evidentials[conditionals] : nil
        }
        if hb.count > ha.count {
            // Report the hedge with the strongest effect among the extra ones.
            let extra = evidentialSurplus(hb, b, ha, a)
                ?? hb.first { !Self.evidential.contains(b.tokens[$0].lower) } ?? hb[ha.count]
            let t = b.tokens[extra], (text, range) = Self.span(extra, b)
            let opinion = ob.contains(extra)
            return [DriftFinding(
                type: .modality, severity: Self.evidential.contains(t.lower) ? .major : .minor,
                reason: opinion
                    ? "\(link.theTranslation.capitalizedFirst) gives it as an opinion («\(text)») where \(link.theOriginal) states it without reserve."
                    : "\(link.theTranslation.capitalizedFirst) hedges («\(text)») where \(link.theOriginal) states it without reserve.",
                originalRange: nil, translationRange: range)]
        }
        if ha.count > hb.count {
            let lost = evidentialSurplus(ha, a, hb, b)
                ?? ha.first { !Self.evidential.contains(a.tokens[$0].lower) } ?? ha[hb.count]
            let t = a.tokens[lost], (text, range) = Self.span(lost, a)
            let opinion = oa.contains(lost)
            return [DriftFinding(
                type: .modality, severity: Self.evidential.contains(t.lower) ? .major : .minor,
                reason: opinion
                    ? "\(link.theOriginal.capitalizedFirst) gives it as an opinion («\(text)»); \(link.theTranslation) states it as fact."
                    : "\(link.theOriginal.capitalizedFirst) hedges («\(text)»); \(link.theTranslation) states it as fact.",
                originalRange: range, translationRange: nil)]
        }
        return []
    }

    /// A hedge as the editor should read it: its token, with the next one when a hyphen joins
    /// them («peut-être», «по-видимому», which the tokenizer splits), and its scalar range.
    static func span(_ k: Int, _ side: LinkSide) -> (String, Range<Int>) {
        let t = side.tokens[k]
        guard side.isJoinedByDash(after: k) else { return (t.text, t.range) }
        let range = t.range.lowerBound..<side.tokens[k + 1].range.upperBound
        return (ScalarText.string(Array(side.text.unicodeScalars), range), range)
    }
}
