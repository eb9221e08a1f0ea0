import DriftAlignCore

/// Intensifiers and emphasis: "highly", "very", "totally", "très", "extrêmement", "очень",
/// "крайне"; plus words in capitals and exclamation marks, which Truth Social posts use for
/// emphasis ("It must stop NOW!").
///
/// The intensity check counts them on each side ("a highly productive call" → "un appel
/// productif" loses one). Hand-made from Truth Social posts and the seed articles.
enum IntensityLexicon {
    static let english: Set<String> = [
        "very", "highly", "extremely", "totally", "completely", "absolutely", "really", "incredibly", "deeply",
        "strongly", "fully", "truly", "tremendous", "tremendously", "hugely", "enormously", "greatly", "utterly",
        "entirely", "perfectly", "particularly", "especially", "exceptionally", "immensely", "most", "so", "categorically",
        // Firmness is degree when said of a stance: "firmly condemn" / «condamne fermement» /
        // «решительно осуждает».
        "firmly", "resolutely",
        // Urgency is emphasis too: "start negotiations immediately", "stop … at once" (``urgentPhrase``).
        "immediately", "instantly", "forthwith", "straightaway",
    ]
    static let french: Set<String> = [
        "très", "hautement", "extrêmement", "totalement", "complètement", "absolument", "vraiment", "incroyablement",
        "profondément", "fortement", "pleinement", "entièrement", "parfaitement", "particulièrement", "grandement",
        "énormément", "tellement", "si", "exceptionnellement", "immensément", "infiniment", "fort",
        "tant", "catégoriquement", "fermement", "résolument",
        "immédiatement", "aussitôt", "instantanément",  // «sur-le-champ»: ``urgentPhrase(_:_:)``
    ]
    static let russian: Set<String> = [
        "очень", "крайне", "чрезвычайно", "абсолютно", "полностью", "совершенно", "весьма", "действительно",
        "глубоко", "сильно", "максимально", "исключительно", "особенно", "невероятно", "огромно", "чрезмерно",
        "предельно", "так", "настолько", "безусловно", "особо", "категорически", "решительно", "твердо",
        // "so much", "so many", as «tant».
        "столько", "стольких", "стольким", "столькими",
        "немедленно", "незамедлительно", "сразу", "срочно", "тотчас",
    ]

    /// German, for German originals (Swiss "ss" spellings too). Not "so" and "ganz" ("nicht ganz
    /// korrekt": not quite), which say "thus" and "whole" as often.
    static let german: Set<String> = [
        "sehr", "äußerst", "äusserst", "höchst", "extrem", "völlig", "vollständig", "absolut", "wirklich", "unglaublich",
        "zutiefst", "besonders", "außerordentlich", "ausserordentlich", "überaus", "enorm", "ungemein", "durchaus",
        "sofort", "unverzüglich", "umgehend",
    ]

    /// Urgency said in two or three words, counted at their last word: "at once", "right away",
    /// "without (further) delay",
    /// «tout de suite», «sur-le-champ», «au plus vite», «au plus tôt», «dans l'instant», «sans délai»,
    /// «sans (plus) tarder», «sans attendre», «тут же», «без промедления». Not "as soon as
    /// possible" and the like: "as fast as they can" is «le plus rapidement possible», a manner
    /// as much as an urgency (REFreSD).
    static func urgentPhrase(_ i: Int, _ tokens: [WordToken]) -> Bool {
        let w = tokens[i].lower
        func before(_ words: [String]) -> Bool {
            i >= words.count && zip(words, tokens[(i - words.count)..<i]).allSatisfy { $0 == $1.lower }
        }
        switch w {
        case "once": return before(["at"])
        case "delay": return before(["without"]) || before(["without", "further"]) || before(["without", "any"])
        case "away": return before(["right"])
        case "suite": return before(["tout", "de"])
        case "champ": return before(["sur", "le"])
        case "же": return before(["тут"])
        case "vite": return before(["au", "plus"])
        case "instant": return before(["dans", "l'"]) || before(["à", "l'"])
        case "tôt": return before(["au", "plus"])
        case "délai", "tarder", "attendre": return before(["sans"]) || before(["sans", "plus"])
        case "промедления", "промедлений": return before(["без"])
        default: return false
        }
    }

