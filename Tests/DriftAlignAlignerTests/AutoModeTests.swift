import DriftAlignAligner
import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import Testing

/// `--mode auto` on an article like seed 000: news prose that quotes a post, then a section that
/// translates a readout in full. The readout is the Kremlin fixture's English twin (text written for
/// DriftAlign, Tests/Fixtures/kremlin/PROVENANCE.md); the French was written for this test.
@Suite(.enabled(if: InstalledModel.isInstalled, InstalledModel.skipReason))
struct AutoModeTests {
    func read(_ path: String, _ source: String, _ lang: String) throws -> [Document] {
        let input = try InputReader().read(path: path)
        return try SourceRegistry.builtIn.read(input, sourceID: source, options: ReadOptions(language: lang)).map(Segmenter(language: lang).segment)
    }

    func write(_ text: String, _ name: String) throws -> String {
        let dir = TestScratch.url("da-auto")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    let post = """
        I just had a lengthy and highly productive phone call with President Vladimir Putin of Russia. \
        We each talked about the strengths of our respective Nations, and the great benefit that we will someday have in working together. \
        We have also agreed to have our respective teams start negotiations immediately. \
        I believe this effort will lead to a successful conclusion, hopefully soon!
        """

    let article = """
        Trump et Poutine se parlent

        Donald Trump a raconté sur son réseau un appel « long et très productif » avec Vladimir Poutine. \
        Le président américain a vanté le « grand bénéfice » d'une coopération future. \
        Il dit que les équipes vont lancer des « négociations immédiatement ». \
        Il espère « une conclusion réussie » prochainement.

        Compte-rendu du Kremlin

        Vladimir Poutine a eu une conversation téléphonique avec le président des États-Unis d'Amérique Donald Trump. \
        Vladimir Poutine et Donald Trump ont poursuivi l'échange de vues détaillé et franc sur la situation autour de l'Ukraine qu'ils avaient entamé le 12 février 2025. \
        Le président russe a remercié son homologue américain pour sa volonté d'aider à mettre fin aux hostilités et à sauver des vies humaines. \
        Donald Trump a exposé ses réflexions sur la proposition d'un cessez-le-feu de 30 jours, c'est-à-dire une renonciation mutuelle aux frappes sur toute la ligne de contact. \
        Vladimir Poutine a souligné qu'il devait s'agir d'un régime « fiable et vérifiable » et non d'une pause que les formations de Kiev utiliseraient pour se regrouper. \
        L'initiative selon laquelle les deux parties s'abstiendraient de frapper les installations d'infrastructure énergétique pendant 30 jours a également été discutée. \
        Le dirigeant russe a réagi positivement à cette proposition et a immédiatement donné l'ordre correspondant aux militaires. \
        Les deux présidents ont également abordé la situation au Moyen-Orient et les perspectives de coopération bilatérale dans l'économie et l'énergie. \
        Il a été convenu que le travail se poursuivrait au sein de groupes d'experts, c'est-à-dire au niveau des conseillers et des ministres concernés. \
        Vladimir Poutine et Donald Trump sont convenus de rester en contact sur toutes les questions abordées.
        """

    @Test("the section under a Compte-rendu heading is aligned monotonically; prose that only quotes fragments stays quote-mined")
    func sectionsPickTheirMode() throws {
        let encoder = try #require(InstalledModel.encoder)
        let readout = try read(TestPaths.repo("Tests/Fixtures/kremlin/76470.en.html"), "kremlin", "en")
        let posts = try read(try write(post, "post.txt"), "text", "en")
        let french = try read(try write(article, "article.txt"), "text", "fr")[0]
        let heading = try #require(french.sentences.first { $0.text.hasPrefix("Compte-rendu") })
        #expect(heading.kind == .heading)
        let alignment = try DocumentAligner(encoder: encoder).align(originals: readout + posts, translation: french, mode: .auto)
        let readoutIndex = 0, postIndex = readout.count
        for link in alignment.links where !link.translation.isEmpty {
            let sentence = link.translation[0]
            if sentence > heading.index {
                #expect(link.method == .monotonic, "sentence \(sentence): \(link.method)")
                if link.originalDocument != nil { #expect(link.originalDocument == readoutIndex) }
            } else if sentence > 0 && sentence < heading.index {
                // Four sentences, each matched to the post only through its quoted fragment.
                #expect(link.method == .quote, "sentence \(sentence): \(link.method)")
            }
        }
        // The translated section: ten French sentences for the readout's ten body sentences, in order.
        let mono = alignment.links.filter { $0.method == .monotonic && !$0.original.isEmpty && !$0.translation.isEmpty }
        #expect(mono.count >= 9)
        #expect(zip(mono, mono.dropFirst()).allSatisfy { $0.original.last! < $1.original.first! })
        // The prose quotes are found in the post.
        let quoted = alignment.links.filter { $0.method == .quote && $0.originalDocument == postIndex && $0.translationSpan != nil }
        #expect(quoted.count >= 3, "\(quoted.count) quoted fragments found in the post")
        // The heading said so: the section is recorded as the Kremlin's text, aligned with the readout.
        #expect(alignment.declaredSections.map(\.issuer) == ["Kremlin"])
        #expect(alignment.declaredSections.first?.originalDocument == readoutIndex)
    }

    @Test("a section whose heading names an issuer the case lacks gets no source, not wrong ones")
    func declaredSectionWithoutItsOriginal() throws {
        let encoder = try #require(InstalledModel.encoder)
        let posts = try read(try write(post, "post.txt"), "text", "en")
        // The Kremlin section now sits under a White House heading, and the case has only the post,
        // whose subject is the same call: quote mining alone links some of its sentences to the post.
        let french = try read(try write(article.replacingOccurrences(of: "Compte-rendu du Kremlin", with: "Compte-rendu de la Maison-Blanche"),
                                        "article.txt"), "text", "fr")[0]
        let heading = try #require(french.sentences.first { $0.text.hasPrefix("Compte-rendu") })
        let names: (Document) -> [String] = { _ in ["Donald J. Trump", "Truth Social"] }
        let aligner = try DocumentAligner(encoder: encoder)
        let auto = try aligner.align(originals: posts, translation: french, mode: .auto, pressNames: names)
        let section = (heading.index + 1)..<french.sentences.count
        #expect(auto.declaredSections == [.init(heading: heading.index, sentences: section, issuer: "Maison-Blanche", originalDocument: nil)])
        for link in auto.links where link.translation.contains(where: section.contains) {
            #expect(link.originalDocument == nil && link.original.isEmpty, "sentence \(link.translation): linked to \(link.original)")
        }
        #expect(section.allSatisfy { s in auto.links.contains { $0.translation == [s] } }, "every sentence of the section keeps a no-source link")
        // Without the declaration, quote mining does link sentences of that section to the post.
        let mined = try aligner.align(originals: posts, translation: french, mode: .quotes)
        #expect(mined.links.contains { $0.originalDocument != nil && $0.translation.contains(where: section.contains) })
        // The prose above the heading still finds its quotes in the post.
        #expect(auto.links.contains { $0.originalDocument == 0 && $0.translationSpan != nil && $0.translation[0] < heading.index })
    }

    @Test("a heading naming an issuer of several originals, none of them found in the section, decides nothing")
    func declaredSectionAmongSeveralOriginals() throws {
        let encoder = try #require(InstalledModel.encoder)
        let posts = try read(try write(post, "post.txt"), "text", "en")
            + read(try write("Tariffs on steel will start on Monday. Canada must pay!", "post2.txt"), "text", "en")
        let french = try read(try write("""
            Le message de Trump

            Texte intégral du message de Donald Trump

            Les deux présidents ont parlé de hockey sur glace et de matchs entre leurs ligues. \
            Le Kremlin a salué cette idée sportive.
            """, "article.txt"), "text", "fr")[0]
        let auto = try DocumentAligner(encoder: encoder).align(originals: posts, translation: french, mode: .auto,
                                                               pressNames: { _ in ["Donald J. Trump"] })
        #expect(auto.declaredSections.isEmpty, "\(auto.declaredSections)")
        #expect(auto.links.allSatisfy { $0.method == .quote })
    }

    @Test("an article aligned with itself links every sentence to itself, even under headings that declare a readout the case lacks")
    func anArticleAlignedWithItself() throws {
        let encoder = try #require(InstalledModel.encoder)
        // Seed 000: news prose, then «Compte-rendu de la Maison-Blanche» and «Compte-rendu du
        // Kremlin» sections. Before, the prose section's monotonic window reached two sentences
        // past it, listed first as left out (the heading, though also linked to itself), and both
        // declared sections lost their exact matches.
        // Its paragraphs from the last bullets to two past the Kremlin heading, for the debug
        // build's encoder.
        let seed = try #require(TestPaths.seeds.first { $0.hasSuffix("000_888ec427b11f09fa.txt") })
        let paragraphs = try TestPaths.read(seed).components(separatedBy: "\n")
        let first = try #require(paragraphs.firstIndex { $0.hasPrefix("Compte-rendu de la Maison-Blanche") })
        let kremlin = try #require(paragraphs.firstIndex { $0.hasPrefix("Compte-rendu du Kremlin") })
        let doc = try read(try write(paragraphs[(first - 4)...(kremlin + 4)].joined(separator: "\n"), "seed000.txt"), "frenchpress", "fr")[0]
        #expect(doc.sentences.filter { $0.kind == .heading }.count == 2)
        let auto = try DocumentAligner(encoder: encoder).align(originals: [doc], translation: doc, mode: .auto)
        #expect(auto.links.map(\.original) == doc.sentences.indices.map { [$0] }, "\(auto.links.map { "\($0.original):\($0.translation)" })")
        #expect(auto.links.allSatisfy { $0.translation == $0.original && $0.originalDocument == 0 })
        #expect(auto.declaredSections.isEmpty)
    }

    @Test("a full translation under headings (a book whose verses read as headings) is aligned as monotonic mode aligns it")
    func aFullTranslationUnderHeadingsIsOneMonotonicRun() throws {
        let encoder = try #require(InstalledModel.encoder)
        // The first 150 English and 160 French lines of TransRead's Alice (../shared/bench, CC BY-SA
        // 4.0, Project Gutenberg texts), read as plain text: the French dedication's verses are short
        // lines without a full stop, read as headings, which cut it into sections. Section by
        // section, each was searched in a window drawn around all its mined matches, which a
        // far-off one stretched over the whole excerpt: 538 links (monotonic mode: 123), original
        // sentences in several links, the same left-out sentence listed by several sections.
        let book = TestPaths.sharedPath("bench/transread-en-fr/AlicesAdventuresInWonderland")
        let lines = { (ext: String, n: Int) in try TestPaths.read("\(book).\(ext)").components(separatedBy: "\n").prefix(n).joined(separator: "\n") }
        let english = try read(try write(try lines("en", 150), "alice.en.txt"), "text", "en")[0]
        let french = try read(try write(try lines("fr", 160), "alice.fr.txt"), "frenchpress", "fr")[0]
        try #require(french.sentences.filter { $0.kind == .heading }.count >= 3)
        let aligner = try DocumentAligner(encoder: encoder)
        let auto = try aligner.align(originals: [english], translation: french, mode: .auto)
        let monotonic = try aligner.align(originals: [english], translation: french, mode: .monotonic)
        #expect(auto.links.map { "\($0.original):\($0.translation)" } == monotonic.links.map { "\($0.original):\($0.translation)" })
        let used = auto.links.flatMap(\.original)
        #expect(used.count == Set(used).count, "an original sentence in two links")

        // The same French with a last section quoting a post, given as a second original: that
        // quotation keeps its link (the whole text is not one run then), and no left-out original
        // sentence is listed twice.
        let more = try read(try write(try lines("fr", 160) + "\n\nUn autre sujet\n\nDonald Trump a raconté un appel "
                                      + "« long et très productif » avec Vladimir Poutine.", "alice-plus.fr.txt"), "frenchpress", "fr")[0]
        let posts = try read(try write(post, "post.txt"), "text", "en")
        let mixed = try aligner.align(originals: [english] + posts, translation: more, mode: .auto)
        let last = more.sentences.count - 1
        #expect(mixed.links.contains { $0.originalDocument == 1 && $0.translation == [last] },
                "\(mixed.links.filter { $0.translation.contains(last) }.map { "\($0.originalDocument ?? -1):\($0.original)" })")
        let omitted = mixed.links.filter { $0.translation.isEmpty }.flatMap { l in l.original.map { "\(l.originalDocument ?? -1):\($0)" } }
        #expect(omitted.count == Set(omitted).count, "a left-out sentence listed twice")
        let linked = Set(mixed.links.filter { !$0.translation.isEmpty }.flatMap { l in l.original.map { "\(l.originalDocument ?? -1):\($0)" } })
        #expect(linked.isDisjoint(with: omitted), "a sentence both linked and left out")
    }
}
