import DriftAlignCore

/// Hedges and conditionals that turn a statement into a report or a possibility: "aurait",
/// "selon", "reportedly", "would", "якобы", "по данным".
///
/// The modality check counts them on each side. French journalistic conditional ("aurait
/// appelé", "serait") and English "would" are the main ones; "selon"/"according to"/"по данным"
/// mark reported information. Hand-made from the seed articles (the 18 March 2025 Bloomberg
/// paragraph: "aurait appelé") and from grammars of the three languages.
enum ModalityLexicon {
    static let english: Set<String> = [
        "reportedly", "allegedly", "apparently", "supposedly", "presumably", "purportedly", "possibly", "perhaps",
        "probably", "likely", "unlikely", "maybe", "would", "could", "might", "may", "seem", "seems", "seemed", "appears",
        "appeared", "rumoured", "rumored", "alleged", "according", "fairly", "somewhat", "doubtless",
        // Reported information, as «ссылаясь на» and «citant».
        "citing",
    ]
    static let french: Set<String> = [
        "aurait", "auraient", "serait", "seraient", "pourrait", "pourraient", "devrait", "devraient", "aurais",
        "voudrait", "voudraient", "semble", "semblait", "semblerait", "apparemment", "probablement",
        "vraisemblablement", "prétendument", "supposément", "présumé", "présumée", "présumés", "selon",
        "éventuellement", "possiblement", "sembleraient", "paraît", "paraîtrait", "semblent", "semblaient", "sembla",
        "semblèrent",
        // "likely", "unlikely", as «(peu) probable», «improbable».
        "probable", "probables", "improbable", "improbables",
    ]
    static let russian: Set<String> = [
        "якобы", "возможно", "вероятно", "видимо", "предположительно", "кажется", "будто", "бы",
        "может", "могут", "мог", "могла", "могли", "наверное", "очевидно", "вроде", "по", "сообщается", "предположительно",
        // «казалось», «казался»: "it seemed", as «semblait» (not «показалось», whole words only).
        "казалось", "казался", "казалась", "казались", "кажутся",
        // "it seems", as «semble»: "журналисты, похоже, …" / «les journalistes semblent …»
        // (as a parenthetical only: ``markers(_:language:text:)``).
        "похоже",
        // Reported information, as «selon» / "according to": "Согласно сообщениям" (according to
        // reports), "как говорится в иске" (as the lawsuit says), "ссылаясь на" (citing).
        "согласно", "говорится", "ссылаясь",
        // "unlikely", as «peu probable»: «вряд ли», «навряд ли», «маловероятно».
        "вряд", "навряд", "маловероятно", "маловероятен", "маловероятна", "маловероятны", "маловероятным",
        // "alleged", as «présumé»: "предполагаемый боевик" / «un militant présumé».
        "предполагаемый", "предполагаемая", "предполагаемое", "предполагаемые", "предполагаемого", "предполагаемой",
        "предполагаемых", "предполагаемым", "предполагаемому", "предполагаемую", "предполагаемом", "предполагаемыми",
    ]

    /// German, for German originals (Swiss spelling with "ss" too): evidential adverbs, "scheinen",
    /// "zufolge" (according to), the Konjunktiv II modals and auxiliaries (würde, könnte, dürfte,
    /// wäre, hätte: English "would", French conditional) and the Konjunktiv I "sei", "seien" of
    /// reported speech ("Es sei vielleicht …": «Selon lui, ce pourrait être …»; not "es sei denn",
    /// unless). Not "soll", reportative ("er soll gesagt haben") as often as deontic, nor the
    /// particle "wohl" or "offenbar", which says "evidently" as often as "apparently".
    static let german: Set<String> = Set([
        "angeblich", "mutmaßlich", "mutmasslich", "vermutlich", "wahrscheinlich", "vielleicht", "möglicherweise",
        "eventuell", "anscheinend", "scheinbar", "scheint", "scheinen", "schien", "schienen", "zufolge",
        "sei", "seien",
    ]).union(germanConditionals)

