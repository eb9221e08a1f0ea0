/// Intensity and emphasis: an intensifier dropped or added ("highly productive" → "productif"),
/// capitals or exclamation marks lost ("It must stop NOW!" → "Cela doit cesser maintenant.").
struct IntensityCheck: DriftCheck {
    /// The intensifiers of `side` (``IntensityLexicon/markers(_:language:)``), less those the other
    /// side shows to be something else: "most" is a superlative when the other side says one
    /// ("those he most loved" / «ceux qu'il aimait le plus», «самый») or a quantity («la
    /// plupart», «большинство»), «исключительно» says
    /// "exclusively" when the other side says "only" («исключительно одного государства» / "of
    /// only one state"), not "exceptionally".
    /// With `adjectives` false, the adverbs and phrases only, without the adjectives of an
    /// attitude noun (``IntensityLexicon/magnifierAdjectives(_:language:)``), as
    /// ``transposition(_:)`` reads them.
    static func intensifiers(_ side: LinkSide, other: LinkSide, adjectives: Bool = true) -> [Int] {
        // The other side's «такой» or "such" before an adjective, which render "so", «si» or
        // «tellement» of this side: "such" one each ("so stupidly allowed … such a wonderful
        // place" / «si stupidement … si merveilleux»), «такой» every one, since it governs
        // coordinated adjectives that French intensifies one by one («такой сильный и крупный» /
        // «si forte et si grosse»).
        var suches = other.language == "ru"
            ? (other.tokens.indices.contains { IntensityLexicon.isRussianSuch($0, other.tokens) } ? Int.max : 0)
            : other.language == "en" ? other.tokens.indices.filter { IntensityLexicon.isEnglishSuch($0, other.tokens) }.count : 0
        // Adjectives that intensify an attitude noun ("strong interest", «глубокую
        // озабоченность»), unless the other side says the degree as a quantity ("much interest",
        // «beaucoup d'intérêt»), and only where both languages have the lists (a German «von
        // grösster Bedeutung» is not read, so «de la plus grande importance» adds nothing).
        let magnifiers = !adjectives || other.tokens.contains { IntensityLexicon.quantityOfDegree.contains($0.lower) }
            || IntensityLexicon.magnifiers[other.language] == nil
            ? [] : IntensityLexicon.magnifierAdjectives(side.tokens, language: side.language)
        let adverbs = IntensityLexicon.markers(side.tokens, language: side.language, text: side.text).filter { i in
            switch side.tokens[i].lower {
            case "most": return !saysSuperlative(other) && !saysMost(other)
            case "исключительно": return !saysOnly(other)
            // "really" / «vraiment» is what Russian says with «правда» or «на самом деле» ("Do
            // you really think" / «Вы правда считаете»), which are no intensifiers otherwise.
            // French says it with «bien» before an adjective, which is no intensifier otherwise
            // ("Really, … such an audacious design" / «Je vous trouve bien effronté»).
            // English says «vraiment» and «действительно» with "actually" too ("they are actually
            // angry" / «ils sont vraiment en colère»), which is no intensifier otherwise (it says
            // "in fact" as often).
            case "really", "vraiment", "действительно":
                return !other.tokens.contains { ["правда", "самом", "actually"].contains($0.lower) } && !Self.saysBienBeforeAWord(other)
            // "So" opening a sentence is the connective when the other side says one ("So read
            // the few reports" / «Lisez donc les quelques rapports», "So what?" / «Et alors ?»).
            case "so" where side.tokens[i].isSentenceInitial && Self.saysSo(other): return false
            case "so", "si", "tellement":
                // «pas si simple», «pas tellement une surprise»: a negated degree, what English
                // says with "not that" or "not much" ("It's not that simple", "It's not much of a
                // surprise"), where "that" and "much" are no intensifiers.
                if side.tokens[i].lower != "so", i > 0, side.tokens[i - 1].lower == "pas", saysNegatedDegree(other) { return false }
                // "so" / «si» / «tellement» before an adjective renders «такой» or "such" before
                // one ("such a wonderful place" / «un endroit si merveilleux»), as counted above.
                guard suches > 0 else { return true }
                suches -= 1
                return false
            // «très longtemps», «très loin»: what English says with "much" or "far" before a
            // comparative ("he will NOT be living in our country much longer" / «il ne vivra plus
            // très longtemps», Truth Social, 27 March 2025), no intensifier otherwise.
            case "très" where i + 1 < side.tokens.count && ["longtemps", "loin"].contains(side.tokens[i + 1].lower):
                return !Self.saysMuchComparative(other)
            // "greatly": what «beaucoup» and «много» say after a verb ("I greatly appreciate" /
            // «j'apprécie beaucoup»), which are no intensifiers otherwise.
            // Not «очень», an intensifier itself, which balances "greatly" as it stands.
            case "greatly": return !other.tokens.contains { ["beaucoup", "много"].contains($0.lower) }
            // "fully", «pleinement»: what «в полном объёме», "in full", «en totalité» say in a phrase
            // that no list counts ("be implemented in full" / «soient pleinement mis en œuvre»).
            case "fully", "completely", "entirely", "pleinement", "entièrement", "intégralement", "complètement", "полностью":
                return !Self.saysInFull(other)
            // "very much", "very many": what «beaucoup» and «много» say in one word, no intensifier
            // ("Tom loved his family very much" / «Tom aimait beaucoup sa famille»).
            case "very":
                // "at this very moment", "the very day": the adjective (the same, precisely), no
                // degree; not "the very best", "the very first", which are.
                if i > 0, i + 1 < side.tokens.count, Self.determiners.contains(side.tokens[i - 1].lower),
                   !Self.takesDegree(side.tokens[i + 1].lower) { return false }
                guard i + 1 < side.tokens.count, ["much", "many"].contains(side.tokens[i + 1].lower) else { return true }
                return !other.tokens.contains { ["beaucoup", "много", "множество", "lot", "lots"].contains($0.lower) }
            default: return true
            }
        }
        return Array(Set(adverbs).union(magnifiers)).sorted()
    }

