/// Abbreviations that may end a sentence, where ICU's suppression list hides the break or our
/// titles list would undo it: "…relayé par Donald Trump Jr. Le fils aîné…" (`fr_FR@ss=standard`
/// and `de_DE@ss=standard` suppress "Jr.", "D.C.", "Inc."), "Встреча прошла в марте 2025 г.
/// Путин поблагодарил…" (our titles list keeps "г." from ending any sentence).
extension Segmenter {
    /// Candidate breaks after every abbreviation that may end a sentence (``Abbreviations/ambiguous``,
    /// ``Abbreviations/listEnders``, a Russian year's "г." or century's "в."), whether or not ICU broke there;
    /// ``keepBreak(_:at:_:)`` then decides each from the words around it, as for ICU's own breaks.
    func abbreviationBreaks(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Int] {
        var out: [Int] = []
        var i = range.lowerBound + 1
        while i < range.upperBound {
            guard s[i - 1] == ".", s[i].properties.isWhitespace else { i += 1; continue }
            let token = ScalarText.string(s, tokenStart(s, end: i, range)..<i)
            var j = i
            while j < range.upperBound, s[j].properties.isWhitespace { j += 1 }
            // Only before a word (or a quotation it opens): a closing mark after the abbreviation
            // is left to ICU and ``moveClosingMarks(_:_:_:)``.
            if j < range.upperBound, s[j].properties.isAlphabetic || "«“\"(".unicodeScalars.contains(s[j]),
               ambiguous.contains(token) || Abbreviations.listEnders.contains(token)
                || (titles.contains(token) && Abbreviations.russianDateUnits.contains(token)) {
                out.append(j)
            }
            i = j
        }
        return out
    }

    /// Whether `unit` ("г." / "гг." after a year, "в." / "вв." after a century in Roman numerals),
    /// starting at `a`, ends the sentence before the text at `b`.
    ///
    /// Russian word order is free, so a capitalised name after "2025 г." is as often the sentence's
    /// subject or object ("В марте 2025 г. Путин провёл…", "Путин посетил в 2025 г. Китай") as the
    /// start of a new sentence. We break only when
    /// - the next word is a function word written with a capital (``Abbreviations/russianClauseOpeners``:
    ///   inside a sentence it would be in lower case), not an initial ("В. В. Путин"): "…в 2015 г.
    ///   Он так и не был выполнен"; or
    /// - the clause before the year already has a past-tense verb and a new one visibly starts after
    ///   it, capitalised words then a past-tense verb: "Встреча прошла в марте 2025 г. Путин
    ///   поблагодарил…". A fronted date ("В марте 2025 г. Путин провёл"), a clause opened by a comma
    ///   or a conjunction ("…, что в 2014 г. Крым вернулся") or an object ("посетил в 2025 г. Китай
    ///   и Казахстан") keeps the sentence whole.
    /// Anything else stays unbroken: a missed end merges two sentences, which alignment absorbs as
    /// well as a wrong one.
    func endsSentenceAfterDate(_ s: [Unicode.Scalar], unit: String, at a: Int, next b: Int, _ range: Range<Int>) -> Bool {
        var e = a
        while e > range.lowerBound, s[e - 1].properties.isWhitespace { e -= 1 }
        var y = e
        while y > range.lowerBound, !s[y - 1].properties.isWhitespace { y -= 1 }
        let date = ScalarText.string(s, y..<e)
        guard e < a, unit.hasPrefix("г") ? Self.isYear(date) : Self.isCentury(date) else { return false }
        let after = tokens(s, from: b, range, count: 5)
        guard let first = after.first, first.first?.isUppercase == true else { return false }
        // "В." and "С." are initials ("в марте 2025 г. В. В. Путин провёл…", "подписанный в 2024 г.
        // А. Белоусовым"), not the prepositions «В», «С».
        if !isInitials(first), Abbreviations.russianClauseOpeners.contains(Self.strippingPunctuation(first)) { return true }
        return clauseHasPastTenseVerb(s, before: y, range) && Self.opensWithSubjectAndVerb(after)
    }

    /// "2025", "2024–2025", "12.02.2025" (an opening bracket or quotation mark allowed before it).
    static func isYear(_ token: String) -> Bool {
        let t = Array(token.unicodeScalars.drop(while: { "(«“\"".unicodeScalars.contains($0) }))
        guard t.count >= 4, t.suffix(4).allSatisfy({ $0.properties.numericType == .decimal }) else { return false }
        if t.count > 4, t[t.count - 5].properties.numericType == .decimal { return false }
        return t.allSatisfy { $0.properties.numericType == .decimal || ".-–/".unicodeScalars.contains($0) }
    }

