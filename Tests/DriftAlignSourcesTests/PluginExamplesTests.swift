import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import Testing

/// Every registered plugin's own examples: detection picks the plugin, and reading yields what the
/// example says. Adding a plugin adds its cases here.
struct PluginExampleCase: CustomTestStringConvertible, Sendable {
    let plugin: any SourcePlugin.Type
    let example: SourceExample
    var testDescription: String { "\(plugin.description.id): \(example.name)" }

    static var all: [PluginExampleCase] {
        SourceRegistry.builtInTypes.flatMap { p in p.description.examples.map { PluginExampleCase(plugin: p, example: $0) } }
    }
}

@Suite struct PluginExamplesTests {
    @Test(arguments: PluginExampleCase.all)
    func exampleYieldsExpectedDocuments(_ c: PluginExampleCase) throws {
        let input = InputFile(location: c.example.location, text: c.example.input)
        if c.example.detected {
            let found = SourceRegistry.builtIn.detect(input)
            #expect(found?.plugin.description.id == c.plugin.description.id, "detection picked \(found?.plugin.description.id ?? "nothing")")
        }
        let docs = try c.plugin.init().read(input, options: c.example.options)
        #expect(docs.count == c.example.expected.count, "document count")
        for (doc0, exp) in zip(docs, c.example.expected) {
            let doc = try Segmenter(language: doc0.language).segment(doc0)
            if let v = exp.id { #expect(doc.id == v) }
            if let v = exp.language { #expect(doc.language == v) }
            if let v = exp.title { #expect(doc.title == v) }
            if let v = exp.author { #expect(doc.author == v) }
            if let v = exp.url { #expect(doc.url == v) }
            if let v = exp.published {
                let got = doc.published.map { ISO8601DateFormatter().string(from: $0) }
                #expect(got == v, "published")
            }
            if let v = exp.paragraphs { #expect(doc.paragraphs.count == v, "paragraphs: \(doc.paragraphs.map { doc.input.slice($0.range) })") }
            if let v = exp.sentences { #expect(doc.sentences.count == v, "sentences: \(doc.sentences.map(\.text))") }
            for s in exp.contains { #expect(doc.text.contains(s), "text should contain \(s)") }
            for s in exp.excludes { #expect(!doc.text.contains(s), "text should not contain \(s)") }
            if let v = exp.skipped { #expect((doc.skipReason != nil) == v, "skipped: \(doc.skipReason ?? "no")") }
            for q in exp.quotes { #expect(doc.quotes.contains { $0.text == q }, "quote \(q) in \(doc.quotes.map(\.text))") }
            for (k, v) in exp.metadata { #expect(doc.metadata[k] == v, "metadata \(k)") }
            // Every sentence maps back to the input.
            for s in doc.sentences { #expect(doc.inputRange(for: s.range) != nil, "sentence \(s.index) has no input range") }
        }
    }

    /// JSON that no plugin knows the shape of is an error naming the file, not prose: `{"foo":
    /// [1,2,3]}` was read as a one-sentence English text and stored by `ingest`.
    @Test func jsonOfAnUnknownShapeIsNoProse() throws {
        for (name, text) in [("wrongshape.json", #"{"foo": [1, 2, 3]}"#), ("list.json", "[1, 2, 3]"), ("string.json", #""just a string""#),
                             ("pasted.txt", #"[{"bar": "baz"}]"#)] {
            let input = InputFile(location: name, text: text)
            #expect(throws: (any Error).self, "\(name)") { try SourceRegistry.builtIn.read(input, sourceID: nil, options: ReadOptions()) }
            let found = SourceRegistry.builtIn.detect(input)?.plugin.description.id
            #expect(found != "text" && found != "frenchpress", "\(name): \(found ?? "none")")
        }
        let error = try #require(throws: (any Error).self) {
            try SourceRegistry.builtIn.read(InputFile(location: "string.json", text: #""just a string""#), sourceID: nil, options: ReadOptions())
        }
        #expect((error as? SourceError)?.errorDescription?.contains("string.json: cannot tell what kind of source this is") == true, "\(error)")
    }

    @Test func everyPluginFolderIsRegistered() throws {
        let dir = TestPaths.repo("Plugins")
        let folders = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix("Source") }.sorted()
        let registered = SourceRegistry.builtInTypes.map { String(describing: $0) }.sorted()
        #expect(folders == registered)
    }

    /// Snapshot of the registered identifiers: removing or renaming a plugin must be deliberate.
    @Test func registeredIdentifiersSnapshot() {
        #expect(SourceRegistry.builtIn.identifiers.sorted() == ["frenchpress", "kremlin", "text", "truthsocial", "whitehouse"])
    }

    @Test func everyPluginHasExamples() {
        for p in SourceRegistry.builtInTypes { #expect(!p.description.examples.isEmpty, "\(p.description.id) has no examples") }
    }

    @Test func duplicateIdentifiersAreRejected() {
        #expect(throws: SourceError.duplicateIdentifier(SourceRegistry.builtInTypes[0].description.id)) {
            _ = try SourceRegistry([SourceRegistry.builtInTypes[0], SourceRegistry.builtInTypes[0]])
        }
    }

    @Test func unknownSourceListsTheValidOnes() {
        let input = InputFile(location: "x.txt", text: "Hello.")
        do {
            _ = try SourceRegistry.builtIn.read(input, sourceID: "nope", options: ReadOptions())
            Issue.record("expected an error")
        } catch let e as SourceError {
            #expect(e.errorDescription?.contains("valid sources: ") == true)
            #expect(e.errorDescription?.contains("text") == true)
        } catch { Issue.record("unexpected \(error)") }
    }
}
