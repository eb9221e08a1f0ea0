/// Names the French press writes its own way (Poutine, Moscou, Kiev/Kyiv, Koursk, Maison-Blanche),
/// with their English and Russian forms and derived adjectives (russe, российский, Russian), so
/// the name check treats them as the same and never as a misspelling.
///
/// Each concept lists forms: Latin forms match a lower-cased word exactly (a final "s" allowed);
/// Cyrillic forms are stems that match a word starting with them and at most three letters longer
/// (Москва, Москвы, Москве), or, marked with a final "=", whole words («карл=», which is not the
/// stem of «Карлсон»). Multi-word forms ("white house", "белый дом") match word sequences.
/// Hand-made from the seed articles, Kremlin and White House readouts and Truth Social posts.
enum Exonyms {
    struct Concept: Sendable {
        var id: String
        var forms: [String]
    }

    static let concepts: [Concept] = [
        // People of the Trump–Putin calls.
        .init(id: "putin", forms: ["putin", "poutine", "putine", "путин"]),
        .init(id: "trump", forms: ["trump", "трамп"]),
        .init(id: "zelensky", forms: ["zelensky", "zelenskyy", "zelenski", "zelenskiy", "zelenskyi", "зеленск"]),
        .init(id: "peskov", forms: ["peskov", "песков"]),
        .init(id: "witkoff", forms: ["witkoff", "уиткофф", "уиткоф", "виткофф", "виткоф"]),
        .init(id: "rubio", forms: ["rubio", "рубио"]),
        .init(id: "lavrov", forms: ["lavrov", "лавров"]),
        .init(id: "ushakov", forms: ["ushakov", "ouchakov", "ушаков"]),
        .init(id: "dmitriev", forms: ["dmitriev", "dmitriyev", "дмитриев"]),
        .init(id: "macron", forms: ["macron", "макрон"]),
        .init(id: "biden", forms: ["biden", "байден"]),
        // The White House press secretary, the envoy for Russia and Ukraine and the vice-president
        // (seed 001; the White House readouts).
        .init(id: "leavitt", forms: ["leavitt", "ливитт", "левитт"]),
        .init(id: "kellogg", forms: ["kellogg", "келлогг", "келлог"]),
        .init(id: "vance", forms: ["vance", "вэнс"]),
        .init(id: "vladimir", forms: ["vladimir", "vladímir", "владимир"]),
        .init(id: "volodymyr", forms: ["volodymyr", "volodimir", "volodímir", "владимир", "володимир"]),
        .init(id: "donald", forms: ["donald", "дональд"]),
        .init(id: "dmitry", forms: ["dmitry", "dmitri", "dmitrii", "dmitriy", "дмитрий", "дмитри"]),
        // Given names each tradition writes its own way (saints, patriarchs, tsars and the Bible,
        // which Russian takes from Greek): no transliteration rule turns one into the other.
        .init(id: "jesus", forms: ["jesus", "jésus", "иисус"]),
        .init(id: "christ", forms: ["christ", "christos", "христос", "христа", "христу", "христом", "христе"]),
        .init(id: "john", forms: ["john", "jean", "иоанн"]),
        .init(id: "nicholas", forms: ["nicholas", "nicolas", "nikolai", "nikolay", "николай", "николая", "николаю", "николаем"]),
        .init(id: "paul", forms: ["paul", "павел", "павла", "павлу", "павлом"]),
        .init(id: "mary", forms: ["mary", "marie", "мария", "марии", "марию", "марией"]),
        .init(id: "moses", forms: ["moses", "moïse", "moise", "моисей", "моисея", "моисею"]),
        .init(id: "muhammad", forms: ["muhammad", "mohammed", "mohammad", "mahomet", "мухаммед", "мухаммад", "магомет"]),
        .init(id: "michael", forms: ["michael", "michel", "mikhail", "михаил"]),
        .init(id: "george", forms: ["george", "georges", "georgy", "georgiy", "георгий", "георгия", "георгию", "георгием"]),
        .init(id: "joseph", forms: ["joseph", "josef", "iosif", "иосиф"]),
        // Peoples and faiths, which English capitalizes and Russian and French write in lower case.
        .init(id: "jews", forms: ["jew", "jews", "jewish", "judaism", "juif", "juifs", "juive", "juives", "judaïsme", "иуде", "иудаизм",
                                  "иудейск", "евре", "еврейск"]),
        .init(id: "roma", forms: ["roma", "gypsy", "gypsies", "rom", "roms", "tsigane", "tzigane", "цыган"]),
        // Feasts and sky names that each language writes its own way.
        .init(id: "halloween", forms: ["halloween", "хэллоуин", "хеллоуин"]),
        .init(id: "milkyway", forms: ["milky way", "voie lactée", "млечн"]),
        // Kings and popes: "King Charles" is «Карл III», "Pope Francis" «папа Франциск» and «le pape
        // François».
        .init(id: "charles", forms: ["charles", "карл=", "карла=", "карлу=", "карлом=", "карле="]),
        .init(id: "francis", forms: ["francis", "françois", "franz", "франц=", "франциск=", "франциска=", "франциску=", "франциском="]),
        .init(id: "william", forms: ["william", "guillaume", "уильям", "вильгельм"]),
        .init(id: "henry", forms: ["henry", "henri", "генрих"]),
        .init(id: "louis", forms: ["louis", "людовик"]),
        .init(id: "james", forms: ["james", "jacques", "яков", "якова", "якову"]),
        .init(id: "frederick", forms: ["frederick", "frédéric", "frederic", "friedrich", "фридрих"]),
        .init(id: "elizabeth", forms: ["elizabeth", "élisabeth", "elisabeth", "елизавет"]),
        .init(id: "stephen", forms: ["stephen", "étienne", "etienne", "стефан=", "стефана=", "стефану=", "стефаном="]),
        .init(id: "catherine", forms: ["catherine", "catherina", "yekaterina", "ekaterina", "екатерин"]),
        // Places and their adjectives.
        .init(id: "russia", forms: ["russia", "russian", "russie", "russe", "россия", "росси", "российск", "русск", "рф", "russo",
                                    // Its people: «россиянин», «россияне».
                                    "россиянин=", "россиянина=", "россиянину=", "россиянином=", "россиянине=", "россиян"]),
        .init(id: "ukraine", forms: ["ukraine", "ukrainian", "ukrainien", "ukrainienne", "украин", "украинск", "украинец=", "украинц"]),
        .init(id: "usa", forms: ["america", "american", "amérique", "américain", "américaine", "америк", "американск", "американец=", "американц",
                                 "сша", "usa", "us", "états-unis", "united states", "états unis", "соединенн штат", "соединённ штат"]),
        .init(id: "moscow", forms: ["moscow", "moscou", "москв", "московск", "moscovite"]),
        .init(id: "kyiv", forms: ["kyiv", "kiev", "kiew", "киев", "київ"]),
        .init(id: "washington", forms: ["washington", "вашингтон"]),
        .init(id: "kremlin", forms: ["kremlin", "кремл", "кремлёвск", "кремлевск"]),
        .init(id: "whitehouse", forms: ["white house", "maison blanche", "maison-blanche", "белый дом", "белого дома", "белом доме", "белому дому"]),
        .init(id: "kursk", forms: ["kursk", "koursk", "курск"]),
        .init(id: "europe", forms: ["europe", "european", "européen", "européenne", "европ", "европейск"]),
        .init(id: "eu", forms: ["eu", "ue", "ес", "евросоюз", "union européenne", "european union", "европейский союз"]),
        .init(id: "nato", forms: ["nato", "otan", "нато"]),
        .init(id: "uae", forms: ["uae", "emirates", "émirats", "emirats", "united arab emirates", "émirats arabes unis", "оаэ", "эмират"]),
        .init(id: "saudi", forms: ["saudi", "saoudite", "saoudien", "saoudienne", "саудовск"]),
        .init(id: "arabia", forms: ["arabia", "arabie", "аравии", "аравия"]),
        .init(id: "jeddah", forms: ["jeddah", "djeddah", "djedda", "джидд", "джедд"]),
        .init(id: "riyadh", forms: ["riyadh", "riyad", "ryad", "эр-рияд", "рияд"]),
        // Where the 2025 Russia–Ukraine talks were held: Russian keeps the old Stamboul.
        .init(id: "istanbul", forms: ["istanbul", "stamboul", "стамбул"]),
        .init(id: "blacksea", forms: ["black sea", "mer noire", "черноморск", "черное море", "чёрное море", "черном море", "черного моря",
                                      "чёрном море"]),
        // The Houthis' sea (the readouts of 2025, the strikes of March 2025).
        .init(id: "redsea", forms: ["red sea", "mer rouge", "красное море", "красного моря", "красном море", "красному морю", "красным морем"]),
        .init(id: "middleeast", forms: ["middle east", "moyen-orient", "moyen orient", "proche-orient", "proche orient", "ближний восток",
                                        "ближневосточн", "ближнем востоке", "ближнего востока"]),
        // Seas and oceans, which each language names its own way (FLORES ru–fr dev pairs:
        // «Средиземноморья» / «Méditerranée», «Тихим океаном» / «l'océan Pacifique»).
        .init(id: "mediterranean", forms: ["mediterranean", "méditerranée", "méditerranéen", "méditerranéenne", "средиземн", "средиземномор"]),
        .init(id: "pacific", forms: ["pacific", "pacifique", "тихоокеанск", "тихий океан", "тихого океана", "тихом океане",
                                     "тихим океаном", "тихому океану"]),
        .init(id: "atlantic", forms: ["atlantic", "atlantique", "атлантическ", "атлантик"]),
        .init(id: "arctic", forms: ["arctic", "arctique", "арктик", "арктическ"]),
        .init(id: "baltic", forms: ["baltic", "baltique", "балтийск", "балтик"]),
        .init(id: "falklands", forms: ["falklands", "falkland", "malouines", "фолкленд", "фолклендск"]),
        .init(id: "crimea", forms: ["crimea", "crimée", "крым"]),
        .init(id: "donbas", forms: ["donbas", "donbass", "донбасс"]),
        .init(id: "zaporizhzhia", forms: ["zaporizhzhia", "zaporijia", "zaporojie", "zaporozhye", "запорож"]),
        .init(id: "germany", forms: ["germany", "german", "allemagne", "allemand", "германи", "немецк"]),
        .init(id: "france", forms: ["france", "french", "français", "française", "франци", "французск"]),
        .init(id: "britain", forms: ["britain", "great britain", "british", "uk", "united kingdom", "royaume-uni", "grande-bretagne", "britannique",
                                     "британ", "великобритан", "соединённое королевство", "соединенное королевство"]),
        // Countries each language names its own way, with their adjectives: the leaders and
        // places of a readout or a post ("Prime Minister Starmer of the United Kingdom", "the
        // beautiful Turnberry, in Scotland", "Alexander Stubb, President of Finland"), where a
        // transliteration does not turn one name into the other (Scotland / Écosse / Шотландия).
        .init(id: "scotland", forms: ["scotland", "scottish", "scot", "scots", "écosse", "écossais", "шотландия", "шотландск", "шотландц",
                                      "schottland", "schottisch", "schottische", "schottischen", "schottischer", "schottisches", "schottischem",
                                      "schotte", "schotten"]),
        .init(id: "ireland", forms: ["ireland", "irish", "irlande", "irlandais", "ирландия", "ирландск", "ирландц", "ирландк", "irland", "irisch",
                                     "irische", "irischen", "irischer", "irisches", "irischem", "ire", "iren"]),
        .init(id: "finland", forms: ["finland", "finnish", "finn", "finlande", "finlandais", "finnois", "финляндия", "финск", "финн", "finnland",
                                     "finnisch", "finnische", "finnischen", "finnischer", "finnisches", "finnischem", "finne", "finnen"]),
        .init(id: "poland", forms: ["poland", "polish", "pole", "pologne", "polonais", "польша", "польск", "поляк", "polen", "polnisch", "polnische",
                                    "polnischen", "polnischer", "polnisches", "polnischem"]),
        .init(id: "hungary", forms: ["hungary", "hungarian", "hongrie", "hongrois", "венгрия", "венгерск", "венгр", "ungarn", "ungarisch",
                                     "ungarische", "ungarischen", "ungarischer", "ungarisches", "ungarischem"]),
        .init(id: "greece", forms: ["greece", "greek", "grèce", "grec", "grecque", "греция", "греческ", "грек", "griechenland", "griechisch",
                                    "griechische", "griechischen", "griechischer", "griechisches", "griechischem", "grieche", "griechen"]),
        .init(id: "spain", forms: ["spain", "spanish", "spaniard", "espagne", "espagnol", "испания", "испанск", "испанц", "испанк", "spanien",
                                   "spanisch", "spanische", "spanischen", "spanischer", "spanisches", "spanischem", "spanier"]),
        .init(id: "italy", forms: ["italy", "italian", "italie", "italien", "italienne", "италия", "итальянск", "итальянц", "итальянк", "italienisch",
                                   "italienische", "italienischen", "italienischer", "italienisches", "italienischem", "italiener"]),
        .init(id: "switzerland", forms: ["switzerland", "swiss", "suisse", "швейцария", "швейцарск", "schweiz", "schweizerisch", "schweizerische",
                                         "schweizerischen", "schweizerischer", "schweizerisches", "schweizerischem", "schweizer"]),
        .init(id: "austria", forms: ["austria", "austrian", "autriche", "autrichien", "autrichienne", "австрия", "австрийск", "австриец", "австрийц",
                                     "австрийк", "österreich", "österreichisch", "österreichische", "österreichischen", "österreichischer",
                                     "österreichisches", "österreichischem", "österreicher"]),
        .init(id: "belgium", forms: ["belgium", "belgian", "belgique", "belge", "бельгия", "бельгийск", "belgien", "belgisch", "belgische",
                                     "belgischen", "belgischer", "belgisches", "belgischem", "belgier"]),
        .init(id: "sweden", forms: ["sweden", "swedish", "swede", "suède", "suédois", "швеция", "шведск", "швед", "шведк", "schweden", "schwedisch",
                                    "schwedische", "schwedischen", "schwedischer", "schwedisches", "schwedischem", "schwede"]),
        .init(id: "norway", forms: ["norway", "norwegian", "norvège", "norvégien", "norvégienne", "норвегия", "норвежск", "норвежц", "норвежк",
                                    "norwegen", "norwegisch", "norwegische", "norwegischen", "norwegischer", "norwegisches", "norwegischem",
                                    "norweger"]),
        .init(id: "denmark", forms: ["denmark", "danish", "dane", "danemark", "danois", "дания", "датск", "датчан", "dänemark", "dänisch", "dänische",
                                     "dänischen", "dänischer", "dänisches", "dänischem", "däne", "dänen"]),
        .init(id: "turkey", forms: ["türkiye", "turkish", "turk", "turquie", "turc", "turque", "турция", "турецк", "турки=", "турок=", "туркам=",
                                    "турками=", "türkei", "türkisch", "türkische", "türkischen", "türkischer", "türkisches", "türkischem", "türke",
                                    "türken"]),
        .init(id: "japan", forms: ["japan", "japanese", "japon", "japonais", "япония", "японск", "японц", "японк", "japanisch", "japanische",
                                   "japanischen", "japanischer", "japanisches", "japanischem", "japaner"]),
        .init(id: "korea", forms: ["korea", "korean", "corée", "coréen", "coréenne", "корея", "корейск", "koreanisch", "koreanische", "koreanischen",
                                   "koreanischer", "koreanisches", "koreanischem", "koreaner"]),
        .init(id: "india", forms: ["india", "indian", "inde", "indien", "indienne", "индия", "индийск", "indisch", "indische", "indischen",
                                   "indischer", "indisches", "indischem", "inder"]),
        .init(id: "egypt", forms: ["egypt", "egyptian", "égypte", "égyptien", "égyptienne", "египет", "египт", "египетск", "ägypten", "ägyptisch",
                                   "ägyptische", "ägyptischen", "ägyptischer", "ägyptisches", "ägyptischem", "ägypter"]),
        .init(id: "mexico", forms: ["mexico", "mexican", "mexique", "mexicain", "мексика", "мексиканск", "mexiko", "mexikanisch", "mexikanische",
                                    "mexikanischen", "mexikanischer", "mexikanisches", "mexikanischem", "mexikaner"]),
        .init(id: "greenland", forms: ["greenland", "groenland", "гренландия", "гренландск", "grönland", "grönländisch", "grönländische",
                                       "grönländischen", "grönländischer", "grönländisches", "grönländischem"]),
        .init(id: "lebanon", forms: ["lebanon", "lebanese", "liban", "libanais", "ливан", "ливанск", "libanon", "libanesisch", "libanesische",
                                     "libanesischen", "libanesischer", "libanesisches", "libanesischem"]),
        .init(id: "yemen", forms: ["yemen", "yemeni", "yémen", "yéménite", "йемен", "йеменск", "jemen", "jemenitisch", "jemenitische",
                                   "jemenitischen", "jemenitischer", "jemenitisches", "jemenitischem"]),
        .init(id: "jordan", forms: ["jordan", "jordanian", "jordanie", "jordanien", "jordanienne", "иордания", "иорданск", "jordanisch",
                                    "jordanische", "jordanischen", "jordanischer", "jordanisches", "jordanischem"]),
        .init(id: "china", forms: ["china", "chinese", "chine", "chinois", "китай", "китайск",
                                   "кнр", "prc", "rpc", "people's republic of china", "république populaire de chine"]),
        .init(id: "netherlands", forms: ["netherlands", "dutch", "pays-bas", "pays bas", "néerlandais", "néerlandaise", "нидерланд", "нидерландск", "голланди",
                                         "голландск"]),
        .init(id: "beijing", forms: ["beijing", "peking", "pékin", "pekin", "пекин"]),
        .init(id: "iran", forms: ["iran", "iranian", "iranien", "iranienne", "иран", "иранск"]),
        .init(id: "israel", forms: ["israel", "israël", "israeli", "israélien", "israélienne", "израил", "израильск"]),
        .init(id: "gaza", forms: ["gaza", "сектор газа", "секторе газа", "сектора газа"]),
        .init(id: "munich", forms: ["munich", "münchen", "мюнхен"]),
        .init(id: "brussels", forms: ["brussels", "bruxelles", "брюссел"]),
        .init(id: "london", forms: ["london", "londres", "лондон"]),
        .init(id: "geneva", forms: ["geneva", "genève", "женев"]),
        .init(id: "syria", forms: ["syria", "syrie", "сири", "сирийск"]),
        .init(id: "belarus", forms: ["belarus", "biélorussie", "беларус", "белорусс", "белорусск"]),
        .init(id: "stpetersburg", forms: ["saint petersburg", "st petersburg", "saint-pétersbourg", "st pétersbourg", "санкт петербург", "petersburg",
                                          "pétersbourg", "петербург"]),
        // Organisations and media.
        .init(id: "defenseministry", forms: ["минобороны", "министерство обороны", "министерства обороны", "ministry of defense", "ministry of defence",
                                             "defense ministry", "defence ministry", "ministère de la défense", "ministère russe de la défense"]),
        .init(id: "foreignministry", forms: ["мид", "министерство иностранных дел", "foreign ministry", "ministry of foreign affairs",
                                             "ministère des affaires étrangères", "quai d'orsay"]),
        // «госдум» is a stem (Госдума, Госдумы, Госдуме, Госдуму).
        .init(id: "duma", forms: ["duma", "дума", "госдум"]),
        .init(id: "un", forms: ["un", "onu", "оон", "united nations", "nations unies"]),
        .init(id: "cia", forms: ["cia", "цру"]),
        .init(id: "fbi", forms: ["fbi", "фбр"]),
        .init(id: "isis", forms: ["isis", "isil", "daech", "daesh", "éi", "игил", "иг", "даиш", "état islamique", "islamic state",
                                  "исламское государство"]),
        .init(id: "unitedrussia", forms: ["ер", "единая россия", "единой россии", "единую россию", "united russia", "russie unie"]),
        // Russian news names the press by an acronym of a common noun that English and French
        // write in lower case («российские СМИ», "the Russian media", «les médias russes»).
        .init(id: "media", forms: ["сми", "media", "médias", "mass media"]),
        .init(id: "southafrica", forms: ["south africa", "south african", "afrique du sud", "sud-africain", "sud-africaine", "юар",
                                         "южная африк", "южной африк", "южную африк", "южноафриканск"]),
        .init(id: "tass", forms: ["tass", "тасс"]),
        .init(id: "ria", forms: ["ria", "риа"]),
        .init(id: "truthsocial", forms: ["truth social", "truth"]),
        .init(id: "telegram", forms: ["telegram", "телеграм"]),
        .init(id: "nhl", forms: ["nhl", "lnh", "нхл"]),
        .init(id: "khl", forms: ["khl", "кхл"]),
        .init(id: "g7", forms: ["g7", "g-7", "большая семерка", "большой семерки", "семерк"]),
        .init(id: "gmt", forms: ["gmt", "utc", "гринвич"]),
        // Organisations the Kremlin's readouts and Russian news name by a Russian acronym, which
        // English and French write with their own acronym or spell out.
        .init(id: "ussr", forms: ["ussr", "urss", "udssr", "ссср", "soviet union", "union soviétique", "sowjetunion", "советский союз",
                                  "советского союза", "soviet", "soviétique", "sowjetisch", "советск"]),
        .init(id: "cis", forms: ["cis", "cei", "снг", "commonwealth of independent states", "communauté des états indépendants"]),
        .init(id: "csto", forms: ["csto", "otsc", "одкб", "collective security treaty organization", "organisation du traité de sécurité collective"]),
        .init(id: "sco", forms: ["sco", "ocs", "шос", "shanghai cooperation organisation", "shanghai cooperation organization",
                                 "organisation de coopération de shanghai"]),
        .init(id: "brics", forms: ["brics", "брикс"]),
        // The Russian Direct Investment Fund, whose head Kirill Dmitriev joined the 2025 talks.
        .init(id: "rdif", forms: ["rdif", "рфпи", "russian direct investment fund", "fonds russe d'investissement direct",
                                  "fonds russe d'investissements directs", "российский фонд прямых инвестиций"]),
        .init(id: "iaea", forms: ["iaea", "aiea", "магатэ", "international atomic energy agency", "agence internationale de l'énergie atomique"]),
        .init(id: "who", forms: ["who", "oms", "воз", "world health organization", "organisation mondiale de la santé"]),
        .init(id: "osce", forms: ["osce", "ocse", "обсе"]),
        .init(id: "eaeu", forms: ["eaeu", "eeu", "uee", "ueea", "еаэс", "eurasian economic union", "union économique eurasiatique",
                                  "union économique eurasienne"]),
        .init(id: "fsb", forms: ["fsb", "фсб"]),
        .init(id: "imf", forms: ["imf", "fmi", "мвф", "international monetary fund", "fonds monétaire international"]),
        .init(id: "wto", forms: ["wto", "omc", "вто", "world trade organization", "organisation mondiale du commerce"]),
        .init(id: "unesco", forms: ["unesco", "юнеско"]),
        .init(id: "icrc", forms: ["icrc", "cicr", "мккк", "international committee of the red cross", "comité international de la croix-rouge"]),
        .init(id: "iss", forms: ["iss", "мкс", "international space station", "station spatiale internationale"]),
        .init(id: "roc", forms: ["roc", "рпц", "russian orthodox church", "église orthodoxe russe"]),
        .init(id: "afu", forms: ["всу", "afu", "ukrainian armed forces", "armed forces of ukraine", "forces armées ukrainiennes", "armée ukrainienne"]),
        .init(id: "smo", forms: ["сво", "special military operation", "opération militaire spéciale", "специальная военная операция",
                                 "специальной военной операции", "специальную военную операцию"]),
        .init(id: "interiorministry", forms: ["мвд", "ministry of internal affairs", "interior ministry", "ministry of the interior",
                                              "ministère de l'intérieur"]),
        .init(id: "dprk", forms: ["кндр", "dprk", "rpdc", "north korea", "corée du nord"]),
        .init(id: "idf", forms: ["цахал", "idf", "tsahal"]),
        // Russian acronyms of common nouns, which French and English often spell out (FLORES ru–fr
        // dev pairs: «ИИ» / «IA» / «l'intelligence artificielle»). Single common nouns are no forms
        // ("Accidents" opening a sentence would be a name the other side drops).
        .init(id: "ai", forms: ["ai", "ia", "ии", "artificial intelligence", "intelligence artificielle", "искусственный интеллект",
                                "искусственного интеллекта"]),
        .init(id: "gdp", forms: ["gdp", "pib", "ввп"]),
        .init(id: "ngo", forms: ["ngo", "ong", "нко", "нпо"]),
        .init(id: "nuclearplant", forms: ["аэс", "centrale nucléaire", "centrales nucléaires", "nuclear plant", "nuclear power plant"]),
    ]

