import DriftAlignTestSupport
import Foundation
import Testing

/// `driftalign score-pairs` as a user runs it (lexical encoder: no model needed).
@Suite(.enabled(if: TestPaths.cli != nil, "driftalign is not built"))
struct ScorePairsCommandTests {
    func write(_ text: String) throws -> String {
        let path = TestScratch.url("score-pairs").appendingPathExtension("tsv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func oneJSONLinePerPairInOrder() throws {
        let path = try write("Russia lost 2,500 soldiers.\tLa Russie a perdu 25 000 soldats.\nPutin met Witkoff.\tPoutine a rencontré Witkoff.\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try CLIRunner.run(["score-pairs", path, "--src-lang", "en", "--tgt-lang", "fr", "--encoder", "lexical"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.count == 2)
        let first = lines[0]["findings"] as! [[String: Any]]
        let number = try #require(first.first { $0["type"] as? String == "number" })
        #expect(number["severity"] as? String == "major")
        #expect(number["originalStart"] as? Int == 12 && number["originalEnd"] as? Int == 17)
        #expect(number["translationStart"] as? Int == 18 && number["translationEnd"] as? Int == 24)
        #expect((lines[0]["drift"] as! Double) > (lines[1]["drift"] as! Double))
    }

    @Test func lineWithoutTabIsAnErrorNamingTheLine() throws {
        let path = try write("One\tUn\nno tab here\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try CLIRunner.run(["score-pairs", path, "--src-lang", "en", "--tgt-lang", "fr", "--encoder", "lexical"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("\(path):2: no tab on this line"))
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stdout.isEmpty)
    }

    @Test func missingFileIsAnError() throws {
        let r = try CLIRunner.run(["score-pairs", "/nonexistent/pairs.tsv", "--src-lang", "en", "--tgt-lang", "fr", "--encoder", "lexical"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("no such file"))
    }
    /// `--lexicon FILE` is read as the installed lexicon is, with the word lists
    /// `scripts/build-lexicon.sh` writes beside it. It read FILE alone: naming the installed
    /// lexicon explicitly lost WordNet's common words, and «Northern» in "Northern Lights" became
    /// a name the French left out.
    @Test func anExplicitLexiconIsReadWithTheWordListsBesideIt() throws {
        let dir = try TestScratch.directory("lexicon")
        let lexicon = dir.appendingPathComponent("freedict.tsv").path
        try "en\tcall\tfr\tappel\nen\tlight\tfr\tlumière\n".write(toFile: lexicon, atomically: true, encoding: .utf8)
        try "northern\nlights\nlight\n".write(to: dir.appendingPathComponent("wordnet-en-common.txt"), atomically: true, encoding: .utf8)
        let path = try write("Northern Lights were seen over Moscow on Tuesday.\tDes aurores boréales ont été vues au-dessus de Moscou mardi.\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let args = ["score-pairs", path, "--src-lang", "en", "--tgt-lang", "fr", "--encoder", "lexical"]
        let installed = try CLIRunner.run(args, environment: ["DRIFTALIGN_LEXICON": lexicon])
        let named = try CLIRunner.run(args + ["--lexicon", lexicon], environment: ["DRIFTALIGN_LEXICON": "/nonexistent/freedict.tsv"])
        #expect(installed.status == 0 && named.status == 0, "\(installed.stderr)\(named.stderr)")
        #expect(!named.stdout.contains("names Northern"), "\(named.stdout)")
        #expect(named.stdout == installed.stdout)
    }

    /// An empty or binary file given as the lexicon is refused; it was read as a lexicon with no
    /// words, and the scores silently lost what the lexicon gives.
    @Test func aLexiconWithoutWordPairsIsRefused() throws {
        let path = try write("Highly productive call.\tUn appel productif.\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let empty = TestScratch.url("empty-lexicon").path
        try Data().write(to: URL(fileURLWithPath: empty))
        let binary = TestScratch.url("binary-lexicon").path
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x09, 0x00, 0x09, 0x00, 0x09, 0xFF]).write(to: URL(fileURLWithPath: binary))
        for (file, why) in [(empty, "it holds no word pairs"), (binary, "not UTF-8 text")] {
            let r = try CLIRunner.run(["score-pairs", path, "--src-lang", "en", "--tgt-lang", "fr", "--encoder", "lexical", "--lexicon", file])
            #expect(r.status == 1, "\(r.stderr)")
            #expect(r.stderr.contains("bilingual lexicon \(file) cannot be read (\(why))"), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }

    @Test(.enabled(if: Scoring.modelInstalled, Scoring.skipReason))
    func theSameInputScoresTheSameInEveryRun() throws {
        // Word vectors were encoded in a set's order, which changes from one process to the next,
        // and coverage was summed in a dictionary's order: the last digits of scores changed
        // between two runs of the same command.
        let pairs = [
            ("I just had a long and highly productive phone call with President Putin of Russia.", "Je viens d'avoir un long et très productif appel téléphonique avec le président russe Poutine."),
            ("We agreed to have our respective teams start negotiations immediately.", "Nous sommes convenus que nos équipes respectives entament immédiatement des négociations."),
            ("Millions of people have died in a War that would not have happened if I were President.", "Des millions de personnes sont mortes dans une guerre qui n'aurait pas eu lieu si j'avais été président."),
            ("The leaders agreed that the movement to peace will begin with an energy and infrastructure ceasefire.", "Les dirigeants sont convenus que le mouvement vers la paix commencera par un cessez-le-feu sur l'énergie et les infrastructures."),
            ("Vladimir Putin supported the idea of a mutual refusal to strike energy facilities for 30 days.", "Vladimir Poutine a soutenu l'idée d'un renoncement mutuel aux frappes sur les installations énergétiques pendant 30 jours."),
            ("The conversation lasted more than two hours and was frank and detailed.", "La conversation a duré plus de deux heures et a été franche et détaillée."),
        ]
        let path = try write(pairs.map { "\($0.0)\t\($0.1)" }.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let args = ["score-pairs", path, "--src-lang", "en", "--tgt-lang", "fr", "--threads", "1", "--evidence"]
        let first = try CLIRunner.run(args), second = try CLIRunner.run(args)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.split(separator: "\n").count == pairs.count)
        #expect(first.stdout == second.stdout)
    }
}
