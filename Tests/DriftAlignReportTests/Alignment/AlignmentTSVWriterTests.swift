import DriftAlignAligner
import DriftAlignCore
import DriftAlignReport
import Testing

@Suite struct AlignmentTSVWriterTests {
    @Test func everyLinkTypeOneLineNoHeader() throws {
        let a = SampleAlignments.tariffs()
        let en = a.originals[0], ru = a.originals[1], fr = a.translation
        func s(_ d: Document, _ i: [Int]) -> String { i.map { d.sentences[$0].text }.joined(separator: " ") }
        let expected = [
            "\(s(en, [0]))\t\(s(fr, [0]))\t0.912",
            "\(s(en, [1]))\t\(s(fr, [1, 2]))\t0.842",
            "\(s(en, [2, 3]))\t\(s(fr, [3]))\t0.780",
            "President DJT\t\t0.000",
            "\tLe message a été publié lundi soir sur Truth Social.\t0.000",
            "\(s(ru, [0]))\t\(s(fr, [5]))\t0.731",
        ].map { $0 + "\n" }.joined()
        #expect(try AlignmentTSVWriter().write(a) == expected)
    }

    /// A tab or line break inside a sentence would split the row; each becomes a space.
    @Test func tabsAndLineBreaksBecomeSpaces() throws {
        var a = SampleAlignments.awkward()
        a.translation.sentences[2].text = "Des tabulations\tici,\r\net des\u{2028}retours."
        let lines = try AlignmentTSVWriter().write(a).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines[3].isEmpty)
        #expect(lines[2] == "Tabs here, 'single' quotes.\tDes tabulations ici,  et des retours.\t0.600")
        #expect(lines.allSatisfy { $0.isEmpty || $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })
    }

    @Test func noLinksNoOutput() throws {
        var a = SampleAlignments.tariffs()
        a.links = []
        #expect(try AlignmentTSVWriter().write(a) == "")
    }
}
