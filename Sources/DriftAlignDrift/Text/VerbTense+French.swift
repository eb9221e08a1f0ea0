/// The French forms of ``VerbTense``: passé composé, futur simple and proche, and the loose
/// conditional, imperfect and passé simple.
extension VerbTense {
    static let frenchAvoir: Set<String> = ["ai", "as", "a", "avons", "avez", "ont", "avais", "avait", "avions", "aviez", "avaient"]
    static let frenchEtre: Set<String> = ["suis", "es", "est", "sommes", "êtes", "sont", "étais", "était", "étions", "étiez", "étaient"]
    static let frenchAller: Set<String> = ["vais", "vas", "va", "allons", "allez", "vont"]
    /// Words between an auxiliary and its participle («n'a pas encore signé», «a longuement parlé»).
    static let frenchBetween: Set<String> = [
        "ne", "n'", "pas", "plus", "jamais", "déjà", "aussi", "également", "bien", "encore", "toujours", "ainsi", "alors",
        "enfin", "notamment", "même", "pourtant", "donc", "tout", "tous", "toutes", "vite", "beaucoup", "peu", "trop",
        "rien", "guère", "point", "ensemble", "certes", "mieux", "souvent", "il", "elle", "ils", "elles", "on", "t",
    ]
    /// Words in the endings of participles that are none.
    static let frenchNotParticiples: Set<String> = [
        "lieu", "peu", "du", "tous", "plus", "ici", "lui", "qui", "oui", "parmi", "ni", "si", "ainsi", "aussi", "merci",
        "celui", "depuis", "puis", "mais", "jamais", "désormais", "sous", "droit", "tort", "priori", "nuit", "midi", "lit",
        "petit", "esprit", "conflit", "crédit", "profit", "individu", "menu", "tribu", "vertu", "aujourd'hui", "lundi",
        "mardi", "mercredi", "jeudi", "vendredi", "samedi", "ceci", "quasi", "voici", "tu", "dessus", "pays",
    ]
    /// Participles of the verbs conjugated with «être» (movement and change of state), and
    /// «convenir» in its sense of agreeing («ils sont convenus»): masculine singular forms.
    static let frenchEtreParticiples: Set<String> = [
        "allé", "venu", "arrivé", "parti", "entré", "sorti", "resté", "devenu", "revenu", "retourné", "tombé", "né",
        "mort", "passé", "monté", "descendu", "parvenu", "intervenu", "survenu", "rentré", "apparu", "convenu",
        "décédé", "redevenu", "reparti", "ressorti", "reparu",
    ]
    /// Reflexive pronouns before an auxiliary («s'est entretenu»).
    static let frenchReflexives: Set<String> = ["s'", "se", "me", "m'", "te", "t'"]

    static func isFrenchParticiple(_ t: WordToken) -> Bool {
        let w = t.lower
        guard w.count >= 2, !t.isCapitalized || t.isSentenceInitial, !frenchNotParticiples.contains(w) else { return false }
        for e in ["é", "ée", "és", "ées", "i", "ie", "is", "ies", "it", "ite", "its", "ites", "u", "ue", "us", "ues", "û",
                  "ert", "erte", "erts", "ertes", "ort", "orte", "orts", "int", "inte", "ints", "intes"] where w.hasSuffix(e) {
            return true
        }
        return false
    }

    /// The masculine singular of a participle («arrivées» → «arrivé»).
    static func frenchMasculine(_ w: String) -> String {
        var s = w
        if s.hasSuffix("s") { s.removeLast() }
        if s.hasSuffix("e"), s.count > 2 { s.removeLast() }
        return s
    }

    /// Stems of the future of verbs not in "-er" (Bescherelle): «sera», «aura», «saura», «fera»,
    /// «ira», «pourra», «devra», «verra», «enverra», «recevra»; «-dre» verbs and «venir», «tenir»,
    /// «vouloir», «falloir», «valoir» («viendra», «perdra», «voudra»), «-ttre», «-aître»,
    /// «-uire», «-ire» ones («mettra», «connaîtra», «conduira», «dira»); compounds end the
    /// same («obtiendra», «permettra», «reconstruira»).
    static let frenchFutureStems = ["ndr", "rdr", "udr", "verr", "pourr", "devr", "cevr", "mettr", "enverr", "courr", "mourr", "acquerr",
                                    "battr", "suivr", "vivr", "écrir", "boir", "croir", "îtr", "rir", "uir", "lir", "dir", "fer", "ser", "aur"]
    static let frenchFutureEndings = ["ai", "as", "a", "ons", "ez", "ont"]

