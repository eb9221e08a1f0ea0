import DriftAlignCore

/// The English forms of ``VerbTense``: "will" and "going to", the perfect, preterites.
extension VerbTense {
    /// Adverbs and negations between an auxiliary and its verb ("will not", "has already").
    static let englishBetween: Set<String> = [
        "not", "n't", "never", "also", "already", "just", "now", "then", "soon", "certainly", "probably",
        "likely", "definitely", "surely", "still", "finally", "immediately", "quickly", "all", "both", "again",
        "recently", "indeed", "really", "ever", "always", "each", "personally", "actually",
    ]
    /// Words after which an "-ed" form is no preterite: a form of "be" (a passive), a determiner
    /// or possessive (an adjective: "the agreed plan"), a preposition, an adverb of degree.
    static let englishNotPreterite: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m", "get", "gets", "got", "getting",
        "become", "becomes", "became", "remain", "remains", "remained", "seem", "seems", "seemed", "feel", "feels",
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "some", "any", "no", "every", "each", "all", "both", "many", "several", "such", "other", "well", "newly",
        "fully", "highly", "very", "more", "most", "less", "least", "so", "too", "much", "of", "with", "by", "for",
        "in", "on", "at", "from", "to", "into", "under", "over", "as", "than", "without", "after", "before",
        "has", "have", "had", "'ve", "'d", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "not", "n't", "never",
    ]
    static let englishBe: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m"]
    /// Preterites that are no participle ("spoke", not "spoken"): past wherever they stand.
    static let englishPreteritesOnly: Set<String> = [
        "spoke", "went", "began", "saw", "took", "gave", "knew", "wrote", "came", "became", "ate", "drew", "drove",
        "flew", "grew", "rose", "fell", "threw", "wore", "chose", "broke", "froze", "stole", "swore", "woke",
        "shook", "sang", "rang", "drank", "swam", "ran", "forgot", "forbade", "arose", "did", "withdrew",
        "undertook", "overtook", "foresaw", "oversaw", "hid", "rode", "strove", "bore", "tore",
    ]
    /// Irregular forms shared by the preterite and the participle ("said", "met"), and the
    /// participles of the irregular verbs after "has" ("has spoken").
    static let englishIrregularPast: Set<String> = [
        "said", "met", "told", "made", "held", "led", "left", "lost", "paid", "sold", "bought", "brought", "thought",
        "sent", "spent", "kept", "found", "felt", "heard", "built", "meant", "won", "got", "stood", "understood",
        "taught", "caught", "fought", "sought", "had", "struck", "fled", "lent", "dealt", "slept", "swept", "wept",
        "spoken", "gone", "begun", "seen", "taken", "given", "known", "written", "come", "become", "eaten", "drawn",
        "driven", "flown", "grown", "risen", "fallen", "thrown", "worn", "chosen", "broken", "frozen", "stolen",
        "sworn", "woken", "shaken", "sung", "rung", "drunk", "done", "been", "gotten", "forgotten", "withdrawn",
        "undertaken", "overseen", "hidden", "put", "set", "cut", "hit", "let", "shut", "read", "spread", "quit",
        "upheld", "withheld", "overcome", "foreseen",
    ]
    /// The irregular forms of ``englishIrregularPast`` that are sure preterites after a subject
    /// ("Putin met", "the teams held"); "put", "set", "read" and the like are presents as well.
    static let englishSubjectPreterites: Set<String> = [
        "said", "met", "told", "made", "held", "led", "left", "paid", "sold", "bought", "brought", "thought", "sent", "spent", "kept",
        "found", "felt", "heard", "built", "won", "stood", "fought", "sought", "struck", "fled",
    ]
    /// Words in "-ed" that are no past forms, and "needed", a participle far more often ("the work
    /// needed to keep the houses safe", MLQE) than a preterite.
    static let englishEdWords: Set<String> = [
        "need", "needed", "feed", "seed", "speed", "bed", "red", "shed", "hundred", "indeed", "proceed", "exceed",
        "succeed", "breed", "greed", "creed", "embed", "wed", "sled", "bled", "deed", "weed", "heed",
        "united", "based", "related", "interested", "concerned", "supposed", "advanced", "detailed", "limited", "armed",
        "ashamed", "tired", "worried", "alleged", "talented", "skilled", "sophisticated", "complicated",
    ]

    mutating func readEnglish(_ t: [WordToken], _ scalars: [Unicode.Scalar]) {
        var i = 0
        while i < t.count {
            let w = t[i].lower
            // "will", "shall", "'ll", "won't" before a verb: "the will of the people" has a determiner.
            // Tokenized text writes "you 'll": the clitic is the word "ll".
            // "Will" inside a sentence with a capital is a name.
            if (w == "will" && (!t[i].isCapitalized || t[i].isSentenceInitial)) || w == "shall" || w.hasSuffix("'ll") || w == "ll"
                || (w == "wo" && i + 1 < t.count && t[i + 1].lower == "n't") {
                let prev = i > 0 ? t[i - 1].lower : ""
                let noun = ["the", "a", "his", "her", "their", "its", "our", "my", "your", "free", "good", "political", "own", "of"].contains(prev)
                if !noun, var j = Self.next(after: w == "wo" ? i + 1 : i, in: t, skipping: Self.englishBetween), !t[j].isCapitalized || t[j].isSentenceInitial,
                   !["of", "the", "a", "an", "and", "to"].contains(t[j].lower) {
                    // "will be speaking", "will be signed": the verb is the one after "be".
                    if t[j].lower == "be", j + 1 < t.count, t[j + 1].lower.hasSuffix("ing") || Self.isEnglishParticiple(t[j + 1].lower) { j += 1 }
                    add(.future, i...j)
                    i = j + 1
                    continue
                }
                addLoose(.future)
            }
            // "am/is/are going to" + a verb ("going to Moscow" is a journey).
            if w == "going", i > 0, ["am", "is", "are", "'m", "'re", "'s", "not", "n't"].contains(t[i - 1].lower),
               i + 2 < t.count, t[i + 1].lower == "to", !t[i + 2].isCapitalized,
               !["the", "a", "an", "this", "that", "his", "her", "their", "our", "my"].contains(t[i + 2].lower) {
                add(.future, i...(i + 2))
                i += 3
                continue
            }
            if ["would", "'d", "gonna", "going"].contains(w) { addLoose(.future) }
            // "The meeting that is being set up on Friday": the present progressive may say an
            // arranged future.
            if ["is", "are", "am", "'s", "'re", "'m"].contains(w), i + 1 < t.count, t[i + 1].lower.hasSuffix("ing"), t[i + 1].lower.count > 4 {
                addLoose(.future)
            }
            // "has/have/had" + a participle: the perfect, a past; "had" alone is a preterite.
            if ["has", "have", "'ve", "ve", "had"].contains(w) {
                if let j = Self.next(after: i, in: t, skipping: Self.englishBetween), Self.isEnglishParticiple(t[j].lower) {
                    add(.past, i...j, verb: t[j].lower)
                    i = j + 1
                    continue
                }
                if w == "had" { add(.past, i...i); i += 1; continue }
            }
            // "was/were going to", "was to meet" tell a future seen from the past; "if I were" a hypothesis.
            if w == "was" || w == "were" {
                let going = (i + 2 < t.count && t[i + 1].lower == "going" && t[i + 2].lower == "to") || (i + 1 < t.count && t[i + 1].lower == "to")
                let hypothesis = w == "were" && i > 0 && ["i", "he", "she", "it", "if"].contains(t[i - 1].lower)
                if going || hypothesis { addLoose(.past); i += 1; continue }
                add(.past, i...i)
                i += 1
                continue
            }
            if Self.englishPreteritesOnly.contains(w), !t[i].isCapitalized || t[i].isSentenceInitial {
                // "did" as an auxiliary: the past it says is the verb's.
                add(.past, i...i, verb: w)
                i += 1
                continue
            }
            let edForm = w.count >= 5 && w.hasSuffix("ed") && !Self.englishEdWords.contains(w)
            let prev = i > 0 ? t[i - 1].lower : ""
            // A participle after a form of "be" is a passive, whose time that form says ("was
            // signed", "will be signed").
            if edForm || Self.englishIrregularPast.contains(w), !Self.englishBe.contains(prev) {
                let next = i + 1 < t.count ? t[i + 1].lower : ""
                // A preterite follows its subject ("Putin agreed", "we discussed"), not a
                // determiner, a form of "be" or a preposition, and is no participle of agent ("agreed by").
                // After a comma it opens a participle clause (", loaded with pebbles").
                let comma = i > 0 && scalars[ScalarText.gap(after: t[i - 1].range, before: t[i].range, count: scalars.count)].contains(",")
                // "Will" and "May" inside a sentence are names, not the words of the list.
                let blocked = i > 0 && Self.englishNotPreterite.contains(prev) && !(t[i - 1].isCapitalized && !t[i - 1].isSentenceInitial)
                if i > 0, !t[i].isCapitalized, !blocked, next != "by", !comma,
                   edForm || Self.englishSubjectPreterites.contains(w) {
                    add(.past, i...i, verb: w)
                } else {
                    addLoose(.past, verb: w)
                }
            }
            i += 1
        }
    }

    static func isEnglishParticiple(_ w: String) -> Bool {
        (w.count >= 4 && w.hasSuffix("ed") && !["need", "feed", "seed", "speed", "indeed", "hundred"].contains(w)) || englishIrregularPast.contains(w)
    }
}