    /// Single-word forms by first word, for lookup while scanning tokens.
    static let byFirstWord: [String: [(words: [String], id: String)]] = {
        var table: [String: [(words: [String], id: String)]] = [:]
        for c in concepts {
            for f in c.forms {
                let words = f.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
                let key = words[0].unicodeScalars.first.map { (0x0400...0x04FF).contains($0.value) } == true
                    ? String(words[0].prefix(3)) : words[0]
                table[key, default: []].append((words, c.id))
            }
        }
        return table
    }()

    /// French and German adjectives written in lower case, which may match without a capital.
    static let lowercaseForms: Set<String> = [
        "russe", "américain", "américaine", "ukrainien", "ukrainienne", "européen", "européenne", "français",
        "française", "allemand", "britannique", "chinois", "iranien", "israélien", "saoudite", "saoudien", "saoudienne", "moscovite", "soviétique", "media", "médias", "juif", "juive", "judaïsme", "tsigane", "tzigane",
        "écossais", "irlandais", "finlandais", "polonais", "hongrois", "grec", "grecque", "espagnol", "italien", "suisse",
        "autrichien", "belge", "suédois", "norvégien", "danois", "turc", "turque", "japonais", "coréen", "indien", "égyptien",
        "mexicain", "libanais", "yéménite", "jordanien", "finnois", "italienne", "autrichienne", "norvégienne", "coréenne", "indienne",
        "égyptienne", "jordanienne", "iranienne", "israélienne", "saoudienne",
        // German adjectives of the countries above, in their declined forms.
        "schottisch", "schottische", "schottischen", "schottischer", "schottisches", "schottischem", "irisch", "irische", "irischen", "irischer",
        "irisches", "irischem", "finnisch", "finnische", "finnischen", "finnischer", "finnisches", "finnischem", "polnisch", "polnische",
        "polnischen", "polnischer", "polnisches", "polnischem", "ungarisch", "ungarische", "ungarischen", "ungarischer", "ungarisches",
        "ungarischem", "griechisch", "griechische", "griechischen", "griechischer", "griechisches", "griechischem", "spanisch", "spanische",
        "spanischen", "spanischer", "spanisches", "spanischem", "italienisch", "italienische", "italienischen", "italienischer", "italienisches",
        "italienischem", "schweizerisch", "schweizerische", "schweizerischen", "schweizerischer", "schweizerisches", "schweizerischem",
        "österreichisch", "österreichische", "österreichischen", "österreichischer", "österreichisches", "österreichischem", "belgisch", "belgische",
        "belgischen", "belgischer", "belgisches", "belgischem", "schwedisch", "schwedische", "schwedischen", "schwedischer", "schwedisches",
        "schwedischem", "norwegisch", "norwegische", "norwegischen", "norwegischer", "norwegisches", "norwegischem", "dänisch", "dänische",
        "dänischen", "dänischer", "dänisches", "dänischem", "türkisch", "türkische", "türkischen", "türkischer", "türkisches", "türkischem",
        "japanisch", "japanische", "japanischen", "japanischer", "japanisches", "japanischem", "koreanisch", "koreanische", "koreanischen",
        "koreanischer", "koreanisches", "koreanischem", "indisch", "indische", "indischen", "indischer", "indisches", "indischem", "ägyptisch",
        "ägyptische", "ägyptischen", "ägyptischer", "ägyptisches", "ägyptischem", "mexikanisch", "mexikanische", "mexikanischen", "mexikanischer",
        "mexikanisches", "mexikanischem", "grönländisch", "grönländische", "grönländischen", "grönländischer", "grönländisches", "grönländischem",
        "libanesisch", "libanesische", "libanesischen", "libanesischer", "libanesisches", "libanesischem", "jemenitisch", "jemenitische",
        "jemenitischen", "jemenitischer", "jemenitisches", "jemenitischem", "jordanisch", "jordanische", "jordanischen", "jordanischer",
        "jordanisches", "jordanischem",
    ]

