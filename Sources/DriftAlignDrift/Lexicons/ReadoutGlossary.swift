/// The vocabulary of leaders' readouts and of the news that reports them, as word equivalents in
/// English, French, Russian and German, for the word alignment (``ContentAlignment``) where the
/// FreeDict lexicon has no entry or is not installed: "перемирие" is «cessez-le-feu» and "truce",
/// "разговор" is «entretien» and "call", "удары" are «frappes» and "strikes".
///
/// Hand-made from the Kremlin and White House readouts of the 12 February and 18 March 2025 calls,
/// the seed articles and the Truth Social posts, like ``Exonyms`` and ``SenseErrors``. Words are
/// compared by their ``LightStemmer`` stems, so one form of a word stands for its inflections;
/// hyphenated words count by their parts, as the tokenizer splits them («cessez-le-feu»,
/// «porte-parole», «пресс-секретарь»).
enum ReadoutGlossary {
    /// One sense a line: its words per language.
    static let senses: [[String: [String]]] = [
        ["en": ["ceasefire", "truce", "armistice"], "fr": ["cessez", "feu", "trêve", "armistice"], "ru": ["перемирие"],
         "de": ["waffenruhe", "waffenstillstand"]],
        ["en": ["conversation", "call", "talk"], "fr": ["entretien", "conversation", "appel"], "ru": ["разговор", "беседа"],
         "de": ["gespräch", "telefonat"]],
        ["en": ["negotiations", "talks"], "fr": ["négociations", "pourparlers"], "ru": ["переговоры"], "de": ["verhandlungen"]],
        ["en": ["strike", "attack"], "fr": ["frappe", "attaque"], "ru": ["удар", "атака"], "de": ["angriff", "schlag"]],
        ["en": ["settlement", "resolution"], "fr": ["règlement", "résolution"], "ru": ["урегулирование"], "de": ["beilegung", "lösung"]],
        ["en": ["agreement", "deal", "arrangement"], "fr": ["accord", "entente"], "ru": ["договорённость", "соглашение"],
         "de": ["vereinbarung", "abkommen"]],
        ["en": ["envoy", "emissary"], "fr": ["émissaire", "envoyé"], "ru": ["посланник", "спецпосланник", "спецпредставитель"],
         "de": ["gesandter", "sondergesandter"]],
        ["en": ["prisoners", "pows"], "fr": ["prisonniers"], "ru": ["пленные", "военнопленные"], "de": ["gefangene", "kriegsgefangene"]],
        ["en": ["aid", "assistance", "help"], "fr": ["aide", "assistance"], "ru": ["помощь"], "de": ["hilfe", "unterstützung"]],
        ["en": ["cessation", "halt", "stop", "end"], "fr": ["arrêt", "cessation", "fin"], "ru": ["прекращение"], "de": ["einstellung", "ende"]],
        ["en": ["rearmament"], "fr": ["réarmement"], "ru": ["перевооружение"], "de": ["aufrüstung"]],
        ["en": ["intelligence"], "fr": ["renseignement"], "ru": ["разведка", "разведданные"], "de": ["geheimdienst", "aufklärung"]],
        ["en": ["shipping", "navigation"], "fr": ["navigation"], "ru": ["судоходство"], "de": ["schifffahrt"]],
        ["en": ["leader"], "fr": ["dirigeant", "chef"], "ru": ["лидер", "руководитель"], "de": ["staatschef", "führer"]],
        ["en": ["war"], "fr": ["guerre"], "ru": ["война"], "de": ["krieg"]],
        ["en": ["peace"], "fr": ["paix"], "ru": ["мир"], "de": ["frieden"]],
        ["en": ["order", "command"], "fr": ["ordre", "instruction"], "ru": ["приказ", "команда", "распоряжение"], "de": ["befehl", "anweisung"]],
        ["en": ["military", "army", "forces", "troops"], "fr": ["militaires", "armée", "forces", "troupes"], "ru": ["военные", "армия", "войска"],
         "de": ["militär", "armee", "streitkräfte", "truppen"]],
        ["en": ["casualties", "victims", "losses"], "fr": ["victimes", "pertes"], "ru": ["жертвы", "потери"], "de": ["opfer", "verluste"]],
        ["en": ["statement"], "fr": ["déclaration", "communiqué"], "ru": ["заявление"], "de": ["erklärung"]],
        ["en": ["spokesman", "spokesperson"], "fr": ["parole"], "ru": ["секретарь"], "de": ["sprecher"]],
        ["en": ["emphasized", "stressed", "underlined"], "fr": ["souligné"], "ru": ["подчеркнул"], "de": ["betonte", "unterstrich"]],
        ["en": ["discussed"], "fr": ["discuté", "évoqué", "abordé"], "ru": ["обсудили"], "de": ["erörterten", "besprachen"]],
        ["en": ["agreed"], "fr": ["convenu", "accepté"], "ru": ["договорились", "согласились"], "de": ["vereinbarten", "einigten"]],
        ["en": ["lasting", "durable"], "fr": ["durable"], "ru": ["прочный", "долгосрочный"], "de": ["dauerhaft"]],
        ["en": ["ready", "prepared", "willing"], "fr": ["prêt", "disposé"], "ru": ["готов"], "de": ["bereit"]],
        // The readouts' stock phrases: «обстоятельный и откровенный обмен мнениями» (a detailed
        // and frank exchange of views), «линия соприкосновения» (the line of contact), «профильные
        // министры» (the relevant ministers), «соответствующую команду» (the corresponding order).
        ["en": ["detailed", "thorough", "substantive"], "fr": ["détaillé", "approfondi", "substantiel"],
         "ru": ["обстоятельный", "подробный", "содержательный"], "de": ["ausführlich", "eingehend"]],
        ["en": ["frank", "candid"], "fr": ["franc", "sincère"], "ru": ["откровенный"], "de": ["offen"]],
        // «Разговор носил деловой и конструктивный характер»: businesslike, not of business.
        ["en": ["businesslike", "pragmatic"], "fr": ["pragmatique", "professionnel"], "ru": ["деловой"], "de": ["sachlich"]],
        ["en": ["contact"], "fr": ["contact"], "ru": ["соприкосновение", "контакт"], "de": ["kontakt"]],
        ["en": ["relevant", "competent"], "fr": ["compétent", "compétents", "concerné"], "ru": ["профильный", "компетентный"], "de": ["zuständig"]],
        ["en": ["corresponding", "appropriate"], "fr": ["correspondant", "approprié"], "ru": ["соответствующий"], "de": ["entsprechend"]],
        // «выразил признательность» (expressed gratitude), «a remercié», "thanked".
        ["en": ["thank", "thanked", "gratitude", "grateful"], "fr": ["remercier", "remercié", "gratitude", "reconnaissance"],
         "ru": ["признательность", "благодарность", "поблагодарил"], "de": ["danken", "dankte", "dankbarkeit"]],
        // "It would not have happened without President Trump's intervention": «cela ne se serait
        // pas produit sans…», «не произошло бы».
        ["en": ["happen", "happened", "occur", "occurred"], "fr": ["produire", "produit", "survenir", "survenu", "advenir"],
         "ru": ["произойти", "произошло", "случиться", "случилось"], "de": ["geschehen", "passieren", "passiert"]],
        // «23 тяжелораненых военнослужащих»: "23 severely wounded", "badly wounded" soldiers,
        // «grièvement blessés». (Without it "badly" met nothing in «grièvement», and its WordNet
        // antonym "well" met the «bonne» of «geste de bonne volonté», "a gesture of goodwill".)
        ["en": ["severely", "seriously", "badly", "gravely", "critically"], "fr": ["grièvement", "gravement", "sérieusement"],
         "ru": ["тяжело", "серьезно"], "de": ["schwer"]],
        // «Товарооборот … вырос на 12 процентов»: the trade between two countries.
        ["en": ["trade"], "fr": ["échanges", "commerce"], "ru": ["товарооборот"], "de": ["handel", "handelsvolumen"]],
    ]

    /// "ru>fr" → stem → the other language's stems.
    private static let index: [String: [String: Set<String>]] = {
        var out: [String: [String: Set<String>]] = [:]
        for sense in senses {
            var stems: [String: Set<String>] = [:]
            for (language, words) in sense { stems[language] = Set(words.map { LightStemmer.stem($0, language: language) }) }
            for (from, a) in stems {
                for (to, b) in stems where to != from {
                    for s in a { out["\(from)>\(to)", default: [:]][s, default: []].formUnion(b) }
                }
            }
        }
        return out
    }()

    /// The stems of `to` that translate the stem `stem` of `from` in some sense of the glossary.
    static func translations(of stem: String, from: String, to: String) -> Set<String> {
        index["\(from)>\(to)"]?[stem] ?? []
    }
}
