/// Where a side places what it tells in time: the verb forms that say a thing is done ("has
/// agreed", «a accepté», «договорились») or still to come ("will travel", «se rendra», «будут
/// продолжены»). ``TenseCheck`` compares the two sides' readings: a visit announced for next
/// week that the French says took place changes the news as surely as a wrong date.
///
/// Two readings of each side, for two uses. **Sure** forms are those whose time no context
/// changes: an English "will" before its verb, a French passé composé or futur simple, a Russian
/// past verb the lemma table confirms or a form of «быть» that makes the future. **Loose** counts
/// take every form that may speak of that time (any "-ed" word, a French conditional or
/// imperfect, a Russian word in "-л"), so that a difference between the sure forms of one side
/// and the loose count of the other is one no rendering explains. The forms are those of each
/// language's grammar (the conjugation tables of Bescherelle for French; Zaliznyak's for
/// Russian); nothing is learned from data.
struct VerbTense {
    enum Time: Sendable { case past, future }

    /// A sure form: its time and the tokens that say it («ai» «parlé»; "will" "travel").
    struct Form: Equatable {
        var time: Time
        var tokens: ClosedRange<Int>
    }

    /// Sure forms in text order.
    private(set) var sure: [Form] = []
    /// Loose counts of forms by time, the sure ones included.
    private(set) var loose: [Time: Int] = [:]

    func sure(_ t: Time) -> [Form] { sure.filter { $0.time == t } }
    func loose(_ t: Time) -> Int { loose[t, default: 0] }

    /// Reads `tokens` of `text` in `language` ("en", "fr", "ru"; another language reads as having
    /// no form). `lemma` gives the lemma of a lower-cased word when a table has one (Russian
    /// past verbs are sure only with it; French futures and passés simples are checked against it).
    init(_ tokens: [WordToken], text: String, language: String, lemma: (String) -> String? = { _ in nil }) {
        self.language = language
        switch language {
        case "en": readEnglish(tokens, Array(text.unicodeScalars))
        case "fr": readFrench(tokens, lemma: lemma)
        case "ru": readRussian(tokens, lemma: lemma)
        default: break
        }
    }

    /// The language read, for ``isSaying(_:language:)``.
    private(set) var language = ""

    /// Adds a sure form; a past whose `verb` is one of saying is left out (``isSaying(_:language:)``).
    mutating func add(_ t: Time, _ r: ClosedRange<Int>, verb: String? = nil) {
        if t == .past, let v = verb, Self.isSaying(v, language: language) { return }
        sure.append(Form(time: t, tokens: r))
        loose[t, default: 0] += 1
    }

    mutating func addLoose(_ t: Time, verb: String? = nil) {
        if t == .past, let v = verb, Self.isSaying(v, language: language) { return }
        loose[t, default: 0] += 1
    }

    /// Verbs of saying in the past ("said", «a déclaré», «заявил»): the frame of reported words,
    /// whose time is the report's, not that of what is reported. French news adds them to what
    /// it quotes («Trump a annoncé qu'il a désigné…» for "I have asked…"), so they count on
    /// neither side.
    static func isSaying(_ w: String, language: String) -> Bool {
        switch language {
        case "en": return englishSaying.contains(w)
        case "fr": return frenchSaying.contains(frenchMasculine(w)) || frenchSaying.contains(w)
        case "ru": return russianSaying.contains { w.hasPrefix($0) }
        default: return false
        }
    }

    static let englishSaying: Set<String> = [
        "said", "told", "announced", "stated", "declared", "added", "wrote", "written", "posted", "noted", "stressed", "emphasized",
        "emphasised", "explained", "confirmed", "indicated", "reported", "claimed", "insisted", "warned", "replied", "responded",
        "commented", "remarked", "tweeted", "argued", "mentioned", "recalled", "underlined", "underscored", "asserted", "answered",
    ]
    /// Participles (masculine singular) and passés simples of French verbs of saying.
    static let frenchSaying: Set<String> = [
        "dit", "déclaré", "annoncé", "indiqué", "affirmé", "expliqué", "ajouté", "souligné", "écrit", "estimé", "assuré", "précisé",
        "répondu", "confirmé", "rapporté", "publié", "posté", "martelé", "insisté", "rappelé", "prévenu", "averti", "noté", "lancé",
        "commenté", "relevé", "signalé", "évoqué", "réagi", "déploré", "raconté", "confié", "réitéré", "tweeté", "mentionné", "assené",
        "déclara", "annonça", "indiqua", "affirma", "expliqua", "ajouta", "souligna", "écrivit", "répondit", "dirent", "déclarèrent",
    ]
    /// Stems of the past of Russian verbs of saying («заявил», «заявила», «заявили»).
    static let russianSaying = [
        "сказал", "заявил", "сообщил", "отметил", "подчеркнул", "добавил", "написал", "указал", "пояснил", "уточнил", "заметил",
        "ответил", "напомнил", "рассказал", "констатировал", "высказал", "заверил", "признал",
    ]

    /// The index of the first token after `i` that is not one of `skipped`, looking at most
    /// `limit` tokens ahead.
    static func next(after i: Int, in tokens: [WordToken], skipping skipped: Set<String>, limit: Int = 3) -> Int? {
        var j = i + 1
        while j < tokens.count, j <= i + limit + 1 {
            if !skipped.contains(tokens[j].lower) { return j }
            j += 1
        }
        return nil
    }
}
