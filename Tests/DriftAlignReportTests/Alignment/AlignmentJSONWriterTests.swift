import DriftAlignAligner
import DriftAlignCore
import DriftAlignReport
import Foundation
import Testing

@Suite struct AlignmentJSONWriterTests {
    /// The written JSON, decoded with JSONSerialization (no help from our Codable model).
    func object(_ a: DocumentAlignment) throws -> [String: Any] {
        let text = try AlignmentJSONWriter().write(a)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func links(_ o: [String: Any]) throws -> [[String: Any]] { try #require(o["links"] as? [[String: Any]]) }

    @Test func schemaAndDocumentDescriptors() throws {
        let o = try object(SampleAlignments.tariffs())
        #expect(o["schema"] as? String == "driftalign-alignment/1")
        let originals = try #require(o["originals"] as? [[String: Any]])
        #expect(originals.count == 2)
        let post = originals[0]
        #expect(post["id"] as? String == "114056389432467891")
        #expect(post["source"] as? String == "presegmented")
        #expect(post["language"] as? String == "en")
        #expect(post["author"] as? String == "Donald J. Trump")
        #expect(post["url"] as? String == "https://truthsocial.com/@realDonaldTrump/114056389432467891")
        #expect(post["published"] as? String == "2025-03-10T23:41:07Z")
        #expect(post["file"] as? String == "Corpora/tariffs/114056389432467891.txt")
        #expect(post["title"] is NSNull, "absent values are written as null, not left out")
        #expect(originals[1]["language"] as? String == "ru" && originals[1]["source"] as? String == "kremlin")
        #expect(originals[1]["published"] is NSNull)
        let tr = try #require(o["translation"] as? [String: Any])
        #expect(tr["id"] as? String == "lemonde-2025-03-11-tarifs")
        #expect(tr["title"] as? String == "Droits de douane : Donald Trump frappe l'acier et l'aluminium")
        #expect(tr["published"] as? String == "2025-03-11T06:30:00Z")
        #expect(Set(tr.keys) == ["id", "source", "language", "title", "author", "url", "published", "file"])
    }

    /// Every link type, field by field: sides, sentences, text, offsets in the document and in
    /// the file (plain text: the same numbers), score, method, confidence.
    @Test func linkTypesFieldByField() throws {
        let a = SampleAlignments.tariffs()
        let ls = try links(try object(a))
        #expect(ls.map { $0["type"] as? String } == ["1-1", "1-2", "2-1", "1-0", "0-1", "1-1"])
        let post = a.originals[0], fr = a.translation
        for (i, (o, t)) in [([0], [0]), ([1], [1, 2]), ([2, 3], [3])].enumerated() {
            let l = ls[i]
            let os = try #require(l["original"] as? [String: Any]), ts = try #require(l["translation"] as? [String: Any])
            #expect(os["document"] as? String == post.id && ts["document"] as? String == fr.id)
            #expect(os["sentences"] as? [Int] == o && ts["sentences"] as? [Int] == t)
            #expect(os["text"] as? String == o.map { post.sentences[$0].text }.joined(separator: " "))
            #expect(ts["text"] as? String == t.map { fr.sentences[$0].text }.joined(separator: " "))
            #expect(os["start"] as? Int == post.sentences[o.first!].range.lowerBound)
            #expect(os["end"] as? Int == post.sentences[o.last!].range.upperBound)
            #expect(ts["start"] as? Int == fr.sentences[t.first!].range.lowerBound)
            #expect(ts["end"] as? Int == fr.sentences[t.last!].range.upperBound)
            // Plain text: the document is the file, so file offsets equal document offsets.
            #expect(os["fileStart"] as? Int == os["start"] as? Int && os["fileEnd"] as? Int == os["end"] as? Int)
            #expect(ts["fileStart"] as? Int == ts["start"] as? Int && ts["fileEnd"] as? Int == ts["end"] as? Int)
            #expect(os["span"] is NSNull && ts["span"] is NSNull)
            #expect(l["method"] as? String == "monotonic" && l["confidence"] is NSNull)
        }
        // Offsets count scalars: the French 1-2 link ends after "maintenant\u{202F}!".
        let second = try #require(ls[1]["translation"] as? [String: Any])
        let slice = fr.input.slice((second["fileStart"] as! Int)..<(second["fileEnd"] as! Int))
        #expect(slice == fr.sentences[1].text + "\n" + fr.sentences[2].text)
        #expect(ls.map { $0["score"] as? Double } == [0.9123, 0.8421, 0.78, 0, 0, 0.7312])
        // 1-0: the translation side is null; 0-1: the original side is null.
        #expect(ls[3]["translation"] is NSNull && (ls[3]["original"] as? [String: Any])?["sentences"] as? [Int] == [4])
        #expect(ls[4]["original"] is NSNull && (ls[4]["translation"] as? [String: Any])?["text"] as? String
            == "Le message a été publié lundi soir sur Truth Social.")
    }

    /// The quote link: narrower spans on both sides, file offsets through the HTML page's
    /// source map (not the identity).
    @Test func quoteLinkWithSpansAndMappedFileOffsets() throws {
        let a = SampleAlignments.tariffs()
        let l = try links(try object(a))[5]
        #expect(l["method"] as? String == "quote" && l["confidence"] as? Double == 0.87)
        let os = try #require(l["original"] as? [String: Any]), ts = try #require(l["translation"] as? [String: Any])
        #expect(os["document"] as? String == "kremlin-73215" && os["sentences"] as? [Int] == [0])
        let ospan = try #require(os["span"] as? [String: Any]), tspan = try #require(ts["span"] as? [String: Any])
        #expect(ospan["text"] as? String == SampleAlignments.russianClause)
        #expect(tspan["text"] as? String == SampleAlignments.frenchQuote)
        let r = SampleAlignments.range(of: SampleAlignments.russianClause, in: a.originals[1])
        #expect(ospan["start"] as? Int == r.lowerBound && ospan["end"] as? Int == r.upperBound)
        // In the HTML file the clause lies after the page's opening markup.
        let html = a.originals[1].input
        let fs = try #require(ospan["fileStart"] as? Int), fe = try #require(ospan["fileEnd"] as? Int)
        #expect(fs == r.lowerBound + SampleAlignments.kremlinPrefix.unicodeScalars.count)
        #expect(html.slice(fs..<fe) == SampleAlignments.russianClause)
        #expect(html.slice((os["fileStart"] as! Int)..<(os["fileEnd"] as! Int)) == SampleAlignments.russian[0])
        #expect(tspan["fileStart"] as? Int == tspan["start"] as? Int)
        let fr = a.translation
        #expect(fr.input.slice((tspan["fileStart"] as! Int)..<(tspan["fileEnd"] as! Int)) == SampleAlignments.frenchQuote)
    }

    @Test func unmappableOffsetsAreNull() throws {
        var a = SampleAlignments.tariffs()
        a.originals[1].sourceMap = SourceMap()
        let os = try #require(try links(try object(a))[5]["original"] as? [String: Any])
        #expect(os["fileStart"] is NSNull && os["fileEnd"] is NSNull)
        #expect((os["span"] as? [String: Any])?["fileStart"] is NSNull)
        #expect(os["start"] as? Int == 0)
    }

    /// Markup, quotes and control characters survive JSON exactly: a JSON string may hold any
    /// character, escaped.
    @Test func awkwardTextRoundTripsExactly() throws {
        let a = SampleAlignments.awkward()
        let text = try AlignmentJSONWriter().write(a)
        #expect(text.contains("\\u0001") && !text.unicodeScalars.contains("\u{1}"))
        let ls = try links(try object(a))
        #expect((ls[0]["original"] as? [String: Any])?["text"] as? String == a.originals[0].sentences[0].text)
        #expect((ls[0]["translation"] as? [String: Any])?["text"] as? String == a.translation.sentences[0].text)
        #expect((ls[2]["original"] as? [String: Any])?["text"] as? String == "Tabs\there, 'single' quotes.")
        let originals = try #require(try object(a)["originals"] as? [[String: Any]])
        #expect(originals[0]["id"] as? String == "a\"b<c>&d" && originals[0]["file"] as? String == "en <&>.txt")
    }

    @Test func outputIsStableAndDecodesIntoTheModel() throws {
        let a = SampleAlignments.tariffs()
        let w = AlignmentJSONWriter()
        let text = try w.write(a)
        #expect(try w.write(a) == text)
        #expect(text.hasSuffix("}\n"))
        let decoded = try JSONDecoder().decode(AlignmentJSON.self, from: Data(text.utf8))
        #expect(decoded == (try w.model(a)))
        #expect(decoded.links[3].translation == nil && decoded.links[4].original == nil)
    }

    @Test func outOfRangeIndicesThrowWithTheLinkNamed() throws {
        var a = SampleAlignments.tariffs()
        a.links[2].translation = [3, 9]
        #expect(throws: AlignmentWriterError.sentenceOutOfRange(link: 2, side: "translation", sentence: 9, count: 6)) {
            try AlignmentJSONWriter().write(a)
        }
        a = SampleAlignments.tariffs()
        a.links[0].originalDocument = 4
        #expect(throws: AlignmentWriterError.documentOutOfRange(link: 0, document: 4, count: 2)) {
            try AlignmentJSONWriter().write(a)
        }
        a = SampleAlignments.tariffs()
        a.links[5].translationSpan = 0..<100_000
        #expect(throws: AlignmentWriterError.self) { try AlignmentJSONWriter().write(a) }
    }
}
