import DriftAlignCore

/// Negation markers and antonym pairs of English, French and Russian (German markers too, for
/// German originals), for the negation check.
///
/// Markers: English not/n't/never/no…, French ne…pas/jamais/plus/rien/aucun…, Russian
/// не/нет/никогда…; "without", "sans", "без" count too, since the three languages use them alike.
/// French "plus", "personne" and "jamais" count only with "ne" ("ne … plus", "personne ne",
/// "n'a jamais"), so "plus de 30 jours" and "le pire jamais vu" are not negations; "ne … que"
/// (only) is not one either.
enum NegationLexicon {
    static let english: Set<String> = ["not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "nowhere", "noone"]
    static let french: Set<String> = ["pas", "rien", "aucun", "aucune", "nul", "nulle", "nullement", "aucunement", "guère", "sans", "non", "ni"]
    /// Words before which «pas» is the noun (a step): "recula trois pas", "à pas de loup", "ses pas",
    /// "empreintes de pas" (with no «ne» just before: «de ne pas» negates).
    /// Adjectives before «pas» the noun: «un premier pas», «un grand pas», «un bon premier pas»,
    /// «ce nouveau pas» (the readouts' "a good first step", "a major step").
    static let frenchStepAdjectives: Set<String> = ["premier", "grand", "petit", "nouveau", "dernier", "second", "deuxième",
                                                    "troisième", "bon", "mauvais", "vrai", "véritable", "énorme", "immense",
                                                    "autre", "simple", "double", "gros", "modeste", "timide", "léger"]

    /// Whether the words before the «pas» at `i` are one or two of ``frenchStepAdjectives`` after
    /// a determiner («un bon premier pas»): an adjective alone is not enough («Bon, pas
    /// question»).
    static func isAdjectiveOfStep(before i: Int, _ tokens: [WordToken]) -> Bool {
        var k = i - 1
        while k >= max(0, i - 2), frenchStepAdjectives.contains(tokens[k].lower) { k -= 1 }
        return k < i - 1 && k >= 0 && frenchStepDeterminers.contains(tokens[k].lower)
    }

    static let frenchStepDeterminers: Set<String> = ["un", "le", "les", "des", "ce", "ces", "mon", "ton", "son", "mes", "tes", "ses",
                                                     "nos", "vos", "leurs", "quelques", "au", "à", "faux", "grands", "petits",
                                                     "premiers", "derniers", "deux", "trois", "quatre", "cinq", "six", "dix", "cent", "mille",
                                                     // "empreintes de pas" (footprints), "bruit de pas", «chaque pas».
                                                     "de", "chaque", "du"]
    /// French markers that, after another in their clause (within four words, no «que» between),
    /// are one negation with it (negative concord: "ne veux plus rien", "n'a jamais aucun", "ce
    /// n'était pas la peine de rien dire").
    static let frenchConcord: Set<String> = ["rien", "aucun", "aucune", "nul", "nulle", "nullement", "aucunement", "guère"]
    /// French words that negate only after "ne"/"n'" in the same clause ("jamais" also just before
    /// it: "jamais il ne cède"). Alone, "jamais" means "ever": "la pire épidémie jamais connue".
    /// "point" is the literary "ne … point" (= pas).
    static let frenchAfterNe: Set<String> = ["plus", "personne", "jamais", "point"]
    /// Not "невозможно": like «impossible» it is a prefixed word (``NegativePrefixes``), which
    /// counts as a negation only when its base is what the other side says ("не" + "возможно"
    /// against «pas possible»); as a marker it reversed every «impossible».
    static let russian: Set<String> = ["не", "нет", "ни", "никогда", "ничего", "ничто", "никто", "никого", "никому", "нигде", "никуда",
                                       "никакой", "никакого", "никакие", "никаких", "нельзя", "без", "отнюдь", "ничем", "никем",
                                       // Negative pronouns of "nothing to", "nowhere to": "нечего есть", "негде взять".
                                       "нечего", "нечем", "некого", "некому", "негде", "некуда", "неоткуда", "незачем"]
    /// German: nicht, kein in every ending, nichts, nie, niemand, nirgends, ohne, "weder" of "weder
    /// … noch" (one negation, as «ni … ni»; "noch" alone is "still"). German has no negative concord.
    static let german: Set<String> = ["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "keins", "nichts", "nie",
                                      "niemals", "nimmer", "niemand", "niemanden", "niemandem", "nirgends", "nirgendwo", "ohne",
                                      "weder"]

    /// Forms of three French verbs that negate with «ne» alone in written French ("ils ne
    /// pouvaient remuer", "elle n'osa s'approcher", "je ne saurais dire"). Not «cesser»: "il ne
    /// cessait de se plier" says he kept doing it.
    static let frenchNeAloneVerbs: Set<String> = [
        "peux", "peut", "pouvons", "pouvez", "peuvent", "pouvait", "pouvais", "pouvions", "pouviez", "pouvaient", "pourrait",
        "pourrais", "pourraient", "pourra", "pourrai", "pourrons", "pourrez", "pourront", "pu", "pus", "put", "purent",
        "puisse", "puisses", "puissent", "pût", "pouvant", "pouvoir", "puis",
        "sais", "sait", "savons", "savez", "savent", "savait", "savais", "savaient", "saurait", "saurais", "sauraient",
        "saura", "sut", "sache", "sachant", "savoir",
        "ose", "oses", "osons", "osez", "osent", "osait", "osais", "osaient", "osa", "osèrent", "osé", "oserait", "oserais", "osera", "osant", "oser",
        // «Je ne cesse de penser à vous» ("I never stop thinking about you").
        "cesse", "cesses", "cessons", "cessez", "cessent", "cessait", "cessais", "cessaient", "cessa", "cessèrent", "cessera", "cesserait",
    ]
    /// Subjunctive forms that negate with «ne» alone after the relative «qui» in written French
    /// ("point de famille qui ne voulût exterminer …", "un seul qui n'ait maudit sa vie"): avoir,
    /// être and common irregular verbs; imperfect subjunctives are read by their endings
    /// (``isFrenchImperfectSubjunctive(_:)``).
    static let frenchSubjunctives: Set<String> = [
        "ait", "aient", "ayons", "ayez", "eût", "eussent", "soit", "soient", "soyons", "soyez", "fût", "fussent",
        "fasse", "fassent", "veuille", "veuillent", "aille", "aillent", "vaille", "vaillent", "dise",
    ]
    /// An imperfect subjunctive by its ending ("désirât", "voulût", "fît", "fissent", "dussent"),
    /// not a noun or an indicative of the same ending ("goût", "coût", "août", "naît", "paraît").
    static func isFrenchImperfectSubjunctive(_ w: String) -> Bool {
        guard w.count >= 4, !["goût", "coût", "août", "moût", "dégoût", "surcoût"].contains(w), !w.hasSuffix("aît"), !w.hasSuffix("oît") else { return false }
        return ["ât", "ît", "ût", "assent", "issent", "ussent", "înt"].contains { w.hasSuffix($0) }
    }

    /// Stems of Russian words of fear («боюсь», «боялась», «опасаюсь», «страшно», «тревожусь»),
    /// after which «как бы … не» is expletive (``markers(_:language:text:)``).
    static let russianFearStems = ["боюсь", "боит", "боял", "боят", "опаса", "страш", "страх", "тревож", "испуг"]

    /// Words after which a French «ne» is expletive, not a negation: "avant qu'il ne puisse",
    /// "à moins qu'il ne sache", "de peur qu'on ne", "je crains qu'il ne", "plus qu'il ne peut".
    static let frenchExpletiveNeCues: Set<String> = ["avant", "moins", "peur", "crainte", "crains", "craint", "craignait",
                                                     "craignaient", "craignant", "craindre", "redoute", "plus", "mieux", "autre", "autrement"]
    /// Words that, with «ne», make it another construction (a marker of its own, or «ne … que» = only).
    static let frenchNeCompanions: Set<String> = ["pas", "point", "plus", "jamais", "rien", "personne", "aucun", "aucune", "guère",
                                                  "que", "qu'", "ni", "nul", "nulle", "nullement"]

    /// A French «ne» alone before ``frenchNeAloneVerbs`` (within three words: "n'ayant pu",
    /// "ne le pouvait"), or after «qui» before a subjunctive ("qui ne désirât"), with no companion
    /// word in the next eight words or the three before ("personne ne peut", "jamais je n'ai pu"),
    /// not "je ne sais quoi" (something), and not after an expletive cue.
    /// The companion is looked for within the clause: "ils ne pouvaient remuer ; la raison en
    /// était que …" is no «ne … que» (`scalars`: the text the tokens index, when known).
    static func isFrenchNeAlone(_ i: Int, _ tokens: [WordToken], scalars: [Unicode.Scalar]? = nil) -> Bool {
        guard ["ne", "n'"].contains(tokens[i].lower) else { return false }
        // «n'importe qui», «n'importe quoi»: the indefinite "any", no negation.
        if i + 1 < tokens.count, tokens[i + 1].lower == "importe" { return false }
        var clauseEnd = min(tokens.count, i + 9)
        if let scalars {
            let stops: Set<Unicode.Scalar> = [";", ":", ".", "!", "?", "…"]
            for k in (i + 1)..<clauseEnd
            where scalars[ScalarText.gap(after: tokens[k - 1].range, before: tokens[k].range, count: scalars.count)].contains(where: stops.contains) {
                clauseEnd = k
                break
            }
        }
        let after = tokens[(i + 1)..<min(tokens.count, i + 4)]
        let relative = i > 0 && tokens[i - 1].lower == "qui"
        guard let v = after.firstIndex(where: { w in
            frenchNeAloneVerbs.contains(w.lower)
                || relative && (frenchSubjunctives.contains(w.lower) || isFrenchImperfectSubjunctive(w.lower))
        }) else { return false }
        if tokens[v].lower == "sais" || tokens[v].lower == "sait", v + 1 < tokens.count,
           ["quoi", "qui", "quel", "quelle", "quels", "quelles", "comment", "combien", "où"].contains(tokens[v + 1].lower) { return false }
        if ((i + 1)..<clauseEnd).contains(where: { k in
            frenchNeCompanions.contains(tokens[k].lower) && !isFrenchComparative(k, tokens) && !isFrenchRelativeQue(k, tokens)
        }) { return false }
        if tokens[max(0, i - 3)..<i].contains(where: { frenchNeCompanions.contains($0.lower) && $0.lower != "que" && $0.lower != "qu'" }) { return false }
        let before = tokens[max(0, i - 6)..<i]
        if before.contains(where: { $0.lower == "que" || $0.lower == "qu'" }),
           before.contains(where: { frenchExpletiveNeCues.contains($0.lower) }) { return false }
        return !tokens[max(0, i - 2)..<i].contains { frenchExpletiveNeCues.contains($0.lower) }
    }

    /// Whether the «plus» or «que» at `k` belongs to a comparison of an adjective or adverb («plus
    /// étroits que», «plus grossière que»: a word between them), not to «ne … plus» or «ne … que»
    /// («ne … plus que deux jours» restricts: nothing between).
    static func isFrenchComparative(_ k: Int, _ tokens: [WordToken]) -> Bool {
        let degree: Set<String> = ["plus", "moins", "aussi", "autant", "mieux", "pire"]
        let w = tokens[k].lower
        if w == "plus" {
            return k + 2 < tokens.count && !["que", "qu'", "de", "d'"].contains(tokens[k + 1].lower)
                && !frenchNeCompanions.contains(tokens[k + 1].lower)
                && tokens[(k + 2)..<min(tokens.count, k + 4)].contains { $0.lower == "que" || $0.lower == "qu'" }
        }
        if w == "que" || w == "qu'" {
            return tokens[max(0, k - 3)..<max(0, k - 1)].contains { degree.contains($0.lower) }
        }
        return false
    }

    /// Whether the «que» at `k` is a relative pronoun after a demonstrative («ce que», «celle
    /// que», «ceux qu'»: what, the one that), no «ne … que».
    static func isFrenchRelativeQue(_ k: Int, _ tokens: [WordToken]) -> Bool {
        ["que", "qu'"].contains(tokens[k].lower) && k > 0 && ["ce", "celle", "celles", "celui", "ceux"].contains(tokens[k - 1].lower)
    }

    /// Verbs and nouns that carry a negation in their meaning ("avoid" = make not happen): "No
    /// more lives should be lost" is rendered "éviter d'autres pertes de vies", a negation said
    /// with a verb. English and French as words, Russian as stems. Not "end"/"fin"/"конец": as
    /// often a noun ("the end of the war") as a negation.
    static let implicativeEnglish: Set<String> = ["hide", "hid", "hidden", "hides", "hiding", "conceal", "concealed", "conceals",
                                                  "concealing", "avoid", "avoided", "avoiding", "avoids", "prevent", "prevented", "preventing", "prevents",
                                                  "refrain", "refrained", "refraining", "stop", "stopped", "stopping", "stops", "cease", "ceased",
                                                  "ceases", "ceasing", "halt", "halted", "halting", "halts", "lack", "lacked", "lacking", "lacks",
                                                  "fail", "failed", "failing", "fails", "refrains", "ignore", "ignored", "ignores",
                                                  "ignoring", "disregard", "disregarded", "disregards", "disregarding", "neglect",
                                                  "neglected", "neglects", "neglecting", "renounce", "renounced", "renounces",
                                                  "renouncing", "abandon", "abandoned", "abandons", "abandoning",
                                                  "deprive", "deprived", "deprives", "depriving", "devoid", "silent", "silence", "silenced",
                                                  "resist", "resisted", "resisting", "resists", "absent", "absence",
                                                  "doubt", "doubted", "doubts", "doubting", "ignorant",
                                                  // Forgetting to do is not doing, refusing to is not doing
                                                  // ("Please remember" / «Пожалуйста, не забудьте»; "wouldn't
                                                  // mention" / «a refusé de mentionner»), disliking is not liking.
                                                  "forget", "forgets", "forgot", "forgotten", "forgetting", "refuse", "refused",
                                                  "refuses", "refusing", "dislike", "disliked", "dislikes", "disliking",
                                                  // Being wrong is not being right ("I am wrong" / «Я не прав»,
                                                  // "Something is wrong" / «Quelque chose ne va pas»).
                                                  "wrong", "wrongly", "mistaken",
                                                  // Hardly is almost not, missing not found ("pages that
                                                  // hardly anyone knows" / «que personne ne connaît»;
                                                  // "Three people are still missing" / «Трёх человек так
                                                  // и не нашли»). "Rarely" is ``rarity(_:)``.
                                                  "hardly", "barely", "scarcely", "missing"]
    static let implicativeFrench: Set<String> = ["éviter", "évité", "évitée", "évités", "évitant", "évite", "évitent", "évitera", "empêcher", "empêché",
                                                 "empêche", "empêchant", "arrêter", "arrêté", "arrête", "arrêtent", "cesser", "cessé", "cesse", "cessent",
                                                 "stopper", "stoppé", "abstenir", "abstenu", "abstiennent", "manque", "manqué", "échoué", "échoue",
                                                 "évitait", "évitaient", "empêchait", "empêchent", "empêchera", "arrêtait", "arrêtera", "cessait",
                                                 "cessera", "manquer", "manquait", "manquaient", "manquent", "manquant", "échouer", "échouait",
                                                 "ignorer", "ignore", "ignoré", "ignorée", "ignorés", "ignorent", "ignorait", "ignoraient",
                                                 "ignorant", "négliger", "négligé", "néglige", "négligent", "négligeait", "renoncer",
                                                 "renonce", "renoncé", "renoncent", "renonçait", "renonçant", "renoncera", "abandonner",
                                                 "abandonné", "abandonne", "abandonnent", "abandonnait",
                                                 "priver", "privé", "privée", "privés", "privées", "prive", "privent", "privait",
                                                 "dépourvu", "dépourvue", "dépourvus", "dépourvues",
                                                 // «avoir tort», "to be wrong".
                                                 "tort"]
    /// French verbs whose every form carries the negation, by stem ("vous renoncerez à préparer
    /// des mariages" for "do not make any more matches"; "vous taire" for "you shouldn't talk").
    /// Only stems no other common word starts with («cess-» would take «cession», «cessez» the
    /// noun «cessez-le-feu»).
    static let implicativeFrenchStems = ["renonc", "renonç", "empêch", "abstien", "absten", "abstîn", "abandonn", "échou", "néglige",
                                         "négligé", "négligea", "taire", "taisez", "taisons", "taisent", "taisait", "taisaient", "taisant",
                                         "tairai", "tairez", "tairon", "manqu", "résist", "absence", "absent", "arrêt", "stopp",
                                         "cesser", "cessera", "cesserai", "cesseron", "cessons", "cessa", "évit", "dout", "ignor",
                                         // «lui cachant l'attaque»: did not tell him of it (not «cachet», a fee).
                                         "cacha", "cachan", "cacher", "cachè", "caché", "cachon", "cachez", "dissimul",
                                         // «oublier», «refuser», as "forget", "refuse" above.
                                         "oubli", "refus",
                                         // «en désaccord avec» for «не согласны» (English "disagree" is
                                         // read by its prefix, ``NegativePrefixes``).
                                         "désaccord"]
    static let implicativeRussianStems = ["избеж", "избег", "предотвра", "прекрат", "прекращ", "останов", "воздерж", "нехватк", "игнорир", "пренебр",
                                          "лишен", "лишён", "лиши", "лиша", "замолч", "умолч", "промолч", "отсутств", "сопротивл", "сомнева",
                                          "скрыв", "скрыл", "скрыт", "утаи", "утаив",
                                          // «забыть», «отказаться», as "forget", "refuse".
                                          "забы", "забуд", "отказ", "откаж",
                                          // «ошибаться», "to be wrong", as "wrong" above.
                                          "ошиба", "ошибу", "ошибл", "ошибё", "ошибе",
                                          // «тщетно», «напрасно», "in vain" (it does not succeed:
                                          // «тщетно надеяться» / "can not hope").
                                          "тщетн", "напрасн",
                                          // «помешать», «мешать», «препятствовать»: to hinder ("sanctions
                                          // will not hinder the economy": «не помешают»).
                                          "помеш", "меша", "препятств", "воспрепятств"]

    /// German, by stem: vermeiden, verhindern, verzichten, unterlassen, scheitern, ignorieren,
    /// vernachlässigen, verweigern, schweigen, zweifeln, Abwesenheit, Mangel.
    static let implicativeGermanStems = ["vermeid", "vermied", "verhinder", "verzicht", "unterlass", "unterlies", "scheiter",
                                         "ignorier", "vernachlässig", "verweiger", "schweig", "schwieg",
                                         "zweifel", "abwesen", "mangel", "mangl"]

    /// Verbs of stopping, preventing and avoiding, which carry the polarity of what they govern
    /// ("stop the proliferation of strategic weapons"), for ``NegationCheck``'s check of a stopping
    /// lost: the stopping sense of the implicatives above, with their nouns and the verbs they do
    /// not list ("suspend", "curb", «enrayer», «freiner», «приостановить», "beenden"). English
    /// and French words, Russian and German stems; «mettre fin à», "put an end to", «положить
    /// конец» count at their noun (``isStopping(_:_:language:)``).
    static let stoppingEnglish: Set<String> = [
        "stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting", "cease", "ceases", "ceased", "ceasing",
        "prevent", "prevents", "prevented", "preventing", "avoid", "avoids", "avoided", "avoiding", "suspend", "suspends",
        "suspended", "suspending", "curb", "curbs", "curbed", "curbing",
        // Their nouns ("the Prevention of Corruption Act" for «О предотвращении коррупции»).
        "prevention", "cessation", "suspension", "avoidance", "stoppage",
        // …and the nouns of a stopping for a time ("a 30-day halt on strikes" / «une pause de 30
        // jours des frappes»).
        "pause", "pauses", "paused", "pausing", "moratorium",
    ]
    static let stoppingFrenchStems = ["arrêt", "cess", "stopp", "empêch", "évit", "suspend", "suspens", "enray", "frein", "préven", "prévien",
                                      "pause", "halte", "moratoire"]
    static let stoppingRussianStems = ["прекрат", "прекращ", "останов", "предотвра", "избе", "пресе", "приостанов", "сдерж", "пауз", "моратори"]
    static let stoppingGermanStems = ["stopp", "beend", "verhinder", "vermeid", "einstell", "eingestellt", "aussetz", "ausgesetzt", "bremse"]

    /// Whether token `i` is a verb of stopping or the noun of «mettre fin», "put an end", «положить конец».
    static func isStopping(_ i: Int, _ tokens: [WordToken], language: String) -> Bool {
        let w = tokens[i].lower
        func follows(_ match: (String) -> Bool) -> Bool { tokens[max(0, i - 2)..<i].contains { match($0.lower) } }
        // A ceasefire names a thing, not a stopping: «cessez-le-feu», «прекращение огня».
        if i + 1 < tokens.count, ["le", "огня"].contains(tokens[i + 1].lower) && (w == "cessez" || w.hasPrefix("прекращ")) { return false }
        switch language {
        case "en": return stoppingEnglish.contains(w) || (w == "end" && follows { ["put", "puts", "putting"].contains($0) })
        case "fr":
            if w == "fin", follows({ $0.hasPrefix("mett") || $0.hasPrefix("mis") || $0 == "met" }) { return true }
            return stoppingFrenchStems.contains { w.hasPrefix($0) }
        case "ru":
            // «сдержать обещание», «сдержит слово»: "keep a promise, one's word", no restraint.
            if w.hasPrefix("сдерж"), tokens[(i + 1)..<min(tokens.count, i + 4)].contains(where: { t in
                ["обещани", "слов", "обязательств", "клятв"].contains(where: t.lower.hasPrefix)
            }) { return false }
            return stoppingRussianStems.contains { w.hasPrefix($0) } || (w == "конец" && follows { $0.hasPrefix("полож") })
        case "de": return stoppingGermanStems.contains { w.hasPrefix($0) }
        default: return false
        }
    }

    /// Token indices of negation-bearing verbs and nouns (``implicativeEnglish`` and kin).
    /// "Rarely", "seldom", «rarement», «редко»: "not often", a negation with a word of frequency
    /// («я редко бывал» / "I haven't traveled much"). Only a negation of frequency renders them,
    /// so the caller counts them as words of negative meaning only when the other side says
    /// "often", "much", «souvent», «часто»… ("you rarely hear" / "you don't hear" is a drift).
    static func rarity(_ tokens: [WordToken]) -> [Int] {
        tokens.indices.filter { ["rarely", "seldom", "rarement", "редко"].contains(tokens[$0].lower) }
    }

    /// Whether a side says a frequency or quantity that a negation makes rare: "often", "much",
    /// «souvent», «beaucoup», «часто», «много».
    static func saysFrequency(_ tokens: [WordToken]) -> Bool {
        tokens.contains { ["often", "much", "frequently", "souvent", "beaucoup", "fréquemment", "часто", "много"].contains($0.lower) }
    }

    static func implicatives(_ tokens: [WordToken], language: String) -> [Int] {
        tokens.indices.filter { i in
            let w = tokens[i].lower
            // «sans doute», «nul doute», "no doubt", "without doubt": sure, not doubting.
            if w.hasPrefix("dout") || w.hasPrefix("doubt") || w.hasPrefix("zweifel"), i > 0,
               ["sans", "nul", "aucun", "no", "without", "ohne", "kein", "keinen", "keinem"].contains(tokens[i - 1].lower) { return false }
            // «hors de question», "out of the question": a refusal said without a negation word.
            if w == "question", i >= 1 {
                let p1 = tokens[i - 1].lower, p2 = i >= 2 ? tokens[i - 2].lower : "", p3 = i >= 3 ? tokens[i - 3].lower : ""
                if p1 == "hors" || (p1 == "de" && p2 == "hors") || (p1 == "the" && p2 == "of" && p3 == "out") { return true }
            }
            // «peu probable», «peu clair»: "unlikely", "unclear", a negation said with "little".
            // (Not after a negation: «pas peu cher» says "expensive", what «недешево» says.)
            if language == "fr", w == "peu", i + 1 < tokens.count, !["de", "d'", "à", "après", "avant", "près", "plus", "moins"].contains(tokens[i + 1].lower),
               i == 0 || !["un", "à", "sous", "depuis", "quelque", "pas", "non", "point", "guère"].contains(tokens[i - 1].lower) { return true }
            // "too inconsiderable to defray", «trop … pour», «слишком … чтобы»: too much for it to
            // happen, a negation said without a negation word. (Not German "zu", which is also "to".)
            if ["too", "trop", "слишком"].contains(w),
               tokens[(i + 1)..<min(tokens.count, i + 5)].contains(where: { ["to", "pour", "чтобы"].contains($0.lower) }) { return true }
            switch language {
            case "en": return implicativeEnglish.contains(w)
            case "fr": return implicativeFrench.contains(w) || implicativeFrenchStems.contains { w.hasPrefix($0) }
            case "ru": return implicativeRussianStems.contains { w.hasPrefix($0) }
            case "de": return implicativeGermanStems.contains { w.hasPrefix($0) }
            default: return implicativeEnglish.contains(w) || implicativeFrench.contains(w)
            }
        }
    }

    /// English "non-" ("non-free", "non-governmental"), which the tokenizer splits at the hyphen:
    /// a negation as French "non" is (French "non" is a marker already). Needs the text, which
    /// alone shows the hyphen.
    static func hyphenatedNon(_ tokens: [WordToken], text: String, language: String) -> [Int] {
        guard language == "en", tokens.contains(where: { $0.lower == "non" }) else { return [] }
        let scalars = Array(text.unicodeScalars)
        return tokens.indices.filter { i in
            let t = tokens[i]
            return t.lower == "non" && i + 1 < tokens.count && t.range.upperBound < scalars.count
                && ["-", "\u{2010}", "\u{2011}"].contains(scalars[t.range.upperBound]) && tokens[i + 1].range.lowerBound == t.range.upperBound + 1
        }
    }

    /// French «jamais» that negates with no «ne»: at the end of its clause ("Jamais, répondit la
    /// baronne.", "Jamais !"), a one-word answer, which negates as "Never" does; or before a past
    /// participle with no comparison before it in its clause ("des niveaux jamais vus", "un
    /// succès jamais démenti": never seen, never denied). After a superlative, an ordinal or
    /// «seul» it means "ever" ("le pire jamais vu", "la première fois jamais enregistrée"), and
    /// elsewhere counts only with «ne» (``markers(_:language:)``). Needs the text, which alone
    /// shows the punctuation.
    static func jamaisWithoutNe(_ tokens: [WordToken], text: String, language: String) -> [Int] {
        guard language == "fr", tokens.contains(where: { $0.lower == "jamais" }) else { return [] }
        let scalars = Array(text.unicodeScalars)
        let counted = Set(markers(tokens, language: language))
        let enders: Set<Unicode.Scalar> = [",", ".", "!", "?", ";", ":", "…"]
        return tokens.indices.filter { i in
            // "plus que jamais" (more than ever) compares; «à jamais» is "for ever", «si jamais» "if ever".
            guard tokens[i].lower == "jamais", !counted.contains(i),
                  i == 0 || !["que", "qu'", "à", "si", "s'"].contains(tokens[i - 1].lower) else { return false }
            var k = tokens[i].range.upperBound
            while k < scalars.count, scalars[k] == " " || scalars[k] == "\u{00A0}" || scalars[k] == "\u{202F}" { k += 1 }
            if k == scalars.count || enders.contains(scalars[k]) { return true }
            guard i + 1 < tokens.count, isFrenchParticiple(tokens[i + 1].lower), !FunctionWords.contains(tokens[i + 1].lower, language: "fr") else { return false }
            // «n'a jamais goûté»: the «ne» before makes it one negation with it, which negative
            // concord may have folded into an earlier marker («aucun … n'a jamais»).
            if tokens[max(0, i - 3)..<i].contains(where: { $0.lower == "ne" || $0.lower == "n'" }) { return false }
            // Back to the clause's start, at most twelve words: no word of comparison there.
            var j = i - 1
            while j >= max(0, i - 12) {
                let gap = ScalarText.gap(after: tokens[j].range, before: tokens[j + 1].range, count: scalars.count)
                if scalars[gap].contains(where: enders.contains) { break }
                if everComparisons.contains(tokens[j].lower) || (tokens[j].lower.hasSuffix("ième") && tokens[j].lower.count > 5) { return false }
                j -= 1
            }
            return true
        }
    }

    /// Words after which «jamais» before a participle says "ever": superlatives and comparisons
    /// («le plus grand jamais vu», «pire», «meilleur», «moindre»), ordinals, «seul», «dernier».
    static let everComparisons: Set<String> = [
        "plus", "moins", "pire", "pires", "meilleur", "meilleure", "meilleurs", "meilleures", "moindre", "moindres", "mieux",
        "premier", "première", "premiers", "premières", "dernier", "dernière", "derniers", "dernières", "seul", "seule",
        "seuls", "seules", "unique", "uniques", "aussi", "autant", "que", "qu'",
    ]

    /// Whether a lower-cased French word has a past participle's ending (vu, connu, égalé,
    /// atteinte, démentis, acquis, construit): a guess, which ``jamaisWithoutNe`` only asks of the
    /// word right after «jamais».
    static func isFrenchParticiple(_ w: String) -> Bool {
        guard w.count >= 2 else { return false }
        return ["é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies", "it", "ite", "its", "ites", "int", "inte",
                "ints", "intes", "ert", "erte", "erts", "ertes"].contains { w.hasSuffix($0) }
    }

    /// Whether a negation at token `from` and a "without" («sans», «без») at token `to` make one
    /// statement ("not … without", «pas … sans», «не … без»): at most two content words between
    /// them, six words in all, so that the three languages, whose auxiliaries and pronouns differ
    /// ("would not have happened without", «ne se serait pas produit sans»; "not learn Japanese
    /// without", «pas apprendre le japonais sans»), are read alike; and no clause opening between
    /// them («il ne dit pas que c'est sans risque» negates twice).
    static func litotesSpan(_ from: Int, _ to: Int, _ tokens: [WordToken], language: String) -> Bool {
        guard to > from, to - from <= 6 else { return false }
        let between = tokens[(from + 1)..<to]
        guard !between.contains(where: { litotesClauseWords.contains($0.lower) }) else { return false }
        return between.filter { !FunctionWords.contains($0.lower, language: language) }.count <= 2
    }

    /// Whether marker `last` and token `i` are a negation and a "without" (`without`: "without",
    /// «sans», «без») that make one statement (``litotesSpan(_:_:_:language:)``), in either order:
    /// the negation first (`negationBefore` says which words count there), or the "without"
    /// first, opening no idiom of its own (``withoutIdiom(_:_:)``), and the negation after it
    /// (`negationAfter`).
    static func cancelsWithout(_ last: Int, _ i: Int, _ tokens: [WordToken], language: String, without: String,
                               negationBefore: (String) -> Bool, negationAfter: (String) -> Bool) -> Bool {
        let x = tokens[last].lower, y = tokens[i].lower
        let paired = (y == without && negationBefore(x)) || (negationAfter(y) && x == without && !withoutIdiom(last, tokens))
        return paired && litotesSpan(last, i, tokens, language: language)
    }

    /// English negations that make one statement with a "without" ("not", "never", "can't").
    static func englishLitotesNegation(_ w: String) -> Bool {
        ["not", "n't", "never", "cannot"].contains(w) || w.hasSuffix("n't")
    }

    /// Whether the "without" at token `i` opens an idiom of its own, whose negation a later one
    /// does not undo: «sans cela» (otherwise), «sans doute» (probably), «sans compter», "without
    /// doubt", «без сомнения», «без этого».
    static func withoutIdiom(_ i: Int, _ tokens: [WordToken]) -> Bool {
        i + 1 < tokens.count && ["cela", "ça", "quoi", "doute", "compter", "parler", "doubt", "question", "that", "this",
                                 "сомнения", "сомнений", "этого", "того"].contains(tokens[i + 1].lower)
    }

    /// Words opening a clause, across which a negation and a "without" are two statements.
    /// (And the conjunctions of contrast: «(не с пенкой), а чай без молока» are two statements.)
    static let litotesClauseWords: Set<String> = ["que", "qu'", "qui", "that", "which", "who", "что", "чтобы", "который", "которая", "которое", "которые",
                                                  "а", "но", "but", "mais", "however", "cependant", "однако"]

    /// Token indices of negation markers in `tokens`.
    /// `text`, when given, is what the tokens' ranges index: clause punctuation in it bounds
    /// the search for a «ne»'s companion word.
    static func markers(_ tokens: [WordToken], language: String, text: String? = nil) -> [Int] {
        var out: [Int] = []
        let scalars = language == "fr" || language == "ru" ? text.map { Array($0.unicodeScalars) } : nil
        for (i, t) in tokens.enumerated() {
            let w = t.lower
            switch language {
            case "en":
                // "Unless" is "if not": «S'il ne pleut pas» / "Unless it rains", «если не».
                // "not … without", two content words apart at most, is one statement of a
                // condition, as French «pas … sans» is below ("it would not have happened without
                // Trump's intervention", «cela ne se serait pas produit sans…»): neither counts.
                // Either way round: "Without a bridle you can't hold a horse".
                if let last = out.last, cancelsWithout(last, i, tokens, language: language, without: "without",
                                                       negationBefore: englishLitotesNegation, negationAfter: englishLitotesNegation) {
                    out.removeLast()
                    continue
                }
                if english.contains(w) || w == "unless" { out.append(i) }
            case "fr":
                if isFrenchNeAlone(i, tokens, scalars: scalars) {
                    out.append(i)
                } else if w == "moins", i > 0, tokens[i - 1].lower == "à", i + 1 < tokens.count,
                          ["que", "qu'", "de", "d'"].contains(tokens[i + 1].lower) {
                    // «à moins que / à moins de» is "unless", "if not"; the «ne» that may follow
                    // is expletive (``frenchExpletiveNeCues``) and is not counted again.
                    out.append(i)
                } else if french.contains(w) {
                    // "ni … ni" is one negation.
                    // And «ne … pas de maïs, ni de tomates»: a «ni» after another marker of its
                    // sentence (within eight words) continues that negation.
                    // ("pas de maïs, ni de tomates, ni de pommes de terre, ni de cacao": each «ni»
                    // within eight words of the one before.)
                    if w == "ni", let last = out.last, tokens[last].lower == "ni" || i - last <= 8
                        || tokens[max(last, i - 8)..<i].contains(where: { $0.lower == "ni" }) { continue }
                    // «non plus» after a negation of its sentence is "either" («je ne peux pas
                    // l'expliquer non plus»: "Neither can I explain it"); alone it negates
                    // («moi non plus», "me neither").
                    if w == "non", i + 1 < tokens.count, tokens[i + 1].lower == "plus", let last = out.last, i - last <= 12 { continue }
                    // «pas» the noun: "recula trois pas"; not the classical «ne le pas voir», where
                    // a pronoun stands between «ne» and «pas».
                    if w == "pas", i > 0, frenchStepDeterminers.contains(tokens[i - 1].lower) || tokens[i - 1].isNumeric
                        || isAdjectiveOfStep(before: i, tokens),
                       !tokens[max(0, i - 3)..<i].contains(where: { $0.lower == "ne" || $0.lower == "n'" }) { continue }
                    // «Aucune nation au monde n'a rien de tel»: the subject's «aucun», the «ne» of its
                    // verb (four words on at most) and a «rien» after that verb (three words on at
                    // most) are one negation, as «personne n'a rien dit» is.
                    if frenchConcord.contains(w), let last = out.last, ["aucun", "aucune", "nul", "nulle", "rien"].contains(tokens[last].lower),
                       let ne = tokens[max(last + 1, i - 3)..<i].lastIndex(where: { $0.lower == "ne" || $0.lower == "n'" }), ne - last <= 4 { continue }
                    if let last = out.last, i - last <= 4, !tokens[(last + 1)..<i].contains(where: { $0.lower == "que" || $0.lower == "qu'" }) {
                        let l = tokens[last].lower
                        // Negative concord: one negation.
                        if frenchConcord.contains(w), ["pas", "plus", "jamais", "rien", "guère", "personne", "point"].contains(l) { continue }
                    }
                    // Litotes: "pas sans", "non sans", "jamais sans" say "with"; and a «ne» that
                    // negates alone («je n'aurais pu résoudre cette affaire sans toi», "I couldn't
                    // have solved this case without you").
                    if let last = out.last, cancelsWithout(last, i, tokens, language: language, without: "sans",
                                                           negationBefore: { ["pas", "point", "jamais", "non", "ne", "n'"].contains($0) },
                                                           negationAfter: { ["pas", "point", "jamais"].contains($0) }) { out.removeLast(); continue }
                    out.append(i)
                } else if frenchAfterNe.contains(w) {
                    let window = max(0, i - 4)..<i
                    // The «ne» must not be one a marker before it took already ("personne ne
                    // pourra … plus loin", "rien ne reste plus", "aucun ancien Romain n'a jamais
                    // goûté": the subject's «aucun» and the «ne» of its verb are one negation).
                    let afterNe = window.contains { k in
                        ["ne", "n'"].contains(tokens[k].lower) && !(k > 0 && out.contains(k - 1) && frenchAfterNe.contains(tokens[k - 1].lower))
                            && !out.contains { m in m < k && k - m <= 4 && ["aucun", "aucune", "nul", "nulle"].contains(tokens[m].lower) }
                    }
                    let personneNe = w == "personne" && i + 1 < tokens.count && ["ne", "n'"].contains(tokens[i + 1].lower)
                        || w == "jamais" && tokens[(i + 1)..<min(tokens.count, i + 4)].contains { $0.lower == "ne" || $0.lower == "n'" }
                    // "ne … plus" counts unless the clause's "ne" already went to a marker
                    // ("personne ne désire plus", "ne … jamais plus").
                    // "il n'y avait plus qu'à manger", "il ne reste plus que deux jours": «ne … plus
                    // que» restricts (only … left), as «ne … que» does.
                    let restricts = w == "plus" && tokens[(i + 1)..<min(tokens.count, i + 3)].contains { $0.lower == "que" || $0.lower == "qu'" }
                    if (afterNe && !restricts && !out.contains { window.contains($0) }) || personneNe { out.append(i) }
                }
            case "ru":
                if russian.contains(w) {
                    // Russian negative concord is one negation: "никто не", "никогда не", and
                    // "не нужны никакие", "нет ни одной", "ни … ни".
                    if w.hasPrefix("ни"), let last = out.last, ["не", "нет", "ни"].contains(tokens[last].lower), w == "ни" || i - last <= 6 { continue }
                    // «не обошлось без», «не произошло бы без»: as "not … without" and «pas …
                    // sans», neither counts. Either way round: «Без узды коня не удержишь».
                    if let last = out.last, cancelsWithout(last, i, tokens, language: language, without: "без",
                                                           negationBefore: { $0 == "не" }, negationAfter: { $0 == "не" }) { out.removeLast(); continue }
                    // ("ни один древний римлянин не пробовал": the subject stands between them.)
                    // Further on, while no comma or stop parts them: «Никаких решений по этому
                    // вопросу пока не принято» («Aucune décision n'a encore été prise»).
                    if w == "не" || w == "нет", let last = out.last, tokens[last].lower.hasPrefix("ни"),
                       i - last <= 5 || (i - last <= 12 && !Self.punctuated(last, i, tokens, scalars)) { continue }
                    // The «нет» of existence closes the clause its «никаких» opens, however long
                    // what they quantify: «Никаких договорённостей о встрече в Саудовской Аравии
                    // пока нет» («Il n'y a aucun accord…»), one negation while no comma or stop
                    // parts them.
                    if w == "нет", let last = out.last, i - last <= 12, tokens[last].lower.hasPrefix("ник"),
                       !Self.punctuated(last, i, tokens, scalars) { continue }
                    // "не … ли" asks whether ("не нужна ли помощь": "if he needed help"): no negation.
                    if w == "не", i + 2 < tokens.count, tokens[i + 2].lower == "ли" { continue }
                    // "не раз", "не один раз" (more than once), "не зря" (with good reason).
                    if w == "не", i + 1 < tokens.count, ["раз", "зря"].contains(tokens[i + 1].lower)
                        || (i + 2 < tokens.count && ["один", "одна", "одно"].contains(tokens[i + 1].lower) && tokens[i + 2].lower == "раз") { continue }
                    // "тем не менее" (nevertheless) negates nothing.
                    if w == "не", i > 0, tokens[i - 1].lower == "тем", i + 1 < tokens.count, tokens[i + 1].lower == "менее" { continue }
                    // Concessive "ни": "как ни странно" (oddly enough), "что бы ни случилось" (whatever
                    // happens), "как бы там ни было" (whatever the case): a question word or «бы»
                    // just before it.
                    if w == "ни", tokens[max(0, i - 2)..<i].contains(where: { ["как", "что", "кто", "где", "куда", "когда", "сколько", "какой", "какие", "бы", "б"].contains($0.lower) }) { continue }
                    // «чуть не упала», «едва не погиб», «чуть было не», «чуть ли не», «едва ли не»:
                    // nearly, almost, with an expletive «не» (Tatoeba «Она чуть не упала в обморок» /
                    // "She nearly fainted": no negation on either side).
                    if w == "не", i > 0, ["чуть", "едва"].contains(tokens[i - 1].lower)
                        || (i > 1 && ["чуть", "едва"].contains(tokens[i - 2].lower) && ["было", "ли"].contains(tokens[i - 1].lower)) { continue }
                    // «Боюсь, как бы завтра дождь не пошёл»: after a verb of fear, «как бы … не» says the
                    // feared event, with an expletive «не» ("I'm afraid it's going to rain tomorrow",
                    // Tatoeba), as French says «je crains qu'il ne pleuve» (``frenchExpletiveNeCues``).
                    if w == "не", let kak = (max(0, i - 5)..<i).last(where: { k in
                        tokens[k].lower == "как" && k + 1 < i && ["бы", "б"].contains(tokens[k + 1].lower)
                    }), tokens[..<kak].contains(where: { t in Self.russianFearStems.contains { t.lower.hasPrefix($0) } }) { continue }
                    // «не за горами»: not beyond the mountains, near ("the new year is just around the corner").
                    if w == "не", i + 2 < tokens.count, tokens[i + 1].lower == "за", tokens[i + 2].lower == "горами" { continue }
                    out.append(i)
                }
            case "de":
                if german.contains(w) { out.append(i) }
            default:
                if english.contains(w) || french.contains(w) || russian.contains(w) { out.append(i) }
            }
        }
        return out
    }

    /// Whether a comma, stop or dash stands between tokens `from` and `to` (true when the text is
    /// not at hand, as it cannot be read).
    static func punctuated(_ from: Int, _ to: Int, _ tokens: [WordToken], _ scalars: [Unicode.Scalar]?) -> Bool {
        guard let scalars else { return true }
        return (from..<to).contains { k in
            scalars[ScalarText.gap(after: tokens[k].range, before: tokens[k + 1].range, count: scalars.count)]
                .contains { ",;:.!?—".unicodeScalars.contains($0) }
        }
    }

    /// Pairs of opposites: each side lists English, French and Russian forms (Russian as stems,
    /// except forms ending in "=", whole words: «после» is no stem of «последних», «перед» none
    /// of «передал», «выше» none of «вышел», «экс» none of «экспорт»; Latin forms take a plural
    /// "s", except forms ending in "=": «mal» is no "males"). A "#" in a form stands for a number
    /// ("down #": "DOWN 96%", where "down" alone is also "shut down"). A French infinitive also
    /// reads the verb's finite forms («continuerons», «cessez»: ``FrenchVerbForms``).
    /// Frequent in news about war, diplomacy and politics; hand-made.
    static let antonyms: [(a: [String], b: [String])] = [
        // «договорились», «условились» (agreed to), «convenu»; "declined" an invitation, «décliné».
        (["accept", "accepted", "accepts", "agreed", "agree", "accepte", "accepté", "acceptée", "accepter", "soglas", "согласил", "согласи", "принял", "приня",
          "договорил", "условил", "convenu", "convenus", "convenues"],
         ["reject", "rejected", "rejects", "refused", "refuse", "rejette", "rejeté", "rejetée", "refusé", "refuse", "отверг", "отказал", "отклонил",
          "declined", "décliné", "déclinée", "décliner", "décline"]),
        (["increase", "increased", "rise", "rose", "grew", "augmenté", "augmentation", "hausse", "увелич", "рост", "вырос",
          "augmenter", "augmentent", "augmentée", "augmente", "progressé", "progresse", "grimpé", "up #", "up by #"],
         ["decrease", "decreased", "fall", "fell", "declined", "diminué", "diminution", "baisse", "уменьш", "сниж", "снизил", "упал",
          "baissé", "baissée", "baisser", "baissent", "chuté", "reculé", "recule", "diminuer", "diminuent", "diminuée", "diminue", "dropped", "fallen", "down #", "down by #"]),
        (["win", "won", "victory", "gagné", "victoire", "побед", "выиграл"], ["lose", "lost", "defeat", "perdu", "défaite", "поражен", "проиграл"]),
        // «мир=»: whole words; as a stem it would read «мировая» (world) as peace.
        (["peace", "paix", "мир=", "мира=", "миру=", "миром="], ["war", "guerre", "войн"]),
        (["allow", "allowed", "permit", "permitted", "autorisé", "autoriser", "permis", "разреш", "позвол"],
         ["ban", "banned", "forbid", "forbidden", "prohibit", "prohibited", "interdit", "interdire", "запрет", "запрещ"]),
        // «выступает за» (stands for), «favorable à», "in favour of"; «s'oppose à», «выступает против».
        // «поддерживает» has five letters after «поддерж», more than a stem's ending may: «поддержива».
        (["support", "supported", "supports", "soutien", "soutenu", "soutient", "поддерж", "поддержива", "in favour", "in favor", "favorable", "favorables",
          "выступает за", "выступают за", "выступаем за", "выступил за", "выступила за", "выступили за"],
         ["oppose", "opposed", "opposes", "opposé", "oppose", "s'oppose", "s'opposent", "opposée", "opposés", "rejected", "rejeté", "rejetée",
          "rejette", "rejeter", "contesté", "contestée", "conteste", "contestent", "contester", "отверг", "отклонил", "выступил против",
          "выступила против", "выступили против", "выступает против", "выступают против", "выступаем против", "противник"]),
        (["before", "avant", "до", "перед=", "передо="], ["after", "après", "после="]),
        (["during", "pendant", "durant", "во время"], ["after", "après", "после="]),
        (["current", "incumbent", "actuel", "actuelle", "действующ", "нынешн"], ["former", "ancien", "ancienne", "бывш", "экс="]),
        (["possible", "possibly", "possible", "возможн"], ["impossible", "unattainable", "невозможн", "недостижим"]),
        (["strong", "stronger", "fort", "forte", "сильн"], ["weak", "weaker", "faible", "слаб"]),
        (["open", "opened", "ouvert", "ouvrir", "откры"], ["close", "closed", "fermé", "fermer", "закры"]),
        (["start", "started", "begin", "began", "beginning", "commencé", "commence", "commencer", "commencent", "début", "начал", "начина"],
         ["end", "ended", "finish", "finished", "terminé", "termine", "terminer", "fin", "finir", "fini", "finit", "finissent", "закончил", "заверш", "окончан"]),
        (["success", "successful", "succès", "réussi", "успе"], ["failure", "failed", "échec", "échoué", "провал", "неудач"]),
        (["friend", "friends", "ally", "allies", "ami", "amis", "allié", "alliés", "друг", "друзья", "союзник"], ["enemy", "enemies", "adversary", "ennemi", "ennemis", "adversaire", "враг", "противник"]),
        (["good", "bon", "bonne", "хорош", "добрый=", "добрая=", "доброе=", "добрые=", "доброго=", "доброй=", "добрых=", "добрым=", "добрую="], ["bad", "mauvais", "mauvaise", "плох"]),
        (["high", "higher", "haut", "élevé", "высок"], ["low", "lower", "bas", "faible", "низк"]),
        (["large", "big", "larger", "bigger", "largest", "biggest", "grand", "grande", "gros", "больш", "крупн"], ["small", "smaller", "smallest", "lesser", "petit", "petite", "moindre", "moindres", "маленьк", "небольш"]),
                (["true", "vrai", "vraie", "правд", "верн"], ["false", "faux", "fausse", "ложн", "неправд"]),
        (["legal", "legitimate", "légal", "légitime", "законн", "легитимн"], ["illegal", "illegitimate", "illégal", "illégitime", "незаконн", "нелегитимн"]),
        (["adequately", "sufficiently", "enough", "suffisamment", "достойно", "достаточно"], ["insufficiently", "inadequately", "insuffisamment", "недостаточно"]),
        (["attack", "attacked", "offensive", "attaque", "attaqué", "наступлен", "атак"], ["defend", "defended", "defense", "défense", "défendu", "оборон", "защит"]),
        (["escalation", "escalate", "escalade", "эскалац"], ["de-escalation", "deescalation", "désescalade", "деэскалац"]),
        (["ceasefire", "truce", "cessez-le-feu", "trêve", "перемири", "прекращение огня"], ["offensive", "assault", "наступлен"]),
        (["release", "released", "freed", "libéré", "libération", "освобод"], ["arrest", "arrested", "detained", "arrêté", "détenu", "арест", "задерж"]),
        (["happy", "happiness", "joy", "glad", "heureux", "bonheur", "joie", "réjouis", "réjouit", "réjouir", "ravi", "ravie", "счаст", "радост"], ["sad", "anger", "angry", "triste", "colère", "злост", "гнев", "груст"]),
        (["love", "loved", "aime", "amour", "любов", "люб"], ["hate", "hated", "déteste", "haine", "ненавид", "ненавист"]),
        (["north", "northern", "nord", "север"], ["south", "southern", "sud", "юг", "южн"]),
        (["east", "eastern", "l'est", "восток", "восточн"], ["west", "western", "ouest", "occidental", "запад"]),
        (["first", "premier", "première", "перв"], ["last", "dernier", "dernière", "последн"]),
        (["early", "tôt", "en avance", "début", "рано", "ранн"], ["late", "tard", "en retard", "fin", "поздн", "поздно", "опозда"]),
        (["rich", "riche", "богат"], ["poor", "pauvre", "бедн"]),
        (["safe", "sûr", "sécurité", "безопасн"], ["dangerous", "dangereux", "danger", "опасн"]),
        (["young", "jeune", "молод"], ["old", "vieux", "vieille", "старый", "старая", "старые", "старого"]),
        (["same", "même", "тот же", "такой же", "одинаков"], ["different", "différent", "différente", "разн"]),
        (["always", "toujours", "всегда"], ["never", "jamais", "никогда"]),
        (["appear", "appeared", "appears", "apparu", "apparaît", "появил", "появля"], ["disappear", "disappeared", "vanished", "vanish", "disparu", "disparaît", "исчез"]),
        (["inside", "indoor", "indoors", "intérieur", "внутр"], ["outside", "outdoor", "outdoors", "extérieur", "снаружи", "наружн"]),
        (["include", "included", "includes", "inclus", "inclut", "включ"], ["exclude", "excluded", "excludes", "exclu", "exclut", "исключ"]),
        (["buy", "bought", "acheter", "acheté", "купил", "покупа"], ["sell", "sold", "vendre", "vendu", "продал", "продава"]),
        (["arrive", "arrived", "arrivé", "arrivée", "прибыл", "приех", "приезжа"], ["leave", "left", "departed", "parti", "partie", "partir", "уех", "уед", "уезжа", "покинул"]),
        (["easy", "easily", "facile", "facilement", "легк", "легко"], ["difficult", "hard", "difficile", "difficilement", "трудн", "сложн"]),
        (["cheap", "cheaper", "bon marché", "дешев"], ["expensive", "cher", "chère", "coûteux", "дорог"]),
        (["hot", "warm", "chaud", "chaude", "жарк", "тепл"], ["cold", "froid", "froide", "холодн"]),
        (["long", "longer", "longue", "longtemps", "longuement", "длинн", "долг", "давно=", "надолго="],
         ["short", "shorter", "brief", "court", "courte", "bref", "brève", "brèves", "коротк", "кратк"]),
        // «Российская делегация вылетит в Стамбул завтра утром» / «hier matin»: not "today", which
        // a French paper of the next day rightly says «hier».
        (["tomorrow", "demain", "завтра"], ["yesterday", "hier", "вчера"]),
        // "a speedy end to hostilities" / «une fin progressive» (the Kremlin's English readout of
        // 12 February 2025; «скорейшее» / «progressif» of 18 March): gradual is as far from speedy
        // as slow.
        (["fast", "quick", "quickly", "rapid", "rapidly", "swift", "swiftly", "speedy", "speedily", "rapide", "rapidement", "быстр", "скорейш"],
         ["slow", "slowly", "lent", "lente", "lentement", "медленн", "gradual", "gradually", "graduel", "graduelle", "progressif", "progressive",
          "progressivement", "постепенн"]),
        (["full", "plein", "pleine", "полн"], ["empty", "vide", "пуст"]),
        (["correct", "correctly", "accurate", "accurately", "right", "correct", "correctement", "exact", "правильн", "верно"],
         ["wrong", "incorrect", "incorrectly", "inaccurate", "inaccurately", "faux", "incorrect", "incorrectement", "неправильн", "неверн"]),
        (["often", "frequently", "souvent", "fréquemment", "часто"], ["rarely", "seldom", "rarement", "редко"]),
        (["many", "numerous", "quite a few", "much", "a lot", "nombreux", "nombreuses", "beaucoup", "trop de", "много", "многие", "многих", "многим", "стольк",
          "многочисленн"],
         ["few", "a few", "so little", "too little", "very little", "peu", "quelques-uns", "quelques-unes", "мало", "немного", "немногие"]),
        (["majority", "majorité", "большинств"], ["minority", "minorité", "меньшинств"]),
        // «полное прекращение … помощи» / «l'arrêt partiel de l'aide».
        (["complete", "completely", "total", "totally", "entire", "entirely", "complet", "complète", "complètement", "totale", "totalement",
          "entier", "entière", "entièrement", "полное=", "полного=", "полному=", "полным=", "полной=", "полную=", "полностью=", "целиком="],
         ["partial", "partially", "partiel", "partielle", "partiels", "partielles", "partiellement", "частичн",
          "une partie de", "une partie du", "une partie des", "une partie d'"]),
        // «по всем затронутым темам» / «sur certains des sujets abordés». Russian as whole words:
        // «всегда» (always) and «всего» (in all) start like «все»; «всё» is also "still". Not
        // «quelques» before a noun, which renders "a couple of" as often as "some" (REFreSD: "a
        // couple of miles" / «quelques kilomètres» beside "many others").
        (["all", "every", "tous", "toutes", "все=", "всех=", "всем=", "всеми="],
         ["some", "certains", "certaines", "quelques-uns", "quelques-unes", "некоторые=", "некоторых=", "некоторым=", "некоторыми="]),
        (["positive", "positively", "positif", "positive", "positivement", "положительн", "позитивн"],
         ["negative", "negatively", "négatif", "négative", "négativement", "отрицательн", "негативн"]),
        (["public", "publique", "публичн", "государственн"], ["private", "privé", "privée", "частн"]),
        (["import", "imports", "importations", "импорт"], ["export", "exports", "exportations", "экспорт"]),
        // «продолжить диалог» / «interrompre le dialogue»: to break off or suspend is to stop.
        (["continue", "continued", "continues", "continuer", "continué", "продолж"], ["stop", "stopped", "cease", "ceased", "halt", "arrêter", "arrêté", "cesser", "cesse", "cessé", "прекрат", "останов", "переста",
          "interrupt", "interrupted", "suspend", "suspended", "interrompre", "interrompu", "interrompue", "interrompus", "suspendre",
          "suspendu", "suspendue", "suspendus", "прерв", "прерыва", "приостанов"]),
        // «неоднократно нарушал договорённости» / «a respecté les accords»: the readouts' charge of
        // a breach. Not «violent» (the adjective) nor "respect" as a noun of esteem ("with respect").
        (["violate", "violated", "violates", "violating", "breach", "breached", "breaches", "violer", "violé", "violée", "violés", "violées",
          "viole", "violait", "enfreint", "enfreindre", "наруш"],
         ["respected", "observed", "complied", "honored", "honoured", "respecter", "respecté", "respectée", "respectés", "respectées",
          "respecte", "respectent", "respectait", "соблюд", "соблюл"]),
        (["remember", "remembered", "souvenir", "rappelle", "помн", "вспомн"], ["forget", "forgot", "forgotten", "oublier", "oublié", "забыл", "забыва"]),
        (["above", "au-dessus", "выше="], ["below", "au-dessous", "en dessous", "ниже="]),
        (["maximum", "maximal", "максимальн"], ["minimum", "minimal", "минимальн"]),
        (["optimistic", "optimiste", "оптимистичн"], ["pessimistic", "pessimiste", "пессимистичн"]),
        // «иноагент» (foreign agent, a Russian legal status) is foreign, «ино-» its prefix.
        (["internal", "domestic", "interne", "intérieur", "внутренн"], ["external", "foreign", "externe", "étranger", "étrangère", "внешн", "иностранн", "иноагент"]),
        // Common opposites outside news vocabulary (second list, 2026-11-27): Russian forms are
        // whole inflected stems where a short stem would catch other words ("нов" → "новости",
        // "удал" → "удалось", "лет" → years); cross-language homographs are left out ("sale",
        // "été" as "been").
        (["new", "newer", "nouveau", "nouvelle", "nouveaux", "nouvelles", "новый", "новая", "новое", "новые", "нового", "новой", "новых", "новым"],
         ["old", "older", "vieux", "vieil", "vieille", "vieilles", "старый", "старая", "старое", "старые", "старого", "старой", "старых", "старым"]),
        (["present", "presence", "présent", "présente", "présents", "présence", "присутств"],
         ["absent", "absence", "absente", "absents", "lack", "lacks", "lacked", "lacking", "отсутств", "нехватк"]),
        (["better", "best", "meilleur", "meilleure", "meilleurs", "meilleures", "mieux", "préférable", "préférables", "лучше", "лучш"], ["worse", "worst", "pire", "pires", "хуже", "худш"]),
        (["future", "avenir", "futur", "будущ"], ["past", "passé", "прошл"]),
        (["urban", "urbain", "urbaine", "urbains", "urbaines", "городск"], ["rural", "rurale", "ruraux", "rurales", "сельск"]),
        (["male", "man", "men", "masculin", "masculine", "homme", "hommes", "vieillard", "vieillards", "мужск", "мужчин", "старик"],
         ["female", "woman", "women", "féminin", "féminine", "femme", "femmes", "женск", "женщин", "старух"]),
        (["alive", "living", "vivant", "vivante", "vivants", "живой", "живых", "живым", "живые"], ["dead", "mort", "morte", "morts", "мёртв", "мертв"]),
        (["day", "daytime", "jour", "journée", "день", "днём", "днем", "дневн"], ["night", "nighttime", "nuit", "ночь", "ночью", "ночн"]),
        // "on Wednesday morning" / «mercredi soir» (forty-sixth session).
        (["morning", "matin", "matinée", "утро=", "утром=", "утра=", "утренн"], ["evening", "soir", "soirée", "вечер"]),
        (["send", "sent", "envoyer", "envoyé", "envoyée", "отправ"], ["receive", "received", "recevoir", "reçu", "reçue", "получ"]),
        (["add", "added", "ajouter", "ajouté", "ajoutée", "добав"], ["remove", "removed", "delete", "deleted", "supprimer", "supprimé", "retirer", "retiré", "удалить", "удален", "удалил"]),
        (["entrance", "entry", "entrée", "вход", "въезд"], ["exit", "sortie", "выход", "выезд"]),
        (["heavy", "lourd", "lourde", "lourds", "тяжел", "тяжёл"], ["light", "léger", "légère", "легкий", "лёгкий", "легкая", "лёгкая"]),
        (["wide", "broad", "широк"], ["narrow", "étroit", "étroite", "узк"]),
        (["clean", "propre", "чист"], ["dirty", "грязн"]),
        (["deep", "profond", "profonde", "глубок"], ["shallow"]),
        (["guilty", "coupable", "coupables", "виновн"], ["innocent", "innocente", "innocents", "невиновн"]),
        (["natural", "naturel", "naturelle", "естествен"], ["artificial", "artificiel", "artificielle", "искусствен"]),
        (["ancient", "antique", "древн"], ["modern", "moderne", "современн"]),
        (["healthy", "sain", "saine", "здоров"], ["sick", "ill", "malade", "malades", "болен", "больной", "больные"]),
        (["bright", "clair", "claire", "светл"], ["dark", "sombre", "obscur", "obscure", "темн", "тёмн"]),
        (["wet", "humid", "humide", "мокр", "влажн"], ["dry", "sec", "sèche", "сух"]),
        // "end with a lasting peace" / «une trêve temporaire», «прочный мир» (the White House's and
        // the Kremlin's readouts of 18 March 2025 both say it): lasting is as far from temporary
        // as permanent.
        // "an immediate, interim 30-day ceasefire" (Jeddah, 11 March 2025) / «définitif».
        (["permanent", "permanente", "постоянн", "lasting", "enduring", "durable", "прочн", "долгосрочн", "permanently",
          "définitif", "définitive", "définitivement", "definitive", "definitively"],
         ["temporary", "temporaire", "временн", "provisoire", "transitoire", "interim",
          "provisional", "provisionally", "temporarily", "temporairement", "provisoirement"]),
        // "The talks were frank, but productive" / «stériles».
        (["productive", "fruitful", "productif", "fructueux", "fructueuse", "продуктивн", "плодотворн", "результативн"],
         ["unproductive", "fruitless", "sterile", "barren", "improductif", "improductive", "stérile", "infructueux", "infructueuse",
          "бесплодн", "непродуктивн", "безрезультатн"]),
        // War reports: «заняли ещё два населённых пункта» / «ont perdu deux localités».
        (["captured", "seized", "conquered", "took control", "s'est emparé", "s'est emparée", "se sont emparés", "s'emparer", "conquis",
          "conquise", "занял=", "заняли=", "заняла=", "захватил", "захвати", "овладел"],
         ["lost", "perdu", "perdue", "потерял", "потеряли", "утратил", "сдали=", "сдал="]),
        // «обещала рассмотреть» / «a refusé d'examiner»: a promise reversed.
        (["promised", "promise", "pledged", "vowed", "promis", "promet", "promettent", "promettre", "обеща", "пообеща"],
         ["refused", "refuse", "refusé", "refuser", "отказал", "отказыва", "откаж"]),
        // Sanctions: "will remain in place" / «seront levées».
        (["remain in place", "stay in place", "remain in force", "remain in effect", "maintained", "resteront en vigueur", "restent en vigueur",
          "restera en vigueur", "maintenue", "maintenu", "maintenir", "останутся в силе", "сохранятся", "сохранены"],
         ["lifted", "lift", "levé", "lever", "сняты", "снять", "отменены", "отменить"]),
        // "adopted unanimously" / «à la majorité», «единогласно» / «par une majorité»: a vote's
        // whole turned into its part (forty-eighth session).
        (["unanimous", "unanimously", "unanimity", "unanime", "unanimes", "unanimement", "unanimité", "единогласн", "единодушн"],
         ["majority", "majorité", "большинством"]),
        // "The Kremlin welcomes …" / «regrette», «приветствует» / «déplore»: a stance a readout
        // takes, reversed. «se félicite de» is the French "welcome" (not «félicite», congratulate).
        // The infinitives read the plural forms («déplorons»: ``FrenchVerbForms``).
        (["welcome", "welcomed", "salue", "salué", "saluer", "se félicite", "se félicitent",
          "s'est félicité", "s'est félicitée", "se sont félicités", "приветств"],
         ["regret", "regretted", "deplore", "deplored", "regrette", "regretté", "regretter",
          "déplore", "déploré", "déplorer", "сожале"]),
        // "lower costs for Americans" / «augmenteront les coûts» (EPA, quoted on Truth Social, 24
        // March 2025): "lower" as a verb, which the high / low pair holds as an adjective.
        (["raise", "raised", "augmenter", "augmente", "accroître", "повыс"],
         ["reduce", "reduced", "reduction", "réduire", "réduit", "réduction", "сократ", "сокращ", "lower", "lowered", "lowering", "lowers"]),
        // Third list (2026-12-06): everyday opposites of size, sound, making, obeying and harm.
        (["quiet", "quietly", "silent", "silently", "silencieux", "silencieuse", "silencieuses", "тихий=", "тихая=", "тихое=", "тихие=",
          "тихого=", "тихой=", "тихим=", "тихих=", "тихую=", "тихо="],
         ["loud", "louder", "loudly", "noisy", "bruyant", "bruyante", "bruyants", "bruyantes", "громк", "шумн"]),
        (["create", "created", "creates", "creating", "créer", "crée", "créé", "créée", "créés", "créées", "créent", "созда"],
         ["destroy", "destroyed", "destroys", "destroying", "détruire", "détruit", "détruite", "détruits", "détruisent", "уничтож", "разруш"]),
        (["obey", "obeyed", "obeys", "obéir", "obéit", "obéissent", "obéi"], ["disobey", "disobeyed", "defy", "defied", "désobéir", "désobéi", "défier", "ослуша"]),
        (["injured", "wounded", "hurt", "blessé", "blessée", "blessés", "blessées", "ранен", "травмирова"],
         ["unhurt", "uninjured", "unscathed", "unharmed", "indemne", "indemnes", "невредим"]),
        (["suffer", "suffered", "suffers", "subir", "subi", "subit", "subissent", "пострада", "страда"],
         ["benefit", "benefited", "benefits", "bénéficier", "bénéficie", "bénéficient", "bénéficié"]),
        // Fourth list (2026-12-06): opposites the antonym stress test found missing
        // (scripts/drift/antonym_stress.py: each Tatoeba dev pair's English with one word turned into
        // its WordNet antonym; docs/DRIFT.md, fortieth session). Cross-language homographs are left
        // out as above: not "son" (French «son», his), not "lots" (French «lots», batches).
        (["boy", "boys", "garçon", "garçons", "мальчик", "мальчишк"], ["girl", "girls", "fille", "filles", "девочк", "девчонк"]),
        (["fils", "сын"], ["daughter", "daughters", "fille", "filles", "доч"]),
        (["near", "nearby", "closer", "closest", "près", "proche", "proches", "близк", "рядом=", "недалеко="],
         ["far", "loin", "lointain", "lointaine", "lointains", "lointaines", "далек", "далёк", "далеко="]),
        (["show", "showed", "shown", "shows", "montrer", "montré", "montrée", "montrent", "показ", "покаж"],
         ["hide", "hid", "hidden", "hides", "cacher", "caché", "cachée", "cachent", "скры", "прят"]),
        (["start", "started", "starts", "begin", "began", "commencer", "commence", "commencé", "commencent", "начал", "начина"],
         ["stop", "stopped", "stops", "cease", "ceased", "arrêter", "arrête", "arrêté", "cesser", "cesse", "cessé", "переста", "прекрат"]),
        (["laugh", "laughed", "laughing", "laughs", "rire", "rit", "riait", "смея", "смех"],
         ["cry", "cried", "crying", "cries", "weep", "wept", "pleurer", "pleure", "pleuré", "pleurait", "pleurent", "плак", "плач"]),
        // Fifth list (2026-12-06, forty-first session): the manner adverbs, which the good/bad pair
        // does not hold ("badly" is no form of "bad"); without them «Il parle mal» / "He doesn't
        // speak well" was a reversal and «Je dors bien» / "I sleep badly" none. Their idioms that
        // say no manner ("as well", «bien que», «avoir mal à») are ``NegationCheck/isNotLiteral``'s.
        // "I knew him well" / «Je le connaissais à peine» (Truth Social, 22 March 2025): barely is
        // as far from well as badly.
        (["well=", "bien=", "хорошо="], ["badly", "poorly", "mal=", "плохо=", "barely", "hardly", "à peine", "едва="]),
        // Clever and stupid: Russian «умн» as whole forms, since the stem takes «умножил» (multiplied).
        (["smart", "smarter", "clever", "cleverer", "intelligent", "intelligente", "intelligents", "intelligentes", "умный=", "умная=", "умное=",
          "умные=", "умного=", "умной=", "умным=", "умных=", "умную=", "умнее=", "умён=", "умна=", "умны="],
         ["stupid", "stupider", "foolish", "dumb", "bête", "stupide", "stupides", "idiot", "idiote", "idiots", "глуп"]),
        // Sixth list (2026-12-07, forty-third session): opposites of the readouts' stock phrases,
        // from probes in their register (Kremlin and White House readouts rendered in French with
        // one word turned: «23 тяжелораненых» / «23 militaires légèrement blessés», «подробно
        // проинформировал» / «a brièvement informé», «поздравил» / «a critiqué», "condemned the
        // attack" / «ont salué l'attaque», «углубление партнёрства» / «réduire le partenariat»).
        (["seriously", "severely", "critically", "grièvement", "gravement", "тяжелоранен", "тяжело="],
         ["slightly", "lightly", "légèrement", "легкоранен", "легко="]),
        (["in detail", "detailed", "thoroughly", "en détail", "détaillé", "détaillée", "détaillés", "подробн", "детальн"],
         ["briefly", "brief", "brièvement", "bref", "brève", "кратк", "вкратце"]),
        (["condemn", "condemned", "condemns", "condemning", "condamne", "condamné", "condamnent", "condamner", "осуди", "осужда"],
         ["praise", "praised", "praises", "hailed", "welcomed", "salué", "saluent", "salue", "saluer", "похвал", "приветствова", "приветству"]),
        // Thanks are praise too: "Putin thanked Trump" / «Poutine a critiqué Trump».
        (["congratulate", "congratulated", "congratulates", "félicite", "félicité", "félicitent", "féliciter", "поздрави", "поздравля",
          "thank", "thanked", "thanks", "remercie", "remercié", "remercient", "remercier", "поблагодари", "благодари"],
         ["criticize", "criticized", "criticizes", "criticise", "criticised", "criticises", "critiqué", "critiquent", "critiquer", "критикова",
          "критику", "раскритикова"]),
        (["deepen", "deepened", "deepening", "strengthen", "strengthened", "strengthening", "approfondir", "approfondissement", "renforcer",
          "renforcement", "углублени", "углуби", "укреплени", "укрепи"],
         ["reduce", "reduced", "reducing", "reduction", "weaken", "weakened", "weakening", "réduire", "réduction", "affaiblir",
          "affaiblissement", "сокращени", "сократи", "ослабл", "ослаби"]),
        // "He, like President Putin, wants to make PEACE" / «Lui, contrairement au président Poutine».
        (["like=", "comme=", "как и"], ["unlike", "contrairement", "в отличие"]),
        // Seventh list (2026-12-07, forty-fourth session), from the same kind of probe: «устранить
        // первопричины кризиса» / «éliminer les conséquences de cette crise».
        (["cause", "causes", "первопричин", "причин"], ["consequence", "consequences", "conséquence", "conséquences", "последстви"]),
        // Eighth list (2026-12-07, forty-sixth session): the week, month or year named by its
        // place ("This process will take place next week" / «la semaine dernière», Truth Social,
        // 30 March 2025), a date changed without a number.
        (["next", "upcoming", "prochain", "prochaine", "prochains", "prochaines", "следующ", "ближайш"],
         ["last", "previous", "dernier", "dernière", "derniers", "dernières", "précédent", "précédente", "précédents", "précédentes",
          "прошл", "последн", "предыдущ"]),
        // "Americans have lost confidence in the CDC" / «ont regagné confiance» (Truth Social, 24
        // March 2025); "I'm sure she will be able to" / «je doute qu'elle puisse» (22 March 2025).
        (["lose", "lost", "loses", "losing", "perdre", "perdu", "perdue", "perdus", "perdent", "потерял", "потеря", "утрат", "утрачен"],
         ["regain", "regained", "regains", "restore", "restored", "regagner", "regagné", "regagnée", "regagnent", "retrouver", "retrouvé",
          "retrouvée", "retrouvent", "rétabli", "rétablie", "rétablir", "восстанови", "вернули="]),
        (["sure", "certain=", "convinced", "believe", "believes", "believed", "sûr", "sûre", "convaincu", "convaincue", "convaincus",
          "crois", "croit", "croient", "уверен"],
         ["doubt", "doubts", "doubted", "doubtful", "doute", "doutent", "douter", "douté", "sceptique", "сомнева", "сомнен", "сомнител"]),
            ]
}

/// Negative prefixes ("inaccurately", "insuffisamment", "недостаточно"): a word built on one says
/// the opposite of its base, which the negation check detects when the base, not the word,
/// matches the other side ("inaccurately" ↔ "correctement": the base "accurately" is closer).
enum NegativePrefixes {
    static let byLanguage: [String: [String]] = [
        "en": ["dis", "non", "un", "in", "im", "il", "ir"],
        // Not "dé-": too many French verbs start with it (détenir, décider, défendre).
        "fr": ["mal", "non", "in", "im", "il", "ir"],
        "ru": ["без", "бес", "не", "дез", "дис"],
        // German un- (unmöglich, unbekannt), not the words in ``lexicalizedGerman``.
        "de": ["un"],
    ]

