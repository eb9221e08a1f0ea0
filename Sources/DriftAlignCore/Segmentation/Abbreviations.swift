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

    /// Definite and indefinite articles, which do not make a sentence with an abbreviation alone
    /// ("The U.S.", "L'U.E." is one word).
    static let articles: Set<String> = ["The", "the", "A", "a", "An", "an", "Le", "le", "La", "la", "Les", "les", "Die", "die",
                                        "Der", "der", "Das", "das"]

    /// Particles that open a surname ("B. Le Maire", "J. La Fontaine"): after one letter and a
    /// period they follow an initial, not a sentence end, though they are sentence openers too.
    static let nameParticles: Set<String> = ["Le", "La", "Les", "Des", "Du", "De", "Da", "Di", "Van", "Von", "El", "Al"]

    /// Top-level domains and file extensions: "WhiteHouse.Gov", "Rapport.Pdf" are one word even
    /// when written with a capital after the period.
    static let domainsAndExtensions: Set<String> = [
        "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "news", "io", "ru", "fr", "uk", "ua", "eu", "su", "de", "рф",
        "pdf", "doc", "docx", "txt", "htm", "html", "xml", "json", "csv", "jpg", "jpeg", "png", "gif", "mp3", "mp4", "zip", "xls", "xlsx",
    ]

    /// Russian "year(s)" after a year and "century(-ies)" after a Roman numeral: "в марте 2025 г.",
    /// "в 2024–2025 гг.", "в XX в.". They are titles ("г. Москва", "в 2025 г. в Москве"), but may
    /// end a sentence (see ``Segmenter/endsSentenceAfterDate(_:unit:at:next:_:)``).
    static let russianDateUnits: Set<String> = ["г.", "гг.", "в.", "вв."]

    /// Russian function words that, written with a capital, open a sentence: inside one they are in
    /// lower case. Names and "Президент" (the Kremlin capitalises it inside sentences) are not here;
    /// nor the courtesy "Вы", "Его" ("Его Величество"), written with a capital inside letters.
    static let russianClauseOpeners: Set<String> = [
        "Он", "Она", "Оно", "Они", "Мы", "Я", "Это", "Этот", "Эта", "Эти", "Но", "И", "А", "Однако", "Также", "Кроме", "При",
        "В", "Во", "На", "По", "С", "Со", "К", "О", "Об", "Из", "За", "Для", "После", "До", "Как", "Так", "Тогда", "Там",
        "Затем", "Ранее", "Сейчас", "Теперь", "Вместе", "Между",
    ]

    /// Russian words of press text that look like a past-tense verb ("-ала", "-ил", "-ели") but are
    /// nouns or conjunctions: "С начала 2025 г. Россия…", "по итогам квартала", "или".
    static let russianPastTenseLookalikes: Set<String> = [
        "или", "начала", "начало", "квартала", "квартал", "дела", "тела", "села", "цели", "недели", "модели", "детали",
        "правила", "правило", "сила", "канал", "канала", "сигнал", "сигнала", "генерал", "генерала", "журнал", "журнала",
        "материал", "материала", "медали", "потенциал", "потенциала", "капитал", "капитала", "финал", "финала",
        "персонал", "персонала", "скандал", "скандала", "зал", "зала", "отдел", "отдела", "раздел", "раздела", "предел", "предела",
    ]

    /// Words that cannot end a line that ends a sentence, a heading or a dateline: articles,
    /// prepositions, conjunctions, possessives. A line break after one is hard wrapping, whatever
    /// the case of the next word ("Selon le porte-parole du⏎Kremlin, Dmitri Peskov…", "talks
    /// with the⏎President of Russia").
    static let lineContinuers: [String: Set<String>] = [
        "fr": ["le", "la", "les", "l’", "l'", "un", "une", "des", "du", "de", "d’", "d'", "au", "aux", "à", "et", "ou", "ni",
               "en", "pour", "par", "sur", "avec", "dans", "sans", "sous", "chez", "entre", "vers", "contre", "selon", "que",
               "qu’", "qu'", "qui", "dont", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos",
               "votre", "vos", "mon", "ma", "mes", "mais", "donc", "car", "lors", "après", "avant", "depuis"],
        "en": ["the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "from", "and", "or", "nor", "at", "as", "that",
               "this", "these", "those", "his", "her", "its", "their", "our", "your", "my", "into", "onto", "than", "but",
               "about", "between", "against", "during", "under", "over", "after", "before"],
        "ru": ["в", "во", "на", "и", "а", "но", "с", "со", "к", "ко", "о", "об", "от", "до", "по", "за", "из", "у", "при",
               "для", "без", "над", "под", "через", "что", "чтобы", "как", "между", "после", "перед", "или", "его", "её", "их"],
        "de": ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
               "mit", "von", "zu", "zum", "zur", "im", "in", "auf", "für", "an", "am", "bei", "aus", "nach", "über", "unter",
               "gegen", "zwischen", "dass", "sein", "seine", "ihr", "ihre"],
    ]

    /// Ordinary words that ICU's suppression list for the language holds as abbreviations, so that
    /// a sentence ending with them ran into the next: «Le chiffre est faux. Il a parlé.» (found by
    /// probing the list; see ``Segmenter/suppressedEnds(_:_:_:)``). Not «sept.», which the list
    /// also holds: as the month («le 7 sept. 2025») it is more often an abbreviation than the
    /// number ending a sentence.
    static let commonWordsSuppressed: [String: Set<String>] = [
        "fr": ["faux."],
    ]

    static func titles(for language: String) -> Set<String> { titles[language] ?? [] }
    static func ambiguous(for language: String) -> Set<String> { ambiguous[language] ?? [] }
}