    /// Words whose meaning holds a high degree, an intensifier and its base in one ("extreme"
    /// adjectives and verbs: Paradis, "Adjectives and boundedness", Cognitive Linguistics 12(1),
    /// 2001; Cruse, "Lexical Semantics", 1986): "exhausted" is "very tired", «обожать» "like very
    /// much". A side that says one may render the other side's "very" with it ("The game
    /// exhausted me" for «Игра меня очень утомила», "They're very fond of him" for «Они её
    /// обожают»). English and French as written (plural and feminine endings too); Russian as
    /// stems. Hand-made. Not "love", which renders «любить» and «aimer» as often as "like very
    /// much" (MLQE: «Я люблю мультсериалы» / "I love cartoons" took the other side's «настолько»).
    static let extremeEnglish: Set<String> = [
        "exhausted", "exhausting", "huge", "enormous", "immense", "gigantic", "tiny", "minuscule", "furious", "terrified",
        "petrified", "delighted", "thrilled", "ecstatic", "starving", "freezing", "boiling", "scorching", "excellent",
        "superb", "awful", "terrible", "horrible", "dreadful", "fantastic", "wonderful", "marvellous", "marvelous",
        "brilliant", "gorgeous", "hilarious", "filthy", "spotless", "ancient", "adore", "adores", "adored",
        "loathe", "loathes", "loathed", "detest", "detests", "detested", "cherish", "cherishes",
        "cherished", "astonished", "astounded", "devastated", "overjoyed",
    ]
    static let extremeFrench: Set<String> = [
        "épuisé", "épuisée", "épuisés", "épuisées", "épuisant", "énorme", "énormes", "immense", "immenses", "gigantesque",
        "gigantesques", "minuscule", "minuscules", "furieux", "furieuse", "furieuses", "terrifié", "terrifiée", "terrifiés",
        "ravi", "ravie", "ravis", "ravies", "affamé", "affamée", "affamés", "glacial", "glaciale", "brûlant", "brûlante",
        "excellent", "excellente", "excellents", "superbe", "superbes", "affreux", "affreuse", "horrible", "horribles",
        "terrible", "terribles", "fantastique", "fantastiques", "merveilleux", "merveilleuse", "magnifique", "magnifiques",
        "hilarant", "hilarante", "adore", "adores", "adorent", "adorons", "adorez", "adoré", "adorée", "adorer", "déteste",
        "détestes", "détestent", "détesté", "détester", "exècre", "chéris", "chérit", "chérir", "stupéfait", "stupéfaite",
        "dévasté", "dévastée",
    ]
    static let extremeRussianStems: [String] = [
        "огромн", "громадн", "гигантск", "крошечн", "малюсеньк", "измуч", "изнур", "измотан", "обожа", "ненавид", "обожаем",
        "ужасн", "кошмарн", "чудовищн", "потрясающ", "великолепн", "превосходн", "замечательн", "восхитительн", "прекрасн",
        "отличн", "разъярен", "взбешен", "изголодав", "ледян", "знойн",
    ]

    /// Token indices of words whose meaning holds a high degree (``extremeEnglish``).
    static func extremeWords(_ tokens: [WordToken], language: String) -> [Int] {
        tokens.indices.filter { i in
            let w = tokens[i].lower
            switch language {
            case "en": return extremeEnglish.contains(w)
            case "fr": return extremeFrench.contains(w)
            case "ru": return extremeRussianStems.contains { w.hasPrefix($0) }
            default: return false
            }
        }
    }

    /// Intensifiers that are also focus adverbs ("especially in summer").
    static let focusAdverbs: Set<String> = ["especially", "particularly", "notably", "particulièrement", "особенно"]

