@testable import DriftAlignCore
import Foundation
import Testing

@Suite struct TextTests {
    @Test func comparisonFormFoldsQuotesApostrophesAndSpaces() {
        #expect(TextFolding.comparisonForm("L’appel « se déroule bien »") == "L'appel \" se déroule bien \"")
        #expect(TextFolding.comparisonForm("e\u{0301}te\u{0301}") == "été")  // NFC
    }

    @Test func transliterationMatchesPressSpellings() throws {
        let t = try ICUTransliterator(id: "Russian-Latin/BGN")
        #expect(t.transliterate("Песков") == "Peskov")
        #expect(t.transliterate("Путин").hasPrefix("Put"))
    }

    @Test func sourceMapMapsExactAndInexactPieces() {
        var map = SourceMap()
        map.append(.init(document: 0..<5, input: 10..<15, exact: true))
        map.append(.init(document: 7..<12, input: 30..<48, exact: false))
        #expect(map.inputRange(for: 1..<3) == 11..<13)
        #expect(map.inputRange(for: 8..<9) == 30..<48)
        #expect(map.inputRange(for: 2..<9) == 12..<48)
        #expect(map.inputRange(for: 5..<7) == nil)
    }

    @Test func dateOnlyLines() {
        #expect(DateLine.isDateOnly("19 Mars 2025"))
        #expect(DateLine.isDateOnly("mardi 18 mars 2025"))
        #expect(DateLine.isDateOnly("March 18, 2025"))
        #expect(DateLine.isDateOnly("18 марта 2025 года"))
        #expect(!DateLine.isDateOnly("Le 18 mars, Bloomberg a écrit"))
    }
}

@Suite struct ShoutingTests {
    @Test func shoutedRunsAreLowerCasedForComparisonOnly() {
        let s = "BUT, AT THIS VERY MOMENT, THOUSANDS OF UKRAINIAN TROOPS ARE SURROUNDED. NATO and the CIA agreed."
        #expect(TextFolding.comparisonForm(s) == "but, at this very moment, thousands of ukrainian troops are surrounded. NATO and the CIA agreed.")
        #expect(TextFolding.comparisonForm("It must end NOW.") == "It must end NOW.")
    }
}

@Suite struct RomanNumeralTests {
    @Test func capitalWordsAreLowerCasedOneByOne() {
        #expect(TextFolding.lowercasingCapitalWords("it must end NOW.") == "it must end now.")
        #expect(TextFolding.lowercasingCapitalWords("Cela doit cesser MAINTENANT") == "Cela doit cesser maintenant")
        #expect(TextFolding.lowercasingCapitalWords("ÉNORME victoire, la CIA et le FBI") == "énorme victoire, la cia et le fbi")
        // Mixed-case words, single capitals and words with lower-case letters stay as written.
        #expect(TextFolding.lowercasingCapitalWords("Trump a parlé à M. Poutine de l'OTAN") == "Trump a parlé à M. Poutine de l'OTAN")
        #expect(TextFolding.lowercasingCapitalWords("A 2,500 B52") == "A 2,500 B52")
    }

    @Test func longCapitalWordsMarkEmphasis() {
        #expect(TextFolding.hasLongCapitalWord("Cela doit cesser MAINTENANT"))
        #expect(TextFolding.hasLongCapitalWord("in a very BAD and VULNERABLE position"))
        #expect(!TextFolding.hasLongCapitalWord("l'OTAN, la CIA, le FBI et les USA"))
        #expect(!TextFolding.hasLongCapitalWord("Maintenant, Vladimir Poutine parle"))
    }

    @Test func canonicalNumeralsAreRead() {
        #expect(RomanNumerals.value("XXII") == 22)
        #expect(RomanNumerals.value("XIV") == 14)
        #expect(RomanNumerals.value("XC") == 90)
        #expect(RomanNumerals.value("CCCXCIX") == 399)
        #expect(RomanNumerals.value("CCCLXXXVIII") == 388)
        #expect(RomanNumerals.value("I") == 1)
    }

    @Test func wordsAndNonCanonicalSpellingsAreNot() {
        for word in ["IIII", "VX", "IC", "LXXXXX", "CIA", "Xi", "", "MIX", "DC"] {
            #expect(RomanNumerals.value(word) == nil, "\(word)")
        }
    }

    @Test func partHeadingsNumberTheirPart() {
        #expect(RomanNumerals.partNumbers(in: "CHAPITRE XXII .") == [22])
        #expect(RomanNumerals.partNumbers(in: "Глава V. Совет гусеницы") == [5])
        #expect(RomanNumerals.partNumbers(in: "Book IV, Chapter I") == [4, 1])
        // The pronoun and a Roman numeral that numbers no part are not part numbers.
        #expect(RomanNumerals.partNumbers(in: "I said I would read Louis XIV.").isEmpty)
    }
}

