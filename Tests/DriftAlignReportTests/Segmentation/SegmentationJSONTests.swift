import DriftAlignCore
@testable import DriftAlignReport
import Foundation
import Testing

/// `segment --format json` is written a batch of sentences at a time: the whole tree encoded at
/// once took about 1.2 KB per sentence (900 MB for the 625,000 sentences of a 1.25 MB "A!A!…"
/// file, over 3 GB for 5 MB). The bytes stay those of JSONEncoder on the whole tree.
@Suite struct SegmentationJSONTests {
    static func document(_ text: String, id: String, language: String = "fr", attributions: [Attribution] = [],
                         metadata: [String: String] = [:], warnings: [String] = []) throws -> Document {
        let input = InputFile(location: "\(id).txt", text: text)
        var doc = Document(id: id, sourceType: "text", language: language, title: "Titre « \(id) »", published: Date(timeIntervalSince1970: 1_742_320_800),
                           url: "https://exemple.fr/a/b", text: text, paragraphs: PlainTextLayout.paragraphs(of: text), input: input,
                           sourceMap: .identity(length: text.unicodeScalars.count), metadata: metadata)
        doc.attributions = attributions
        doc.warnings = warnings
        return try Segmenter(language: language).segment(doc)
    }

    static func reference(_ docs: [Document]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(SegmentationJSON.tree(docs)), as: UTF8.self) + "\n"
    }

    @Test func bytesAreThoseOfTheWholeTree() throws {
        let long = String(repeating: "« Cela doit cesser », a déclaré M. Trump. Le \"Kremlin\" a répondu\u{2028}non.\t\\ Fin.\n\n", count: 700)
        let cue = Attribution(cue: "a déclaré", cueRange: 20..<29, speaker: "M. Trump", speakerRange: 30..<38, quoteRange: 0..<18, channel: nil)
        let docs = [try Self.document("Titre\n\nUne phrase. Une autre.", id: "a"),
                    try Self.document(long, id: "b", attributions: Array(repeating: cue, count: 600), metadata: ["k": "v", "z": "/x"], warnings: ["w"]),
                    try Self.document("Mot", id: "c"),
                    try Self.document("Encore une phrase.", id: "d", metadata: ["handle": "x"])]
        #expect(docs[1].sentences.count > 1_000)
        for size in [1, 100, 1 << 16] {
            var written = ""
            try SegmentationJSON.write(docs, chunkSize: size) { written += $0 }
            #expect(written == (try Self.reference(docs)), "chunk size \(size)")
        }
        #expect(try SegmentationJSON.encode([]) == (try Self.reference([])))
    }

    @Test func aDocumentOfManySentencesIsWrittenInBoundedPieces() throws {
        let doc = try Self.document(String(repeating: "A! ", count: 50_000), id: "bang")
        #expect(doc.sentences.count == 50_000)
        var pieces = 0, largest = 0, total = 0
        try SegmentationJSON.write([doc]) { piece in
            pieces += 1
            largest = max(largest, piece.utf8.count)
            total += piece.utf8.count
        }
        // 256 sentences of about 250 bytes past the 64 KiB chunk at most, never the whole text.
        #expect(total > 10_000_000 && pieces > 100 && largest < 200_000, "\(pieces) pieces, largest \(largest) of \(total) bytes")
    }
}
