/// Titles of office in English, French and Russian, as concepts: "Crown Prince", «prince
/// héritier» and «наследный принц» are one; «roi» another. The readouts name people by office
/// ("Crown Prince Mohammed bin Salman", «министр иностранных дел Сергей Лавров», "Special Envoy
/// Steve Witkoff"), and a title rendered as another («le roi Mohammed ben Salmane», «le ministre de
/// la Défense Sergueï Lavrov») gives the words or the act to another office, which no name check
/// sees: the names agree.
///
/// Hand-made from the readouts' and the French press's ways of naming offices. The United
/// States' Secretary of State is his country's foreign minister («chef de la diplomatie
/// américaine», «госсекретарь»), and so one concept with it; the French «aide» (help) is no aide.
enum OfficeTitles {
    /// One way of writing a title: its words, lower-cased, as the tokenizer splits them
    /// («vice-président» is «vice» «président»; «d'État» is «d'» «état»). A Latin word matches
    /// itself and its plural in "s" or "es". A Cyrillic word ending in "*" is an adjective's stem
    /// that matches every word it opens («иностранных», «наследного»); one ending in "+" a noun's
    /// stem that matches it with a case ending (``nounEndings``: «президента», «министром»), not
    /// its derivatives («президентский», «министерство», «эмират», «королевство»).
    typealias Form = [String]

    static let concepts: [(id: String, forms: [Form])] = [
        ("vice president", [["vice", "president"], ["vice", "président"], ["vice", "présidente"], ["вице", "президент+"]]),
        ("president", [["president"], ["président"], ["présidente"], ["президент+"]]),
        ("prime minister", [["prime", "minister"], ["premier", "ministre"], ["première", "ministre"], ["премьер", "министр+"]]),
        ("crown prince", [["crown", "prince"], ["prince", "héritier"], ["наследн*", "принц+"]]),
        ("king", [["king"], ["roi"], ["monarch"], ["monarque"], ["корол+"], ["монарх+"]]),
        ("emir", [["emir"], ["émir"], ["эмир+"]]),
        ("chancellor", [["chancellor"], ["chancelier"], ["chancelière"], ["канцлер+"]]),
        ("foreign minister", [
            ["foreign", "minister"], ["foreign", "secretary"], ["minister", "of", "foreign", "affairs"], ["secretary", "of", "state"],
            ["top", "diplomat"], ["ministre", "des", "affaires", "étrangères"], ["chef", "de", "la", "diplomatie"],
            ["secrétaire", "d'", "état"], ["министр+", "иностранн*", "дел"], ["глав+", "мид"], ["госсекретар+"],
            ["государственн*", "секретар+"],
        ]),
        ("defence minister", [
            ["defense", "minister"], ["defence", "minister"], ["defense", "secretary"], ["defence", "secretary"],
            ["secretary", "of", "defense"], ["secretary", "of", "war"], ["minister", "of", "defence"], ["minister", "of", "defense"],
            ["ministre", "de", "la", "défense"], ["ministre", "des", "armées"], ["министр+", "оборон*"], ["глав+", "минобороны"],
        ]),
        ("spokesperson", [
            ["spokesman"], ["spokeswoman"], ["spokesperson"], ["press", "secretary"], ["porte", "parole"], ["пресс", "секретар+"],
            ["официальн*", "представител+"],
        ]),
        ("envoy", [["envoy"], ["envoyé"], ["envoyée"], ["émissaire"], ["посланник+"], ["спецпосланник+"], ["спецпредставител+"],
                   ["специальн*", "представител+"]]),
        ("adviser", [["adviser"], ["advisor"], ["aide"], ["conseiller"], ["conseillère"], ["помощник+"], ["советник+"]]),
        ("ambassador", [["ambassador"], ["ambassadeur"], ["ambassadrice"], ["посол"], ["посла"], ["послу"], ["послом"], ["послы"], ["послов"]]),
        ("secretary general", [["secretary", "general"], ["secrétaire", "général"], ["генеральн*", "секретар+"], ["генсек+"]]),
    ]

    /// Forms with their concept, longest first, so that «vice-président» is read before
    /// «président» and "Secretary of State" before any shorter title inside it.
    private static let forms: [(form: Form, id: String)] = concepts
        .flatMap { c in c.forms.map { (form: $0, id: c.id) } }
        .sorted { $0.form.count > $1.form.count }

    /// A title found in a text: its concept and the token indices it covers.
    struct Mention: Equatable {
        var id: String
        var tokens: ClosedRange<Int>
        /// In the plural ("presidents", «les deux présidents», «на уровне помощников»): a group
        /// named by its office, not one holder.
        var isPlural = false
    }

    /// The titles of `tokens`, in text order; each token belongs to one title at most.
    /// At most forms × tokens comparisons of at most four words each.
    static func mentions(_ tokens: [WordToken], language: String) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        while i < tokens.count {
            // English "aide" only: the French word is "help".
            if let (form, id) = forms.first(where: { f in
                matches(f.form, at: i, tokens) && !(f.form == ["aide"] && language != "en")
            }) {
                out.append(Mention(id: id, tokens: i...(i + form.count - 1), isPlural: isPlural(form, at: i, tokens)))
                i += form.count
            } else {
                i += 1
            }
        }
        return out
    }

    /// Case endings of Russian nouns, hard and soft stems, both numbers.
    static let nounEndings: Set<String> = ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "ь", "я", "ю", "ём", "ем", "и", "ей",
                                           "ям", "ями", "ях", "ой", "ою"]

    /// Plural endings of Russian nouns; «-ы», «-и» too, except after «глав-» («главы МИД», of the
    /// head, is singular).
    static let pluralEndings: Set<String> = ["ов", "ам", "ами", "ах", "ей", "ям", "ями", "ях"]

    /// Whether the title `form` written at `i` is in the plural: a Latin word written with an
    /// added "s" or "es", a Russian noun with a plural ending.
    private static func isPlural(_ form: Form, at i: Int, _ tokens: [WordToken]) -> Bool {
        form.enumerated().contains { k, w in
            let t = tokens[i + k].lower
            if w.hasSuffix("+") {
                let stem = String(w.dropLast()), ending = String(t.dropFirst(stem.count))
                return pluralEndings.contains(ending) || (["ы", "и"].contains(ending) && stem != "глав")
            }
            return !w.hasSuffix("*") && t != w && (t == w + "s" || t == w + "es")
        }
    }

    /// Whether `form` is written at token `i`.
    private static func matches(_ form: Form, at i: Int, _ tokens: [WordToken]) -> Bool {
        guard i + form.count <= tokens.count else { return false }
        for (k, w) in form.enumerated() {
            let t = tokens[i + k].lower
            if w.hasSuffix("*") {
                if !t.hasPrefix(w.dropLast()) { return false }
            } else if w.hasSuffix("+") {
                let stem = w.dropLast()
                if !t.hasPrefix(stem) || !nounEndings.contains(String(t.dropFirst(stem.count))) { return false }
            } else if t != w && t != w + "s" && t != w + "es" {
                return false
            }
        }
        return true
    }
}
