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
    /// Not split, by design or for want of a safe rule: a next word of one letter ("перемирию.В
    /// Москве", «démenti.À Kiev») or with an elided article («démenti.L’Ukraine»), which the
    /// capital-then-lower-case test does not see; «De» («démenti.De son côté»), which is also a
    /// top-level domain; a word before the period written with combining marks (NFD), whose marks
    /// stop the backward scan. Each leaves two sentences merged, as before this rule.
    func gluedSentenceEnds(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Int] {
        guard range.count > 3 else { return [] }
        var out: [Int] = []
        for i in (range.lowerBound + 2)..<(range.upperBound - 1)
        where s[i - 1] == "." && s[i].properties.isUppercase && s[i + 1].properties.isLowercase
            && s[i - 2].properties.isAlphabetic && endsGluedSentence(s, period: i - 1, range) {
            out.append(i)
        }
        return out
    }

    /// Whether the period at `p`, glued to the capitalised word after it, ends a sentence.
    ///
    /// The word before must be a whole word (letters, hyphens, apostrophes) that starts after white
    /// space or an opening mark, so that "J.D.Vance", "т.е.Путин", "U.S.", "a.m." (the letter before
    /// the period follows another period), "v2.Beta", "@Foo.Bar" and paths in URLs never split.
    /// The word after must be a capital then lower-case letters, followed by white space or
    /// , ; : ! ?, so that "Whitehouse.gov", "threading.Lock()", "Console.WriteLine",
    /// "Foo.Bar.Baz" never split; "WhiteHouse.Gov " is kept whole by its top-level domain.
    func endsGluedSentence(_ s: [Unicode.Scalar], period p: Int, _ range: Range<Int>) -> Bool {
        var t = p
        while t > range.lowerBound, s[t - 1].properties.isAlphabetic || "-'\u{2019}".unicodeScalars.contains(s[t - 1]) { t -= 1 }
        if t > range.lowerBound, !(s[t - 1].properties.isWhitespace || "(«“\"'[‘".unicodeScalars.contains(s[t - 1])) { return false }
        var j = p + 2
        while j < range.upperBound, s[j].properties.isLowercase { j += 1 }
        guard j < range.upperBound, s[j].properties.isWhitespace || ",;:!?".unicodeScalars.contains(s[j]) else { return false }
        let before = ScalarText.string(s, t..<p), after = ScalarText.string(s, (p + 1)..<j)
        guard before.contains(where: \.isLetter), !Abbreviations.domainsAndExtensions.contains(after.lowercased()) else { return false }
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
