@testable import DriftAlignDrift
import Testing

/// The word lists the checks compare with tokens hold words as the tokenizer writes them: one
/// token each, lower-cased, «ё» written «е». An entry with a hyphen ("по-видимому", «au-delà»),
/// a space, an "'s" contraction or a «ё» can never equal a token and is silently dead; several
/// were (2026-12-06: «по-видимому» was no hedge, «своё» a content word).
@Suite struct WordListTokenTests {
    /// Whether `entry` is one token as written in text: elisions ("l'", «jusqu'») before a word,
    /// clitics ("n't", "'s") after one.
    static func isOneToken(_ entry: String) -> Bool {
        if entry.hasSuffix("'") { return WordTokenizer.tokenize(entry + "a").first?.lower == entry }
        if entry.hasPrefix("'") || entry == "n't" { return WordTokenizer.tokenize("do" + entry).last?.lower == entry }
        let t = WordTokenizer.tokenize(entry)
        return t.count == 1 && t[0].lower == entry
    }

    static let lists: [(String, Set<String>)] = [
        ("FunctionWords.english", FunctionWords.english), ("FunctionWords.french", FunctionWords.french),
        ("FunctionWords.russian", FunctionWords.russian), ("FunctionWords.german", FunctionWords.german),
        ("FunctionWords.grammatical", FunctionWords.grammatical), ("FunctionWords.politeRussian", FunctionWords.politeRussian),
        ("ModalityLexicon.english", ModalityLexicon.english), ("ModalityLexicon.french", ModalityLexicon.french),
        ("ModalityLexicon.russian", ModalityLexicon.russian), ("ModalityLexicon.german", ModalityLexicon.german),
        ("ModalityLexicon.frenchConditionals", ModalityLexicon.frenchConditionals), ("ModalityLexicon.sourceWords", ModalityLexicon.sourceWords),
        ("ModalityLexicon.reportingVerbs", ModalityLexicon.reportingVerbs),
        ("ModalityLexicon.englishOpinionVerbs", ModalityLexicon.englishOpinionVerbs),
        ("ModalityLexicon.frenchOpinionVerbs", ModalityLexicon.frenchOpinionVerbs),
        ("ModalityLexicon.russianOpinionVerbs", ModalityLexicon.russianOpinionVerbs),
        ("IntensityLexicon.english", IntensityLexicon.english), ("IntensityLexicon.french", IntensityLexicon.french),
        ("IntensityLexicon.russian", IntensityLexicon.russian), ("IntensityLexicon.german", IntensityLexicon.german),
        ("IntensityLexicon.clauseOpeners", IntensityLexicon.clauseOpeners),
        ("IntensityLexicon.extremeEnglish", IntensityLexicon.extremeEnglish), ("IntensityLexicon.extremeFrench", IntensityLexicon.extremeFrench),
        ("IntensityLexicon.extremeRussianStems", Set(IntensityLexicon.extremeRussianStems)),
        ("NegationLexicon.english", NegationLexicon.english), ("NegationLexicon.french", NegationLexicon.french),
        ("NegationLexicon.russian", NegationLexicon.russian), ("NegationLexicon.german", NegationLexicon.german),
        ("NegationCheck.largeQuantities", NegationCheck.largeQuantities), ("NegationCheck.russianQuestionWords", NegationCheck.russianQuestionWords),
        ("NegationCheck.notOnlyWords", NegationCheck.notOnlyWords), ("NegationCheck.notOnlyFollowers", NegationCheck.notOnlyFollowers),
        ("NegationCheck.restrictionWords", NegationCheck.restrictionWords), ("NegationCheck.longTimeWords", NegationCheck.longTimeWords),
        ("NegationCheck.regretWords", NegationCheck.regretWords),
        ("SuspectSenses.commanded", SuspectSenses.commanded), ("SuspectSenses.strikeTargets", SuspectSenses.strikeTargets),
    ] + ComplexPrepositions.phrases.map { language, phrases in
        // Every alternative at every position of the complex prepositions.
        ("ComplexPrepositions.\(language)", Set(phrases.flatMap { $0.flatMap { $0 } }))
    }

    /// The adjectives of degree, of an attitude noun, and the nouns and participles they
    /// intensify, by language (Russian ones are stems, each one token as written too).
    static var degreeLists: [(String, Set<String>)] {
        let tables: [(String, [String: Set<String>])] = [
            ("degreeAdjectives", IntensityLexicon.degreeAdjectives), ("magnifiers", IntensityLexicon.magnifiers),
            ("attitudeNouns", IntensityLexicon.attitudeNouns), ("attitudeParticiples", IntensityLexicon.attitudeParticiples),
            ("participleMagnifiers", IntensityLexicon.participleMagnifiers),
        ]
        var out: [(String, Set<String>)] = []
        for (name, table) in tables {
            for (language, words) in table { out.append(("IntensityLexicon.\(name).\(language)", words)) }
        }
        return out
    }

    @Test func everyEntryIsOneTokenAsWritten() {
        #expect(Self.degreeLists.count >= 13)
        for (name, list) in Self.lists + Self.degreeLists {
            let dead = list.filter { !Self.isOneToken($0) }.sorted()
            #expect(dead.isEmpty, "\(name): \(dead)")
        }
    }

    /// The hygiene rule itself: a hyphenated or «ё» entry is dead, an elision is not.
    @Test func theRuleTellsDeadEntries() {
        #expect(!Self.isOneToken("по-видимому"))
        #expect(!Self.isOneToken("своё"))
        #expect(!Self.isOneToken("it's"))
        #expect(!Self.isOneToken("'s"))  // read as "s"
        #expect(Self.isOneToken("l'") && Self.isOneToken("jusqu'") && Self.isOneToken("n't") && Self.isOneToken("свое"))
    }
}
