/// A speaker's own opinion: "I think", "we believe", "in my view", «je pense», «je crois», «à
/// mon avis», «я думаю», «считаю», «по-моему», «на мой взгляд». A statement given as an opinion
/// and rendered as a fact ("I think the war will end soon" / «La guerre prendra bientôt fin») drops
/// a reserve, as a dropped "probably" does; the modality check counts these with the hedges, so
/// that an opinion rendered by «il me semble» or «мне кажется» (hedges already) balances.
/// Hand-made; the verbs count in the first person only and not where they say something else
/// ("think about", «penser à», «croire en», «думать о», «je trouve le livre»).
extension ModalityLexicon {
    /// Token indices of opinion markers, one per opinion, at the verb or the phrase's noun.
    static func opinions(_ tokens: [WordToken], language: String) -> [Int] {
        var out: [Int] = []
        let lower = tokens.map(\.lower)
        func at(_ k: Int) -> String { lower.indices.contains(k) ? lower[k] : "" }
        for i in lower.indices {
            let w = lower[i], next = at(i + 1)
            switch language {
            case "en":
                // "I think", "we believe", "I don't think", "we consider Tom honest" («Мы считаем
                // Тома честным»); not "think about", "believe in", nor a question ("Can we believe
                // that?": trust).
                if englishOpinionVerbs.contains(w), !["about", "of", "in", "so"].contains(next) || (w == "think" && next == "so") {
                    var k = i - 1
                    while k >= 0, ["do", "n't", "not", "really", "also", "still", "just", "honestly", "personally"].contains(lower[k]), i - k <= 3 { k -= 1 }
                    let question = ["can", "could", "do", "does", "did", "should", "shall", "will", "would", "may", "must"].contains(at(k - 1))
                    if k >= 0, ["i", "we"].contains(lower[k]), !question { out.append(i) }
                }
                // "in my opinion", "in our view", "to my mind".
                if ["opinion", "view", "mind"].contains(w), ["my", "our"].contains(at(i - 1)), at(i - 2) == (w == "mind" ? "to" : "in") { out.append(i) }
            case "fr":
                // «je pense», «nous croyons», «je ne pense pas», «j'estime», «je vous trouve
                // effronté»; not «je pense (toujours) à», «je crois en», «je trouve ce livre».
                let object = ["le", "la", "l'", "les", "vous", "te", "t'", "lui", "leur"].contains(at(i - 1))
                if frenchOpinionVerbs.contains(w), !["à", "au", "aux", "en"].contains(next), !["à", "au", "aux"].contains(at(i + 2)),
                   !(w.hasPrefix("trouv") && !["que", "qu'"].contains(next) && !object) {
                    var k = i - 1
                    if k >= 0, object { k -= 1 }
                    if k >= 0, ["ne", "n'"].contains(lower[k]) { k -= 1 }
                    if k >= 0, ["je", "j'", "nous"].contains(lower[k]) { out.append(i) }
                }
                // «à mon avis», «à notre avis», «selon moi», «d'après nous».
                if w == "avis", ["mon", "notre"].contains(at(i - 1)), at(i - 2) == "à" { out.append(i) }
                if ["moi", "nous"].contains(w), at(i - 1) == "selon" || (at(i - 1) == "après" && at(i - 2) == "d'") { out.append(i) }
            case "ru":
                // «думаю», «считаем», «полагаю» (the first person says who); not «думаю о вас».
                if russianOpinionVerbs.contains(w), !["о", "об", "обо", "про", "над"].contains(next) { out.append(i) }
                // «по-моему» (split at the hyphen), «по моему мнению», «на мой взгляд».
                // Marked at «по», which the finding shows joined to «моему» by its hyphen
                // («по-моему»), or at «мнению» («по моему мнению»).
                if w == "моему" || w == "нашему", at(i - 1) == "по" { out.append(next == "мнению" ? i + 1 : i - 1) }
                if w == "взгляд", ["мой", "наш"].contains(at(i - 1)), at(i - 2) == "на" { out.append(i) }
            default:
                break
            }
        }
        return out
    }

    /// Languages whose opinions ``opinions(_:language:)`` reads: only between two of them are
    /// they counted (a German «meines Erachtens» is not read, so «à mon avis» adds nothing).
    static let opinionLanguages: Set<String> = ["en", "fr", "ru"]

    /// English verbs of opinion, with the older "I fancy", "I apprehend" of the literary pairs,
    /// and those of judging ("I rate him among the best" / «Je le considère parmi les meilleurs»).
    static let englishOpinionVerbs: Set<String> = ["think", "believe", "guess", "suppose", "reckon", "consider", "imagine", "presume",
                                                   "fancy", "apprehend", "rate", "regard", "deem", "judge"]
    static let frenchOpinionVerbs: Set<String> = ["pense", "pensons", "crois", "croyons", "estime", "estimons", "suppose", "supposons",
                                                  "imagine", "imaginons", "trouve", "trouvons", "croirais", "croirai", "penserais", "juge", "jugeons",
                                                  "considère", "considérons"]
    static let russianOpinionVerbs: Set<String> = ["думаю", "думаем", "считаю", "считаем", "полагаю", "полагаем", "предполагаю", "предполагаем"]
}
