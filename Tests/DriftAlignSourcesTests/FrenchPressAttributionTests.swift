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

            « Nous réduirons les émissions », a déclaré M. Hu.
            """
        let doc = try FrenchPressSource().read(InputFile(location: "article.txt", text: text), options: ReadOptions(language: "fr"))[0]
        let scalars = Array(doc.text.unicodeScalars)
        let located = doc.attributions.compactMap { a in a.speakerRange.map { (a.speaker, ScalarText.string(scalars, $0)) } }
        #expect(located.count == 6, "\(doc.attributions)")
        for (speaker, written) in located { #expect(speaker == written) }
        // The sentence's full stop after a short name is not the name's (FLORES: "M. Hu.").
        #expect(located.last?.0 == "M. Hu", "\(located)")
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
    /// Seed 000: "Vladimir Poutine a déclaré … que la « … » et que de « … », ajoutant qu'il
    /// s'agissait d'« une tendance de long terme »". The participle has no subject of its own: it
    /// shares its sentence's (Poutine) and introduces the quotation after it, not the one before;
    /// the middle quotation, which no cue points at, is reported speech of the sentence's cue.
    @Test("a participle shares its sentence's speaker and introduces the quotation after it (seed 000)")
    func participleSharesTheSentenceSpeaker() throws {
        let text = """
            Trump et Poutine se parlent

            Avant son appel avec le président américain, Vladimir Poutine a déclaré devant l’Union des industriels et entrepreneurs de Russie que la « domination occidentale s’effritait » et que de « nouveaux centres de croissance mondiale émergeaient », ajoutant qu’il s’agissait d’« une tendance de long terme ».

            Vladimir Poutine a déclaré « oui ». Ajoutant que « la paix est proche », la Maison Blanche a publié un communiqué.

            Trump a parlé une heure. Le Kremlin n’a rien dit, ajoutant seulement « nous verrons ».
            """
        let doc = try FrenchPressSource().read(InputFile(location: "article.txt", text: text), options: ReadOptions(language: "fr"))[0]
        let scalars = Array(doc.text.unicodeScalars)
        func quote(_ inner: String) -> Range<Int> {
            let r = doc.text.range(of: inner)!
            let lo = doc.text.unicodeScalars.distance(from: doc.text.startIndex, to: r.lowerBound)
            return lo..<(lo + inner.unicodeScalars.count)
        }
        let adding = try #require(doc.attributions.first { $0.cue == "ajoutant" })
        #expect(adding.speaker == "Vladimir Poutine")
        let bound = try #require(adding.quoteRange)
        #expect(ScalarText.string(scalars, bound).contains("une tendance de long terme"), "\(ScalarText.string(scalars, bound))")
        let sentence = try #require(doc.paragraphs.first { $0.range.contains(quote("ajoutant").lowerBound) }).range
        for inner in ["une tendance de long terme", "nouveaux centres de croissance mondiale émergeaient", "domination occidentale"] {
            #expect(doc.speaker(at: quote(inner), sentence: sentence) == "Vladimir Poutine", "\(inner)")
        }
        // A sentence ends between the last speaker and the participle: "Ajoutant que …", whose
        // subject comes after it, is not Poutine's, who spoke in the sentence before. A participle
        // whose subject comes right before it keeps that subject ("Le Kremlin …, ajoutant").
        let others = Array(doc.attributions.filter { $0.cue.lowercased() == "ajoutant" }.dropFirst())
        #expect(others.map(\.speaker) == [nil, "Kremlin"], "\(others)")
    }
    /// Seeds 000 and 003: a name after a verb cue that is not inverted is its object ("Trump s'est
    /// montré beaucoup plus proche de la Russie", "Zelensky a averti Poutine"); the name right
    /// before the cue is the speaker. A plural pronoun ("Ils ont également souligné … les
    /// États-Unis") is a group, not the country named after it. Inverted cues still take the name
    /// after them.
    @Test("the name right before a verb cue is its subject, not a name in its object; a plural pronoun names no one")
    func subjectBeforeTheCue() throws {
        let found = try speakers("""
            Trump et Poutine se parlent

            Trump s’est montré beaucoup plus proche de la Russie que de l’Ukraine.

            Le président ukrainien Volodymyr Zelensky a averti Poutine qu’il ne voulait pas la paix.

            Le Kremlin a salué l’offensive rapide de Moscou la semaine dernière.

            Les présidents ont parlé longtemps. Ils ont également souligné la nécessité d’améliorer les relations bilatérales entre les États-Unis et la Russie.

            « Nous sommes prêts », a déclaré le chef de cabinet adjoint Dan Scavino sur X.

            Le président ukrainien, Volodimir Zelenski, a déclaré être prêt à un échange de territoires.

            « C’est à la Russie de montrer si elle veut vraiment la paix », a déclaré le ministre ukrainien des Affaires étrangères, Andriy Sybiga.

            Depuis l’invasion russe à Kiev, le président américain a répété à plusieurs reprises des éléments de langage.
            """)
        // Seed 003: a name inside the role ("Affaires") is not the person named after the comma;
        // seed 000: the noun phrase that opens the clause after a comma is the subject, not the
        // place before that comma ("à Kiev, le président américain a répété").
        // The role after that comma is (the drift scorer reads «le président américain» as Trump).
        #expect(found.map(\.speaker) == ["Trump", "Volodymyr Zelensky", "Kremlin", nil, "Dan Scavino", "Volodimir Zelenski", "Andriy Sybiga",
                                          "le président américain"],
                "\(found)")
    }

    /// Seeds 001 and 004: a name that completes a noun ("Le successeur de Joe Biden a dit") is not
    /// who speaks, and a name inside a clause set off by commas before the cue (a relative clause,
    /// an apposition) is not either: the name before that clause is. A clause opening on a
    /// preposition or on a name is no such insertion, and the name before the cue still speaks.
    /// Seeds 000, 001 and 002 keep their speakers: an institution after «du» speaks through its
    /// spokesman or statement, a statement's «de» names its author, and a relative pronoun's
    /// antecedent speaks even when it completes a noun.
    @Test("a noun's complement and a name inside an inserted clause are not the speaker; the name before the insertion is")
    func complementsAndInsertedClauses() throws {
        let found = try speakers("""
            Trump et Poutine se parlent

            Le successeur de Joe Biden a dit mercredi à propos de la Russie: « Je pense que, bien avant le président Poutine, ils ont dit qu’ils ne permettraient pas cela. »

            Zelenski, qui se réunira vendredi prochain à Munich, en Allemagne, avec le vice-président américain JD Vance, a déclaré être prêt pour des négociations sérieuses.

            Dmitri Peskov, porte-parole du Kremlin, a déclaré que « la conversation était longue ».

            Le porte-parole de Vladimir Poutine a dit que « rien n’est décidé ».

            Trump, furieux, a dit que « cela doit cesser ».

            Mercredi, avec Vladimir Poutine, Donald Trump a dit que « la paix est proche ».

            Le président russe, Vladimir Poutine, a dit que « tout est possible ».

            À Moscou, lors d’une réunion avec Steve Witkoff, a dit le Kremlin, « les choses avancent ».

            L’envoyé de Trump Steve Witkoff a dit que « la réunion était bonne ».

            La déclaration de Vladimir Poutine a indiqué que « la Russie est prête ».

            La déclaration du Kremlin a déclaré que « les questions de surveillance ont été abordées ».

            Le porte-parole du Kremlin Dmitri Peskov a confirmé qu’un appel aurait lieu.

            Cela va à l’encontre de la position de Joe Biden, qui, avec ses conseillers, a insisté : « Rien sur l’Ukraine sans l’Ukraine ».

            Zelensky, qui a rejeté le plan qui circulait à Munich, a déclaré que « l’Ukraine décide ».
            """)
        // Where no name speaks, the role does: «Le successeur de Joe Biden», not «Joe Biden».
        #expect(found.map(\.speaker) == ["Le successeur de Joe Biden", "Zelenski", "Dmitri Peskov", "Le porte-parole de Vladimir Poutine",
                                          "Trump", "Donald Trump", "Vladimir Poutine", "Kremlin",
                                          "Steve Witkoff", "Vladimir Poutine", "Kremlin", "Dmitri Peskov", "Joe Biden", "Zelensky"],
                "\(found)")
    }

    /// A role completed by an institution or a country, then the person's name with no comma:
    /// the person speaks (the seeds' speakers were "Kremlin Dmitri Peskov" and "Maison-Blanche
    /// Karoline Leavitt", FLORES's "États-Unis Donald Trump"). Without a person, the institution
    /// still speaks. A «du» between name words is inside one name (FLORES's «L'Université
    /// d'Arizona du Nord» spoke as "Nord").
    @Test func aPersonNamedAfterTheInstitutionOfTheirRoleSpeaks() throws {
        let found = try speakers("""
            L’appel entre les deux présidents

            La porte-parole de la Maison-Blanche Karoline Leavitt a déclaré que « l’appel était long ».

            Le président des États-Unis Donald Trump a annoncé que « la paix est proche ».

            Le porte-parole du Kremlin M. Peskov a indiqué que « rien n’est décidé ».

            Le président des États-Unis a déclaré que « la guerre doit finir ».

            Le porte-parole du Kremlin a dit que « les contacts continuent ».

            L'Université d'Arizona du Nord a déclaré que « le cours est annulé ».

            La Banque des Règlements Internationaux a indiqué que « la croissance ralentit ».

            « L'appel était long », a déclaré la porte-parole de la Maison-Blanche Karoline Leavitt.

            « Rien n'est décidé », a indiqué le porte-parole du Kremlin Dmitri Peskov aux journalistes.

            « Nous avançons », a déclaré le porte-parole du Kremlin devant la presse.
            """)
        #expect(found.map(\.speaker) == ["Karoline Leavitt", "Donald Trump", "M. Peskov", "États-Unis", "Kremlin",
                                          "L'Université d'Arizona du Nord", "Banque des Règlements Internationaux",
                                          // The same after the cue.
                                          "Karoline Leavitt", "Dmitri Peskov", "Kremlin"], "\(found)")
    }

    /// A ministry or a minister named by the one capitalized word of its complement spoke as that
    /// word ("Affaires", "Défense"); the speaker is the institution from its head noun, with the
    /// lower-case words that end its name, before or after the cue. A person named after the
    /// institution («ministre de la Défense Pete Hegseth») still speaks, and what is not part of the
    /// name («mardi», «dans un communiqué») stays out.
    @Test func aMinistrySpeaksUnderItsWholeName() throws {
        let found = try speakers("""
            Frappes et négociations

            Le ministère russe des Affaires étrangères a déclaré : « Nous ne céderons pas. »

            « Les frappes continuent », a indiqué le ministère de la Défense.

            Selon le ministère ukrainien de la Défense, « trente drones ont été abattus ».

            Le ministre russe des Affaires étrangères a déclaré que « la Russie est prête ».

            « Nous sommes prêts », a déclaré le ministère des Affaires étrangères russe dans un communiqué.

            Le ministère de la Défense russe a indiqué que « les forces avancent ».

            Le ministre de la Défense Pete Hegseth a dit que « les troupes restent ».

            Le ministère de la Défense, mardi, a indiqué que « les forces avancent ».

            Le ministère de la Défense mardi a indiqué que « les forces avancent ».

            Le porte-parole du Kremlin a dit que « les contacts continuent ».

            Le ministère russe de la Défense a affirmé que « les cibles étaient militaires ». Il a ajouté que « l'opération continue ».
            """)
        #expect(found.map(\.speaker) == ["ministère russe des Affaires étrangères", "ministère de la Défense",
                                          "ministère ukrainien de la Défense", "ministre russe des Affaires étrangères",
                                          "ministère des Affaires étrangères russe", "ministère de la Défense russe", "Pete Hegseth",
                                          "ministère de la Défense", "ministère de la Défense", "Kremlin",
                                          // A pronoun after it stands for the ministry too.
                                          "ministère russe de la Défense", "ministère russe de la Défense"], "\(found)")
    }

    /// A pronoun after a sentence whose subject is a noun completed by a name ("Le porte-parole de
    /// Vladimir Poutine a dit … Il a ajouté") does not stand for that name: it stands for the role.
    @Test func aPronounDoesNotStandForANameThatCompletesANoun() throws {
        let found = try speakers("""
            L’appel entre les deux présidents

            Le porte-parole de Vladimir Poutine a dit que « rien n’est décidé ». Il a ajouté que « les contacts continuent ».
            """)
        #expect(found.map(\.speaker) == ["Le porte-parole de Vladimir Poutine", "Le porte-parole de Vladimir Poutine"], "\(found)")
    }

    /// Roles as speakers: a noun phrase that opens its clause right before the cue, or follows an
    /// inverted cue or «selon». A noun phrase inside another clause («Kiev craint que le
    /// républicain de 78 ans ne cède») or an object after a cue that is not inverted («il a dit le
    /// contraire») is none.
    @Test func rolesSpeakWhenNoNameDoes() throws {
        let found = try speakers("""
            L’appel entre les deux présidents

            Le président russe a déclaré que « la paix est possible ».

            « Nous avançons », a déclaré le chef du Kremlin devant la presse.

            Selon le porte-parole de la Maison-Blanche, « l’appel a duré deux heures ».

            Mercredi, l’envoyé spécial a indiqué que « la réunion était bonne ».

            Les capitales craignent que le républicain de 78 ans ne cède a dit un diplomate.

            Il a dit le contraire.
            """)
        // A name in the role still speaks for it («Kremlin», «Maison-Blanche»), as before.
        #expect(found.prefix(4).map(\.speaker) == ["Le président russe", "Kremlin", "Maison-Blanche", "l’envoyé spécial"], "\(found)")
        #expect(found.count == 6)
        #expect(found[4].speaker == nil, "\(found)")
        #expect(found[5].speaker != "le contraire", "\(found)")
    }

    /// Seed 003: «Kiev craint que le républicain de 78 ans ne cède trop de terrain à Poutine, un
    /// dirigeant pour lequel il a exprimé son admiration»: «il» is the Republican, a role named
    /// after the last name, not the country named before («Russie»). A role named as a subject
    /// is what a later pronoun stands for («Le président russe a dit … Il a ajouté»).
    @Test func aPronounStandsForARoleNamedAfterTheLastName() throws {
        let found = try speakers("""
            L’appel entre les deux présidents

            La Russie a salué l’appel. Kiev craint que le républicain de 78 ans ne cède trop de terrain à Poutine, un dirigeant pour lequel il a exprimé son admiration.

            Trump a parlé à Poutine. Le président russe a dit que « tout est possible ». Il a ajouté que « rien n’est décidé ».
            """)
        #expect(found.map(\.speaker) == ["Russie", "le républicain de 78 ans", "Le président russe", "Le président russe"], "\(found)")
    }

    /// «selon» names a source, except before a relative pronoun («un signal selon lequel
    /// Washington et Moscou pourraient…», seed 001: what the signal says) or «que» («selon que»:
    /// depending on whether); before an indefinite article or a number the source is unnamed, and
    /// the names completing it do not speak (seeds 002 and 004).
    @Test func selonBeforeARelativePronounNamesNoSource() throws {
        let found = try speakers("""
            L’appel entre les deux présidents

            Le discours a envoyé un signal selon lequel Washington et Moscou pourraient s’entendre.

            Une hypothèse selon laquelle Moscou gagnerait du temps circule, selon que l’on croit ou non Kiev.

            Selon Washington, « la Russie gagne du temps ».

            Selon deux interlocuteurs familiers de la position du Kremlin, la Russie veut la fin de l’aide américaine.

            Il est prêt à des « négociations sérieuses », selon des déclarations publiées par The Guardian.
            """)
        #expect(found.map(\.cue) == ["Selon", "Selon", "selon"], "\(found)")
        #expect(found.map(\.speaker) == ["Washington", nil, nil], "\(found)")
    }

    /// Cues are whole words: «En réaffirmant» holds no «affirmant» and «en début d’après-midi»
    /// no «d’après» (seed 000, which gave «Moscou» as a source).
    @Test func cuesAreWholeWords() throws {
        let found = try speakers("""
            L’appel entre les deux présidents

            Steve Witkoff, arrivé à Moscou en début d’après-midi, n’avait obtenu audience qu’en soirée.

            En réaffirmant son attachement à la paix, le président russe a déclaré qu’il était prêt.
            """)
        #expect(found.map(\.cue) == ["a déclaré"], "\(found)")
        #expect(found.first?.speaker == "le président russe", "\(found)")
    }

    /// Who speaks for a cue that shares a subject named earlier: two names joined by «et» before
    /// a plural verb are both the subject (seed 000); a verb joined by «et» to an earlier one and
    /// a participle after a comma take the clause's subject, not the closest name, which is an
    /// object (seed 003: «… en Ukraine et a déclaré», «… que la Russie serait autorisée à
    /// conserver, déclarant», «Il s’est moqué du G7 …, affirmant»); «selon lui» is the pronoun
    /// (seed 003: «… qu’à Kiev et non à l’armée russe, qui, selon lui, « progresse »»); and an
    /// indefinite pronoun opening a quotation («"Personne ne désire…"», seed 004) names nobody.
    @Test func sharedSubjectsAreTheClauseSubjectNotTheClosestName() throws {
        let found = try speakers("""
            L’appel entre les deux présidents

            Aujourd’hui, le président Trump et le président Poutine ont évoqué la nécessité de la paix.

            Moscou a également indiqué qu’il refuserait des troupes de l’OTAN en Ukraine et a déclaré qu’il était opposé aux livraisons d’armes.

            Trump a déjà indiqué qu’il discuterait des régions que la Russie serait autorisée à conserver, déclarant que les discussions avançaient.

            Il s’est moqué du G7 sous les applaudissements, affirmant qu’il était trop petit.

            Poutine a déclaré qu’un cessez-le-feu ne profite qu’à Kiev et non à l’armée russe, qui, selon lui, « progresse ».

            Zelenski a remercié Trump. "Personne ne désire plus la paix que l’Ukraine", a-t-il ajouté.
            """)
        let byCue = found.map { "\($0.cue): \($0.speaker ?? "nobody")" }
        #expect(byCue == ["ont évoqué: Trump et le président Poutine", "a également indiqué: Moscou", "a déclaré: Moscou", "déclarant: Trump", "affirmant: nobody",
                          "a déclaré: Poutine", "selon: Poutine", "a-t-il ajouté: Zelenski"], "\(byCue)")
    }

    /// Names that are not the subject of a cue, from FLORES' French news sentences: a name after
    /// a cue that is not inverted is its object («La police a déclaré soupçonner un militant de
    /// Daesh»), a name after a preposition, or after a preposition and an article, is a complement
    /// («… d'Uppsala en Suède ont indiqué», «… des tsunamis dans le Pacifique a déclaré»),
    /// and a name in another clause is that clause's («Hamilton a confirmé que l'hôpital … a
    /// admis»); a «qui» right before the cue keeps its antecedent («l'administration Biden, qui a
    /// insisté», seed 001).
    @Test func namesThatAreObjectsComplementsOrInAnotherClauseDoNotSpeak() throws {
        let found = try speakers("""
            L’appel entre les deux présidents

            La police a déclaré soupçonner un militant présumé de Daesh.

            Des chercheurs de l'université d'Uppsala en Suède ont indiqué que l'espèce était nouvelle.

            Hamilton a confirmé que l’hôpital universitaire d’Howard a admis le patient.

            Cela romprait avec l’administration Biden, qui a insisté avec constance sur ce point.

            De plus, le Centre d'alerte des tsunamis dans le Pacifique a déclaré qu'il n'y avait aucun signe de tsunami.
            """)
        let byCue = found.map { "\($0.cue): \($0.speaker ?? "nobody")" }
        #expect(byCue == ["a déclaré: La police", "ont indiqué: nobody", "a confirmé: Hamilton", "a admis: l’hôpital universitaire d’Howard",
                          "a insisté: Biden", "a déclaré: nobody"], "\(byCue)")
    }

    /// More from FLORES' French news: a name set off by commas right before the cue is the
    /// role's holder and speaks («Le porte-parole de Bush, Gordon Johndroe, a qualifié la promesse
    /// de la Corée du Nord»); a name inside a quotation is not what a later «il» stands for
    /// («« L'Angola se dirige … », a-t-il déclaré»); an elided conjunction is no name
    /// («Lorsqu'on lui a demandé»). A longer apposition with no clause in it still sets off the
    /// name before it («Sara Danius, secrétaire permanente … de l'Académie Suédoise, a annoncé»).
    @Test func apposedNamesSpeakAndQuotedOrElidedWordsDoNot() throws {
        let found = try speakers("""
            L’appel entre les deux présidents

            Le porte-parole de Bush, Gordon Johndroe, a qualifié la promesse de la Corée du Nord d'avancée.

            Le porte-parole de Médecins Sans Frontières, Richard Veerman, a déclaré : « L'Angola se dirige vers la pire épidémie jamais connue et la situation reste très mauvaise en Angola », a-t-il déclaré.

            Lorsqu'on lui a demandé de commenter, Miller a déclaré que tout allait bien.

            Lundi, Sara Danius, secrétaire permanente du Comité Nobel de Littérature de l'Académie Suédoise, a annoncé que le comité renonçait.

            Le ministre, Paul Durand, qui a été reçu à Moscou et qui a parlé à la Russie, a annoncé un accord.
            """)
        let byCue = found.map { "\($0.cue): \($0.speaker ?? "nobody")" }
        #expect(byCue == ["a qualifié: Gordon Johndroe", "a déclaré: Richard Veerman", "a-t-il déclaré: Richard Veerman", "a demandé: nobody", "a déclaré: Miller",
                          "a annoncé: Sara Danius", "a annoncé: Paul Durand"],
                "\(byCue)")
    }

    /// A name before a short apposition is its verb's subject, which a later «il» stands for
    /// («Cuomo, 53 ans, a commencé son mandat … Il a qualifié», FLORES), not a name named as a
    /// subject before it («la Terre s'est formée»).
    @Test func aNameBeforeAShortAppositionIsASubjectForALaterPronoun() throws {
        let found = try speakers("""
            L’appel entre les deux présidents

            Les comètes expliquent comment la Terre s'est formée. Cuomo, 53 ans, a commencé son mandat cette année. Il a qualifié les rumeurs de « bavardages ».
            """)
        #expect(found.map(\.speaker) == ["Cuomo"], "\(found)")
    }

    /// «qu'il» is the pronoun «il» after «que» (seed 004's «Selon ce qu'il a expliqué»), and a
    /// name set off by commas before its verb is a subject it stands for («le PDG de Ring, Jamie
    /// Siminoff, a fait remarquer qu'il a lancé», FLORES), not the last speaker before.
    @Test func quilStandsForTheLastSubjectEvenOneSetOffByCommas() throws {
        let found = try speakers("""
            L’appel entre les deux présidents

            Danius a déclaré : « Nous ne faisons rien. » Auparavant, le PDG de Ring, Jamie Siminoff, a fait remarquer qu'il a lancé l'entreprise en 2013.

            Trump a annoncé un accord. Selon ce qu'il a expliqué sur son réseau social, les équipes se parleront.
            """)
        let byCue = found.map { "\($0.cue): \($0.speaker ?? "nobody")" }
        #expect(byCue == ["a déclaré: Danius", "a lancé: Jamie Siminoff", "a annoncé: Trump", "Selon: nobody", "a expliqué: Trump"], "\(byCue)")
    }
}