    /// Words after "so far" that make it a degree of distance ("so far left", "so far behind"),
    /// not "until now".
    static let farDirections: Set<String> = ["left", "right", "ahead", "behind", "away", "apart", "off", "removed", "gone", "out", "down", "up"]

    /// Auxiliaries and modals that, two words after "so", show it opens a clause ("so girls will …").
    static let clauseVerbs: Set<String> = ["will", "would", "can", "could", "may", "might", "shall", "should", "must", "wo", "ca",
                                           "'ll", "'d", "is", "are", "was", "were", "do", "does", "did", "has", "have", "had"]

    /// Indefinite pronouns and the like, after which "so" / «si» / «так» introduce a clause.
    static let clauseOpeners: Set<String> = ["chacun", "chacune", "rien", "personne", "quelqu'un", "aucun", "aucune", "tout", "tous",
                                             "everyone", "everybody", "nobody", "nothing", "something", "someone", "anyone", "anybody",
                                             "все", "каждый", "никто", "ничто"]

    /// Token indices of intensifiers. "so", "si", "так", "fort" count only before an adjective or
    /// adverb-like word (not before "that"/"que"/"как"), "most" only before a content word and not
    /// after "the" (a superlative), "so" not as "thus" ("and so saying").
    /// `text`, when given, is what the tokens' ranges index: a comma after "so" or «так» makes it
    /// the connective ("So, we agreed", «Так, высказана мысль»: thus, for instance).
    static func markers(_ tokens: [WordToken], language: String, text: String? = nil) -> [Int] {
        var out: [Int] = []
        var scalars: [Unicode.Scalar]?  // the text's, read at the first "so" or «так» only
        for (i, t) in tokens.enumerated() {
            let w = t.lower
            let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
            // "tant de succès" (so much success), not "en tant que" (as) nor "tant que" (as long as).
            if w == "tant" && (next == "que" || next == "qu'" || (i > 0 && tokens[i - 1].lower == "en")) { continue }
            let ambiguous: Set<String> = ["so", "si", "так", "fort", "most"]
            if ambiguous.contains(w) {
                // «и так далее» (and so on), «так называемый» (so-called): no degree.
                if w == "так", next == "далее" || next.hasPrefix("называем") { continue }
                if w == "so" || w == "так", let text, i + 1 < tokens.count {
                    if scalars == nil { scalars = Array(text.unicodeScalars) }
                    let s = scalars!
                    if s[ScalarText.gap(after: t.range, before: tokens[i + 1].range, count: s.count)].contains(",") { continue }
                }
                // Before a function word it is no degree, except the words of quantity and manner
                // it intensifies: "so well", "so much", «si bien», «так много» (not «si bien que», "so that").
                let degree = ["well", "much", "many", "few", "bien", "beaucoup", "peu", "много", "мало"].contains(next)
                    && !(w == "si" && next == "bien" && i + 2 < tokens.count && ["que", "qu'"].contains(tokens[i + 2].lower))
                // "so far" is "until now", but "so far left", "so far behind" a degree (Truth
                // Social capitalizes it: "so Far Left that …").
                let farDegree = w == "so" && next == "far" && i + 2 < tokens.count && farDirections.contains(tokens[i + 2].lower)
                if next.isEmpty || (FunctionWords.contains(next, language: language) && !degree)
                    || ["that", "que", "qu'", "как", "и"].contains(next) || (next == "far" && !farDegree) { continue }
                if w == "fort" && language == "fr" && i > 0 && ["le", "un", "très", "plus"].contains(tokens[i - 1].lower) { continue }
                let previous = i > 0 ? tokens[i - 1].lower : ""
                // "the most approved rules", "his most dreadful": a superlative, which French
                // says with «le plus»; "a most remarkable man" intensifies.
                if w == "most", ["the", "his", "her", "its", "their", "our", "my", "your", "whose"].contains(previous) { continue }
                // "most likely", "most probably": one hedge, as «скорее всего», «très probablement»
                // (the modality check reads it; Tatoeba: "Who … is most likely to win" / «Кто,
                // по-вашему, скорее всего, выиграет» had "most" as emphasis added).
                if w == "most", ["likely", "probably", "unlikely"].contains(next) { continue }
                // "so" as "thus": "and so saying", "if I may so express myself", "even so".
                if w == "so", language == "en", ["and", "or", "if", "may", "might", "do", "did", "does", "even", "just", "quite"].contains(previous) { continue }
                // Before a name or a pronoun it opens a clause: "…, so Alice ventured" (thus),
                // «Si chacun s'occupait …» (if), «comme si rien n'était» (as if), «même si» (even if).
                if i + 1 < tokens.count, tokens[i + 1].isCapitalized && !tokens[i + 1].isAllCaps && !farDegree { continue }
                if clauseOpeners.contains(next) { continue }
                if w == "si", ["comme", "même"].contains(previous) || next == "seulement" { continue }
                // "so" opening a clause of purpose or result before its subject and verb: "so
                // girls will ride him", "so people can see" (so that).
                if w == "so", language == "en", i + 2 < tokens.count, clauseVerbs.contains(tokens[i + 2].lower) { continue }
                // A comparison of equality, "as … as": «так быстро, как только могла» ("as fast
                // as she could"), «не так часто, как» ("not as often as"), "so foolish as to".
                if (w == "так" && tokens[(i + 1)..<min(tokens.count, i + 5)].contains { $0.lower == "как" })
                    || (w == "so" && tokens[(i + 1)..<min(tokens.count, i + 4)].contains { $0.lower == "as" }) { continue }
            }
            // "especially", «особенно», «particulièrement» before a preposition, a conjunction or
            // a pronoun single out what follows ("особенно в летнее время" / «surtout en été»,
            // «особенно на Библии» / «en particulier sur la Bible»): a focus, not a degree, which
            // they are before an adjective or adverb («особенно трудно»).
            if focusAdverbs.contains(w), next.isEmpty || FunctionWords.contains(next, language: language) { continue }
            let lexicon = language == "en" ? english : language == "fr" ? french : language == "ru" ? russian
                : language == "de" ? german : english.union(french)
            // «aussitôt que» is the conjunction "as soon as"; «сразу (же) после», "right after",
            // places in time.
            if w == "aussitôt", ["que", "qu'"].contains(next) { continue }
            if w == "сразу", ["после", "за", "перед", "по"].contains(next == "же" && i + 2 < tokens.count ? tokens[i + 2].lower : next) { continue }
            if lexicon.contains(w) || urgentPhrase(i, tokens) || (language == "en" && isEnglishWayDegree(i, tokens)) { out.append(i) }
        }
        return out
    }

