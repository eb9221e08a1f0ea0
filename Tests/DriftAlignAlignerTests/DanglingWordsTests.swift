@testable import DriftAlignAligner
import Testing

/// The closed word classes a run of words may not end on (``DanglingWords``).
@Suite struct DanglingWordsTests {
    func dangling(_ text: String, _ language: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let words = SpanNarrower.words(scalars, 0..<scalars.count)
        return DanglingWords.isDangling(scalars, words.last!, in: DanglingWords.words(for: language))
    }

    @Test func determinersConjunctionsAndSubjectPronounsDangle() {
        #expect(dangling("Security for our", "en"))
        #expect(dangling("an exceptional man, and HE", "en"))
        #expect(dangling("and HE WILL", "en"))
        #expect(dangling("the great benefit of the", "en"))
        #expect(dangling("переговоры о", "ru"))
        #expect(dangling("мира и", "ru"))
        #expect(dangling("sécurité sur notre", "fr"))
        #expect(dangling("Frieden und", "de"))
        #expect(dangling("Final Agreement (the", "en"))    // punctuation before the word is dropped
    }

    @Test func contentWordsObjectPronounsStrandedPrepositionsAndPunctuationDoNot() {
        #expect(!dangling("end NOW", "en"))
        #expect(!dangling("great benefit", "en"))
        #expect(!dangling("have been agreed to", "en"))  // stranded preposition
        #expect(!dangling("we must end it", "en"))       // object pronoun
        #expect(!dangling("thank you", "en"))
        #expect(!dangling("both sides, and", "xx"))       // no list for the language
        #expect(!dangling("переговоры о мире", "ru"))
        #expect(!dangling("both sides, and,", "en"))      // punctuation closes the phrase
        #expect(!dangling("«et»", "fr"))
    }
}
