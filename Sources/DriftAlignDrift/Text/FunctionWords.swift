/// Function words of English, French, Russian and German: words that carry grammar, not content.
///
/// The omission/addition checks compare content words only (a translation legitimately adds or
/// drops articles, auxiliaries and prepositions); the name check ignores capitalized function
/// words at the start of a sentence. Negation, hedge and intensity markers are left out on
/// purpose: their own checks count them. Lists hand-made from frequency lists of news text.
enum FunctionWords {
    /// Whether `token` is a name spelled like a Russian function word: «Том» (Tom; «том», in
    /// that), «Ли» (Lee; the particle «ли»), capitalized inside a sentence, where Russian writes no
    /// pronoun or particle with a capital, except the polite «Вы» and its forms. Tatoeba's
    /// Russian–English pairs name Tom in one sentence of nine, and «Том» read as «том» made every
    /// "Tom" a name the original lacked.
    static func isRussianName(_ token: WordToken) -> Bool {
        token.isCapitalized && !token.isAllCaps && token.isCyrillic && russian.contains(token.lower) && !politeRussian.contains(token.lower)
            && (!token.isSentenceInitial || namesOpeningSentences.contains(token.lower))
    }

    /// Function words that cannot open a Russian sentence (a prepositional case form, an enclitic
    /// particle), so that a capitalized one there is a name: «Том думает…» (Tom thinks).
    static let namesOpeningSentences: Set<String> = ["том", "ли"]

    /// The polite second person, which Russian letters and addresses capitalize («Благодарю Вас»).
    static let politeRussian: Set<String> = ["вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашего", "вашей",
                                             "вашему", "вашим", "вашими", "вашу", "вашем", "ваших"]

    static func contains(_ lower: String, language: String) -> Bool {
        switch language {
        case "en": return english.contains(lower)
        case "fr": return french.contains(lower)
        case "ru": return russian.contains(lower)
        case "de": return german.contains(lower)
        default: return english.contains(lower) || french.contains(lower) || russian.contains(lower)
        }
    }

