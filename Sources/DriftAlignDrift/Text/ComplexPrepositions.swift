/// Prepositions written in several words: «во время» (during), «в зависимости от», «en fonction
/// de» (depending on), «dans le cadre de» (within), «à l'aide de», «с помощью» (with the help of),
/// "because of", "instead of". Their noun («время», «cadre», «помощью», "behalf") is grammar
/// there, as the one-word prepositions «pendant», «pour», "during" are function words: one
/// language says with a phrase what another says with a word («во время войны» / «pendant la
/// guerre»), and the noun was a word left out. Grammars list them as complex or compound
/// prepositions (Quirk et al., "A Comprehensive Grammar of the English Language", 1985, §9.10–9.13;
/// Grevisse & Goosse, "Le Bon Usage", 14th ed., 2008, §1037, «locutions prépositives»; «Русская
/// грамматика», Academy of Sciences of the USSR, 1980, vol. 1, §1660–1664, производные предлоги);
/// the lists here are those frequent in news text. Only a whole phrase counts: «le cadre» of a
/// picture, «время» alone, "the front" of a house stay content words.
enum ComplexPrepositions {
    /// Each phrase as token alternatives, position by position («|» separates alternatives).
    static let phrases: [String: [[[String]]]] = [
        "en": parse([
            "because of", "instead of", "in spite of", "in front of", "on behalf of", "by means of", "in terms of",
            "with regard to", "with respect to", "as a result of", "as a result", "in case of", "in view of",
            "by way of", "in addition to", "in the course of", "thanks to", "due to", "in accordance with",
            "in the event of", "on the part of", "for the sake of", "within the framework of", "in the framework of",
            "by virtue of", "in the face of", "depending on|upon", "prior to", "in the wake of", "as part of",
        ]),
        "fr": parse([
            "en fonction de|du|des|d'", "dans le cadre de|du|des|d'", "face à|au|aux", "en raison de|du|des|d'",
            "au cours de|du|des|d'", "à l' aide de|du|des|d'", "au sein de|du|des|d'", "à partir de|du|des|d'",
            "en tant que|qu'", "au lieu de|du|des|d'", "en dépit de|du|des|d'", "à cause de|du|des|d'",
            "par rapport à|au|aux", "à l' égard de|du|des|d'", "en vue de|du|des|d'", "grâce à|au|aux",
            "à travers", "au moyen de|du|des|d'", "en cas de|du|des|d'", "à la suite de|du|des|d'",
            "de la part de|du|des|d'", "en matière de|d'", "à l' issue de|du|des|d'", "en termes de|d'",
            "au fur et à mesure", "à l' instar de|du|des|d'", "à l' occasion de|du|des|d'", "le|au long de|du|des|d'",
        ]),
        "ru": parse([
            "во время", "в течение", "в ходе", "в результате", "в связи с|со", "в зависимости от",
            "с|со помощью", "при помощи", "в рамках", "по сравнению с|со", "в качестве", "по поводу",
            "со стороны", "в отношении", "в случае", "по мере", "за счет", "в виде", "на основе|основании",
            "в целях", "в соответствии с|со", "по причине", "в силу", "с точки зрения",
        ]),
    ]

    private static func parse(_ lines: [String]) -> [[[String]]] {
        lines.map { $0.split(separator: " ").map { $0.split(separator: "|").map(String.init) } }
    }

    /// Each language's phrases by the alternatives of their first token, so a text is read once
    /// and a token starts at most the few phrases it can open.
    private static let byFirstToken: [String: [String: [[[String]]]]] = phrases.mapValues { list in
        var out: [String: [[[String]]]] = [:]
        for phrase in list { for first in phrase[0] { out[first, default: []].append(phrase) } }
        return out
    }

    /// Token indices of `tokens` inside one of the language's phrases (every token of it: the
    /// caller keeps function words out of the content words anyway).
    static func indices(_ tokens: [WordToken], language: String) -> Set<Int> {
        guard let table = byFirstToken[language] else { return [] }
        var out = Set<Int>()
        for start in tokens.indices {
            guard let list = table[tokens[start].lower] else { continue }
            for phrase in list where start + phrase.count <= tokens.count {
                if phrase.indices.allSatisfy({ phrase[$0].contains(tokens[start + $0].lower) }) {
                    out.formUnion(start..<(start + phrase.count))
                }
            }
        }
        return out
    }
}