    /// The German Konjunktiv II that says what English says with "would" and French with its
    /// conditional: of the modals and auxiliaries, and of frequent strong verbs ("ob es eine Route
    /// gäbe": «s'il y aurait une voie»).
    static let germanConditionals: Set<String> = [
        "würde", "würden", "könnte", "könnten", "dürfte", "dürften", "wäre", "wären", "hätte", "hätten",
        "gäbe", "gäben", "käme", "kämen", "ginge", "gingen", "läge", "lägen", "stünde", "stünden", "stände", "bliebe",
        "hiesse", "hieße",
    ]

    /// The modal of an English perfect modal written with its clitic: "would've" → "would"; nil
    /// for any other word.
    static func perfectModal(_ w: String) -> String? {
        for apostrophe in ["'", "\u{2019}"] where w.hasSuffix(apostrophe + "ve") {
            let base = String(w.dropLast(apostrophe.count + 2))
            if ["would", "could", "might", "may", "should", "must"].contains(base) { return base }
        }
        return nil
    }

    /// The conditional forms of «être», «avoir» and the modals among the French hedges.
    static let frenchConditionals: Set<String> = [
        "aurait", "auraient", "aurais", "serait", "seraient", "pourrait", "pourraient", "devrait", "devraient", "voudrait", "voudraient",
    ]

    /// Whether a French sentence states a condition: «si» or «s'» opening a clause («si elles
    /// étaient», «s'il pleut», «si le pont»), not «si» of degree («si grand»), not «même si» (even
    /// though) and not «si l'on en croit» (according to, itself a report).
    static func hasFrenchCondition(_ tokens: [WordToken]) -> Bool {
        let openers: Set<String> = ["il", "ils", "elle", "elles", "on", "l'", "nous", "vous", "je", "j'", "tu", "c'", "ce", "cela",
                                    "le", "la", "les", "un", "une", "des", "du", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
                                    "mon", "ma", "mes", "notre", "nos", "votre", "vos", "tout", "tous", "personne", "rien"]
        for (i, t) in tokens.enumerated() where (t.lower == "si" || t.lower == "s'") && i + 1 < tokens.count {
            let next = tokens[i + 1].lower
            guard t.lower == "si" ? openers.contains(next) : ["il", "ils"].contains(next) else { continue }
            if i > 0, tokens[i - 1].lower == "même" { continue }
            if tokens[(i + 1)..<min(tokens.count, i + 5)].contains(where: { $0.lower == "croit" || $0.lower == "croire" }) { continue }
            return true
        }
        return false
    }

    /// Whether an English sentence states a condition: "if" opening a clause (a pronoun, a
    /// determiner or a capitalized name after it: "if I were president", "if the Fed would"), not
    /// "even if" (as ``hasFrenchCondition(_:)`` leaves «même si» out) nor "as if" (a comparison).
    static func hasEnglishCondition(_ tokens: [WordToken]) -> Bool {
        let openers: Set<String> = ["i", "you", "he", "she", "it", "we", "they", "there", "the", "a", "an", "this", "that", "these",
                                    "those", "my", "your", "his", "her", "its", "our", "their", "someone", "anyone", "anybody",
                                    "somebody", "nobody", "everyone", "everybody", "no", "any", "every", "one"]
        for (i, t) in tokens.enumerated() where t.lower == "if" && i + 1 < tokens.count {
            guard openers.contains(tokens[i + 1].lower) || tokens[i + 1].isCapitalized else { continue }
            if i > 0, ["even", "as"].contains(tokens[i - 1].lower) { continue }
            return true
        }
        return false
    }

    /// Whether a sentence states a condition, in its language's way: "if", «si», «если», "wenn",
    /// "falls" opening a clause.
    static func hasCondition(_ tokens: [WordToken], language: String) -> Bool {
        switch language {
        case "en": return hasEnglishCondition(tokens)
        case "fr": return hasFrenchCondition(tokens)
        case "ru": return tokens.contains { ["если", "ежели"].contains($0.lower) }
        case "de": return tokens.contains { ["wenn", "falls"].contains($0.lower) }
        default: return false
        }
    }

    /// English modals of a condition's consequence: "would", "could", "might" (and "would've").
    static func isConsequenceModal(_ w: String) -> Bool {
        ["would", "could", "might"].contains(perfectModal(w) ?? w)
    }

