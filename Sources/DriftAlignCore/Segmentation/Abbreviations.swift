/// Abbreviations after which a period does not end a sentence, per language.
///
/// ICU's suppression lists (`@ss=standard`) cover some English and German ones; French and Russian
/// press need more (M., MM., Mme, г., т.е.). Two kinds:
/// - ``titles``: never end a sentence (a title or a word that always has a complement after it).
/// - ``ambiguous``: may end a sentence; we keep a break after them only when the next word is a
///   common sentence opener (e.g. "in the U.S. The talks…").
public enum Abbreviations {
    public static let titles: [String: Set<String>] = [
        "fr": ["M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mlles.", "Me.", "Mgr.", "Dr.", "Pr.", "St.", "Ste.", "av.", "bd.",
               "cf.", "p.", "pp.", "art.", "chap.", "vol.", "n°.", "env.", "hab.", "gén.", "Gal.", "col.", "lt.", "cdt.", "sgt."],
        "en": ["Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Pres.", "Gen.", "Sen.", "Gov.", "Rep.", "Lt.", "Col.", "Sgt.", "Capt.",
               "Adm.", "Maj.", "Cmdr.", "Prof.", "Rev.", "Hon.", "Amb.", "Sec.", "Atty.", "Supt.", "Mt.", "Ft.", "No.",
               "Nos.", "vs.", "v.", "e.g.", "i.e.", "cf.", "approx.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."],
        "ru": ["г.", "гг.", "т.е.", "т.к.", "т.н.", "ул.", "пр.", "им.", "тыс.", "млн.", "млрд.", "руб.", "долл.", "см.",
               "ст.", "д.", "стр.", "рис.", "обл.", "р-н.", "с.", "н.э.", "в.", "вв.", "ок.", "ген.", "акад.", "проф.", "тов.", "г-н.", "г-жа."],
        "de": ["Dr.", "Prof.", "Hr.", "Fr.", "St.", "Nr.", "z.B.", "d.h.", "u.a.", "bzw.", "ca.", "vgl.", "Jh.", "Abs.", "Art."],
    ]

    public static let ambiguous: [String: Set<String>] = [
        "fr": ["etc.", "av.", "J.-C.", "U.E.", "O.N.U.", "É.-U."],
        "en": ["U.S.", "U.K.", "U.N.", "D.C.", "E.U.", "Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "etc.", "a.m.", "p.m."],
        "ru": ["т.д.", "т.п.", "др.", "пр."],
        "de": ["usw.", "etc.", "u.Ä."],
    ]

    /// English titles of a person, which shouted text writes in capitals before a name in
    /// capitals ("GOV. ABBOTT AND SEN. CRUZ"); "NO." (number) is not one of them.
    public static let personTitles: Set<String> = ["Mr.", "Mrs.", "Ms.", "Dr.", "Pres.", "Gen.", "Sen.", "Gov.", "Rep.", "Lt.", "Col.",
                                                   "Sgt.", "Capt.", "Adm.", "Maj.", "Cmdr.", "Prof.", "Rev.", "Hon.", "Amb.", "Sec.", "Atty."]

    /// Abbreviations that close an enumeration ("etc.", "и т.д."): before a capitalized word
    /// the sentence has ended, whatever the word.
    public static let listEnders: Set<String> = ["etc.", "т.д.", "т.п.", "др.", "usw."]

    /// Words that often open a sentence; after an ambiguous abbreviation they confirm the break.
    public static let sentenceOpeners: Set<String> = [
        "The", "This", "That", "These", "Those", "It", "We", "He", "She", "They", "I", "But", "And", "In", "A", "An",
        "There", "His", "Her", "Our", "My", "Their", "As", "After", "Before", "When", "If", "So", "Yet", "Still",
        "Le", "La", "Les", "Il", "Elle", "Ils", "Elles", "Un", "Une", "Des", "Ce", "Cette", "Ces", "Mais", "Et", "Dans",
        "Selon", "Pour", "Nous", "On", "Je", "En", "Au", "Aux", "Après", "Avant", "Lors", "Depuis",
        "Он", "Она", "Они", "Мы", "Это", "Но", "И", "В", "На", "По", "Президент",
        "Der", "Die", "Das", "Er", "Sie", "Es", "Wir", "Aber", "Und", "Im",
    ]

    static func titles(for language: String) -> Set<String> { titles[language] ?? [] }
    static func ambiguous(for language: String) -> Set<String> { ambiguous[language] ?? [] }
}
