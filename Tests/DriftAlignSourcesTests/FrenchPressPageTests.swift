import DriftAlignRegistry
import DriftAlignTestSupport
import Foundation
import FrenchPressSource
import Testing

/// What the French press reader keeps of a news page and of pasted text: the article's own words
/// (title, standfirst, paragraphs, however the site marks them up), not the page around them
/// (cross-references, share buttons, related links, credits, cookie and newsletter boxes).
///
/// The pages follow the markup of French news sites (an `<article>` whose `<header>` holds the
/// kicker, `<h1>`, standfirst and date line; «Lire aussi» inserts; share and related boxes), with
/// text written for DriftAlign.
@Suite struct FrenchPressPageTests {
    static func read(_ text: String, location: String) throws -> Document {
        try FrenchPressSource().read(InputFile(location: location, text: text), options: ReadOptions())[0]
    }

    /// The paragraphs' texts, each prefixed by its kind ("title: …").
    static func paragraphs(_ doc: Document) -> [String] {
        doc.paragraphs.map { "\($0.kind.rawValue): \(ScalarText.string(doc.scalars, $0.range))" }
    }

    static let articlePage = """
        <!DOCTYPE html><html lang="fr-FR"><head><meta charset="utf-8">
        <title>Trump et Poutine s’accordent sur une trêve - Le Quotidien</title>
        <meta property="og:title" content="Trump et Poutine s’accordent sur une trêve énergétique">
        <meta property="article:published_time" content="2025-03-18T21:30:00+01:00"></head>
        <body><header class="site-header"><nav><ul><li><a href="/">Accueil</a></li></ul></nav></header>
        <main><article class="article">
          <header class="article__header">
            <p class="article__kicker">Guerre en Ukraine</p>
            <h1 class="article__title">Trump et Poutine s’accordent sur une trêve énergétique</h1>
            <p class="article__desc">Les deux présidents se sont parlé pendant plus de deux heures mardi.</p>
            <p class="meta">Publié le <time datetime="2025-03-18T21:30:00+01:00">18 mars 2025 à 21h30</time>, modifié le 19 mars 2025 à 08h12</p>
            <ul class="article__share"><li><a href="#">Partager sur X</a></li></ul>
          </header>
          <figure><img src="a.jpg" alt=""><figcaption>Vladimir Poutine au Kremlin, le 18 mars 2025.</figcaption></figure>
          <div class="article__content">
            <p>Donald Trump et Vladimir Poutine sont convenus mardi d’une trêve sur les infrastructures énergétiques.</p>
            <div class="inread"><p>Lire aussi | <a href="/x.html">Guerre en Ukraine : le plan américain en cinq points</a></p></div>
            <p>À lire aussi : <a href="/z.html">Ce que contient le plan de paix</a></p>
            <h2>Un échange de prisonniers</h2>
            <p>Le Kremlin a annoncé un échange de 175 prisonniers.</p>
            <div class="paywall">Texte libre dans une div sans paragraphe. Il continue ici.</div>
            <h5>Intertitre en h5</h5>
            <h6>Intertitre en h6</h6>
            <p>Sur le même sujet, M. Peskov a dit qu’il fallait lire aussi le texte russe.</p>
            <p>Dernier paragraphe. « Nous verrons », a conclu M. Peskov.</p>
            <section class="share"><p>Partager sur Facebook</p></section>
            <div class="related"><h3>Sur le même sujet</h3><ul><li><a href="/y">Ukraine : Zelensky réagit</a></li></ul></div>
            <h3>Sur le même sujet</h3><ul><li><a href="/w">Moscou et Kiev échangent des prisonniers</a></li></ul>
            <div class="newsletter-box"><p>Inscrivez-vous à notre newsletter !</p></div>
            <p class="credits">Le Quotidien avec AFP</p>
          </div>
        </article></main>
        <aside><p>Les plus lus</p></aside><footer><p>© Le Quotidien 2025</p></footer></body></html>
        """