    /// Whether a Russian sentence states a counterfactual condition: «если бы» or «если б».
    static func hasRussianCondition(_ tokens: [WordToken]) -> Bool {
        tokens.indices.dropLast().contains { tokens[$0].lower == "если" && ["бы", "б"].contains(tokens[$0 + 1].lower) }
    }

    /// Nouns of a rule or a plan: "according to the same principles", «selon les mêmes
    /// principes», «согласно правилам» say "in accordance with", no source of information.
    static let norms: [String] = ["principe", "principle", "règle", "rule", "loi", "law", "plan", "modèle", "model", "méthode",
                                  "method", "procédure", "procedure", "schéma", "scheme", "protocole", "protocol", "calendrier",
                                  "schedule", "принцип", "правил", "закон", "план", "схем", "метод", "процедур", "протокол", "график",
                                  "договор", "соглашени", "treaty", "agreement", "accord", "traité", "constitution", "конституци"]

    /// Whether the source word at `i` ("according", «selon», «согласно») governs a rule or a plan:
    /// the first word after it that is neither a function word nor an adjective (``normQualifiers``,
    /// ``looksAdjectival(_:)``: "the same", «специальной») is a norm, within four words. A person, a capitalized word or any
    /// other noun first names a source ("according to him", "according to lawmakers, the law…",
    /// "according to the Russian law enforcement…"). Latin-script words match a norm whole or in
    /// the plural; Russian ones by stem, for their case endings («правилам», «закону»).
    static func followsNorm(_ i: Int, _ tokens: [WordToken]) -> Bool {
        let persons: Set<String> = ["him", "her", "them", "me", "us", "you", "lui", "elle", "eux", "elles", "moi", "nous", "vous",
                                    "нему", "ней", "ним", "нам", "вам", "мне", "его", "её", "ее", "их"]
        for t in tokens[(i + 1)..<min(tokens.count, i + 5)] {
            if persons.contains(t.lower) || t.isCapitalized { return false }
            let isNorm = t.isCyrillic ? norms.contains { t.lower.hasPrefix($0) } : norms.contains { [$0, $0 + "s", $0 + "es"].contains(t.lower) }
            if isNorm { return true }
            if !FunctionWords.contains(t.lower, language: "") && !normQualifiers.contains(t.lower) && !Self.looksAdjectival(t) { return false }
        }
        return false
    }

    /// A word with an adjective's ending: Russian («специальной», «действующему») or English
    /// ("special", "specific", "applicable", "agreed"), which may qualify a norm.
    static func looksAdjectival(_ t: WordToken) -> Bool {
        if t.isCyrillic { return LightStemmer.russianAdjectiveEndings.contains { t.lower.hasSuffix($0) && t.lower.count > $0.count + 2 } }
        return t.lower.count > 4 && ["al", "ic", "ive", "ous", "ary", "ble", "ed"].contains { t.lower.hasSuffix($0) }
    }

    /// Adjectives that may stand between a source word and its norm ("the same principles",
    /// «les mêmes principes», "the new rules", «действующему закону»).
    static let normQualifiers: Set<String> = ["same", "new", "current", "existing", "agreed", "même", "mêmes", "nouveau", "nouvelle",
                                              "nouveaux", "nouvelles", "actuel", "actuelle", "actuels", "actuelles", "existant", "existants",
                                              "новым", "новому", "новой", "действующим", "действующему", "действующей", "существующим"]

    /// Words that name a source of information ("according to", «selon», «согласно», "citing",
    /// «ссылаясь», «говорится», «по данным»): a statement attributed, which the other side may
    /// attribute with a verb of saying instead (``reportingVerbs``).
    static let sourceWords: Set<String> = ["according", "citing", "selon", "d'", "согласно", "ссылаясь", "говорится", "по"]

