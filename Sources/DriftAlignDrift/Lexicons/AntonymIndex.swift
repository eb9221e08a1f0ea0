/// ``NegationLexicon/antonyms`` indexed for lookup while scanning tokens: Latin forms as whole
/// words (a plural "s"/"es" allowed; a form marked "=" exactly, so «mal» is no "males" and «bien»
/// no «biens»), Cyrillic forms as stems (at most four letters of ending, or one of the longer
/// inflections in ``longEndings``; a form marked "=" whole),
/// several-word forms as sequences. Built once.
///
/// Forms are split into words by the tokenizer the texts go through (``WordTokenizer``), so a
/// hyphenated or elided form is the sequence of tokens its text becomes: "de-escalation" is
/// "de" + "escalation", «cessez-le-feu» three tokens, «l'est» "l'" + "est". At each token the
/// longest matching form wins and the tokens it spans start no shorter form: the "escalation" of
/// "de-escalation" is not the escalation that «désescalade» reverses.
struct AntonymIndex: Sendable {
    static let shared = AntonymIndex()

    private struct Entry: Sendable { var words: [String]; var pair: Int; var side: Int; var stem: Bool; var exact: Bool }
    /// Entries by their first word (Latin: the word and its plurals; Cyrillic: the first three letters).
    private var byKey: [String: [Entry]] = [:]

    private init() {
        for (p, pair) in NegationLexicon.antonyms.enumerated() {
            for (side, forms) in [pair.a, pair.b].enumerated() {
                for form in forms {
                    let whole = form.hasSuffix("=")
                    let f = whole ? String(form.dropLast()) : form
                    let words = WordTokenizer.tokenize(f).map(\.lower)
                    let cyrillic = words[0].unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
                    let e = Entry(words: words, pair: p, side: side, stem: cyrillic && !whole, exact: !cyrillic && whole)
                    if cyrillic {
                        byKey[String(words[0].prefix(3)), default: []].append(e)
                    } else {
                        for k in whole ? [words[0]] : [words[0], words[0] + "s", words[0] + "es"] { byKey[k, default: []].append(e) }
                    }
                }
            }
        }
    }

    /// For each antonym pair present in `tokens`: the token indices where a form of its first and
    /// of its second side starts; and for each such token, how many tokens the form spans.
    /// `text`, what the tokens' ranges index, lets a one-word form pass over a word that is part of
    /// a hyphenated compound: «week-end» is no "end", «après-midi» no «après», «avant-garde» no
    /// «avant» (FLORES: «le week-end de Pâques» read as the end of what «начинают» begins).
    /// `language`: for French, a conjugated verb of the first group is also read as its likely
    /// infinitive («continuerons» → «continuer», ``FrenchVerbForms``) where it matches no form as written.
    func hits(_ tokens: [WordToken], text: String? = nil, language: String? = nil) -> (pairs: [Int: (a: [Int], b: [Int])], lengths: [Int: Int]) {
        var out: [Int: (a: [Int], b: [Int])] = [:], lengths: [Int: Int] = [:]
        var scalars: [Unicode.Scalar]?  // the text's, read at the first one-word hit only
        func hyphenated(_ i: Int) -> Bool {
            guard let text else { return false }
            if scalars == nil { scalars = Array(text.unicodeScalars) }
            let s = scalars!, r = tokens[i].range
            // "-", or the Unicode hyphen and non-breaking hyphen, alone between the two words.
            func isHyphen(_ k: Int) -> Bool { k >= 0 && k < s.count && ["-", "\u{2010}", "\u{2011}"].contains(s[k]) }
            let before = i > 0 && tokens[i - 1].range.upperBound + 1 == r.lowerBound && isHyphen(r.lowerBound - 1)
            let after = i + 1 < tokens.count && r.upperBound + 1 == tokens[i + 1].range.lowerBound && isHyphen(r.upperBound)
            return before || after
        }
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            let key = t.isCyrillic ? String(t.lower.prefix(3)) : t.lower
            func matching(_ entries: [Entry], first: WordToken) -> [Entry] {
                entries.filter { e in
                    i + e.words.count <= tokens.count
                        && e.words.indices.allSatisfy { k in Self.matches(k == 0 ? first : tokens[i + k], e.words[k], stem: e.stem, exact: e.exact) }
                }
            }
            var found = matching(byKey[key] ?? [], first: t)
            if found.isEmpty, language == "fr", !t.isCyrillic, let infinitive = FrenchVerbForms.infinitive(of: t.lower), let entries = byKey[infinitive] {
                var read = t
                read.lower = infinitive
                found = matching(entries, first: read)
            }
            // The longest form read here, as every pair has it ("après" is in two pairs).
            let length = found.map(\.words.count).max() ?? 1
            if length == 1, !found.isEmpty, hyphenated(i) { found = [] }
            if !found.isEmpty { lengths[i] = length }
            for e in found where e.words.count == length {
                var h = out[e.pair] ?? ([], [])
                if e.side == 0 { if !h.a.contains(i) { h.a.append(i) } } else if !h.b.contains(i) { h.b.append(i) }
                out[e.pair] = h
            }
            i += length
        }
        return (out, lengths)
    }

    /// Russian inflections of five letters or more that a stem's word still is, where the four
    /// letters a stem's ending may have end at its derivatives («поддержание», «прочность»):
    /// reflexive verbs («продолжаются», «прекратились», «снижается»), imperfectives in «-ива-»,
    /// «-ыва-» («увеличивает», «открывается») and superlatives («крупнейший», «сильнейшая»). From
    /// the conjugation and declension tables of any Russian grammar.
    static let longEndings: Set<String> = {
        var out: Set<String> = [
            "ается", "аются", "яется", "яются", "иться", "аться", "яться", "еться",
            "алась", "алось", "ались", "ялась", "ялось", "ялись", "илась", "илось", "ились", "елась", "елось", "елись",
        ]
        for v in ["ива", "ыва"] {
            for e in ["ет", "ют", "ть", "л", "ла", "ло", "ли", "ется", "ются", "ться", "лся", "лась", "лось", "лись", "ем", "ешь", "ете"] { out.insert(v + e) }
        }
        for e in ["ий", "ая", "ее", "ие", "его", "ей", "им", "их", "ую", "ем", "ими", "ею"] { out.insert("ейш" + e); out.insert("айш" + e) }
        return out
    }()

    private static func matches(_ t: WordToken, _ form: String, stem: Bool, exact: Bool) -> Bool {
        if form == "#" { return t.isNumeric }
        if exact { return t.lower == form }
        if stem {
            guard t.lower.utf8.starts(with: form.utf8) else { return false }
            return t.lower.count - form.count <= 4 || longEndings.contains(String(t.lower.dropFirst(form.count)))
        }
        return t.lower == form || t.lower == form + "s" || t.lower == form + "es"
    }
}