    /// Whether an English side says a degree of a comparative with "much" or "far": "much
    /// longer", "far further", "much later".
    static func saysMuchComparative(_ side: LinkSide) -> Bool {
        guard side.language == "en" else { return false }
        let t = side.tokens.map(\.lower)
        return t.indices.dropLast().contains { k in
            ["much", "far"].contains(t[k]) && (["more", "less", "better", "worse", "further", "farther"].contains(t[k + 1])
                || (t[k + 1].count >= 5 && t[k + 1].hasSuffix("er")))
        }
    }

    /// Whether a side says "in full" in a phrase: «в полном объёме», "in full", «en totalité»,
    /// «dans son (leur) intégralité».
    static func saysInFull(_ side: LinkSide) -> Bool {
        let t = side.tokens.map(\.lower)
        return t.indices.dropLast().contains { k in
            (t[k] == "полном" && ["объёме", "объеме"].contains(t[k + 1])) || (t[k] == "in" && t[k + 1] == "full")
                || (t[k] == "en" && t[k + 1] == "totalité") || (["son", "leur", "sa"].contains(t[k]) && t[k + 1] == "intégralité")
        }
    }

    /// Whether a French side says «bien» before a content word as a degree ("bien effronté":
    /// quite brazen), not «bien sûr», «bien entendu», «bien que», «bien des».
    static func saysBienBeforeAWord(_ side: LinkSide) -> Bool {
        guard side.language == "fr" else { return false }
        let t = side.tokens
        return t.indices.dropLast().contains { k in
            t[k].lower == "bien" && !["sûr", "entendu", "évidemment"].contains(t[k + 1].lower) && !FunctionWords.contains(t[k + 1].lower, language: "fr")
        }
    }

    static let determiners: Set<String> = ["the", "this", "that", "these", "those", "his", "her", "its", "our", "their", "my", "your"]

    /// A superlative, an ordinal or a degree word, which "very" intensifies after a determiner
    /// ("the very best", "the very first", "the very last", "this very much").
    static func takesDegree(_ next: String) -> Bool {
        ["best", "worst", "first", "last", "least", "most", "next", "much", "many", "few", "little"].contains(next)
            || (next.count > 4 && next.hasSuffix("est"))
    }

