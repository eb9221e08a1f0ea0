/// Adjectives that only intensify the noun of an attitude they stand beside: "strong interest",
/// "deep concern", "unwavering support", «un vif intérêt», «une profonde inquiétude», «un soutien
/// indéfectible», «глубокую озабоченность», «крайнюю важность», «неизменную поддержку». This is
/// the lexical function Magn of Meaning–Text theory (Mel'čuk, "Lexical Functions: A Tool for the
/// Description of Lexical Relations in a Lexicon", in Wanner (ed.), Lexical Functions in
/// Lexicography and Natural Language Processing, Benjamins, 1996): for such a noun the adjective
/// says "very" and nothing else, so a readout's "strong interest" rendered «un intérêt» is as
/// much weaker as "very interested" rendered «intéressé».
///
/// Both word lists are hand-made for the register DriftAlign reads (readouts and statements speak
/// of interest, concern, support, gratitude, importance). An adjective counts only right beside
/// one of these nouns: before it in English and Russian, before or after it in French (with
/// «très», «si», «tout», «tellement» between: «un soutien très ferme»); "strong" or «profond»
/// elsewhere ("a strong man", «une eau profonde») is no intensifier. Not "high", «élevé»,
/// «высокий», which say a rate as often ("high interest rates"; French «haute» and Russian
/// «высочайший» do not: «de la plus haute importance»), nor "particular", «особый», which single
/// out as often as they intensify.
extension IntensityLexicon {
    /// Nouns of an attitude or an evaluation: English and French as written (plurals too),
    /// Russian as stems (at most three letters of ending).
    static let attitudeNouns: [String: Set<String>] = [
        "en": ["interest", "concern", "concerns", "importance", "support", "gratitude", "regret", "regrets", "satisfaction",
               "respect", "sympathy", "sympathies", "commitment", "hope", "hopes", "disappointment", "admiration", "success",
               "condolences", "appreciation", "anger", "indignation", "alarm", "attachment", "determination", "solidarity"],
        "fr": ["intérêt", "préoccupation", "préoccupations", "inquiétude", "inquiétudes", "importance", "soutien", "appui",
               "gratitude", "reconnaissance", "regret", "regrets", "satisfaction", "respect", "sympathie", "engagement", "espoir",
               "espoirs", "déception", "admiration", "succès", "réussite", "condoléances", "colère", "indignation", "attachement",
               "détermination", "solidarité"],
        "ru": ["интерес", "озабоченност", "обеспокоенност", "беспокойств", "тревог", "важност", "значени", "поддержк",
               "благодарност", "признательност", "сожалени", "удовлетворени", "уважени", "сочувстви", "приверженност",
               "надежд", "разочаровани", "восхищени", "успех", "соболезновани", "возмущени", "негодовани", "солидарност",
               "решимост"],
    ]

    /// The adjectives that intensify those nouns: English and French as written (feminine and
    /// plural, superlatives too), Russian as stems (at most four letters of ending).
    static let magnifiers: [String: Set<String>] = [
        "en": ["strong", "stronger", "strongest", "deep", "deeper", "deepest", "great", "greatest", "profound", "keen", "grave",
               "serious", "extreme", "utmost", "unwavering", "unflinching", "steadfast", "firm", "enormous", "huge", "immense",
               "intense", "full", "total", "complete", "wholehearted", "heartfelt", "sincere", "considerable", "major", "big", "bigger", "biggest"],
        "fr": ["fort", "forte", "forts", "fortes", "profond", "profonde", "profonds", "profondes", "grand", "grande", "grands",
               "grandes", "vif", "vive", "vifs", "vives", "extrême", "extrêmes", "immense", "immenses", "énorme", "énormes",
               "grave", "graves", "sérieux", "sérieuse", "sérieuses", "indéfectible", "indéfectibles", "ferme", "fermes",
               "intense", "intenses", "sincère", "sincères", "considérable", "considérables", "total", "totale", "plein",
               "pleine", "tout", "toute", "entier", "entière", "inébranlable", "inébranlables", "majeur", "majeure", "majeurs", "majeures", "franc", "haut", "haute", "hautes"],
        "ru": ["сильн", "глубок", "больш", "огромн", "крайн", "серьезн", "тверд", "неизменн", "искренн",
               "жив", "полн", "значительн", "интенсивн", "решительн", "безоговорочн", "всемерн", "горяч", "огромнейш",
               "глубочайш", "величайш", "сильнейш", "крупн", "всяческ", "высочайш", "первостепенн"],
    ]

