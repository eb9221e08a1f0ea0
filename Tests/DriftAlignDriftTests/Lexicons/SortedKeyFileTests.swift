import Foundation
import Testing
@testable import DriftAlignDrift

/// The lemma tables and the French word forms `scripts/build-lexicon.sh` writes beside the lexicon
/// (``SortedKeyFile``): looked up by bisection in the sorted file, refused when damaged.
@Suite struct SortedKeyFileTests {
    /// Writes `text` to a temporary file and opens it.
    static func file(_ text: String, hasValues: Bool = true) throws -> SortedKeyFile {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("driftalign-sorted-\(UUID().uuidString).tsv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try SortedKeyFile(path: url.path, hasValues: hasValues)
    }

    // Lines as the build writes them: sorted by the form's UTF-8 bytes (Latin before Cyrillic).
    static let lemmas = """
        aime\taimer
        chantèrent\tchanter
        cria\tcrier
        mourut\tmourir
        tua\ttuer
        идет\tидти
        любит\tлюбить
        пошел\tпойти

        """

    @Test func everyFormIsFoundAndNothingElse() throws {
        let t = try Self.file(Self.lemmas)
        #expect(t.count == 8)
        let expected = ["aime": "aimer", "chantèrent": "chanter", "cria": "crier", "mourut": "mourir", "tua": "tuer",
                        "идет": "идти", "любит": "любить", "пошел": "пойти"]
        for (form, lemma) in expected { #expect(t.value(of: form) == lemma && t.contains(form), "\(form)") }
        // Before the first, after the last, between two, a prefix of a form, a form with more.
        for w in ["a", "ярко", "crie", "cri", "criait", "", "aimer", "любить"] { #expect(t.value(of: w) == nil && !t.contains(w), "\(w)") }
    }

    @Test func aWordListHasItsWordsOnly() throws {
        let words = try Self.file("agis\ncombiné\nhistoriquement\nnoël\nécosse\n", hasValues: false)
        #expect(words.count == 5)
        for w in ["agis", "combiné", "historiquement", "noël", "écosse"] { #expect(words.contains(w), "\(w)") }
        for w in ["agi", "historique", "zèbre", "", "Agis"] { #expect(!words.contains(w), "\(w)") }
        #expect(words.value(of: "agis") == nil)
    }

    @Test func aDamagedFileIsRefusedWithTheLineItBreaksAt() throws {
        func problem(_ text: String, hasValues: Bool = true) -> String {
            do { _ = try Self.file(text, hasValues: hasValues); return "" } catch { return error.localizedDescription }
        }
        #expect(problem("tua\ttuer\ncria\tcrier\n").contains("line 2 is out of order"))
        #expect(problem("cria\tcrier\ncria\tcrier\n").contains("line 2 is out of order"))
        #expect(problem("cria\tcrier\ntua tuer\n").contains("line 2 is not key<TAB>value"))
        #expect(problem("cria\tcrier\ttoo\n").contains("line 1 is not key<TAB>value"))
        #expect(problem("\tcrier\n").contains("line 1 is not key<TAB>value"))
        #expect(problem("cria\t\n").contains("line 1 is not key<TAB>value"))
        #expect(problem("cria\tcrier\ntua\ttuer").contains("line 2 does not end with a newline"))
        // A word list: no tab, no empty line, sorted (wfrench's own order is not bytes': «Écosse»
        // before «zèbre»).
        #expect(problem("agis\tagir\n", hasValues: false).contains("line 1 is not one word, no tab"))
        #expect(problem("agis\n\ncombiné\n", hasValues: false).contains("line 2 is not one word, no tab"))
        #expect(problem("écosse\nzèbre\n", hasValues: false).contains("line 2 is out of order"))
        #expect(try Self.file("").count == 0)
    }

    @Test func theLexiconReadsTheFilesBesideIt() throws {
        let lexicon = try Scoring.lexicon(lemmas: ["fr": "cria\tcrier\n", "ru": "идет\tидти\n"],
                                          frenchWordForms: "agis\nhistoriquement\n")
        #expect(lexicon.lemma(of: "cria", language: "fr") == "crier")
        #expect(lexicon.lemma(of: "идет", language: "ru") == "идти")
        #expect(lexicon.lemma(of: "cria", language: "ru") == nil && lexicon.lemma(of: "crier", language: "fr") == nil)
        #expect(lexicon.lemma(of: "saw", language: "en") == nil)
        #expect(lexicon.knowsWordForm("historiquement", language: "fr") && !lexicon.knowsWordForm("historique", language: "fr"))
        #expect(!lexicon.knowsWordForm("historiquement", language: "en"))
        // A damaged file beside the lexicon makes the lexicon unreadable, said with its name.
        #expect(throws: DriftError.self) { try Scoring.lexicon(lemmas: ["fr": "tua\ttuer\ncria\tcrier\n"]) }
        #expect(throws: DriftError.self) { try Scoring.lexicon(lemmas: [:], frenchWordForms: "zèbre\nagis\n") }
    }
}
