import ArgumentParser
import DriftAlignAligner
import DriftAlignCore
import Foundation

/// `driftalign eval GOLD PRED [GOLD PRED …]`: alignment quality against gold links.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score predicted alignments against gold links (strict and lax precision, recall, F1).",
        discussion: """
        Files are in the links format ([0, 1]:[2]:0.873, one link per line), given in pairs: \
        gold first, then the prediction for the same document. Figures are micro-averaged over \
        documents, with Vecalign's definitions: precision over predicted links with at least one \
        side (strict: equal to a gold link; lax: overlapping one on both sides), recall over gold \
        links with both sides.

        Example:
          driftalign align en.txt fr.txt --presegmented > pred.links
          driftalign eval gold.links pred.links
        """
    )

    @Argument(help: "Gold and prediction files, in pairs.")
    var files: [String]

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        guard !files.isEmpty, files.count % 2 == 0 else {
            throw ValidationError("give files in pairs, GOLD PRED [GOLD PRED …]; got \(files.count) file(s)")
        }
    }

    func run() throws {
        var pairs: [(gold: [AlignmentLink], predicted: [AlignmentLink])] = []
        for k in stride(from: 0, to: files.count, by: 2) {
            pairs.append((try read(files[k]), try read(files[k + 1])))
            Self.warnIfOtherDocuments(gold: pairs[pairs.count - 1].gold, files[k], predicted: pairs[pairs.count - 1].predicted, files[k + 1])
        }
        let s = AlignmentEvaluation.score(pairs)
        if json {
            let f = { (x: Double) in String(format: "%.4f", x) }
            print("{\"strict\": {\"precision\": \(f(s.strict.precision)), \"recall\": \(f(s.strict.recall)), \"f1\": \(f(s.strict.f1))}, "
                + "\"lax\": {\"precision\": \(f(s.lax.precision)), \"recall\": \(f(s.lax.recall)), \"f1\": \(f(s.lax.f1))}, \"documents\": \(pairs.count)}")
        } else {
            print("documents: \(pairs.count)")
            print(String(format: "strict  precision %.4f  recall %.4f  F1 %.4f", s.strict.precision, s.strict.recall, s.strict.f1))
            print(String(format: "lax     precision %.4f  recall %.4f  F1 %.4f", s.lax.precision, s.lax.recall, s.lax.f1))
        }
    }

    /// A prediction that numbers sentences past the gold's last one on a side is of another
    /// document (files given in the wrong order, another document's prediction), and the figures
    /// would mean nothing. Said on stderr; the pair is still scored. (A prediction may stop short
    /// of the gold's last sentence: quote mining links only what it finds.)
    static func warnIfOtherDocuments(gold: [AlignmentLink], _ goldPath: String, predicted: [AlignmentLink], _ predictedPath: String) {
        for (side, name) in [(\AlignmentLink.original, "original"), (\AlignmentLink.translation, "translation")] {
            let g = gold.flatMap { $0[keyPath: side] }.max(), p = predicted.flatMap { $0[keyPath: side] }.max()
            guard let g, let p, p > g else { continue }
            Diagnostics.write("eval: warning: \(predictedPath) numbers \(name) sentences up to \(p), \(goldPath) only up to \(g): "
                + "are they the same document?\n")
        }
    }

    /// The links of `path`; a sentence in two links is counted as written, with a warning: the
    /// file was probably concatenated or edited by hand.
    private func read(_ path: String) throws -> [AlignmentLink] {
        let input = try InputReader().read(path: path)
        let links = try LinksFormat.read(input.text, file: path)
        for (side, name) in [(\AlignmentLink.original, "original"), (\AlignmentLink.translation, "translation")] {
            var seen = Set<Int>()
            if let repeated = links.lazy.flatMap({ $0[keyPath: side] }).first(where: { !seen.insert($0).inserted }) {
                Diagnostics.write("eval: warning: \(path): \(name) sentence \(repeated) is in more than one link; links are counted as written\n")
            }
        }
        return links
    }
}
