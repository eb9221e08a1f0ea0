import DriftAlignAligner
import DriftAlignCore
import DriftAlignDrift
import DriftAlignReport
import Testing

/// How the report builder weighs findings by what kind of link they sit on: a quote-mined link of
/// low confidence is only a possible source; news prose that reports the original may leave
/// things out. Rule-based scorer (no model): names are compared without word vectors.
@Suite struct DriftReportBuilderTests {
    static let post = "I just spoke with President Vladimir Putin of Russia and President Zelenskyy of Ukraine."
    static let prose = "Le président américain a indiqué avoir parlé avec M. Poutine."

    func report(confidence: Double, quoted: Bool = false) throws -> DriftReport {
        var original = Presegmented.document(InputFile(location: "post.txt", text: Self.post), id: "114000000000000001", language: "en")
        original.author = "Donald J. Trump"
        let text = quoted ? "«\u{A0}J'ai parlé avec le président Poutine\u{A0}», a dit M. Trump." : Self.prose
        let article = Presegmented.document(InputFile(location: "article.txt", text: text), id: "article", language: "fr")
        // A quotation is mined as its own unit: the link carries the quoted words' range.
        let inner = "J'ai parlé avec le président Poutine"
        let span = quoted ? 2..<(2 + inner.unicodeScalars.count) : nil   // after "«" and a no-break space
        let link = DocumentAlignment.Link(originalDocument: 0, original: [0], translation: [0], score: 0.6, method: .quote,
                                          translationSpan: span, confidence: confidence)
        let alignment = DocumentAlignment(originals: [original], translation: article, links: [link])
        let builder = DriftReportBuilder(scorer: DriftScorer(encoder: nil, lexicon: .some(nil)))
        return try builder.build(alignment, title: "t", encoder: "none", mode: "auto")
    }

    func dropped(_ r: DriftReport, _ name: String) -> DriftReport.Finding? {
        r.worstFindings.first { $0.type == .name && $0.reason.contains("names \(name);") }
    }

    @Test func proseThatLeavesANameOutIsNotMajor() throws {
        // Reported speech: "Zelenskyy" left out of a sentence about the call with Putin.
        let r = try report(confidence: 0.9)
        let f = try #require(dropped(r, "Zelenskyy"), "\(r.worstFindings.map(\.reason))")
        #expect(f.severity == .minor)
        #expect(!f.reason.contains("Possible source"))
    }

    @Test func aQuotationThatLeavesANameOutIsMajor() throws {
        let r = try report(confidence: 0.9, quoted: true)
        #expect(dropped(r, "Zelenskyy")?.severity == .major, "\(r.worstFindings.map(\.reason))")
    }

    @Test func findingsOnAPossibleSourceAreOneSeverityLowerAndSaySo() throws {
        let r = try report(confidence: 0.2, quoted: true)
        let f = try #require(dropped(r, "Zelenskyy"))
        #expect(f.severity == .minor)
        #expect(f.reason.hasSuffix("(Possible source only: link confidence 0.20.)"))
        #expect(r.worstFindings.allSatisfy { $0.severity != .major })
        // In prose a dropped name is minor on a sure source, info on a possible one.
        #expect(try dropped(report(confidence: 0.9), "Zelenskyy")?.severity == .minor)
        #expect(try dropped(report(confidence: 0.2), "Zelenskyy")?.severity == .info)
    }

    @Test func findingsOnSureSourcesComeBeforePossibleOnes() throws {
        var original = Presegmented.document(InputFile(location: "post.txt", text: Self.post + "\nThe call lasted 90 minutes."),
                                             id: "114000000000000001", language: "en")
        original.author = "Donald J. Trump"
        let text = Self.prose + "\nL'appel a duré deux heures, sous la pluie de Paris."
        let article = Presegmented.document(InputFile(location: "article.txt", text: text), id: "article", language: "fr")
        let sure = DocumentAlignment.Link(originalDocument: 0, original: [0], translation: [0], score: 0.6, method: .quote, confidence: 0.9)
        let possible = DocumentAlignment.Link(originalDocument: 0, original: [1], translation: [1], score: 0.3, method: .quote, confidence: 0.2)
        let alignment = DocumentAlignment(originals: [original], translation: article, links: [sure, possible])
        let r = try DriftReportBuilder(scorer: DriftScorer(encoder: nil, lexicon: .some(nil))).build(alignment, title: "t", encoder: "none", mode: "auto")
        // The possible source drifts more (a changed number), which alone would list it first.
        #expect((r.entries[1].drift ?? 0) > (r.entries[0].drift ?? 0))
        let minors = r.worstFindings.filter { $0.severity == .minor }
        let firstPossible = try #require(minors.firstIndex { $0.link == 2 }, "\(minors.map(\.reason))")
        let lastSure = try #require(minors.lastIndex { $0.link == 1 }, "\(minors.map(\.reason))")
        #expect(lastSure < firstPossible, "\(minors.map { "\($0.link): \($0.reason)" })")
    }

