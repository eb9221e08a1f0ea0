import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import FrenchPressSource
import Testing

/// Who the French press says spoke a quotation (AttributionFinder), on sentences in the style of
/// the seed articles.
@Suite struct FrenchPressAttributionTests {
    func speakers(_ text: String) throws -> [(cue: String, speaker: String?)] {
        let docs = try FrenchPressSource().read(InputFile(location: "article.txt", text: text), options: ReadOptions(language: "fr"))
        return docs[0].attributions.map { ($0.cue, $0.speaker) }
    }

    @Test("the speaker is found before or after a verb cue, and before a participle, never in its object")
    func speakersOfCues() throws {
        let found = try speakers("""
            Trump et Poutine se parlent

            « Cela doit cesser MAINTENANT », a déclaré M. Trump sur Truth Social.

            Le porte-parole du Kremlin, Dmitri Peskov, a indiqué que la conversation avait été longue.

            Les deux présidents ont entamé un entretien, la Maison Blanche affirmant que les discussions « se déroulaient bien ».

            Les deux dirigeants ont rappelé que « nous avons lutté ensemble », soulignant les pertes subies par la Russie.

            Ils ont rappelé que "nous avons lutté durant la Seconde Guerre mondiale", soulignant les pertes subies par la Russie.

            Volodimir Zelenski a exprimé sa disposition à participer à des "négociations sérieuses" avec la Russie.
            """)
        let byCue = Dictionary(found.map { ($0.cue, $0.speaker) }, uniquingKeysWith: { a, _ in a })
        #expect(byCue["a déclaré"] == .some("M. Trump"))
        #expect(byCue["a indiqué"] == .some("Dmitri Peskov"))
        #expect(byCue["affirmant"] == .some("Maison Blanche"))
        #expect(byCue["a exprimé"] == .some("Volodimir Zelenski"))
        // "Ils ont rappelé": a pronoun with no named subject before it in its paragraph names nobody.
        #expect(byCue["ont rappelé"] == .some(nil))
        // "soulignant les pertes subies par la Russie": Russia is what is stressed, not who speaks.
        let stressing = found.filter { $0.cue == "soulignant" }
        #expect(stressing.count == 2)
        // Nor is a capitalized word inside the quotation before it (straight quotes here).
        for s in stressing { #expect(s.speaker == nil, "\(String(describing: s.speaker))") }
    }

    /// A role set off by commas, then the person's name: the person speaks, not the institution
    /// the role belongs to ("Kremlin") and not nobody ("le président russe,").
    @Test func aRoleFollowedByTheNameInAppositionIsThatPerson() throws {
        let found = try speakers("""
            Trump et Poutine se parlent

            Selon le porte-parole du Kremlin, Dmitri Peskov, l’appel a duré plus de deux heures.

            « Nous sommes prêts », a déclaré le président russe, Vladimir Poutine.

            Selon Moscou, Vladimir Poutine a accepté une trêve de trente jours.

            « C’est un bon début », a ajouté le porte-parole, M. Peskov, devant la presse.
            """)
        #expect(found.map(\.speaker) == ["Dmitri Peskov", "Vladimir Poutine", "Moscou", "M. Peskov"], "\(found)")
    }

    /// `segment --format json` writes each speaker with `speakerStart`/`speakerEnd`: the document
    /// text there is the name, not the name and the comma, full stop or parenthesis around it
    /// (seed 004's "Dmitri Peskov," and "Volodimir Zelenski,"; seed 003's "Trump.").
    @Test("a speaker's offsets hold the name, without the punctuation around it")
    func speakerOffsetsHoldTheName() throws {
        let text = """
            Trump et Poutine se parlent

            Le porte-parole du Kremlin, Dmitri Peskov, a indiqué que la conversation avait été longue.

            « Cela doit cesser MAINTENANT », a déclaré M. Trump.

            Volodimir Zelenski, a affirmé « nous sommes prêts », puis (Zelensky) a ajouté « pas à tout prix ».

            Selon Bloomberg, l’appel a duré deux heures.
            """
        let doc = try FrenchPressSource().read(InputFile(location: "article.txt", text: text), options: ReadOptions(language: "fr"))[0]
        let scalars = Array(doc.text.unicodeScalars)
        let located = doc.attributions.compactMap { a in a.speakerRange.map { (a.speaker, ScalarText.string(scalars, $0)) } }
        #expect(located.count == 5, "\(doc.attributions)")
        for (speaker, written) in located { #expect(speaker == written) }
    }

    @Test("a pronoun before the cue stands for the paragraph's last named subject (seed 001)")
    func pronounSpeaker() throws {
        let found = try speakers("""
            Trump et Poutine se parlent

            « Cela doit cesser », a déclaré M. Trump sur Truth Social.

            Malgré tout cela, Zelenskyy a cherché à faire bonne figure face à ce que beaucoup en Ukraine verront comme une déception. Dans un message sur les réseaux sociaux, il a déclaré avoir eu « une conversation significative » avec M. Trump.

            La Maison Blanche, prudente, a publié un communiqué. Elle a ajouté que « les discussions continuent ».
            """)
        #expect(found.map(\.speaker) == ["M. Trump", "Zelenskyy", "Maison Blanche", "Maison Blanche"], "\(found)")
    }

    @Test("an inverted pronoun (a-t-il) stands for the person last named before it, even in an earlier paragraph (seed 003)")
    func invertedPronounSpeaker() throws {
        // Seed 003: Zelensky spoke last, but Trump is the subject named last before the quotation.
        let found = try speakers("""
            Zelensky a déclaré ce week-end que toute discussion sur le territoire ne devrait avoir lieu qu'après un cessez-le-feu.

            Trump a l'intention de tenir sa promesse électorale de mettre fin aux combats en Ukraine.

            « Cela doit cesser MAINTENANT », a-t-il déclaré sur Truth Social.
            """)
        #expect(found.map(\.speaker) == ["Zelensky", "Trump"], "\(found)")
        // The other order: the speaker named last is the one the pronoun stands for.
        let other = try speakers("""
            Trump a l'intention de tenir sa promesse électorale de mettre fin aux combats en Ukraine.

            Zelensky a déclaré ce week-end que « le territoire se discute après un cessez-le-feu ».

            « Nous ne céderons rien », a-t-il ajouté.
            """)
        #expect(other.map(\.speaker) == ["Zelensky", "Zelensky"], "\(other)")
    }

    @Test("a live-blog paragraph of hundreds of cues: each pronoun still finds the subject named last before it")
    func longParagraphKeepsItsSubjects() throws {
        // One paragraph, as a live blog pasted without line breaks: the named subject changes
        // every few sentences and pronouns and quotations interleave, far past the first cues.
        var text = "Direct : la journée diplomatique\n\n"
        let names = ["M. Trump", "Vladimir Poutine", "Volodymyr Zelensky", "Dmitri Peskov"]
        for k in 0..<300 {
            let name = names[k % names.count]
            text += "\(name) a reçu des journalistes à \(k % 24) heures. « Nous avançons », a-t-il déclaré. Il a dit « oui » au point \(k). "
        }
        let found = try speakers(text)
        // "a reçu" reports nothing; "a-t-il déclaré" and "Il a dit" each name this round's subject.
        #expect(found.count == 600, "\(found.count)")
        for (k, pair) in stride(from: 0, to: found.count, by: 2).enumerated() {
            let name = names[k % names.count]
            #expect(found[pair].speaker == name && found[pair + 1].speaker == name, "round \(k): \(found[pair...pair + 1].map(\.speaker))")
        }
    }
}
