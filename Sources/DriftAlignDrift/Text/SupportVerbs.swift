/// Support verbs: a verb that lends its tense to a noun which carries the meaning («tirer
/// avantage», «prendre une décision», "hold talks", «провести переговоры», «нанести удар»). The
/// verb says little beyond "do" or "have" with that noun, and languages choose it freely: "the
/// benefit that we will have" is «l'avantage que nous tirerons», "we talked" is «nous avons mené
/// des discussions». Next to its noun it says nothing of its own to render: the word alignment
/// looked for a counterpart of «tirerons» and reported it added (seed 001, a quotation). Named
/// support verbs by Gross («verbes supports»: G. Gross, «Les constructions converses du
/// français», 1989; M. Gross, "Lexicon-grammar and the syntactic analysis of French", COLING
/// 1984) and Oper1/Func0 lexical functions by Mel'čuk
/// ("Lexical functions: a tool for the description of lexical relations in a lexicon", in Wanner
/// (ed.), "Lexical Functions in Lexicography and Natural Language Processing", 1996). The lists
/// here are hand-made, for the nouns of news about talks, war and diplomacy; a verb counts only
/// with one of its nouns within three words after it or four before it («la décision prise»,
/// «l'avantage que nous tirerons», «решение было принято»), and is then rendered as well as its
/// noun is (``ContentAlignment``): it keeps a counterpart of its own («prendre» / «принять») and
/// is no word left out or added when it has none. Elsewhere it is a content word like any other:
/// «il a pris la ville», "they made a cake".
enum SupportVerbs {
    /// A verb's forms (exact words, or stems ending in "-") and the nouns it supports (stems).
    struct Entry: Sendable {
        let verbs: [String]
        let nouns: [String]
    }

    static let byLanguage: [String: [Entry]] = [
        "fr": [
            Entry(verbs: ["tire", "tires", "tirent", "tirer", "tirera", "tirerons", "tireront", "tirerait", "tiré", "tirée", "tirés", "tirons", "tirait"],
                  nouns: ["avantage", "profit", "parti", "bénéfice", "leçon", "conclusion"]),
            Entry(verbs: ["prend-", "prenons", "prennent", "prenait", "pris", "prise", "prises", "prit"],
                  nouns: ["décision", "mesure", "part", "contact", "note", "acte", "position", "parole", "initiative"]),
            Entry(verbs: ["fait", "faite", "faites", "faits", "faire", "fais", "faisons", "faisait", "faisaient", "fera", "ferons", "feront", "ferait",
                          "font", "fit", "firent", "fasse"],
                  nouns: ["confiance", "face", "preuve", "attention", "état", "appel", "pression", "usage", "objet", "l'objet", "l’objet"]),
            Entry(verbs: ["donn-"], nouns: ["lieu", "suite", "ordre", "l'ordre", "l’ordre", "instruction", "feu"]),
            Entry(verbs: ["mène", "mènent", "mené", "menée", "menées", "menés", "mener", "menons", "menait", "mènera", "mèneront"],
                  nouns: ["enquête", "négociation", "discussion", "opération", "guerre", "campagne", "pourparlers"]),
            Entry(verbs: ["met", "mets", "mettent", "mettre", "mettons", "mettra", "mettront", "mettrait", "mis", "mise", "mises"],
                  nouns: ["fin", "terme", "place", "œuvre", "accent", "l'accent", "l’accent"]),
            Entry(verbs: ["rend", "rends", "rendent", "rendre", "rendu", "rendue", "rendra", "rendront", "rendait"], nouns: ["visite", "hommage", "compte"]),
            Entry(verbs: ["joue", "jouent", "joué", "jouer", "jouera", "jouait"], nouns: ["rôle"]),
            Entry(verbs: ["tient", "tiennent", "tenir", "tenu", "tenue", "tenus", "tenues", "tiendra", "tiendront", "tenait", "tenons"],
                  nouns: ["compte", "réunion", "entretien", "discussion", "pourparlers", "conférence", "sommet"]),
            Entry(verbs: ["effectu-", "procéd-", "lanc-"], nouns: ["visite", "frappe", "échange", "examen", "appel", "attaque", "offensive", "opération"]),
            Entry(verbs: ["apport-", "exerc-"], nouns: ["soutien", "aide", "assistance", "pression", "influence"]),
            Entry(verbs: ["revêt-"], nouns: ["caractère"]),
            // «a exprimé sa gratitude», «exprimé ses condoléances»: the readouts' stock feelings.
            Entry(verbs: ["exprim-"], nouns: ["gratitude", "reconnaissance", "condoléances", "espoir", "intérêt", "préoccupation", "inquiétude"]),
        ],
        "en": [
            Entry(verbs: ["make", "makes", "made", "making"],
                  nouns: ["decision", "call", "statement", "progress", "effort", "remark", "comment", "visit", "offer", "proposal", "contact"]),
            Entry(verbs: ["take", "takes", "took", "taken", "taking"], nouns: ["part", "measure", "step", "action", "place", "note", "decision"]),
            Entry(verbs: ["give", "gives", "gave", "given", "giving"], nouns: ["order", "instruction", "approval", "consent"]),
            Entry(verbs: ["hold", "holds", "held", "holding"],
                  nouns: ["talk", "meeting", "call", "conversation", "discussion", "negotiation", "consultation", "summit"]),
            Entry(verbs: ["pay", "pays", "paid", "paying"], nouns: ["attention", "visit", "tribute"]),
            Entry(verbs: ["conduct", "conducts", "conducted", "conducting", "launch", "launches", "launched", "launching"],
                  nouns: ["talk", "negotiation", "strike", "operation", "attack", "investigation", "offensive"]),
            Entry(verbs: ["play", "plays", "played", "playing"], nouns: ["role"]),
            Entry(verbs: ["express", "expresses", "expressed", "expressing"], nouns: ["gratitude", "condolence", "hope", "interest", "concern"]),
        ],
        "ru": [
            Entry(verbs: ["принял", "приня-", "принима-", "принят-"], nouns: ["решени", "мер", "участи"]),
            Entry(verbs: ["оказа-", "оказыва-"], nouns: ["помощ", "давлени", "поддержк", "влияни", "содействи", "сопротивлени"]),
            Entry(verbs: ["нанес-", "нанёс", "нанос-"], nouns: ["удар", "ущерб", "визит", "поражени"]),
            Entry(verbs: ["провед-", "провод-", "провёл", "провел-", "провест-"],
                  nouns: ["переговор", "встреч", "разговор", "бесед", "обмен", "консультаци", "операци", "заседани", "саммит", "расследовани"]),
            Entry(verbs: ["дал", "дала", "дали", "дало", "дать", "давать", "даёт", "дает", "дают", "давал", "давала", "давали", "дадут", "даст"],
                  nouns: ["команд", "указани", "поручени", "согласи", "оценк", "обещани", "приказ"]),
            Entry(verbs: ["отдал-", "отда-"], nouns: ["приказ", "распоряжени"]),
            Entry(verbs: ["вести", "ведут", "ведёт", "ведет", "вели", "вёл", "вела", "ведём", "ведем"], nouns: ["переговор", "войн", "диалог"]),
            Entry(verbs: ["играть", "играет", "играют", "играл", "играла", "играли", "сыграть", "сыграл", "сыграла", "сыграли", "сыграет"],
                  nouns: ["рол"]),
            Entry(verbs: ["сделал", "сделала", "сделали", "сделать", "делает", "выступ-"], nouns: ["заявлени"]),
            Entry(verbs: ["совершил", "совершила", "совершили", "совершить", "совершать"], nouns: ["визит", "поездк", "нападени", "атак"]),
            // «выразил признательность» (thanked), «выразил соболезнования» (offered condolences),
            // «выразили взаимную заинтересованность»: the Kremlin readouts' stock phrases.
            Entry(verbs: ["выраз-", "выража-"], nouns: ["признательност", "благодарност", "соболезновани", "надежд", "заинтересованност", "озабоченност", "обеспокоенност"]),
        ],
    ]