    /// Whether a side says "most" of a quantity: «la plupart», «la majorité», «большинство»,
    /// «большая часть», "the majority" ("Most people think I'm crazy" / «La plupart des gens»).
    static func saysMost(_ side: LinkSide) -> Bool {
        side.tokens.contains { t in
            ["plupart", "majorité", "majority", "большинство", "большинства", "большинству", "большинством", "большинстве"].contains(t.lower)
        } || zip(side.tokens, side.tokens.dropFirst()).contains { $0.lower.hasPrefix("больш") && $1.lower.hasPrefix("част") }
    }

    /// Whether an English side says a degree under negation with "that" or "much": "not that
    /// simple", "isn't that bad", "not much of a surprise".
    static func saysNegatedDegree(_ side: LinkSide) -> Bool {
        let t = side.tokens
        return t.indices.dropLast().contains { k in ["not", "n't"].contains(t[k].lower) && ["that", "much"].contains(t[k + 1].lower) }
    }

    /// Whether a side says the connective "so" (therefore, then): «donc», «alors», «ainsi»,
    /// «итак», «поэтому», «значит», «так что», "therefore", "thus", "also" (German).
    static func saysSo(_ side: LinkSide) -> Bool {
        let t = side.tokens
        return t.indices.contains { k in
            ["donc", "alors", "ainsi", "итак", "поэтому", "значит", "therefore", "thus", "also"].contains(t[k].lower)
                || (t[k].lower == "так" && k + 1 < t.count && t[k + 1].lower == "что")
        }
    }

    /// Whether a side says a superlative: French «le plus», «le mieux» (any «plus» or «mieux»),
    /// and the English, Russian and German forms ``NegationCheck/saysSuperlative(_:)`` reads.
    static func saysSuperlative(_ side: LinkSide) -> Bool {
        if side.language == "fr" { return side.tokens.contains { ["plus", "mieux"].contains($0.lower) } }
        return NegationCheck.saysSuperlative(side)
    }

    /// Whether a side says "only": "only", "solely", "exclusively", «seulement», «uniquement»,
    /// «exclusivement», «только», «лишь», "nur".
    static func saysOnly(_ side: LinkSide) -> Bool {
        side.tokens.contains { onlyWords.contains($0.lower) }
    }

    /// The words of "only" ``saysOnly(_:)`` reads.
    static let onlyWords: Set<String> = ["only", "solely", "exclusively", "seulement", "uniquement", "exclusivement", "только", "лишь", "nur"]

