import Foundation
import Testing
@testable import DriftAlignDrift

/// The lemma tables `scripts/build-lexicon.sh` writes beside the lexicon (``LemmaTable``): looked
/// up by bisection in the sorted file, refused when damaged.
@Suite struct LemmaTableTests {
    /// Writes `text` to a temporary file and opens it as a table.
    static func table(_ text: String) throws -> LemmaTable {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("driftalign-lemma-\(UUID().uuidString).tsv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try LemmaTable(path: url.path)
    }

    // Lines as the build writes them: sorted by the form's UTF-8 bytes (Latin before Cyrillic).
    static let lines = """
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
        let t = try Self.table(Self.lines)
        #expect(t.count == 8)
        let expected = ["aime": "aimer", "chantèrent": "chanter", "cria": "crier", "mourut": "mourir", "tua": "tuer",
                        "идет": "идти", "любит": "любить", "пошел": "пойти"]
        for (form, lemma) in expected { #expect(t.lemma(of: form) == lemma, "\(form)") }
        // Before the first, after the last, between two, a prefix of a form, a form with more.
        for w in ["a", "ярко", "crie", "cri", "criait", "", "aimer", "любить"] { #expect(t.lemma(of: w) == nil, "\(w)") }
    }

    @Test func aDamagedTableIsRefusedWithTheLineItBreaksAt() throws {
        func problem(_ text: String) -> String {
            do { _ = try Self.table(text); return "" } catch { return error.localizedDescription }
        }
        #expect(problem("tua\ttuer\ncria\tcrier\n").contains("line 2 is out of order"))
        #expect(problem("cria\tcrier\ncria\tcrier\n").contains("line 2 is out of order"))
        #expect(problem("cria\tcrier\ntua tuer\n").contains("line 2 is not form<TAB>lemma"))
        #expect(problem("cria\tcrier\ttoo\n").contains("line 1 is not form<TAB>lemma"))
        #expect(problem("\tcrier\n").contains("line 1 is not form<TAB>lemma"))
        #expect(problem("cria\tcrier\ntua\ttuer").contains("line 2 does not end with a newline"))
        #expect(try Self.table("").count == 0)
    }

    @Test func theLexiconReadsTheTablesBesideIt() throws {
        let lexicon = try Scoring.lexicon(lemmas: ["fr": "cria\tcrier\n", "ru": "идет\tидти\n"])
        #expect(lexicon.lemma(of: "cria", language: "fr") == "crier")
        #expect(lexicon.lemma(of: "идет", language: "ru") == "идти")
        #expect(lexicon.lemma(of: "cria", language: "ru") == nil && lexicon.lemma(of: "crier", language: "fr") == nil)
        #expect(lexicon.lemma(of: "saw", language: "en") == nil)
        // A damaged table beside the lexicon makes the lexicon unreadable, said with its name.
        #expect(throws: DriftError.self) { try Scoring.lexicon(lemmas: ["fr": "tua\ttuer\ncria\tcrier\n"]) }
    }
}