    /// Verbs of saying and showing in the present or past: "the Center says", «le National
    /// Hurricane Center affirme que», «сообщают власти», «les images révèlent».
    static let reportingVerbs: Set<String> = [
        "says", "said", "say", "told", "tells", "stated", "states", "reported", "reports", "announced", "announces", "declared",
        "indicated", "indicates", "noted", "notes", "wrote", "writes", "showed", "shows", "revealed", "reveals", "warned", "warns",
        "affirme", "affirment", "affirmé", "déclare", "déclarent", "déclaré", "dit", "disent", "indique", "indiquent", "indiqué",
        "rapporte", "rapportent", "rapporté", "annonce", "annoncent", "annoncé", "révèle", "révèlent", "révélé", "montre", "montrent",
        "montré", "souligne", "soulignent", "précise", "précisent", "écrit", "écrivent", "avertit", "averti", "prévient",
        "сообщают", "сообщает", "сообщил", "сообщила", "сообщили", "заявил", "заявила", "заявили", "заявляет", "заявляют",
        "говорит", "говорят", "сказал", "сказала", "сказали", "утверждает", "утверждают", "отметил", "отметила", "пишет", "пишут",
        "показывают", "показали", "показывает", "предупредил", "предупредила", "предупреждает",
    ]

    /// Whether "possible" at `i` is the predicate of an impersonal "it is possible (that)": one of
    /// `verbs` right before it and the impersonal `pronoun` up to two words before that ("it is
    /// quite possible" too), and no negation between («il n'est pas possible»).
    static func saysItIsPossible(_ i: Int, _ tokens: [WordToken], verbs: Set<String>, pronoun: String) -> Bool {
        guard let v = (max(0, i - 2)..<i).last(where: { verbs.contains(tokens[$0].lower) }) else { return false }
        let between = tokens[(v + 1)..<i].map(\.lower)
        guard between.allSatisfy({ ["quite", "very", "entirely", "tout", "très", "bien", "fort"].contains($0) }) else { return false }
        if tokens[v].lower.hasPrefix(pronoun + "'") || tokens[v].lower.hasPrefix(pronoun + "’") { return true }
        let before = tokens[max(0, v - 2)..<v].map(\.lower)
        return before.contains(pronoun) && !before.contains { ["not", "n'", "ne", "pas"].contains($0) }
    }