    /// Whether a lower-cased word is a common word of `language` by the dictionary, when one
    /// covers it (a word it only ever capitalizes is a name).
    static func dictionaryWord(_ language: String, _ lexicon: BilingualLexicon?) -> ((String) -> Bool)? {
        guard let lexicon, lexicon.covers(language) else { return nil }
        return { lexicon.isCommonWord($0, language: language) }
    }

    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        let a = link.original, b = link.translation
        var out: [DriftFinding] = []
        let ia = Self.intensifiers(a, other: b), ib = Self.intensifiers(b, other: a)
        let da = IntensityLexicon.downtoners(a.tokens, language: a.language)
        let db = IntensityLexicon.downtoners(b.tokens, language: b.language)
        // The weaker side says it with a downtoner ("strong support" / «un certain soutien»): the
        // downtoner's finding below names the word that weakens it.
        let lessenedB = db.count > da.count && !IntensityLexicon.lessens(a.tokens, language: a.language)
        let lessenedA = da.count > db.count && !IntensityLexicon.lessens(b.tokens, language: b.language)
        if let m = link.intensityTransposition {
            // The intensifier is there, as an adjective of degree: a check for the editor, no more.
            let (word, adjective) = m.onTranslation ? (a.tokens[m.intensifier], b.tokens[m.adjective]) : (b.tokens[m.intensifier], a.tokens[m.adjective])
            out.append(DriftFinding(
                type: .intensity, severity: .info,
                reason: m.onTranslation
                    ? "\(link.theOriginal.capitalizedFirst)'s «\(word.text)» seems rendered by «\(adjective.text)» in \(link.theTranslation)."
                    : "\(link.theTranslation.capitalizedFirst)'s «\(word.text)» seems to render «\(adjective.text)» of \(link.theOriginal).",
                originalRange: m.onTranslation ? word.range : adjective.range,
                translationRange: m.onTranslation ? adjective.range : word.range))
        } else if let (i, w) = Self.carriedByWord(link, ia, ib) {
            // The degree is in the meaning of a word of the other side ("exhausted" for «очень
            // утомила»): a check for the editor, no more.
            let (stronger, weaker) = ia.count > ib.count ? (a, b) : (b, a)
            let whose = ia.count > ib.count ? link.theOriginal : link.theTranslation
            let other = ia.count > ib.count ? link.theTranslation : link.theOriginal
            out.append(DriftFinding(
                type: .intensity, severity: .info,
                reason: "\(whose.capitalizedFirst)'s «\(stronger.tokens[i].text)» seems carried by «\(weaker.tokens[w].text)» in \(other), a word that says a high degree.",
                originalRange: ia.count > ib.count ? stronger.tokens[i].range : weaker.tokens[w].range,
                translationRange: ia.count > ib.count ? weaker.tokens[w].range : stronger.tokens[i].range))
        } else if ia.count > ib.count, !lessenedB {
            let t = a.tokens[ia[ib.count]]
            out.append(DriftFinding(
                type: .intensity, severity: .minor,
                reason: "\(link.theOriginal.capitalizedFirst)'s «\(t.text)» is not rendered: \(link.theTranslation) is weaker.",
                originalRange: t.range, translationRange: nil))
        } else if ib.count > ia.count, !lessenedA {
            let t = b.tokens[ib[ia.count]]
            out.append(DriftFinding(
                type: .intensity, severity: .minor,
                reason: "\(link.theTranslation.capitalizedFirst) adds «\(t.text)»: it is stronger than \(link.theOriginal).",
                originalRange: nil, translationRange: t.range))
        }
        // A downtoner one side has and the other lacks, when the intensifiers balance or that side
        // has fewer ("strong support" / «un certain soutien»): "improved
        // relations" / «des relations légèrement améliorées» is weaker; "rose slightly" / «a
        // augmenté» stronger (``IntensityLexicon/downtoners(_:language:)``). Not where the
        // other side has a word that may lessen as well («un peu», «немного»: ``IntensityLexicon/lessens(_:language:)``).
        if out.isEmpty {
            if lessenedB {
                let t = b.tokens[db[da.count]]
                out.append(DriftFinding(
                    type: .intensity, severity: .minor,
                    reason: "\(link.theTranslation.capitalizedFirst) lessens it («\(t.text)»), which \(link.theOriginal) states outright: it is weaker.",
                    originalRange: nil, translationRange: t.range))
            } else if lessenedA {
                let t = a.tokens[da[db.count]]
                out.append(DriftFinding(
                    type: .intensity, severity: .minor,
                    reason: "\(link.theOriginal.capitalizedFirst)'s «\(t.text)» is not rendered: \(link.theTranslation) is stronger.",
                    originalRange: t.range, translationRange: nil))
            }
        }
        let ca = IntensityLexicon.emphaticCapitals(a.tokens, isWord: Self.dictionaryWord(a.language, link.lexicon))
        let cb = IntensityLexicon.emphaticCapitals(b.tokens, isWord: Self.dictionaryWord(b.language, link.lexicon))
        if ca.count > cb.count {
            let t = a.tokens[ca[cb.count]]
            out.append(DriftFinding(
                type: .intensity, severity: .minor,
                reason: "\(link.theOriginal.capitalizedFirst) shouts «\(t.text)» in capitals; \(link.theTranslation) does not.",
                originalRange: t.range, translationRange: nil))
        }
        // A sentence shouted whole ("THE WAR WILL END SOON!", Trump's posts) that the other side
        // writes in ordinary case: the word check above reads no emphasis into a line all in
        // capitals, yet the shout is gone. Info: the press writes shouted posts in sentence case.
        if ca.isEmpty, Self.shoutedWhole(a), !Self.shoutedWhole(b), let first = a.tokens.first, let last = a.tokens.last {
            out.append(DriftFinding(
                type: .intensity, severity: .info,
                reason: "\(link.theOriginal.capitalizedFirst) is shouted, all in capitals; \(link.theTranslation) is not.",
                originalRange: first.range.lowerBound..<last.range.upperBound, translationRange: nil))
        }
        let xa = Self.exclamations(a.text), xb = Self.exclamations(b.text)
        if xa.count > xb.count {
            out.append(DriftFinding(
                type: .intensity, severity: .info,
                reason: "\(link.theOriginal.capitalizedFirst)'s exclamation mark is gone in \(link.theTranslation).",
                originalRange: xa[xb.count]..<(xa[xb.count] + 1), translationRange: nil))
        }
        return out
    }

    /// When the counts of intensifiers differ and the side with fewer says more words of high degree
    /// (``IntensityLexicon/extremeWords(_:language:)``) than the other: the first unbalanced
    /// intensifier and the first such word, which may carry it («очень утомила» / "exhausted").
    static func carriedByWord(_ link: LinkAnalysis, _ ia: [Int], _ ib: [Int]) -> (Int, Int)? {
        let a = link.original, b = link.translation
        guard ia.count != ib.count else { return nil }
        let (stronger, weaker, si, wi) = ia.count > ib.count ? (a, b, ia, ib) : (b, a, ib, ia)
        let es = IntensityLexicon.extremeWords(stronger.tokens, language: stronger.language)
        let ew = IntensityLexicon.extremeWords(weaker.tokens, language: weaker.language)
        guard ew.count > es.count, let w = ew.first else { return nil }
        return (si[wi.count], w)
    }

    /// An intensifier one side has more of, rendered on the other side by an adjective of degree
    /// that has no counterpart ("so successfully" → «avec un grand succès»: «grand» renders
    /// "so"): the token index of the unbalanced intensifier, that of the adjective, and whether the
    /// intensifier is the original's (the adjective the translation's). Nil when the counts
    /// balance or no such adjective stands unmatched. The omission, addition and quotation checks
    /// do not report that adjective as a word without a counterpart.
    typealias Transposition = (intensifier: Int, adjective: Int, onTranslation: Bool)
    static func transposition(_ link: LinkAnalysis) -> Transposition? {
        guard link.alignsWords else { return nil }
        let a = link.original, b = link.translation
        let ia = Self.intensifiers(a, other: b, adjectives: false), ib = Self.intensifiers(b, other: a, adjectives: false)
        guard ia.count != ib.count else { return nil }
        let onTranslation = ia.count > ib.count
        let (side, scores) = onTranslation ? (b, link.alignment.translation) : (a, link.alignment.original)
        let threshold = link.calibration.wordThreshold
        guard let j = side.content.first(where: { i in
            (scores[i] ?? 0) < threshold && IntensityLexicon.isDegreeAdjective(side.tokens[i].lower, language: side.language)
        }) else { return nil }
        return (onTranslation ? ia[ib.count] : ib[ia.count], j, onTranslation)
    }

    /// Token indices, on the original (`onTranslation` false) or translation side, of words that
    /// this check accounts for: the adjective of the link's ``LinkAnalysis/intensityTransposition``
    /// and the side's adjectives of an attitude noun, which it counts ("strong interest" /
    /// «un intérêt» is weaker, not an omission of "strong").
    static func explained(_ link: LinkAnalysis, onTranslation: Bool) -> Set<Int> {
        let (side, other) = onTranslation ? (link.translation, link.original) : (link.original, link.translation)
        var out = Set(intensifiers(side, other: other)).intersection(IntensityLexicon.magnifierAdjectives(side.tokens, language: side.language))
        if let m = link.intensityTransposition, m.onTranslation == onTranslation { out.insert(m.adjective) }
        return out
    }

    /// Whether a side is a sentence written all in capitals: three words of two letters or more,
    /// every one in capitals, and a final ".", "!", "?" or "…" (a heading has none).
    static func shoutedWhole(_ side: LinkSide) -> Bool {
        let words = side.tokens.filter { !$0.isNumeric && IntensityLexicon.letterCount($0.text) >= 2 }
        guard words.count >= 3, words.allSatisfy(\.isAllCaps) else { return false }
        let closing: Set<Unicode.Scalar> = ["\"", "»", "”", "’", "'", ")", " "]
        let end = side.text.unicodeScalars.reversed().first { !closing.contains($0) && !$0.properties.isWhitespace }
        return end.map { [".", "!", "?", "…"].contains($0) } ?? false
    }

    /// Scalar offsets of "!" (runs like "!!!" count once).
    static func exclamations(_ text: String) -> [Int] {
        var out: [Int] = []
        var prev: Unicode.Scalar = " "
        for (i, s) in text.unicodeScalars.enumerated() {
            if s == "!" && prev != "!" { out.append(i) }
            prev = s
        }
        return out
    }
}