    /// "way" as a degree adverb, before a direction or a comparative ("prices are WAY DOWN",
    /// "way more", "way too", "way better", "way ahead"): «fortement», «bien», «largement» in
    /// French. Not the noun: "the way down", "no way out", "a way forward", "make way for".
    static func isEnglishWayDegree(_ i: Int, _ tokens: [WordToken]) -> Bool {
        guard tokens[i].lower == "way", i + 1 < tokens.count else { return false }
        if i > 0, wayNounBefore.contains(tokens[i - 1].lower) { return false }
        return wayDegreeWords.contains(tokens[i + 1].lower)
    }

    /// Words before "way" that make it the noun: determiners, possessives, "make way", "all the
    /// way", "a long way".
    static let wayNounBefore: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "no", "any", "every", "each", "one", "his", "her", "its", "their",
        "our", "my", "your", "which", "what", "whose", "some", "same", "other", "another", "make", "made", "makes", "making",
        "all", "long", "half", "either", "right", "wrong",
    ]

    /// Directions and comparatives that "way" intensifies.
    static let wayDegreeWords: Set<String> = [
        "down", "up", "more", "less", "too", "over", "off", "ahead", "behind", "above", "below", "beyond", "better", "worse",
        "higher", "lower", "bigger", "smaller", "larger", "greater", "faster", "slower", "cheaper", "stronger", "harder",
        "easier", "longer", "earlier", "later",
    ]

    /// «такой» before an adjective may say "so" ("Ты такой самодовольный" / "You're so stuck up",
    /// «Не будьте такой нетерпеливой» / "Don't be so impatient"): a form of «такой» followed by a
    /// word with an adjective's ending (not «такой же», the same, nor «такой человек», such a man).
    /// As often it says "such" («такая трудная жизнь» / "such a hard life"), which no list counts,
    /// so it only balances an intensifier of the other side (``IntensityCheck``); counted as one, it
    /// made 17 faithful pairs of the dev sets "weaker" and settled 2.
    static func isRussianSuch(_ i: Int, _ tokens: [WordToken]) -> Bool {
        let forms: Set<String> = ["такой", "такая", "такое", "такие", "такого", "такому", "таким", "такую", "таких", "такими", "такою"]
        guard forms.contains(tokens[i].lower), i + 1 < tokens.count else { return false }
        let next = tokens[i + 1].lower
        guard next.count >= 5, !FunctionWords.contains(next, language: "ru") else { return false }
        return LightStemmer.russianAdjectiveEndings.contains { next.hasSuffix($0) }
    }

    /// "such" before an adjective, with or without an article ("such a wonderful place", "such
    /// great people", "such a lovely day"): what French says with «si» or «tellement» («un
    /// endroit si merveilleux»), so, like «такой», it only balances an intensifier of the other
    /// side. Not "such as" nor "such a man", "such an event" (nouns): the word after it must be a
    /// common adjective, one of ``extremeEnglish``, or end as adjectives do (-ful, -ous, -ive,
    /// -ible, -able, -ical, -less, -ly).
    static func isEnglishSuch(_ i: Int, _ tokens: [WordToken]) -> Bool {
        guard tokens[i].lower == "such", i + 1 < tokens.count else { return false }
        var k = i + 1
        if ["a", "an"].contains(tokens[k].lower) { k += 1 }
        guard k < tokens.count else { return false }
        let w = tokens[k].lower
        guard w.count >= 3, !FunctionWords.contains(w, language: "en") else { return false }
        return extremeEnglish.contains(w) || ["great", "good", "bad", "big", "high", "strong", "nice", "beautiful", "terrible"].contains(w)
            || ["ful", "ous", "ive", "ible", "able", "ical", "less", "ly"].contains { w.hasSuffix($0) && w.count > $0.count + 2 }
    }

    /// Adjectives of degree, which a translation may use for an intensifying adverb of the other
    /// side ("so successfully" → «avec un grand succès», "deeply regret" → «un profond regret»).
    /// Russian forms are stems (at most four letters of ending).
    static let degreeAdjectives: [String: Set<String>] = [
        "en": ["great", "huge", "deep", "strong", "big", "enormous", "immense", "vast", "full", "total", "high", "intense", "firm"],
        "fr": ["grand", "grande", "grands", "grandes", "vif", "vive", "vifs", "vives", "profond", "profonde", "profonds",
               "profondes", "immense", "immenses", "énorme", "énormes", "fort", "forte", "forts", "fortes", "total", "totale",
               "plein", "pleine", "intense", "intenses", "haut", "haute", "ferme", "fermes"],
        "ru": ["больш", "огромн", "глубок", "полн", "сильн", "высок", "громадн", "интенсивн", "тверд"],
        "de": ["groß", "große", "großen", "großer", "großes", "gross", "grosse", "grossen", "grosser", "grosses", "tief", "tiefe",
               "tiefen", "stark", "starke", "starken", "enorm", "enorme", "enormen", "riesig", "riesige", "riesigen", "voll",
               "volle", "vollen", "hoch", "hohe", "hohen", "intensiv", "intensive"],
    ]

    /// Whether a lower-cased word is an adjective of degree in `language`.
    static func isDegreeAdjective(_ lower: String, language: String) -> Bool {
        guard let forms = degreeAdjectives[language] else { return false }
        if language == "ru" { return forms.contains { lower.hasPrefix($0) && lower.count - $0.count <= 4 } }
        return forms.contains(lower)
    }

    /// Words in capitals used for emphasis: all-caps words of three or more letters, in a text
    /// that is not itself all in capitals, that are not acronyms of ``Exonyms``.
    ///
    /// `isWord`, when a dictionary covers the language, tells a word of the language ("PEACE",
    /// "NEVER") from an acronym ("UKIRT", "NASA"): a word of four letters or more is emphasis only
    /// if the dictionary knows it, as the name check reads it. Without a dictionary, any such word
    /// with a vowel is taken as emphasis.
    static func emphaticCapitals(_ tokens: [WordToken], isWord: ((String) -> Bool)? = nil) -> [Int] {
        // (A line all in capitals says nothing of one word; its one-letter words, "A", "I", the
        // "S" of "PRESIDENT'S", «L'», are no sign either way.)
        let lettered = tokens.filter { !$0.isNumeric && letterCount($0.text) >= 2 }
        guard lettered.count >= 3, !lettered.allSatisfy({ $0.isAllCaps }) else { return [] }
        let acronyms = Set(Exonyms.find(in: tokens).flatMap { Array($0.indices) })
        let vowels = Set("aeiouyаеёиоуыэюя".unicodeScalars)
        return tokens.indices.filter { i in
            let t = tokens[i]
            guard t.isAllCaps, !acronyms.contains(i) else { return false }
            if commonCapsWords.contains(t.lower) { return true }
            guard t.lower.count >= 4 else { return false }
            if let isWord { return isWord(t.lower) }
            return t.lower.unicodeScalars.contains { vowels.contains($0) }
        }
    }

    /// The letters of a word, apostrophes and dashes left out («L'» has one).
    static func letterCount(_ text: String) -> Int {
        text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
    }

    /// Short words that are shouted, not acronyms.
    static let commonCapsWords: Set<String> = ["now", "not", "all", "big", "yes", "win", "end", "stop", "war", "fin", "non", "oui", "нет", "да"]

    /// Words that lessen a degree, or may (``downtoners(_:language:)`` counts the clear
    /// ones): a side with any of them is not said to state outright what the other lessens ("a
    /// bit hungry" / «un peu faim», «несколько усложняется» / «quelque peu compliquée»).
    static let lesseningWords: [String: Set<String>] = [
        // And the words «un certain» and «relatif» render: "some", "certain", "relative", "to
        // some extent", «определённый», «некоторый», «относительный», «какой-то».
        "en": ["slightly", "lightly", "marginally", "mildly", "moderately", "somewhat", "fairly", "rather", "bit", "little", "partly",
               "some", "certain", "relative", "relatively", "comparatively", "extent", "degree"],
        "fr": ["légèrement", "modérément", "peu", "plutôt", "assez", "petit", "partiellement", "relativement"],
        "ru": ["слегка", "незначительно", "умеренно", "немного", "немножко", "несколько", "довольно", "чуть", "частично",
               "какой", "какая", "какое", "какую", "какие", "каким", "какой-то", "какая-то", "какое-то", "какую-то"],
        "de": ["geringfügig", "leicht", "etwas", "ziemlich", "wenig", "bisschen", "teilweise"],
    ]

    /// Whether `tokens` have a word that lessens a degree, or may (``lesseningWords``).
    static func lessens(_ tokens: [WordToken], language: String) -> Bool {
        guard let words = lesseningWords[language] else { return false }
        return tokens.contains { t in
            words.contains(t.lower) || (language == "ru" && ["определённ", "определенн", "некотор", "относительн"].contains(where: t.lower.hasPrefix))
        }
    }

    /// Downtoners, words that lessen what they modify ("slightly improved", «légèrement
    /// amélioré», «слегка улучшились»; Quirk et al., "A Comprehensive Grammar of the English
    /// Language", 1985, §8.104–8.112: the compromisers and diminishers). One side lessening what
    /// the other states outright drops its intensity ("improved relations" / «des relations
    /// légèrement améliorées»). Not "somewhat" and "fairly", which the modality check counts as
    /// hedges; not «un peu», «немного», «assez», which are as often quantities ("un peu de
    /// temps", "немного денег") or "enough".
    static let downtonerWords: [String: Set<String>] = [
        "en": ["slightly", "lightly", "marginally", "mildly", "moderately", "relatively", "comparatively"],
        "fr": ["légèrement", "modérément", "relativement"],
        "ru": ["слегка", "незначительно", "умеренно"],
        "de": ["geringfügig"],
    ]

    /// French nouns of a degree that «un certain» and «relatif» lessen: of support, interest,
    /// weight, progress and feeling, the readouts' words ("strong support", «огромное значение»,
    /// "tremendous progress"). Hand-made.
    static let degreeNouns: Set<String> = [
        "soutien", "appui", "intérêt", "importance", "inquiétude", "préoccupation", "progrès", "succès", "optimisme",
        "confiance", "satisfaction", "enthousiasme", "prudence", "scepticisme", "volonté", "influence", "pression",
        "tension", "tensions", "sympathie", "méfiance", "déception", "compréhension", "respect", "urgence", "gravité",
        "poids", "impact", "avancée", "amélioration", "flexibilité", "ouverture", "calme", "accalmie", "stabilité",
        "efficacité", "valeur", "rôle", "signification", "portée", "réussite", "espoir", "attention", "engagement",
    ]

    /// The downtoners of `tokens` (``downtonerWords``), and two-word ones: "a bit" (not "a bit
    /// of", nor after a negation: "not a bit", not at all), "a little" before a comparative ("a
    /// little more"; not "considered a little", a while), «quelque peu», «чуть-чуть»; counted at
    /// their last word.
    static func downtoners(_ tokens: [WordToken], language: String) -> [Int] {
        let words = downtonerWords[language] ?? []
        var out: [Int] = []
        for (i, t) in tokens.enumerated() {
            let w = t.lower, previous = i > 0 ? tokens[i - 1].lower : ""
            let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
            switch (language, w) {
            // "Not a bit", "not the same thing a bit": "not at all", after a negation of its clause.
            case ("en", "bit") where previous == "a" && next != "of"
                && !tokens[max(0, i - 6)..<i].contains(where: { ["not", "n't", "never"].contains($0.lower) || $0.lower.hasSuffix("n't") }): out.append(i)
            case ("en", "little") where previous == "a" && ["more", "less", "bit", "better", "worse"].contains(next): out.append(i)
            case ("fr", "peu") where previous == "quelque": out.append(i)
            case ("ru", "чуть") where previous == "чуть": out.append(i)
            // «un certain soutien», «une certaine importance»: "some support", less than the
            // other side's "strong support" or «огромное значение» says outright; only before a
            // noun of degree (``degreeNouns``), not «un certain nombre», «un certain temps».
            case ("fr", _) where ["certain", "certaine"].contains(w) && ["un", "une"].contains(previous) && degreeNouns.contains(next): out.append(i)
            // «l'importance relative», «un succès relatif», «une relative accalmie»: not «relatif
            // à» (concerning).
            case ("fr", _) where ["relatif", "relative", "relatifs", "relatives"].contains(w) && !["à", "au", "aux"].contains(next)
                && (degreeNouns.contains(previous) || degreeNouns.contains(next)): out.append(i)
            default:
                if words.contains(w) { out.append(i) }
            }
        }
        return out
    }
}