    @Test("an article page keeps its header's title and standfirst, text in a <div>, <h5> and <h6>; clutter is left out")
    func articlePageKeepsArticleTextOnly() throws {
        let doc = try Self.read(Self.articlePage, location: "article.html")
        #expect(Self.paragraphs(doc) == [
            "title: Trump et Poutine s’accordent sur une trêve énergétique",
            "body: Les deux présidents se sont parlé pendant plus de deux heures mardi.",
            "caption: Vladimir Poutine au Kremlin, le 18 mars 2025.",
            "body: Donald Trump et Vladimir Poutine sont convenus mardi d’une trêve sur les infrastructures énergétiques.",
            "heading: Un échange de prisonniers",
            "body: Le Kremlin a annoncé un échange de 175 prisonniers.",
            "body: Texte libre dans une div sans paragraphe. Il continue ici.",
            "heading: Intertitre en h5",
            "heading: Intertitre en h6",
            "body: Sur le même sujet, M. Peskov a dit qu’il fallait lire aussi le texte russe.",
            "body: Dernier paragraphe. « Nous verrons », a conclu M. Peskov.",
        ])
        #expect(doc.title == "Trump et Poutine s’accordent sur une trêve énergétique")
        // Every paragraph is found verbatim in the page.
        #expect(doc.sourceMap.pieces.count == doc.paragraphs.count && doc.sourceMap.pieces.allSatisfy(\.exact))
    }

    @Test("a page without <article>: the chapô in a <div> is kept; cookie, «Lire aussi» and newsletter boxes are not")
    func pageWithoutArticleElement() throws {
        let html = """
            <!doctype html><html lang="fr"><head><title>Actu</title></head><body>
            <div class="cookie"><p>Ce site utilise des cookies.</p></div>
            <div id="didomi-host" role="dialog" aria-label="Consentement"><p>Vos choix en matière de confidentialité.</p></div>
            <nav><p>Menu principal</p></nav>
            <div class="content"><h1>Poutine et Trump</h1><div class="chapo">Le Kremlin a publié un communiqué.</div>
            <p>Le texte de l’article commence ici. Il se poursuit.</p>
            <div class="lire-aussi"><p>Voir aussi – Un autre article</p></div>
            <div aria-label="Partager l’article"><a href="#">Facebook</a> <a href="#">X</a></div>
            <p>Un dernier paragraphe.</p></div>
            <div class="newsletter"><p>Inscrivez-vous à notre newsletter !</p></div>
            <footer><p>Mentions légales</p></footer></body></html>
            """
        let doc = try Self.read(html, location: "noarticle.html")
        #expect(Self.paragraphs(doc) == [
            "title: Poutine et Trump",
            "body: Le Kremlin a publié un communiqué.",
            "body: Le texte de l’article commence ici. Il se poursuit.",
            "body: Un dernier paragraphe.",
        ])
    }

    /// A class that names clutter on the box that holds the article is no reason to drop the
    /// article: sites mark wrappers "has-share" or "social-enabled".
    @Test func aWrapperWhoseClassNamesClutterIsStillRead() throws {
        let html = """
            <!doctype html><html lang="fr"><head><title>T</title></head><body><article><h1>Le titre</h1>
            <div class="article-body social-share-enabled"><p>Premier paragraphe de l’article, assez long pour compter.</p>
            <p>Second paragraphe de l’article, lui aussi assez long pour compter.</p>
            <div class="social-share"><p>Partager</p></div></div></article></body></html>
            """
        let doc = try Self.read(html, location: "wrapper.html")
        #expect(Self.paragraphs(doc) == [
            "title: Le titre",
            "body: Premier paragraphe de l’article, assez long pour compter.",
            "body: Second paragraphe de l’article, lui aussi assez long pour compter.",
        ])
    }

    static let pastedArticle = """
        Trump et Poutine d’accord pour une trêve énergétique

        Publié le 18 mars 2025 à 21h30, modifié le 19 mars 2025 à 08h12

        WASHINGTON (AFP) - Donald Trump et Vladimir Poutine se sont entretenus mardi pendant plus de deux heures.

        Lire aussi : Ukraine : ce que contient le plan de paix américain

        Les discussions se poursuivront à Djeddah, a indiqué le porte-parole.

        Photo : Mikhail Klimentyev / Sputnik / AFP

        Sur le même sujet, le Kremlin n’a rien dit. Il faut lire aussi la presse russe.
        """

    @Test("pasted text: «Publié le … à …» is the dateline and the date; «Lire aussi» and photo credits are not paragraphs")
    func pastedArticleDatelineAndClutter() throws {
        let doc = try Self.read(Self.pastedArticle, location: "article.txt")
        #expect(Self.paragraphs(doc) == [
            "title: Trump et Poutine d’accord pour une trêve énergétique",
            "dateline: Publié le 18 mars 2025 à 21h30, modifié le 19 mars 2025 à 08h12",
            "body: WASHINGTON (AFP) - Donald Trump et Vladimir Poutine se sont entretenus mardi pendant plus de deux heures.",
            "body: Les discussions se poursuivront à Djeddah, a indiqué le porte-parole.",
            "body: Sur le même sujet, le Kremlin n’a rien dit. Il faut lire aussi la presse russe.",
        ])
        // 21h30 in Paris (UTC+1 in March) is 20:30 UTC.
        #expect(doc.published.map { ISO8601DateFormatter().string(from: $0) } == "2025-03-18T20:30:00Z")
    }

    @Test(arguments: [
        ("Mis à jour le 19 mars 2025 à 08h12", "2025-03-19T07:12:00Z"),
        ("Publié le 1er juillet 2025 à 9 h 05", "2025-07-01T07:05:00Z"),
        ("Publié le mardi 18 mars 2025", "2025-03-18T00:00:00Z"),
        ("Mis à jour le 19 mars 2025 à 08:12 (publié le 18 mars 2025 à 21h30)", "2025-03-18T20:30:00Z"),
    ])
    func publicationLinesGiveTheDate(_ line: String, _ expected: String) throws {
        let doc = try Self.read("Le titre de l’article\n\n\(line)\n\nLe premier paragraphe de l’article se termine ici.", location: "a.txt")
        #expect(doc.paragraphs.map(\.kind) == [.title, .dateline, .body])
        #expect(doc.published.map { ISO8601DateFormatter().string(from: $0) } == expected)
    }

    /// A line that opens like a publication line but is a sentence of the article stays body text.
    @Test func aSentenceAboutPublicationIsNoDateline() throws {
        let doc = try Self.read("Le titre\n\nPublié le 18 mars 2025 par le Kremlin, le communiqué évoque une trêve de trente jours sur l’énergie.", location: "a.txt")
        #expect(doc.paragraphs.map(\.kind) == [.title, .body])
        #expect(doc.published == nil)
    }

    /// A paragraph that the page breaks into lines with <br> (a dateline, then the lede; a list of
    /// points, one a line) keeps those lines apart: read as spaces, the dateline ran into the lede
    /// and the points into one sentence.
    @Test func linesBrokenWithBrStayApart() throws {
        let page = """
            <!DOCTYPE html><html lang="fr"><head><title>Trêve</title></head><body><article>
            <h1>Trump et Poutine s’accordent sur une trêve</h1>
            <p>MOSCOU, 18 mars<br>Les deux présidents se sont parlé pendant plus de deux heures.</p>
            <p>Les points d’accord :<br/>– une trêve de trente jours sur l’énergie<br />– un échange de 175 prisonniers</p>
            <p>Le Kremlin a publié un compte rendu
            de l’appel, qui reste vague.</p>
            </article></body></html>
            """
        let doc = try Segmenter(language: "fr").segment(try Self.read(page, location: "page.html"))
        #expect(doc.sentences.map(\.text) == [
            "Trump et Poutine s’accordent sur une trêve",
            "MOSCOU, 18 mars",
            "Les deux présidents se sont parlé pendant plus de deux heures.",
            "Les points d’accord :",
            "– une trêve de trente jours sur l’énergie",
            "– un échange de 175 prisonniers",
            "Le Kremlin a publié un compte rendu de l’appel, qui reste vague.",
        ])
        // Each sentence still points at its words in the page.
        for s in doc.sentences {
            let r = try #require(doc.inputRange(for: s.range))
            let first = String(s.text.split(whereSeparator: \.isWhitespace)[0])
            #expect(doc.input.slice(r).contains(first), "\(s.text) → \(doc.input.slice(r))")
        }
        // Titles and other one-line fields still read a <br> as a space.
        #expect(try HTMLDocument(html: "<h1>Appel<br>de deux heures</h1>", file: "t.html").root.first("h1")?.text == "Appel de deux heures")
    }
    /// A pull quote («citation en exergue») repeats words of the paragraph that holds them, and a
    /// standfirst may be said again by the body: read twice, those words got two sentences, two
    /// links to the same post and two sets of findings. The repeated block is left out, with a
    /// warning; a quotation that is not in the body (an embedded post) stays, as do a heading
    /// that the body repeats, a short block, and a paragraph that another says again with a few
    /// words more.
    @Test func aPullQuoteIsReadOnce() throws {
        let page = """
            <html lang="fr"><body><article>
            <h1>Trump et Poutine se parlent</h1>
            <p class="chapo">Le président américain a appelé son homologue russe mardi.</p>
            <h2>Nous allons mettre fin à cette guerre</h2>
            <p>Le président américain a appelé son homologue russe mardi. « Nous allons mettre fin à cette guerre terrible \
            très bientôt », a écrit Donald Trump sur son réseau social.</p>
            <blockquote class="pull-quote"><p>« Nous allons mettre fin à cette guerre terrible très bientôt »</p></blockquote>
            <p>Très bientôt.</p>
            <p>Le Kremlin a confirmé l’appel dans un communiqué publié dans la soirée.</p>
            <p>Le Kremlin a confirmé l’appel dans un communiqué publié dans la soirée de mardi.</p>
            <blockquote class="twitter-tweet"><p>Je viens d’avoir un très long appel, très productif, avec le président Poutine.</p></blockquote>
            </article></body></html>
            """
        let doc = try Self.read(page, location: "pull.html")
        #expect(Self.paragraphs(doc) == [
            "title: Trump et Poutine se parlent",
            "heading: Nous allons mettre fin à cette guerre",
            "body: Le président américain a appelé son homologue russe mardi. « Nous allons mettre fin à cette guerre terrible très bientôt », a écrit Donald Trump sur son réseau social.",
            "body: Très bientôt.",
            "body: Le Kremlin a confirmé l’appel dans un communiqué publié dans la soirée.",
            "body: Le Kremlin a confirmé l’appel dans un communiqué publié dans la soirée de mardi.",
            "body: Je viens d’avoir un très long appel, très productif, avec le président Poutine.",
        ])
        #expect(doc.warnings.count == 1 && doc.warnings[0].hasPrefix("2 blocks left out as repeating a passage"), "\(doc.warnings)")
        // Without a repetition nothing is left out and nothing is said.
        let plain = try Self.read(page.replacingOccurrences(of: "« Nous allons mettre fin à cette guerre terrible très bientôt »</p>",
                                                            with: "« Une autre phrase, qui n’est nulle part ailleurs dans la page »</p>")
                                      .replacingOccurrences(of: "<p class=\"chapo\">Le président américain a appelé son homologue russe mardi.</p>",
                                                            with: ""), location: "plain.html")
        #expect(plain.paragraphs.count == 8 && plain.warnings.isEmpty, "\(Self.paragraphs(plain)) \(plain.warnings)")
    }
}