    /// Whether `t` is a form of the futur simple («parlera», «se rendront», «sera»), checked
    /// against the lemma when the table has one: «désirez», «assurons» are presents whose stem
    /// ends in "r".
    static func isFrenchFuture(_ t: WordToken, lemma: (String) -> String?) -> Bool {
        let w = t.lower
        guard w.count >= 3, !t.isCapitalized || t.isSentenceInitial else { return false }
        for x in frenchFutureEndings where w.hasSuffix("r" + x) {
            let stem = String(w.dropLast(x.count))
            if w == "ira" || w == "iront" || w == "irons" || w == "irez" || w == "irai" || w == "iras" { return true }
            if let l = lemma(w) {
                guard ["er", "ir", "re", "oir", "ïr"].contains(where: { l.hasSuffix($0) }) else { return false }
                return stem.count > 2 && stem != String(l.dropLast(2))
            }
            if stem.hasSuffix("er"), stem.count >= 4 { return true }
            if frenchFutureStems.contains(where: { stem.hasSuffix($0) }), stem.count >= 3 {
                // «-dir», «-lir», «-rir» stems are futures of «dire», «lire», «rire», «-ir»
                // verbs («finira»); the present of «-irer» verbs («désirons») has them too.
                return !(["ons", "ez"].contains(x) && ["dir", "lir", "rir"].contains(where: { stem.hasSuffix($0) }) && stem.count > 3)
            }
            if stem.hasSuffix("ir"), stem.count >= 5, !["ons", "ez"].contains(x) { return true }
            return false
        }
        return false
    }

    /// Passés simples of the third person, the tense of written narrative («ajouta», «sortit»,
    /// «vint», «fut»): a verb's form in "-a" of an "-er" lemma, or in "-it", "-ut", "-int",
    /// "-irent", "-urent", "-inrent" of another, as the lemma table says; without it, the common
    /// ones. Loose: «finit» and «agit» are presents as well.
    static let frenchPassesSimples: Set<String> = [
        "fut", "furent", "eut", "eurent", "fit", "firent", "dit", "dirent", "mit", "mirent", "prit", "prirent", "vit", "virent",
        "vint", "vinrent", "tint", "tinrent", "put", "purent", "dut", "durent", "sut", "surent", "voulut", "voulurent",
        "sortit", "sortirent", "partit", "partirent", "reçut", "parut", "répondit", "répondirent", "reprit", "devint", "revint",
    ]

    static func isFrenchPasseSimple(_ t: WordToken, lemma: (String) -> String?) -> Bool {
        let w = t.lower
        if frenchPassesSimples.contains(w) { return true }
        guard w.count >= 4, !t.isCapitalized || t.isSentenceInitial, let l = lemma(w) else { return false }
        if w.hasSuffix("a"), l.hasSuffix("er") { return w.dropLast() == l.dropLast(2) || w.dropLast() == l.dropLast(3) }  // «ajouta», «mangea»
        // «doit», «voit», «reçoit» are presents; a passé simple has no "o" there.
        return ["ir", "re", "oir"].contains { l.hasSuffix($0) } && ["it", "ut", "int", "irent", "urent", "inrent"].contains { w.hasSuffix($0) }
            && !w.hasSuffix("oit")
    }

    /// Words in "-er", "-ir", "-re" that are no infinitives after «va» or «vient de».
    static let frenchNotInfinitives: Set<String> = [
        "hier", "cher", "mer", "fer", "hiver", "soir", "espoir", "devoir", "pouvoir", "savoir", "leur", "premier", "dernier", "entier",
        "sur", "pour", "par", "tour", "cour", "jour", "air", "désir", "avenir", "plaisir", "loisir", "souvenir", "lettre", "centre",
        "entre", "contre", "autre", "notre", "votre", "titre", "ministre", "libre", "nombre", "membre", "ordre", "quatre", "mètre",
        "encore", "alors",
    ]
    /// Words between «aller» and its infinitive: those between an auxiliary and its participle,
    /// and object pronouns («va se rendre», «vont lui parler»).
    static let frenchBeforeInfinitive = frenchBetween.union(["se", "s'", "lui", "leur", "les", "le", "la", "l'", "nous", "vous", "y", "en", "me", "m'", "te"])