    /// Token indices of hedges. Russian "по" counts only in "по данным/словам/сообщениям/информации"
    /// (reported information), and "может" only before "быть" or a verb-like word is too vague, so
    /// "может быть" counts once.
    /// `text`, when given, is what the tokens' ranges index: «peut être» apart is the verb ("can
    /// be"), a hedge only when hyphenated («peut-être», maybe).
    static func markers(_ tokens: [WordToken], language: String, text: String? = nil) -> [Int] {
        var out: [Int] = []
        let scalars = ["fr", "ru", "en"].contains(language) ? text.map { Array($0.unicodeScalars) } : nil
        var frenchCondition: Bool? = nil  // read at the first conditional, once per text
        var russianCondition: Bool? = nil  // read at the first «бы», once per text
        for (i, t) in tokens.enumerated() {
            let w = t.lower
            let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
            switch language {
            case "en":
                if w == "according", next != "to" || Self.followsNorm(i + 1, tokens) { continue }
                // "(The) chances are that …", "it looks like / as if …": "probably", "it seems"
                // («Возможно, он ещё не в курсе» / "The chances are that he has not heard").
                if w == "chances", next == "are", i + 2 < tokens.count, tokens[i + 2].lower != "of" { out.append(i); continue }
                // "It is reported that …", "it was said", "it has been said": hearsay, as
                // «сообщается», «on signale» (a passive only: "it has reported" is an agency's own).
                if ["reported", "said", "rumoured", "rumored"].contains(w), i > 1, ["is", "was", "been"].contains(tokens[i - 1].lower),
                   tokens[max(0, i - 3)..<(i - 1)].contains(where: { $0.lower == "it" }) { out.append(i); continue }
                // "It is possible that …", "it's possible": "maybe", as «il est possible que»,
                // «возможно» (not "as soon as possible", nor "it is not possible").
                if w == "possible", Self.saysItIsPossible(i, tokens, verbs: ["is", "'s", "s", "was", "seems", "it's", "it’s"], pronoun: "it") { out.append(i); continue }
                if w == "looks" || w == "looked", i > 0, tokens[i - 1].lower == "it",
                   next == "like" || (next == "as" && i + 2 < tokens.count && ["if", "though"].contains(tokens[i + 2].lower)) { out.append(i); continue }
                // "appeared on the Web" is not a hedge; "appears to be" is.
                if (w == "appears" || w == "appeared") && next != "to" { continue }
                // "they could not taste theirs", "he could hardly see": the past of "can", an
                // ability denied, not a possibility (the French says «ne pouvaient pas»); but "could
                // not have contained them" and "could not be true" are conditional («n'aurait pu»).
                if w == "could", ["not", "n't", "never", "hardly", "scarcely", "barely"].contains(next),
                   !(i + 2 < tokens.count && ["have", "'ve", "be"].contains(tokens[i + 2].lower)) { continue }
                // "On May 1, 2011", "in May", "May 2025": the month.
                if t.text == "May", (i + 1 < tokens.count && tokens[i + 1].isNumeric)
                    || (i > 0 && (tokens[i - 1].isNumeric || ["in", "on", "of", "since", "until", "by", "early", "late", "mid", "last", "next",
                                                               "from", "to", "through", "during", "before", "after"].contains(tokens[i - 1].lower))) { continue }
                // "would've", "could've", "might've": the modal, whose clitic the tokenizer keeps.
                if let base = perfectModal(w) {
                    if let scalars, Questions.clauseEndsInQuestion(scalars.dropFirst(t.range.upperBound)) { continue }
                    if english.contains(base) { out.append(i) }
                    continue
                }
                if ["may", "could", "might", "would"].contains(w) {
                    let p1 = i > 0 ? tokens[i - 1].lower : "", p2 = i > 1 ? tokens[i - 2].lower : ""
                    // "so that quality may be improved", "in order that they might": a purpose.
                    if w == "may" || w == "might", tokens[max(0, i - 4)..<i].contains(where: { $0.lower == "that" }),
                       tokens[max(0, i - 5)..<i].contains(where: { $0.lower == "so" || $0.lower == "order" }) { continue }
                    // "Your Majesty may set off", "you may be sure": a permission or a set phrase,
                    // and "if I may so express myself"; "as cheerfully as she could" (all she was
                    // able to), "nothing could equal", "no one could": an ability, not a reserve.
                    // ("You may still be in luck", "you may be right" say a possibility.)
                    if w == "may", ["you", "thou", "ye", "majesty", "highness", "excellency", "lordship", "ladyship"].contains(p1) || (p1 == "i" && p2 == "if"),
                       tokens[(i + 1)..<min(tokens.count, i + 4)].first(where: { !["still", "well", "also", "not", "already", "yet"].contains($0.lower) })?.lower != "be" { continue }
                    // "I was afraid I might fall asleep", "for fear they may": what is feared is
                    // no reserve of the speaker («J'ai eu peur de m'endormir»).
                    if w == "may" || w == "might", tokens[max(0, i - 4)..<i].contains(where: { ["afraid", "fear", "feared", "fears", "worried", "lest"].contains($0.lower) }) { continue }
                    if w == "could", ["nothing", "nobody", "none", "noone"].contains(p1) || (p1 == "one" && p2 == "no")
                        || (p2 == "as" && ["i", "you", "he", "she", "it", "we", "they"].contains(p1)) { continue }
                    // A modal in a question asks; it does not hedge a statement ("how many good ones
                    // may there be?", "Who could be suspected of this mischief?").
                    if let scalars, Questions.clauseEndsInQuestion(scalars.dropFirst(t.range.upperBound)) { continue }
                }
                if english.contains(w) { out.append(i) }
            case "fr":
                if w == "peut", next == "être" {
                    if let scalars {
                        let gap = scalars[ScalarText.gap(after: t.range, before: tokens[i + 1].range, count: scalars.count)]
                        if !gap.contains(where: { $0.properties.generalCategory == .dashPunctuation }) { continue }
                    }
                    out.append(i)
                    continue
                }
                if w == "sans", next == "doute" { out.append(i); continue }
                if w == "possible", Self.saysItIsPossible(i, tokens, verbs: ["est", "était", "semble"], pronoun: "il") { out.append(i); continue }
                // «On signale que …», «on rapporte», «dit-on»: hearsay, as «сообщается», "it is
                // reported" (FLORES: «On signale qu'environ 9 400 habitations…» for «Сообщается, что
                // около 9400 домов…» was "states it as fact"). Not «on dit», «on raconte», which
                // name a convention or a source as often («On dit donc que le rapport … est de 3:2»
                // for «принято за 3:2»; «Dans les sagas, on raconte»).
                if ["signale", "signalait", "rapporte", "rapportait"].contains(w), i > 0, tokens[i - 1].lower == "on" { out.append(i); continue }
                if w == "dit", next == "on", i > 0, let scalars,
                   scalars[ScalarText.gap(after: t.range, before: tokens[i + 1].range, count: scalars.count)].contains("-") { out.append(i); continue }
                // The conditional answering an «if» of the same sentence states the consequence of a
                // hypothesis ("les pistes seraient plus efficaces si elles étaient munies…"): mood,
                // not reserve.
                if frenchConditionals.contains(w) {
                    if frenchCondition == nil { frenchCondition = hasFrenchCondition(tokens) }
                    if frenchCondition == true { continue }
                    // «aurait dû» (with «pas», «jamais» between, or not) is "should have": an
                    // obligation missed, which English says with no hedge («Il aurait dû la
                    // fermer» / "He should have kept his mouth shut").
                    let after = tokens[(i + 1)..<min(tokens.count, i + 3)].map(\.lower)
                    if w.hasPrefix("aur"), after.first == "dû" || (after.count == 2 && ["pas", "jamais", "donc", "bien"].contains(after[0]) && after[1] == "dû") { continue }
                }
                // «selon moi», «selon mon opinion», «d'après nous»: one's own view, "in my opinion",
                // no hearsay.
                if w == "selon" || (w == "d'" && next == "après") {
                    let k = w == "selon" ? i + 1 : i + 2
                    if k < tokens.count, ["moi", "nous", "mon", "ma", "mes", "notre", "nos"].contains(tokens[k].lower) { continue }
                    if Self.followsNorm(i, tokens) { continue }
                    // «une déclaration selon laquelle elle ne lancera plus jamais…»: "a statement
                    // that", the content of a noun of saying, no hearsay.
                    if w == "selon", k < tokens.count, ["lequel", "laquelle", "lesquels", "lesquelles"].contains(tokens[k].lower) { continue }
                }
                if french.contains(w) || (w == "d'" && next == "après") { out.append(i) }
            case "ru":
                if w == "согласно", Self.followsNorm(i, tokens) { continue }
                // «по-видимому» (apparently; also written apart), a hedge as «видимо»: the
                // tokenizer splits it at the hyphen, so the whole word of the list never met a token.
                if w == "по", next == "видимому" { out.append(i); continue }
                // «по всей видимости» (to all appearances), «судя по всему» (judging by everything):
                // "apparently", counted once, at «по».
                if w == "по", next == "всей", i + 2 < tokens.count, tokens[i + 2].lower == "видимости" { out.append(i); continue }
                if w == "по", next == "всему", i > 0, tokens[i - 1].lower == "судя" { out.append(i); continue }
                if w == "по" {
                    // Also with a possessive between: «по его словам» (according to him), «по их данным».
                    let reported: Set<String> = ["данным", "словам", "сообщениям", "информации", "мнению", "оценкам", "сведениям"]
                    // (Not «по моему мнению», «по нашим данным»: one's own view or figures, "in my
                    // opinion"; «по своим данным» is the subject's, another's.)
                    let possessives: Set<String> = ["его", "ее", "их", "вашим", "вашему", "своим", "своему"]
                    // …or an adjective: «по имеющимся данным» (according to available data), «по
                    // последним сообщениям», «по официальным сведениям».
                    let adjective = ["ым", "им", "ой", "ей", "имся", "ымся"].contains { next.hasSuffix($0) && next.count >= 5 } && !["моим", "нашим"].contains(next)
                    // «по данным документам» (under these documents): «данным» agreeing with a
                    // noun in the dative plural is the adjective "given", not "data".
                    if next == "данным", i + 2 < tokens.count, !tokens[i + 2].isCapitalized,
                       ["ам", "ям"].contains(where: tokens[i + 2].lower.hasSuffix), tokens[i + 2].lower.count >= 5 { continue }
                    if reported.contains(next) || ((possessives.contains(next) || adjective) && i + 2 < tokens.count && reported.contains(tokens[i + 2].lower)) { out.append(i) }
                    continue
                }
                // «насколько это возможно», «если возможно»: "as far as possible", "if possible",
                // a bound or a condition, no reserve.
                if w == "возможно", tokens[max(0, i - 2)..<i].contains(where: { ["насколько", "если"].contains($0.lower) }) { continue }
                // «очевидно, что…», «вполне очевидно»: "it is obvious that", a certainty, not
                // "apparently".
                if w == "очевидно", next == "что" || (i > 0 && ["вполне", "совершенно", "абсолютно", "более"].contains(tokens[i - 1].lower)) { continue }
                // «как утверждается», «как полагают», «как считается», «как предполагается»: "it is
                // claimed / believed", as «prétendument» or the French conditional («Другие, как
                // утверждается, воспитывались животными» / «D'autres auraient été élevés…»).
                if ["утверждается", "полагают", "считается", "предполагается", "считают"].contains(w), i > 0, tokens[i - 1].lower == "как" {
                    out.append(i)
                    continue
                }
                // «не мог», «не могла»: the past of "can", an ability denied, as "could not" ("Я
                // всегда его терпеть не мог" / "I've always hated him"); «не мог бы» asks politely.
                if ["мог", "могла", "могло", "могли"].contains(w), i > 0, tokens[i - 1].lower == "не", next != "бы" { continue }
                // «как бы там ни было», «что бы ни случилось»: the concessive «бы … ни» hedges nothing.
                if w == "бы", tokens[(i + 1)..<min(tokens.count, i + 3)].contains(where: { $0.lower == "ни" }) { continue }
                // «Если бы я был президентом, войны бы не было»: the «бы» of a counterfactual
                // condition and of its consequence are a mood, no reserve, as the French
                // conditional answering «si» (``hasFrenchCondition(_:)``).
                if w == "бы" {
                    if russianCondition == nil { russianCondition = hasRussianCondition(tokens) }
                    if russianCondition == true { continue }
                }
                // «казалось бы» ("one would think") is one hedge, counted at «казалось».
                if w == "бы", i > 0, tokens[i - 1].lower == "казалось" { continue }
                // «Боюсь, как бы дождь не пошёл»: "I'm afraid it will rain", the fear's «как бы …
                // не» ("lest"), no reserve.
                if w == "бы", i > 0, tokens[i - 1].lower == "как",
                   tokens[max(0, i - 4)..<(i - 1)].contains(where: { ["бою", "боя", "опаса", "страш"].contains(where: $0.lower.hasPrefix) }) { continue }
                // «похоже» hedges as a parenthetical ("журналисты, похоже, …", «Похоже, что …»);
                // "ведут себя очень похоже" says "similarly".
                if w == "похоже" {
                    let comma: (Range<Int>) -> Bool = { r in scalars.map { s in s[r].contains(",") } ?? false }
                    let before = i > 0 ? comma(ScalarText.gap(after: tokens[i - 1].range, before: t.range, count: scalars?.count ?? 0)) : true
                    let after = i + 1 < tokens.count ? comma(ScalarText.gap(after: t.range, before: tokens[i + 1].range, count: scalars?.count ?? 0)) : false
                    if before || after || next == "что" { out.append(i) }
                    continue
                }
                // «будто» reports a claim («говорят, будто он уехал»: supposedly), but «как будто»
                // and a «будто» after «такой», «так», «настолько» compare: "as if" («дождь, такой
                // сильный, будто падают иголки» / «si forte qu'elle frappe comme une aiguille»).
                if w == "будто" {
                    let degree: Set<String> = ["так", "такой", "такая", "такое", "такие", "таким", "такую", "такого", "настолько", "столь"]
                    if i > 0, tokens[i - 1].lower == "как" { continue }
                    if tokens[max(0, i - 5)..<i].contains(where: { degree.contains($0.lower) }) { continue }
                }
                // «скорее всего», "most likely", as «probablement».
                if w == "скорее", next == "всего" { out.append(i); continue }
                if russian.contains(w) { out.append(i) }
            case "de":
                if w == "sei", next == "denn" { continue }
                if german.contains(w) { out.append(i) }
            default:
                if english.contains(w) || french.contains(w) { out.append(i) }
            }
        }
        return out
    }
}