    /// The vowels (and soft sign) that end a Russian nominative a name declines from.
    static let nominativeVowels: Set<Character> = ["а", "я", "о", "ь"]

    /// Case endings of Russian nouns and adjectives (one to three letters), which a name's form
    /// takes after its stem.
    static let russianCaseEndings: Set<String> = [
        "", "а", "я", "о", "е", "ё", "ы", "и", "у", "ю", "ь", "й", "ой", "ей", "ою", "ею", "ом", "ем", "ём", "ым", "им", "ах", "ях",
        "ам", "ям", "ами", "ями", "ов", "ев", "ёв", "ого", "его", "ому", "ему", "ая", "яя", "ое", "ее", "ую", "юю", "ые", "ие",
        "ых", "их", "ыми", "ими", "ий", "ый", "ью", "ье", "ья", "ьи", "ию", "ии", "ия",
    ]

    /// Whether a token matches a form word. Cyrillic forms are stems, except short ones (ЕС, РФ,
    /// США) which must match whole; short Latin forms (US, UN, EU) must be in capitals, so the
    /// pronoun "us" and the article "un" are not countries.
    static func wordMatches(_ token: WordToken, _ form: String, inPhrase: Bool = false) -> Bool {
        let word = token.lower
        if form.unicodeScalars.first.map({ (0x0400...0x04FF).contains($0.value) }) == true {
            // A short form is an acronym, written in capitals («ВОЗ», not the noun «воз»), perhaps
            // with a case ending («МИДа», «ЗАГСе»).
            if form.hasSuffix("=") { return word == String(form.dropLast()) }
            if form.count <= 3 {
                if inPhrase || token.isAllCaps { return word == form }
                return NameCheck.inflectedAcronymStem(token.text)?.lowercased() == form
            }
            // The form's case endings, not any three letters: «Дума» is «Думы», «Думе», «Думой»,
            // not «думаю» (I think), which opened Tatoeba sentences as a name the English dropped.
            // A form ending in a nominative's vowel («дума», «москва», «украина») declines from
            // its consonant; any other form is a stem («евре», «росси», «германи») and takes the
            // endings as written: «евре» read as «евр» + endings took «евро» (the currency) for
            // the Jews, and "costs two euros" lost its counterpart.
            if word == form { return true }
            let stem = form.last.map { nominativeVowels.contains($0) } == true ? String(form.dropLast()) : form
            return word.hasPrefix(stem) && russianCaseEndings.contains(String(word.dropFirst(stem.count)))
        }
        if form.count <= 3 { return (inPhrase || token.text == token.text.uppercased()) && word == form }
        // A phrase ("mer Noire", "Ministry of Defense") is specific enough without capitals.
        guard inPhrase || token.isCapitalized || lowercaseForms.contains(form) || token.isNumeric || form.first!.isNumber else { return false }
        if word == form { return true }
        return word == form + "s" || word == form + "es" || word == form + "e" || word == form + "nes" || word == form + "ne"
    }

    /// The concepts found in `tokens`: for each, the token indices it covers.
    static func find(in tokens: [WordToken]) -> [(id: String, indices: Range<Int>)] {
        var out: [(id: String, indices: Range<Int>)] = []
        var i = 0
        while i < tokens.count {
            let w = tokens[i].lower
            let key = tokens[i].isCyrillic ? String(w.prefix(3)) : w
            var best: (id: String, length: Int)? = nil
            for cand in (byFirstWord[key] ?? []) + (tokens[i].isCyrillic ? [] : byFirstWord[String(w.dropLast())] ?? [])
            where i + cand.words.count <= tokens.count && (best?.length ?? 0) < cand.words.count {
                if zip(cand.words, tokens[i..<(i + cand.words.count)]).allSatisfy({ wordMatches($1, $0, inPhrase: cand.words.count > 1) }) {
                    best = (cand.id, cand.words.count)
                }
            }
            if let b = best {
                out.append((b.id, i..<(i + b.length)))
                i += b.length
            } else {
                i += 1
            }
        }
        return out
    }
}