    /// An infinitive: "-er", "-ir", "-re", "-oir" and not a common noun of those endings.
    static func isFrenchInfinitive(_ t: WordToken) -> Bool {
        let w = t.lower
        guard w.count >= 4, !t.isCapitalized, !frenchNotInfinitives.contains(w) else { return false }
        return w.hasSuffix("er") || w.hasSuffix("ir") || w.hasSuffix("re") || w.hasSuffix("oir")
    }

    mutating func readFrench(_ t: [WordToken], lemma: (String) -> String?) {
        var i = 0
        while i < t.count {
            let w = t[i].lower
            // Passé composé and plus-que-parfait: «a parlé», «n'ont pas encore signé», «s'est
            // rendu», «sont arrivés»; «est prévu» is a passive of the present.
            if Self.frenchAvoir.contains(w) || Self.frenchEtre.contains(w) {
                if let j = Self.next(after: i, in: t, skipping: Self.frenchBetween), Self.isFrenchParticiple(t[j]) {
                    let reflexive = i > 0 && (Self.frenchReflexives.contains(t[i - 1].lower)
                        || (i > 1 && ["nous", "vous"].contains(t[i - 1].lower) && t[i - 2].lower == t[i - 1].lower))
                    if Self.frenchAvoir.contains(w) || reflexive || Self.frenchEtreParticiples.contains(Self.frenchMasculine(t[j].lower)) {
                        // The range takes the reflexive pronoun: «s'est rendu».
                        add(.past, (reflexive ? i - 1 : i)...j, verb: t[j].lower)
                        i = j + 1
                        continue
                    }
                    addLoose(.past, verb: t[j].lower)
                } else if Self.frenchAvoir.contains(w) {
                    addLoose(.past)
                }
            }
            // «vient d'annoncer»: a past just done.
            if ["viens", "vient", "venons", "venez", "viennent", "venais", "venait", "venions", "veniez", "venaient"].contains(w), i + 2 < t.count, ["de", "d'"].contains(t[i + 1].lower), Self.isFrenchInfinitive(t[i + 2]) {
                add(.past, i...(i + 2))
                i += 3
                continue
            }
            // Futur proche: «va signer», «vont se rencontrer», «ne va pas céder».
            if Self.frenchAller.contains(w), let j = Self.next(after: i, in: t, skipping: Self.frenchBeforeInfinitive), Self.isFrenchInfinitive(t[j]) {
                add(.future, i...j)
                i = j + 1
                continue
            }
            if Self.isFrenchFuture(t[i], lemma: lemma) {
                add(.future, i...i)
                i += 1
                continue
            }
            // Loose: the conditional and the future seen from the past («continueraient»,
            // «allait signer»), verbs of intent («doit se rendre», «prévoit de»), futures the
            // lemma rejected; the imperfect and the passé simple.
            if w.count >= 6, ["rait", "raient", "rais", "rions", "riez"].contains(where: { w.hasSuffix($0) }) { addLoose(.future) }
            else if ["allait", "allaient", "doit", "doivent", "devait", "devaient", "devrait", "devraient", "prévoit", "prévoient", "compte", "comptent", "entend", "entendent", "apprête", "apprêtent"].contains(w) { addLoose(.future) }
            else if w.count >= 4, ["rai", "ras", "ra", "rons", "rez", "ront"].contains(where: { w.hasSuffix($0) }) { addLoose(.future) }
            if w.count >= 5, w.hasSuffix("ait") || w.hasSuffix("aient") || w.hasSuffix("èrent") { addLoose(.past, verb: w) }
            else if Self.isFrenchPasseSimple(t[i], lemma: lemma) { addLoose(.past, verb: w) }
            i += 1
        }
    }
}