@Suite struct DisplayTextTests {
    @Test func terminalTextShowsControlsInsteadOfObeyingThem() {
        #expect(DisplayText.terminal("plain «texte»\tok\n") == "plain «texte»\tok\n")
        #expect(DisplayText.terminal("\u{1B}[31mROUGE\u{1B}[0m") == "\u{FFFD}[31mROUGE\u{FFFD}[0m")
        #expect(DisplayText.terminal("a\u{9B}2Jb\u{7F}\u{0}\r") == "a\u{FFFD}2Jb\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(DisplayText.terminal("name \u{202E}gpj.exe") == "name \u{FFFD}gpj.exe")
        // Marks that only hint direction stay (Arabic and Hebrew text needs them).
        #expect(DisplayText.terminal("a\u{200F}b") == "a\u{200F}b")
    }

    @Test func singleLineJoinsLinesAndDropsControls() {
        #expect(DisplayText.singleLine("one\ntwo\r\nthree\u{2028}four\tfive") == "one two  three four five")
        #expect(DisplayText.singleLine("x\u{1B}[2J\u{202E}y\u{0}") == "x[2Jy")
    }

    @Test func languageTagsAreCodesNotText() {
        for ok in ["fr", "en", "ru", "de", "und", "en-US", "zh-Hant", "sr-Latn-RS", "de-CH-1901"] { #expect(LanguageTag.isWellFormed(ok), "\(ok)") }
        for bad in ["", "f", "en\"><x", "en](https://x)", "fr fr", "en-", "-en", "en--US", "français", "1e", String(repeating: "a", count: 9)] {
            #expect(!LanguageTag.isWellFormed(bad), "\(bad)")
        }
    }
}

/// The strings the ICU shim writes into C buffers (version, charset guesses, error texts) are read
/// up to their NUL, never past the buffer.
@Suite struct ICUBufferTests {
    @Test func versionAndCharsetNamesAreReadUpToTheirEnd() throws {
        #expect(ICUInfo.version.split(separator: ".").allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) })
        let cp1251 = Array("Президент России провёл телефонный разговор с Президентом Соединённых Штатов."
            .data(using: .windowsCP1251)!)
        let guess = try #require(Charset.detect(cp1251[...]))
        #expect(guess.name == "windows-1251")
        #expect(guess.language == "ru")
    }

    @Test func anUnknownTransliteratorIsAClearError() {
        #expect(throws: DriftAlignCoreError.self) { try ICUTransliterator(id: "No-Such-Script") }
        do {
            _ = try ICUTransliterator(id: "No-Such-Script")
        } catch {
            #expect(error.localizedDescription.contains("No-Such-Script"), "\(error.localizedDescription)")
            #expect(error.localizedDescription.contains("U_"), "ICU's error name: \(error.localizedDescription)")
        }
    }

    @Test func aBufferWithoutNulIsReadWhole() {
        #expect(String(cBuffer: [72, 105]) == "Hi")
        #expect(String(cBuffer: [72, 0, 105]) == "H")
        #expect(String(cBuffer: [-61, -87, 0]) == "é")
    }
}

/// Initials before surnames, left out for comparison (Kremlin readouts write «В.В.Путин»).
@Suite struct InitialsTests {
    @Test func initialsBeforeASurnameAreDropped() {
        #expect(TextFolding.droppingInitials("В.В.Путин и Д.Трамп договорились") == "Путин и Трамп договорились")
        #expect(TextFolding.droppingInitials("В. В. Путин провёл разговор") == "Путин провёл разговор")
        #expect(TextFolding.droppingInitials("Donald J. Trump said") == "Donald Trump said")
        #expect(TextFolding.droppingInitials("Дм. Травин и Вл.Сурков") == "Травин и Сурков")
        #expect(TextFolding.initialCount("В.В.Путин и Д.Трамп") == 2)
    }

    @Test func titlesPlacesAndOtherPeriodsAreKept() {
        for kept in ["Mr. Smith met Dr. Jones in St. Petersburg.", "Путин В.В. провёл совещание.", "They chose plan B.",
                     "в г. Москве, т.е. в столице", "США. Путин заявил", "Louis XIV. Le roi", "Section 2.A. Text"] {
            #expect(TextFolding.droppingInitials(kept) == kept, "\(kept)")
        }
        // Counted, not dropped: a Latin pair may be a transliterated initial ("Dm. Glukhovsky").
        #expect(TextFolding.initialCount("The writer Dm. Glukhovsky") == 1)
        #expect(TextFolding.droppingInitials("The writer Dm. Glukhovsky") == "The writer Dm. Glukhovsky")
    }
}
