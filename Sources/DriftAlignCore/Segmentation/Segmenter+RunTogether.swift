/// Sentence ends in text that scrapers or pasting glued together with no space, where UAX #29
/// sees none: after a closing parenthesis, and after a period ("…la trêve.Le Kremlin a démenti").
extension Segmenter {
    /// Breaks where scraped text glued two units together with no space: a closing parenthesis
    /// followed by a capitalised word ("(Image de référence)Photo © Flickr").
    func runTogetherBreaks(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Int] {
        guard range.count > 2 else { return [] }
        var out: [Int] = []
        for i in (range.lowerBound + 1)..<(range.upperBound - 1)
        where s[i - 1] == ")" && s[i].properties.isUppercase && s[i + 1].properties.isLowercase {
            out.append(i)
        }
        return out
    }

    /// Sentence ends after a period with no space before a capitalised word: "…we have a Plan
    /// B.The talks went on", "la trêve.Le Kremlin", "перемирию.Путин". UAX #29 never breaks
    /// there (SB7: a letter, "." and a capital are "U.S"). These breaks are final: ``keepBreak``
    /// reads the word before a spaced break and would take "B." for an initial.
    ///
    /// The next sentence may also open with a word of one letter that opens sentences («démenti.À
    /// Kiev», "перемирию.В Москве", "said.I think") or with an elided article or conjunction
    /// («démenti.L’Ukraine», «Qu’il»), after a word of two letters or more (after one letter the
    /// period follows an initial: "B.A", "Д.В").
    ///
    /// Not split, by design or for want of a safe rule: «De» («démenti.De son côté»), which is also a
    /// top-level domain; a word before the period written with combining marks (NFD), whose marks
    /// stop the backward scan. Each leaves two sentences merged, as before this rule.
    func gluedSentenceEnds(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Int] {
        guard range.count > 3 else { return [] }
        var out: [Int] = []
        for i in (range.lowerBound + 2)..<(range.upperBound - 1)
        where s[i - 1] == "." && s[i].properties.isUppercase && s[i - 2].properties.isAlphabetic
            && endsGluedSentence(s, period: i - 1, range) {
            out.append(i)
        }
        return out
    }

    /// One-letter words that open a sentence: French «À» (and «A», its accentless capital),
    /// English "I" and "A", Russian prepositions, conjunctions and «Я».
    static let oneLetterOpeners: Set<Unicode.Scalar> = ["À", "A", "I", "В", "С", "К", "О", "У", "И", "А", "Я"]

    /// Capitals that open an elided French word: «L’», «D’», «J’», «N’», «S’», «C’», «M’», «T’», and «Qu’».
    static let elidingCapitals: Set<Unicode.Scalar> = ["L", "D", "J", "N", "S", "C", "M", "T"]

    /// The end of the opener of a glued sentence starting at `start` (a capital), or nil when what
    /// follows the period does not read as a sentence's first word: a capital then lower-case
    /// letters up to white space or , ; : ! ? ("The", "Путин"), a one-letter opener and a space
    /// (``oneLetterOpeners``), or an elided word («L’Ukraine», «Qu’il»), whose end is its apostrophe.
    private func gluedOpenerEnd(_ s: [Unicode.Scalar], start: Int, _ range: Range<Int>) -> Int? {
        let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}"]
        func letter(_ k: Int) -> Bool { k < range.upperBound && s[k].properties.isAlphabetic }
        if start + 1 < range.upperBound, s[start + 1].properties.isLowercase {
            var j = start + 1
            while j < range.upperBound, s[j].properties.isLowercase { j += 1 }
            if j < range.upperBound, s[j].properties.isWhitespace || ",;:!?".unicodeScalars.contains(s[j]) { return j }
            // «Qu’il»: a capital, "u", the apostrophe, a letter.
            if j == start + 2, s[start] == "Q", s[start + 1] == "u", j < range.upperBound, apostrophes.contains(s[j]), letter(j + 1) {
                return j
            }
            return nil
        }
        guard start + 1 < range.upperBound else { return nil }
        if Self.oneLetterOpeners.contains(s[start]), s[start + 1].properties.isWhitespace { return start + 1 }
        if Self.elidingCapitals.contains(s[start]), apostrophes.contains(s[start + 1]), letter(start + 2) { return start + 1 }
        return nil
    }

    /// Whether the period at `p`, glued to the capitalised word after it, ends a sentence.
    ///
    /// The word before must be a whole word (letters, hyphens, apostrophes) that starts after white
    /// space or an opening mark, so that "J.D.Vance", "т.е.Путин", "U.S.", "a.m." (the letter before
    /// the period follows another period), "v2.Beta", "@Foo.Bar" and paths in URLs never split.
    /// The word after must be a capital then lower-case letters, followed by white space or
    /// , ; : ! ?, so that "Whitehouse.gov", "threading.Lock()", "Console.WriteLine",
    /// "Foo.Bar.Baz" never split; "WhiteHouse.Gov " is kept whole by its top-level domain. A
    /// one-letter opener or an elided word («À Kiev», «L’Ukraine») counts only after a word of two
    /// letters or more: "J.L’Heureux", "Д.В.Медведев" are initials.
    func endsGluedSentence(_ s: [Unicode.Scalar], period p: Int, _ range: Range<Int>) -> Bool {
        var t = p
        while t > range.lowerBound, s[t - 1].properties.isAlphabetic || "-'\u{2019}".unicodeScalars.contains(s[t - 1]) { t -= 1 }
        if t > range.lowerBound, !(s[t - 1].properties.isWhitespace || "(«“\"'[‘".unicodeScalars.contains(s[t - 1])) { return false }
        guard let j = gluedOpenerEnd(s, start: p + 1, range) else { return false }
        let before = ScalarText.string(s, t..<p), after = ScalarText.string(s, (p + 1)..<j)
        guard before.contains(where: \.isLetter), !Abbreviations.domainsAndExtensions.contains(after.lowercased()) else { return false }
        // A one-letter or elided opener only after a whole word: after one letter it is an initial's.
        if j - (p + 1) == 1, before.count < 2 { return false }
        let token = before + "."
        // Titles and abbreviations as a spaced break reads them: "Mr.Trump", "St.Louis", "г.Москва".
        if titles.contains(token) || titles.contains(token.lowercased()) { return false }
        if Abbreviations.listEnders.contains(token) { return true }
        if ambiguous.contains(token) { return Abbreviations.sentenceOpeners.contains(after) }
        // One letter: an initial ("M.Poutine", "Д.Трамп") unless a sentence opener follows that
        // is not a name's particle ("Plan B.The talks", but "B.Le Maire").
        if before.count == 1 { return Abbreviations.sentenceOpeners.contains(after) && !Abbreviations.nameParticles.contains(after) }
        return true
    }
}