    /// German words that begin with "un" but do not negate a base: unter- (unternehmen: to
    /// undertake; untersuchen), und, uns, unser, ungefähr (about), Unfall (accident), Universität,
    /// unmittelbar (immediate), unbedingt (absolutely), ungeheuer (tremendous). Prefixes of words.
    static let lexicalizedGerman = ["unter", "und", "uns", "ungefähr", "unfall", "univers", "union", "unmittelbar", "unbedingt",
                                    "ungeheuer", "unwetter", "unglück", "unzähl"]

    /// Russian words that begin with "не" but do not negate their base: некоторый (some, not
    /// "not which"), несмотря / невзирая (despite), несколько (several), немало / немного (quite a
    /// lot / a little), нередко (often), незадолго (shortly before), неужели, недавно
    /// (recently), необходимый (necessary), неделя (week). Stems.
    static let lexicalizedRussian = ["некотор", "несмотр", "невзир", "нескольк", "немал", "немног", "нередк", "незадолг",
                                     "неуже", "недавн", "необходим", "недел"]

    /// Negative suffixes ("hopeless", "hoffnungslos": without hope), longest first: English
    /// -less and German -los with their derivations. Not the words of ``lexicalizedSuffixed``,
    /// which say much or little ("countless", "priceless", "zahllos") or are no derivation
    /// ("unless", "regardless", "doubtless").
    static let suffixes: [String: [String]] = [
        "en": ["lessness", "lessly", "less"],
        "de": ["losigkeit", "losen", "loser", "loses", "losem", "lose", "los"],
    ]
    static let lexicalizedSuffixed: Set<String> = [
        "unless", "regardless", "nevertheless", "nonetheless", "doubtless", "countless", "numberless", "needless",
        "priceless", "timeless", "matchless", "peerless", "zahllos", "zahllose", "zahllosen", "bedingungslos",
    ]