    static let english: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "then", "than", "so", "as", "of", "to", "in", "on", "at",
        "by", "for", "from", "with", "into", "onto", "about", "over", "under", "after", "before", "between",
        "through", "during", "against", "among", "within", "upon", "via", "per", "up", "down", "out", "off",
        "i", "i'm", "i'll", "i've", "i'd", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she",
        "her", "hers", "it", "its", "they", "them", "their", "theirs", "this", "that", "these", "those",
        "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "there", "here", "also",
        "be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "having", "do",
        "does", "did", "done", "will", "shall", "should", "can", "could", "would", "might", "must", "s", "t", "all", "any",
        // What the tokenizer leaves of "won't", "can't", "shan't" before "n't" (the negation check
        // reads the "n't").
        "wo", "ca", "sha",
        // Contractions the tokenizer keeps whole, like "i'm" above ("We're not ready" opened a
        // sentence as a name the French lacked), and "unless", "ok".
        "we're", "we've", "we'll", "we'd", "you're", "you've", "you'll", "you'd", "they're", "they've", "they'll", "they'd",
        // ("it's", "that's" are not here: the tokenizer splits "'s" off, as "it" | "s".)
        "he'll", "she'll", "it'll", "he'd", "she'd", "what're", "unless", "ok",
        "else", "yes", "lot", "lots",
        "each", "every", "both", "either", "such", "some", "other", "another", "own", "same", "just",
        "too", "only", "even", "still", "yet", "already", "while", "whether", "because", "since", "until",
        "though", "although", "however", "therefore", "thus", "well", "mr", "mrs", "ms", "dr", "said", "says",
        "say", "told", "tell", "one", "ones", "himself", "herself", "itself", "themselves", "ourselves", "myself",
        "get", "got", "make", "made", "take", "took", "go", "went", "then", "once", "again", "further",
        "more", "most", "less", "least", "many", "much", "few", "several", "like", "way", "thing", "things",
        // Indefinite pronouns (not the negative ones, whose loss the negation check weighs).
        "anything", "something", "everything", "anyone", "someone", "everyone", "anybody", "somebody", "everybody",
        // The reflexives and prepositions the grammatical core holds and this list lacked: they
        // were content words on an English side while «вокруг», «около», «через», «до», «несмотря»
        // are function words on a Russian one (2026-12-06). Not "along", mostly the particle of a
        // phrasal verb ("did not get along well" / «плохо ладила»: with it a function word, the
        // negation seemed to bear on nothing the original lacks), nor "near" and "others", which
        // render «недалеко», «остальных» (the grammatical core renders nothing).
        "yourself", "yourselves", "around", "behind", "toward", "towards", "across", "till", "beside", "despite",
    ]

    static let french: Set<String> = [
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "à", "a", "et", "ou", "mais",
        "donc", "or", "car", "ni", "si", "que", "qu'", "qui", "quoi", "dont", "où", "en", "y", "dans", "sur", "sous",
        "par", "pour", "avec", "chez", "entre", "vers", "après", "avant", "depuis", "pendant", "durant", "contre", "selon",
        "lors", "jusqu'", "jusque", "je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me",
        "m'", "te", "t'", "se", "s'", "lui", "leur", "leurs", "eux", "moi", "toi", "soi", "ce", "c'", "cet",
        "cette", "ces", "ceci", "cela", "ça", "celui", "celle", "ceux", "celles", "mon", "ma", "mes", "ton", "ta",
        "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "être", "est", "sont", "était", "étaient",
        "été", "sera", "seront", "soit", "sont", "suis", "es", "sommes", "êtes", "fut", "avoir", "ai", "as",
        // The conditional of «être» and «avoir», which the modality check counts when it hedges.
        "serait", "seraient", "serais", "aurait", "auraient", "aurais",
        "avons", "avez", "ont", "avait", "avaient", "eu", "aura", "auront", "ait", "aient", "fait", "faire",
        // The other persons of «être» and «avoir» in each tense (2026-12-06: «Nous étions tenus»
        // made «étions» a word added to "We should've stayed").
        "étais", "étions", "étiez", "serai", "seras", "serons", "serez", "serions", "seriez", "sois", "soyons", "soyez",
        "soient", "fus", "fûmes", "fûtes", "furent", "fût", "étant", "avais", "avions", "aviez", "aurai", "auras",
        "aurons", "aurez", "aurions", "auriez", "aie", "aies", "ayons", "ayez", "eus", "eut", "eûmes", "eûtes", "eurent",
        "eût", "ayant",
        "tout", "tous", "toute", "toutes", "autre", "autres", "même", "mêmes", "aussi", "ainsi", "alors",
        "encore", "déjà", "puis", "comme", "quand", "lorsque", "lorsqu'", "puisque", "parce", "dès", "afin",
        "cependant", "toutefois", "pourtant", "bien", "ici", "là", "m", "mm", "mme", "déclaré", "dit",
        "t", "ne", "n'", "quel", "quelle", "quels", "quelles", "lequel", "laquelle", "lesquels", "auquel",
        "duquel", "chaque", "certains", "certaines", "plusieurs", "quelque", "quelques", "tel", "telle", "tels",
        // «celui-ci», «ceux-là», «quelques-uns»: the tokenizer splits at the hyphen, so the
        // particles are listed (not «bas» of «là-bas», a word of its own elsewhere).
        "telles", "ci", "uns", "unes", "hui", "va", "vont", "peut", "peuvent", "doit", "doivent",
        "devait", "devaient", "faut", "fallait", "pu", "dû", "veut", "veulent", "voulait",
        // Quantifiers, as English "many", "much", "more", "few" above.
        "nombreux", "nombreuses", "beaucoup", "peu", "plus", "moins", "davantage",
        // Indefinite pronouns and "thing", as English "someone", "everyone", "thing" above («J'ai
        // besoin de quelqu'un» / "I need somebody" made «quelqu'un» a word added).
        "quelqu'un", "quelqu'une", "chacun", "chacune", "quiconque", "chose", "choses",
        // "also", as «aussi»; and the words English and Russian lists hold as "why", "how", "how
        // many", "too", "among", "can", "must", "say", "yes". Not «seulement», «uniquement»: a
        // restriction the French adds is a REFreSD divergence (two "some meaning difference" pairs).
        "également", "pourquoi", "comment", "combien", "trop", "parmi",
        "peux", "pouvons", "pouvez", "pouvait", "pouvaient", "pourra", "pourront", "dois", "devons", "devez",
        "dire", "dis", "disent", "disait", "oui",
        // "go", "take", as the English list holds them.
        "aller", "allé", "allée", "allés", "allait", "allaient", "allons", "vais", "vas", "prendre", "prend", "prennent", "pris", "prise",
        // Possessive pronouns, as "mine", "yours" («C'est la vôtre» / "It's yours" made «vôtre» a
        // word added), and «malgré», which the grammatical core holds (2026-12-06).
        "mien", "mienne", "miens", "miennes", "tien", "tienne", "tiens", "tiennes", "sien", "sienne", "siens", "siennes",
        "nôtre", "nôtres", "vôtre", "vôtres", "malgré",
    ]

    static let russian: Set<String> = [
        "и", "в", "во", "на", "с", "со", "к", "ко", "о", "об", "обо", "от", "до", "по", "за", "из", "изо", "у",
        "для", "при", "про", "под", "над", "перед", "между", "через", "после", "а", "но", "или", "либо", "да",
        "что", "чтобы", "чем", "как", "так", "также", "тоже", "же", "ли", "бы", "б", "ведь", "вот", "это", "этот",
        "эта", "эти", "этого", "этой", "этих", "этом", "тот", "та", "те", "то", "того", "той", "тех", "том",
        "этому", "этим", "эту", "этими", "тому", "тем", "ту", "теми",
        // Prepositions made of other words ("несмотря на": despite; "благодаря": thanks to).
        "несмотря", "невзирая", "насчет", "благодаря", "вопреки", "согласно", "ввиду", "вследствие", "вместо", "кроме",
        "среди", "против", "ради", "вокруг", "поскольку", "пока", "затем", "потом", "причем", "итак",
        "я", "меня", "мне", "мной", "мы", "нас", "нам", "нами", "ты", "тебя", "тебе", "вы", "вас", "вам", "вами",
        "он", "его", "ему", "им", "нем", "она", "ее", "ей", "ней", "оно", "они", "их", "ими", "них",
        "ним", "ними", "него", "нему", "свой", "своя", "свое", "свои", "своего", "своей", "своих", "своим",
        "мой", "моя", "мои", "наш", "наша", "наши", "нашей", "наших", "ваш",
        // The possessives' other cases and the pronouns' other instrumental forms, as "my",
        // "your", "you" (Tatoeba ru–en: «в моей комнате» / "in my room" had «моей» as a word left
        // out, five pairs; «с тобой», «твой», «вашему» alike; 2026-12-06), and the prepositions
        // the grammatical core holds.
        "мое", "моего", "моему", "моим", "моем", "моей", "мою", "моих", "моими",
        "твой", "твоя", "твое", "твои", "твоего", "твоему", "твоим", "твоем", "твоей", "твою", "твоих", "твоими",
        "своему", "своем", "свою", "своими", "наше", "нашего", "нашему", "нашим", "нашем", "нашу", "нашими",
        "ваша", "ваше", "ваши", "вашего", "вашему", "вашим", "вашем", "вашей", "вашу", "ваших", "вашими",
        "тобой", "тобою", "мною", "ею", "нее", "собой", "собою", "вдоль", "возле", "сквозь",
        "который", "которая", "которое",
        "которые", "которого", "которой", "которых", "котором", "которым", "был", "была", "было", "были", "быть",
        "есть", "будет", "будут", "является", "являются", "весь", "вся", "все", "всех", "всем", "всего",
        "сам", "сама", "сами", "самом", "себя", "себе", "уже", "еще", "где", "когда", "если", "тогда",
        "здесь", "там", "тут", "потому", "поэтому", "однако", "хотя", "лишь", "только", "даже", "именно",
        "сказал", "заявил", "заявила", "отметил", "отметила", "сообщил", "сообщила", "который", "при", "около",
        // Quantifiers, as English "many", "much", "more", "few".
        "много", "многие", "многих", "многим", "несколько", "нескольких", "больше", "меньше", "мало", "немного",
        "более", "менее", "наиболее", "многими", "многого", "многое", "множество", "множества",
        // "such", the superlative's "most", and "there is/are", which English and French say with
        // function words ("such", "the most", «il y a»).
        "такой", "такая", "такое", "такие", "таких", "таким", "такими", "такую", "таком", "такого", "такому",
        "самый", "самая", "самое", "самые", "самых", "самой", "самого", "самым", "самыми", "самую", "самому",
        "существует", "существуют", "имеется", "имеются",
        // Modal predicatives and time adverbs, as English "can", "must", "once" (a capital at a
        // sentence start made «Можно», «Некогда» names).
        "можно", "нужно", "надо", "некогда", "однажды",
        // Indefinite pronouns, as English "someone", "something" and French «quelqu'un».
        // (The tokenizer splits them at the hyphen: «кто», «то» are in the list already, and
        // «нибудь», «либо», «кое», the particles that make them, «видимому» of «по-видимому»,
        // which the modality check counts at «по», are here.)
        "нибудь", "кое", "видимому", "нечто", "некто",
        "каждый", "каждая", "каждое", "каждого", "каждой", "каждому", "каждым", "каждом", "каждую",
        // "must", "other", "some", which English and French lists hold («doit», «autres», «certains»).
        "должен", "должна", "должно", "должны",
        "другой", "другая", "другое", "другие", "другого", "другому", "другим", "другом", "другую", "других", "другими",
        "некоторый", "некоторая", "некоторое", "некоторые", "некоторого", "некоторой", "некоторому", "некоторым", "некотором",
        "некоторую", "некоторых", "некоторыми",
        // "who", "why", "which", "how many", "any", "just", "too", "do", "have", "will", "say", as
        // the English and French lists hold them.
        "всей", "всю", "всеми", "которую", "которому", "которыми",
        "кто", "кого", "кому", "кем", "ком", "чего", "чему", "почему", "зачем", "сколько", "столько",
        "какой", "какая", "какое", "какие", "какого", "какой", "каких", "каким", "какими", "какую", "каком", "какому",
        "любой", "любая", "любое", "любые", "любого", "любых", "любым", "любыми", "любую", "любом", "любому",
        "просто", "слишком", "сих",
        "делать", "сделать", "делает", "делают", "делал", "делала", "делали", "сделал", "сделала", "сделали", "сделает",
        "иметь", "имеет", "имеют", "имел", "имела", "имели",
        "буду", "будем", "будешь", "будете",
        "могу", "можем", "можешь", "можете",
        "сказать", "говорит", "говорят", "сказала", "сказали",
        // "where", "again", "before", as the English list holds them.
        "куда", "откуда", "снова", "опять", "раньше",
    ]

    /// German, for German originals (Text+Berg's yearbook is German–French); Swiss "ss" forms too.
    static let german: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
        "aber", "denn", "sondern", "doch", "dass", "daß", "ob", "wenn", "weil", "als", "wie", "da", "damit", "obwohl",
        "obgleich", "während", "bevor", "nachdem", "seit", "seitdem", "sobald", "solange", "bis", "falls", "indem",
        "in", "im", "ins", "an", "am", "ans", "auf", "aufs", "aus", "bei", "beim", "mit", "nach", "von", "vom", "zu",
        "zum", "zur", "für", "über", "unter", "vor", "hinter", "neben", "zwischen", "durch", "gegen", "um", "wegen",
        "trotz", "statt", "anstatt", "innerhalb", "ausserhalb", "außerhalb", "entlang", "gegenüber", "samt", "per",
        "ich", "du", "er", "sie", "es", "wir", "ihr", "mich", "mir", "dich", "dir", "ihn", "ihm", "uns", "euch",
        "ihnen", "sich", "man", "mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine", "sein",
        "seine", "seinen", "seinem", "seiner", "seines", "ihre", "ihren", "ihrem", "ihrer", "ihres", "unser",
        "unsere", "unseren", "unserem", "unserer", "euer", "eure", "dieser", "diese", "dieses", "diesen", "diesem",
        "jener", "jene", "jenes", "jenen", "jenem", "welcher", "welche", "welches", "welchen", "welchem", "dessen",
        "deren", "denen", "wer", "wen", "wem", "wessen", "was", "wo", "woher", "wohin", "warum", "wann", "hier",
        "dort", "dann", "jetzt", "nun", "schon", "noch", "auch", "nur", "so", "ja", "eben", "mal", "etwa", "bereits",
        "immer", "wieder", "also", "zwar", "jedoch", "dabei", "dazu", "davon", "darauf", "daran", "darin", "darüber",
        "dafür", "dagegen", "daher", "deshalb", "dadurch", "hierzu", "hin", "her", "selbst", "selber", "alle",
        "allen", "aller", "alles", "allem", "jeder", "jede", "jedes", "jeden", "jedem", "einige", "einigen",
        "einiger", "manche", "mehrere", "andere", "anderen", "anderer", "anderes", "viel", "viele", "vielen",
        "wenig", "wenige", "mehr", "meist", "meisten", "ist", "sind", "war", "waren", "bin", "bist", "seid",
        "gewesen", "wird", "werden", "wurde", "wurden", "worden", "hat", "haben", "hatte", "hatten", "gehabt",
        "habe", "kann", "können", "konnte", "konnten", "muss", "muß", "müssen", "musste", "mussten", "darf",
        "dürfen", "durfte", "will", "wollen", "wollte", "wollten", "mag", "gibt", "gab",
        "herr", "frau", "dr", "sagte", "sagt", "erklärte",
    ]

    /// The grammatical core of the function words, which render no content word of another
    /// language: articles, determiners of quantity, prepositions, conjunctions, personal and
    /// possessive pronouns, demonstratives and the auxiliaries be, have, do (English, French,
    /// Russian, German). The
    /// other function words ("there", "well", "could", «туда», «beaucoup», «немного») may.
    static func isGrammatical(_ lower: String) -> Bool { grammatical.contains(lower) }

    static let grammatical: Set<String> = [
        // English
        "the", "a", "an", "to", "in", "of", "at", "on", "by", "for", "with", "from", "about", "into", "onto", "upon", "off",
        "over", "under", "out", "up", "as", "than", "and", "but", "or", "nor", "if", "so", "that", "this", "these", "those",
        "which", "who", "whom", "whose", "what", "it", "its", "i", "me", "my", "mine", "you", "your", "yours", "he", "him",
        "his", "she", "her", "hers", "we", "us", "our", "ours", "they", "them", "their", "theirs", "i'm", "s",
        "be", "is", "are", "am", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did", "done",
        "myself", "yourself", "himself", "herself", "itself", "ourselves", "themselves",
        // French
        "le", "la", "les", "l'", "un", "une", "des", "de", "d'", "du", "à", "au", "aux", "en", "par", "pour", "sur", "sous",
        "dans", "chez", "avec", "sans", "et", "ou", "mais", "ni", "que", "qu'", "qui", "dont", "ce", "c'", "cet", "cette",
        "ces", "il", "elle", "ils", "elles", "je", "j'", "tu", "nous", "vous", "on", "me", "m'", "te", "t'", "se", "s'", "lui",
        "leur", "leurs", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "y",
        "est", "sont", "être", "été", "était", "étaient", "a", "ont", "avoir", "avait", "avaient", "eu", "suis", "es",
        "sommes", "êtes", "ai", "as", "avons", "avez",
        // Russian
        "в", "во", "на", "с", "со", "у", "по", "о", "об", "обо", "к", "ко", "от", "до", "за", "из", "для", "при", "без",
        "над", "под", "про", "через", "и", "а", "но", "или", "что", "чтобы", "как", "это", "этот", "эта", "эти", "то",
        "тот", "та", "те", "я", "меня", "мне", "мной", "ты", "тебя", "тебе", "тобой", "он", "его", "ему", "им", "нем",
        "она", "ее", "ей", "ней", "оно", "мы", "нас", "нам", "нами", "вы", "вас", "вам", "вами", "они", "их", "ими",
        "них", "мой", "моя", "мое", "мои", "твой", "твоя", "твои", "наш", "наша", "наши", "ваш", "ваша", "ваши", "свой",
        "своя", "свои", "себя", "себе", "был", "была", "было", "были", "быть", "есть",
        // Determiners of quantity and the remaining prepositions: «toute l'énergie» renders
        // "all energy", not the "Complete" of "a Complete Ceasefire" (0.62 similar).
        "all", "every", "each", "some", "any", "both", "either", "another", "other", "others", "since", "until", "till",
        "during", "before", "after", "between", "against", "among", "through", "within", "across", "behind", "toward",
        "towards", "around", "near",
        "tout", "toute", "tous", "toutes", "chaque", "quelque", "quelques", "certains", "certaines", "autre", "autres",
        "dès", "depuis", "vers", "entre", "contre", "pendant", "malgré", "parmi", "avant", "après", "jusqu'", "jusque",
        "весь", "вся", "все", "всех", "всем", "всеми", "всего", "всей", "всю", "каждый", "каждая", "каждое",
        "каждого", "каждому", "каждой", "другой", "другая", "другое", "другие", "других", "между", "против", "после",
        "перед", "среди", "около", "вокруг", "вместо", "кроме", "ради", "сквозь", "вдоль", "возле",
        // German
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "aber", "zu",
        "von", "mit", "auf", "für", "an", "aus", "bei", "nach", "ist", "sind", "war", "waren", "sein", "hat", "haben",
        "hatte", "er", "sie", "es", "wir", "ihr", "ich", "du", "sich",
    ]
}

