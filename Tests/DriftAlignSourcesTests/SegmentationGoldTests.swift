import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import Testing

/// Sentence-boundary precision, recall and F1 against the hand-made gold in
/// Corpora/gold/segmentation (five seeds, eight Truth Social posts). Target: F1 ≥ 0.98.
@Suite struct SegmentationGoldTests {
    struct Score { var tp = 0, predicted = 0, gold = 0 }

    /// Sentence ends (scalar offsets) of gold lines found in order in `text`; the document's
    /// last end is left out, since every segmenter gets it.
    static func goldEnds(_ lines: [String], in text: String) throws -> [Int] {
        let hay = Array(text.unicodeScalars)
        var cursor = 0
        var ends: [Int] = []
        for line in lines {
            let needle = Array(line.unicodeScalars)
            guard let start = find(needle, in: hay, from: cursor) else {
                throw GoldError.notFound(line)
            }
            cursor = start + needle.count
            ends.append(cursor)
        }
        return Array(ends.dropLast())
    }

    enum GoldError: Error { case notFound(String) }

    static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    static func goldLines(_ name: String) throws -> [String] {
        try TestPaths.read(TestPaths.repo("Corpora/gold/segmentation/\(name).sentences.txt"))
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    func score(_ doc: Document, gold name: String, into total: inout Score) throws -> [String] {
        let gold = Set(try Self.goldEnds(Self.goldLines(name), in: doc.text))
        let predicted = Set(doc.sentences.dropLast().map(\.range.upperBound))
        total.tp += gold.intersection(predicted).count
        total.predicted += predicted.count
        total.gold += gold.count
        let scalars = Array(doc.text.unicodeScalars)
        return gold.symmetricDifference(predicted).sorted().map { off in
            let kind = gold.contains(off) ? "missed" : "extra"
            return "\(name) \(kind) break at \(off): …\(ScalarText.string(scalars, max(0, off - 30)..<min(scalars.count, off + 30)))…"
        }
    }

    @Test func boundaryF1OnSeedsAndPostsIsAtLeast098() throws {
        var total = Score()
        var errors: [String] = []
        for path in TestPaths.seeds {
            let input = try InputReader().read(path: path)
            let doc = try Segmenter(language: "fr").segment(
                try SourceRegistry.builtIn.read(input, sourceID: "frenchpress", options: ReadOptions(language: "fr"))[0])
            errors += try score(doc, gold: LocationName.stem(path), into: &total)
        }
        for c in ["2025-02-12-call", "2025-03-18-call"] {
            let input = try InputReader().read(path: TestPaths.repo("Corpora/\(c)/originals/truthsocial.json"))
            for d in try SourceRegistry.builtIn.read(input, sourceID: "truthsocial", options: ReadOptions()) {
                let doc = try Segmenter(language: "en").segment(d)
                errors += try score(doc, gold: "truthsocial-\(doc.id)", into: &total)
            }
        }
        let p = Double(total.tp) / Double(max(1, total.predicted))
        let r = Double(total.tp) / Double(max(1, total.gold))
        let f1 = 2 * p * r / max(1e-9, p + r)
        print(String(format: "segmentation gold: %d gold boundaries, %d predicted, %d correct; P=%.4f R=%.4f F1=%.4f",
                     total.gold, total.predicted, total.tp, p, r, f1))
        for e in errors { print("  \(e)") }
        #expect(total.gold > 200, "the gold covers 13 documents")
        #expect(f1 >= 0.98, "boundary F1 \(f1)")
    }
}