    /// Whether `lower` is read as a word with a negative suffix (its ``base(of:language:)`` is
    /// the word before the suffix).
    static func isSuffixed(_ lower: String, language: String) -> Bool {
        suffixBase(of: lower, language: language) != nil
    }

    /// The word before a negative suffix: "hope" of "hopeless", "hoffnung" of "hoffnungslos" (the
    /// German linking "s" dropped).
    static func suffixBase(of lower: String, language: String) -> String? {
        guard let list = suffixes[language], !lexicalizedSuffixed.contains(lower) else { return nil }
        for x in list where lower.hasSuffix(x) {
            var base = String(lower.dropLast(x.count))
            guard base.count >= 3 else { return nil }
            if language == "de", base.hasSuffix("s"), base.count >= 6 { base.removeLast() }
            return base
        }
        return nil
    }

    /// The base of a word with a negative prefix (or suffix), if what remains is long enough to be a word.
    static func base(of lower: String, language: String) -> String? {
        if let b = suffixBase(of: lower, language: language) { return b }
        if language == "ru", lexicalizedRussian.contains(where: { lower.hasPrefix($0) }) { return nil }
        if language == "de", lexicalizedGerman.contains(where: { lower.hasPrefix($0) }) { return nil }
        for p in byLanguage[language] ?? byLanguage["en"]! where lower.hasPrefix(p) && lower.count - p.count >= 4 {
            // A base of five letters or more: "invité" is not in + "vité".
            guard lower.count - p.count >= 5 else { continue }
            return String(lower.dropFirst(p.count))
        }
        return nil
    }
}