    /// "XX", "XIX–XX" (Latin capitals, as Russian writes centuries).
    static func isCentury(_ token: String) -> Bool {
        let t = token.unicodeScalars.drop(while: { "(«“\"".unicodeScalars.contains($0) })
        return t.first.map { "IVXL".unicodeScalars.contains($0) } == true && t.allSatisfy { "IVXL-–".unicodeScalars.contains($0) }
    }

    /// Up to `count` white-space separated tokens from `b`.
    func tokens(_ s: [Unicode.Scalar], from b: Int, _ range: Range<Int>, count: Int) -> [String] {
        var out: [String] = []
        var i = b
        while out.count < count {
            while i < range.upperBound, s[i].properties.isWhitespace { i += 1 }
            guard i < range.upperBound else { break }
            var j = i
            while j < range.upperBound, !s[j].properties.isWhitespace { j += 1 }
            out.append(ScalarText.string(s, i..<j))
            i = j
        }
        return out
    }

    static func strippingPunctuation(_ token: String) -> String {
        String(token.drop(while: { !$0.isLetter }).reversed().drop(while: { !$0.isLetter }).reversed())
    }

    /// Capitalised words (a name: "Путин", "Владимир Путин", "В.В.Путин"), then a past-tense verb.
    static func opensWithSubjectAndVerb(_ tokens: [String]) -> Bool {
        for (k, token) in tokens.enumerated() where k < 4 {
            let word = strippingPunctuation(token)
            guard let c = word.first else { return false }
            if c.isUppercase {
                // A name ends at punctuation: "Китай, Индию" is a list, not a subject.
                if token.last?.isLetter != true { return false }
                continue
            }
            return isPastTense(word)
        }
        return false
    }

    /// Whether the clause that ends at `y` holds a past-tense verb. The clause starts after
    /// punctuation (, ; : brackets, quotation marks, dashes, a sentence end) or a conjunction that
    /// opens a subordinate clause ("что", "когда", "который"…); its first word may be capitalised
    /// ("Состоялся разговор…"), the others must be in lower case (names are not verbs).
    func clauseHasPastTenseVerb(_ s: [Unicode.Scalar], before y: Int, _ range: Range<Int>) -> Bool {
        var k = y
        while k > range.lowerBound {
            let c = s[k - 1]
            if ",;:()«»“”\"—–!?".unicodeScalars.contains(c) { break }
            if c == ".", k < range.upperBound, s[k].properties.isWhitespace { break }
            k -= 1
        }
        let words = ScalarText.string(s, k..<y).split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        var clause = words[...]
        if let cut = clause.lastIndex(where: { Self.subordinators.contains($0.lowercased()) }) { clause = clause[(cut + 1)...] }
        return clause.enumerated().contains { n, w in
            (n == 0 || w.first?.isLowercase == true) && Self.isPastTense(w.lowercased())
        }
    }

    static let subordinators: Set<String> = ["что", "чтобы", "когда", "если", "где", "как", "хотя", "пока",
                                             "который", "которая", "которое", "которые", "которого", "которой", "которых"]

    /// A Russian past-tense form, by its ending: a vowel then "л", "ла", "ло", "ли" (заявил,
    /// была, было, обсудили), or "ш", "г", "к", "з", "р" then "ла", "ло", "ли" (прошла, смогли,
    /// умерли), with a reflexive "ся"/"сь" allowed (состоялся, договорились). "о" before "л" is
    /// left out (посол, школа, протокол); nouns that end like verbs are listed in
    /// ``Abbreviations/russianPastTenseLookalikes``.
    static func isPastTense(_ word: String) -> Bool {
        guard word.count >= 3, !Abbreviations.russianPastTenseLookalikes.contains(word) else { return false }
        var w = Array(word)
        if w.count > 4, w.suffix(2) == ["с", "я"] || w.suffix(2) == ["с", "ь"] { w.removeLast(2) }
        let vowels: Set<Character> = ["а", "е", "ё", "и", "ы", "у", "я", "э", "ю"]
        if w.last == "л" { return w.count >= 2 && vowels.contains(w[w.count - 2]) }
        guard w.count >= 3, w[w.count - 2] == "л", ["а", "о", "и"].contains(w[w.count - 1]) else { return false }
        return vowels.contains(w[w.count - 3]) || ["ш", "г", "к", "з", "р"].contains(w[w.count - 3])
    }
}
