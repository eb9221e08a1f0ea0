import DriftAlignAligner
import DriftAlignCore
import DriftAlignReport
import Foundation
import Testing

/// TMX files read back by real TMX readers through `scripts/check-tmx.sh`: well-formedness by
/// xmllint, units by translate-toolkit (PyPI), unit count by tmxwc (Debian libxml-tmx-perl).
/// The script installs the tools; when it cannot, these tests fail with its message.
@Suite(.serialized) struct TMXReadBackTests {
    /// Each expected unit: tuid, source language, source text, target text.
    typealias Unit = (id: String, source: String, sourceText: String, targetText: String)

    func check(_ a: DocumentAlignment, name: String, expected: [Unit], headerSource: String) throws {
        let tmx = try TMXWriter(date: SampleAlignments.tmxDate).write(a)
        let (readers, path) = try TMXReaders.read(tmx, name: name)
        let tk = readers.translateToolkit
        #expect(tk.header?["srclang"] == headerSource)
        #expect(tk.units.count == expected.count, "translate-toolkit \(tk.version) loaded \(tk.units.count) unit(s)")
        for (u, e) in zip(tk.units, expected) {
            #expect(u.id == e.id)
            #expect(u.languages == [e.source, "fr"])
            #expect(u.sourceLanguage == e.source && u.targetLanguage == "fr", "unit \(e.id): languages")
            #expect(u.source == e.sourceText, "unit \(e.id): source")
            #expect(u.target == e.targetText, "unit \(e.id): target")
        }
        #expect(readers.tmxwc.stderr.isEmpty, "tmxwc complained: \(readers.tmxwc.stderr)")
        #expect(readers.tmxwcCount == expected.count, "tmxwc printed: \(readers.tmxwc.stdout)")
        #expect(readers.tmxwc.stdout.hasPrefix(path))
    }

    func joined(_ d: Document, _ s: [Int]) -> String { s.map { d.sentences[$0].text }.joined(separator: " ") }

    @Test func singleOriginal() throws {
        let a = SampleAlignments.tariffs(kremlin: false)
        let en = a.originals[0], fr = a.translation
        try check(a, name: "tariffs-en-fr.tmx", expected: [
            ("1", "en", joined(en, [0]), joined(fr, [0])),
            ("2", "en", joined(en, [1]), joined(fr, [1, 2])),
            ("3", "en", joined(en, [2, 3]), joined(fr, [3])),
        ], headerSource: "en")
    }

    @Test func originalsInTwoLanguagesWithAQuoteUnit() throws {
        let a = SampleAlignments.tariffs()
        let en = a.originals[0], fr = a.translation
        try check(a, name: "tariffs-mixed.tmx", expected: [
            ("1", "en", joined(en, [0]), joined(fr, [0])),
            ("2", "en", joined(en, [1]), joined(fr, [1, 2])),
            ("3", "en", joined(en, [2, 3]), joined(fr, [3])),
            ("6", "ru", SampleAlignments.russianClause, SampleAlignments.frenchQuote),
        ], headerSource: "*all*")
    }

    @Test func escapedText() throws {
        try check(SampleAlignments.awkward(), name: "awkward.tmx", expected: [
            ("1", "en", "He wrote: \"5 < 6 && 7 > 3\" — it's <b>huge</b>!",
             "Il a écrit : «\u{A0}5 < 6 && 7 > 3\u{A0}» — c'est <b>énorme</b>\u{202F}!"),
            ("3", "en", "Tabs\there, 'single' quotes.", "Des tabulations\tici, des 'apostrophes'."),
        ], headerSource: "en")
    }
}