    /// Participles and adjectives of an attitude, which "seriously", «sérieusement», «серьёзно»
    /// intensify as their adjectives do the nouns: "seriously concerned" / «sérieusement
    /// préoccupé» / «серьёзно обеспокоены». Elsewhere those adverbs say a harm's degree as often
    /// as a stance's ("heavily damaged" / «gravement endommagé», «серьезные травмы» /
    /// «grièvement blessé»), which the translations render with words no list holds.
    static let attitudeParticiples: [String: Set<String>] = [
        "en": ["concerned", "worried", "alarmed", "disappointed", "interested", "committed", "troubled"],
        "fr": ["préoccupé", "préoccupée", "préoccupés", "préoccupées", "inquiet", "inquiète", "inquiets", "inquiètes", "déçu",
               "déçue", "déçus", "déçues", "intéressé", "intéressée", "intéressés", "intéressées", "attaché", "attachée",
               "attachés", "attachées", "engagé", "engagée", "engagés", "engagées", "alarmé", "alarmée", "alarmés", "alarmées"],
        "ru": ["обеспокоен", "озабочен", "заинтересован", "разочарован", "встревожен", "привержен"],
    ]

    /// The adverbs that intensify those participles only (``attitudeParticiples``).
    static let participleMagnifiers: [String: Set<String>] = [
        "en": ["seriously", "gravely"],
        "fr": ["sérieusement", "gravement", "vivement"],
        "ru": ["серьезно"],
    ]

    /// Token indices of adjectives that intensify an attitude noun beside them
    /// (``attitudeNouns``, ``magnifiers``), and of adverbs right before a participle of an
    /// attitude (``participleMagnifiers``).
    static func magnifierAdjectives(_ tokens: [WordToken], language: String) -> [Int] {
        guard let nouns = attitudeNouns[language], let adjectives = magnifiers[language] else { return [] }
        let isNoun: (Int) -> Bool = { k in
            guard tokens.indices.contains(k) else { return false }
            let w = tokens[k].lower
            if language == "ru" { return nouns.contains { w.hasPrefix($0) && w.count - $0.count <= 3 } }
            return nouns.contains(w)
        }
        let isAdjective: (Int) -> Bool = { k in
            let w = tokens[k].lower
            // A stem with an adjective's long ending («крайнюю», «всяческую»): not «больше»
            // ("more"), nor «живут» (they live) or the short «полны» (full of).
            if language == "ru" {
                return adjectives.contains { stem in w.hasPrefix(stem) && russianAdjectiveEndings.contains(String(w.dropFirst(stem.count))) }
            }
            return adjectives.contains(w)
        }
        var out: [Int] = []
        if let participles = attitudeParticiples[language], let adverbs = participleMagnifiers[language] {
            for i in tokens.indices.dropLast() where adverbs.contains(tokens[i].lower) {
                let next = tokens[i + 1].lower
                if language == "ru" ? participles.contains(where: { next.hasPrefix($0) && next.count - $0.count <= 3 }) : participles.contains(next) {
                    out.append(i)
                }
            }
        }
        for i in tokens.indices where isAdjective(i) {
            switch language {
            case "fr" where ["tout", "toute"].contains(tokens[i].lower):
                // «tout son soutien», «toute notre solidarité»: "full support".
                if i + 2 < tokens.count, possessives.contains(tokens[i + 1].lower), isNoun(i + 2) { out.append(i) }
            case "fr":
                // «un vif intérêt», «de la plus haute importance», «un intérêt très vif», «un
                // soutien indéfectible»; not «un grand succès, plus grand que prévu» (a
                // comparison: «plus» does not join the second «grand» to «succès»).
                let between: Set<String> = ["très", "si", "tout", "tellement"]
                var k = i - 1
                while k >= 0, between.contains(tokens[k].lower), i - k <= 2 { k -= 1 }
                if isNoun(i + 1) || isNoun(k) { out.append(i) }
            default:
                // "strong interest", «глубокую озабоченность»: the adjective right before its noun.
                if isNoun(i + 1) { out.append(i) }
            }
        }
        return out.sorted()
    }

    /// The long endings of Russian adjectives (``LightStemmer/russianAdjectiveEndings``) with the
    /// prepositional and feminine oblique ones it leaves out: «о полном», «с крайней».
    static let russianAdjectiveEndings = Set(LightStemmer.russianAdjectiveEndings).union(["ом", "ем", "ей"])

    /// French possessive determiners, between «tout» and its noun.
    static let possessives: Set<String> = ["son", "sa", "ses", "notre", "nos", "leur", "leurs", "mon", "ma", "mes", "votre", "vos", "ton", "ta", "tes"]

    /// Words of quantity that say a high degree of an attitude noun as its adjective does:
    /// "much interest" / «beaucoup d'intérêt» / «большой интерес».
    static let quantityOfDegree: Set<String> = ["much", "lot", "lots", "beaucoup", "tant", "много", "немало", "столько"]
}