    @Test func aLeftOutPassageIsOneFindingOverItsSentences() throws {
        // Monotonic links: sentence 0 translated, sentences 1-2 left out as one passage (n-0), and
        // one French sentence added (0-1).
        let text = "I spoke with President Putin.\nThe call was long and very productive.\nWe agreed to talk again soon, in Saudi Arabia."
        let original = Presegmented.document(InputFile(location: "readout.txt", text: text), id: "readout", language: "en")
        let article = Presegmented.document(InputFile(location: "article.txt", text: "J'ai parlé avec le président Poutine.\nIl pleuvait."),
                                            id: "article", language: "fr")
        let links = [DocumentAlignment.Link(originalDocument: 0, original: [0], translation: [0], score: 0.8, method: .monotonic),
                     DocumentAlignment.Link(originalDocument: 0, original: [1, 2], translation: [], score: 0, method: .monotonic),
                     DocumentAlignment.Link(originalDocument: nil, original: [], translation: [1], score: 0, method: .monotonic)]
        let r = try DriftReportBuilder(scorer: DriftScorer(encoder: nil, lexicon: .some(nil)))
            .build(DocumentAlignment(originals: [original], translation: article, links: links), title: "t", encoder: "none", mode: "monotonic")
        let omissions = r.entries[1].findings.filter { $0.type == .omission }
        #expect(omissions.count == 1)
        let o = try #require(omissions.first)
        #expect(o.reason == "These 2 sentences of the original (16 words) are missing from the French.")
        #expect(o.severity == .major)
        // The finding covers both sentences: from the second line's start to the third's end.
        let second = text.unicodeScalars.split(separator: "\n").first!.count + 1
        #expect(o.originalRange == second..<text.unicodeScalars.count)
        let added = try #require(r.entries[2].findings.first)
        #expect(added.reason == "This French sentence (2 words) translates nothing in the original.")
        #expect(added.severity == .minor)
        // Coverage counts the original sentences paired with French: one of three.
        #expect(abs(r.summary.originalCoverage - 1.0 / 3) < 1e-9)
        #expect(abs(r.summary.sourcedShare - 0.5) < 1e-9)
    }

    @Test("the drifted share counts links with a minor or major finding, not drift scores with nothing to point at")
    func driftedShareCountsLinksWithFindings() throws {
        let original = Presegmented.document(InputFile(location: "post.txt", text: "The call lasted 90 minutes.\nWe will meet in Riyadh."),
                                             id: "post", language: "en")
        let article = Presegmented.document(InputFile(location: "article.txt", text: "L'appel a duré 90 minutes.\nNous nous verrons à Paris."),
                                            id: "article", language: "fr")
        let links = [DocumentAlignment.Link(originalDocument: 0, original: [0], translation: [0], score: 0.8, method: .monotonic),
                     DocumentAlignment.Link(originalDocument: 0, original: [1], translation: [1], score: 0.8, method: .monotonic)]
        let r = try DriftReportBuilder(scorer: DriftScorer(encoder: nil, lexicon: .some(nil)))
            .build(DocumentAlignment(originals: [original], translation: article, links: links), title: "t", encoder: "none", mode: "monotonic")
        // The first link is faithful: no finding, whatever its score; the second names another city.
        #expect(!r.entries[0].findings.contains { $0.severity >= .minor }, "\(r.entries[0].findings.map(\.reason))")
        #expect(r.entries[1].findings.contains { $0.type == .name && $0.severity >= .minor }, "\(r.entries[1].findings.map(\.reason))")
        #expect(r.summary.driftedShare == 0.5, "drifts \(r.entries.map(\.drift))")
    }

    /// Seed 002: a known name misspelled in French that no available original covers («Steve
    /// Whitoff» in a paraphrase of the Kremlin readout) is a minor name finding on its unsourced
    /// link, with the word's offsets; on a sourced link where the name check already flagged the
    /// word, it is not said twice.
    @Test func aKnownNameMisspelledWithoutAnOriginalIsAFinding() throws {
        var original = Presegmented.document(InputFile(location: "post.txt", text: "Putin met special envoy Steve Witkoff on March 13."),
                                             id: "114000000000000001", language: "en")
        original.author = "Donald J. Trump"
        let text = "Poutine a rencontré l'envoyé spécial Steve Whitoff le 13 mars.\nBloomberg cite Steve Whitoff et Zeelenski."
        let article = Presegmented.document(InputFile(location: "article.txt", text: text), id: "article", language: "fr")
        let links = [DocumentAlignment.Link(originalDocument: 0, original: [0], translation: [0], score: 0.8, method: .quote, confidence: 0.9),
                     DocumentAlignment.Link(originalDocument: nil, original: [], translation: [1], score: 0, method: .quote)]
        let r = try DriftReportBuilder(scorer: DriftScorer(encoder: nil, lexicon: .some(nil)))
            .build(DocumentAlignment(originals: [original], translation: article, links: links), title: "t", encoder: "none", mode: "quotes")
        let scalars = Array(text.unicodeScalars)
        func word(_ f: DriftReport.Finding) -> String {
            f.translationRange.map { String(String.UnicodeScalarView(scalars[$0])) } ?? ""
        }
        // The sourced link: the name check's own finding, and no second one for the same word.
        let first = r.entries[0].findings.filter { $0.type == .name }
        #expect(first.map(word) == ["Whitoff"], "\(first.map(\.reason))")
        #expect(first.allSatisfy { !$0.reason.contains("looks like") })
        // The unsourced link: both near misses, minor, each with its word's offsets.
        let second = r.entries[1].findings
        #expect(second.map(word) == ["Whitoff", "Zeelenski"], "\(second.map(\.reason))")
        #expect(second.map(\.reason) == ["«Whitoff» looks like a misspelling of Witkoff (a name DriftAlign knows).",
                                         "«Zeelenski» looks like a misspelling of Zelensky (a name DriftAlign knows)."])
        #expect(second.allSatisfy { $0.type == .name && $0.severity == .minor && $0.originalRange == nil })
    }
}
