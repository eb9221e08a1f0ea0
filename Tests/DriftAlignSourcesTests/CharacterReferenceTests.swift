import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import Testing
import TruthSocialSource

/// Character references decoded by the plugin API's HTMLEntities (archive text fields): a control
/// character never reaches a sentence (ts_entities: "&#0;" became a raw NUL in a sentence).
@Suite struct CharacterReferenceTests {
    static func archiveRecord(_ content: String) throws -> Document {
        let json = #"[{"id": "114184931453780675", "created_at": "2025-03-18T18:49:43.170Z", "content": "\#(content)", "url": "https://truthsocial.com/@realDonaldTrump/114184931453780675"}]"#
        let doc = try TruthSocialSource().read(InputFile(location: "archive.json", text: json), options: ReadOptions())[0]
        return try Segmenter(language: doc.language).segment(doc)
    }

    static func controls(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D || (0x7F...0x9F).contains($0) }
    }

    @Test func controlCharacterReferencesBecomeReplacementCharacters() throws {
        let doc = try Self.archiveRecord("Nul &#0; ici. Bip &#7; et &#x1B;[2J fin. Suppr &#127; là.")
        #expect(Self.controls(doc.text).isEmpty, "\(Self.controls(doc.text))")
        #expect(doc.sentences.allSatisfy { Self.controls($0.text).isEmpty })
        #expect(doc.text.hasPrefix("Nul \u{FFFD} ici. Bip \u{FFFD} et \u{FFFD}[2J fin."))
    }

    @Test func windows1252ReferencesBecomeTheirCharacters() throws {
        // Old pages wrote windows-1252 code points as references (WHATWG HTML §13.2.5.80).
        let doc = try Self.archiveRecord("It&#146;s a &#147;deal&#148; &#150; and &#129; more.")
        #expect(doc.text == "It’s a “deal” – and \u{FFFD} more.")
    }

    @Test func ordinaryReferencesAreUnchanged() throws {
        let doc = try Self.archiveRecord("Tab&#9;kept, caf&#233;, &#x1F600;, &amp; &#xD800; stays.")
        #expect(doc.text == "Tab\tkept, café, 😀, & &#xD800; stays.")
    }
}
