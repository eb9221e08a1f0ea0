import DriftAlignEncoder
import Foundation
import Testing
@testable import DriftAlignDrift

/// Scorers shared by the drift tests.
///
/// Rule-based checks are tested with no encoder and no installed lexicon, so they do not depend
/// on what is on the machine; tests of the encoder-based parts use the installed USE-m model and
/// are disabled, with the reason shown, when it is absent (CI installs it first).
enum Scoring {
    /// No encoder, no lexicon: only the rule-based checks and cognates.
    static let rules = DriftScorer(encoder: nil, lexicon: .some(nil))

    static let modelDirectory = USEMultilingualEncoder.defaultModelDirectory()
    static let modelInstalled = FileManager.default.fileExists(atPath: "\(modelDirectory)/MANIFEST")
    static let skipReason: Comment = "USE-m model not installed at \(modelDirectory): run scripts/install-model.sh"
    /// USE-m, no lexicon (loaded once).
    static let usem: DriftScorer? = (try? USEMultilingualEncoder(modelDirectory: modelDirectory)).map {
        DriftScorer(encoder: $0, lexicon: .some(nil))
    }

    /// USE-m with a lexicon of one word pair and the given lemma tables (language → `form<TAB>lemma`
    /// lines, sorted), read from a temporary folder as the installed lexicon is read
    /// (``BilingualLexicon/load(path:)``): tests of lemma readings do not depend on the machine's.
    static func usem(lemmas: [String: String]) throws -> DriftScorer? {
        guard let encoder = usem?.encoder else { return nil }
        return DriftScorer(encoder: encoder, lexicon: .some(try lexicon(lemmas: lemmas)))
    }

    /// A lexicon of one word pair ("en house fr maison") with the given lemma tables beside it, and
    /// the French word forms when given.
    static func lexicon(lemmas: [String: String], frenchWordForms: String? = nil) throws -> BilingualLexicon {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("driftalign-lemmas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "en\thouse\tfr\tmaison\n".write(to: folder.appendingPathComponent("freedict.tsv"), atomically: true, encoding: .utf8)
        for (language, lines) in lemmas {
            try lines.write(to: folder.appendingPathComponent(BilingualLexicon.lemmaFile(language)), atomically: true, encoding: .utf8)
        }
        if let forms = frenchWordForms {
            try forms.write(to: folder.appendingPathComponent(BilingualLexicon.frenchWordFormsFile), atomically: true, encoding: .utf8)
        }
        return try BilingualLexicon.load(path: folder.appendingPathComponent("freedict.tsv").path)
    }

    /// The rule-based scorer with a lexicon of the given FreeDict lines (`en<TAB>word<TAB>fr<TAB>mot`):
    /// tests of what the dictionary knows as a common word do not depend on the machine's.
    static func rules(freedict: String) throws -> DriftScorer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("driftalign-freedict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try freedict.write(to: folder.appendingPathComponent("freedict.tsv"), atomically: true, encoding: .utf8)
        return DriftScorer(encoder: nil, lexicon: .some(try BilingualLexicon.load(path: folder.appendingPathComponent("freedict.tsv").path)))
    }

    /// The findings of one link, from the rule-based scorer unless another is given.
    static func findings(_ original: String, _ translation: String, _ src: String, _ tgt: String = "fr",
                         context: DriftContext = .init(), scorer: DriftScorer = rules) throws -> [DriftFinding] {
        try scorer.score(original: original, translation: translation, originalLanguage: src, translationLanguage: tgt,
                         context: context).findings
    }

    /// Findings of one type.
    static func findings(_ type: DriftFinding.Kind, _ original: String, _ translation: String, _ src: String, _ tgt: String = "fr",
                         context: DriftContext = .init(), scorer: DriftScorer = rules) throws -> [DriftFinding] {
        try findings(original, translation, src, tgt, context: context, scorer: scorer).filter { $0.type == type }
    }

    /// Expects no finding of `type` at `severity` or above on any (original, translation, original's
    /// language) case: faithful pairs the check must leave alone.
    static func expectNone(_ type: DriftFinding.Kind, atOrAbove severity: DriftFinding.Severity = .major,
                           _ cases: [(String, String, String)], to tgt: String = "fr", scorer: DriftScorer = rules,
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (o, t, src) in cases {
            let f = try findings(type, o, t, src, tgt, scorer: scorer)
            #expect(!f.contains { $0.severity >= severity }, "\(o) | \(t): \(f.map(\.reason))", sourceLocation: sourceLocation)
        }
    }

    /// Expects a finding of `type` at minor or above on every case.
    static func expectAtLeastMinor(_ type: DriftFinding.Kind, _ cases: [(String, String, String)], to tgt: String = "fr",
                                   scorer: DriftScorer = rules, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (o, t, src) in cases {
            let f = try findings(type, o, t, src, tgt, scorer: scorer)
            #expect(f.contains { $0.severity >= .minor }, "\(o) | \(t): \(f.map(\.reason))", sourceLocation: sourceLocation)
        }
    }

    /// Expects a major finding of `type` on every case: the drifts the same rules must still catch.
    static func expectMajor(_ type: DriftFinding.Kind, _ cases: [(String, String, String)], to tgt: String = "fr",
                            scorer: DriftScorer = rules, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (o, t, src) in cases {
            let f = try findings(type, o, t, src, tgt, scorer: scorer)
            #expect(f.contains { $0.severity == .major }, "\(o) | \(t): \(f.map(\.reason))", sourceLocation: sourceLocation)
        }
    }
}

/// The text a scalar range covers, to check that a finding points at the right words.
func slice(_ text: String, _ range: Range<Int>?) -> String? {
    guard let r = range else { return nil }
    let s = Array(text.unicodeScalars)
    guard r.upperBound <= s.count else { return nil }
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s[r])
    return String(v)
}