    /// The support verbs of `tokens` beside one of their nouns: the verb's index → the nearest such
    /// noun's (after the verb first, then before it).
    static func nouns(_ tokens: [WordToken], language: String) -> [Int: Int] {
        guard let entries = byLanguage[language] else { return [:] }
        var out: [Int: Int] = [:]
        for (i, t) in tokens.enumerated() {
            for e in entries where e.verbs.contains(where: { Self.matchesVerb(t.lower, $0) }) {
                let window = Array((i + 1)..<min(tokens.count, i + 4)) + Array((max(0, i - 4)..<i).reversed())
                if let n = window.first(where: { k in e.nouns.contains { tokens[k].lower.hasPrefix($0) } }) {
                    out[i] = n
                    break
                }
            }
        }
        return out
    }

    /// Nouns of character that say nothing but what their adjectives say: «носил деловой и
    /// конструктивный характер» (was businesslike and constructive, a stock phrase of the
    /// Kremlin's readouts) after a form of «носить», «a revêtu un caractère constructif» after a
    /// form of «revêtir», "constructive in nature". Each such noun's index → the indices of its
    /// adjectives (the words between the verb and the noun in Russian, the two words after
    /// «caractère» in French, the word before "in nature" in English) and of «носить», which may
    /// stand further from its noun than a support verb of ``nouns(_:language:)``. The noun is
    /// rendered as well as its best adjective is (``ContentAlignment``), and its verb with it.
    static func characterNouns(_ tokens: [WordToken], language: String) -> [Int: (adjectives: [Int], verb: Int?)] {
        var out: [Int: (adjectives: [Int], verb: Int?)] = [:]
        let t = tokens.map(\.lower)
        for (i, w) in t.enumerated() {
            switch language {
            case "ru" where w.hasPrefix("характер") && w.count <= 10:
                // The verb up to five words before: «носил деловой и конструктивный характер».
                guard let v = (max(0, i - 5)..<i).reversed().first(where: { Self.russianCarryForms.contains(t[$0]) }),
                      v + 1 < i else { continue }
                out[i] = (Array((v + 1)..<i), v)
            case "fr" where w == "caractère" && i >= 2 && i + 1 < t.count:
                guard (max(0, i - 3)..<i).contains(where: { t[$0].hasPrefix("revêt") }) else { continue }
                out[i] = (Array((i + 1)..<min(t.count, i + 3)), nil)
            case "en" where w == "nature" && i >= 2 && t[i - 1] == "in":
                out[i] = ([i - 2], nil)
            default: continue
            }
        }
        return out
    }

    /// Forms of «носить» (to carry, to bear) that take «характер».
    static let russianCarryForms: Set<String> = ["носил", "носила", "носило", "носили", "носит", "носят", "носить", "носящий", "носящая",
                                                 "носящие", "носивший", "носившая", "носившие"]

    private static func matchesVerb(_ word: String, _ form: String) -> Bool {
        form.hasSuffix("-") ? word.hasPrefix(form.dropLast()) : word == form
    }
}
