import DriftAlignSources

/// The plugin's executable documentation: small inputs in the style of French news pages and
/// pasted articles, with text written for DriftAlign.
extension FrenchPressSource {
    static let examples: [SourceExample] = [
        SourceExample(
            name: "AFP dispatch with dateline, subheading and attributed quotes",
            location: "depeche.txt",
            input: """
            Trump et Poutine se parlent au téléphone

            Washington (AFP) - Le président américain Donald Trump et son homologue russe ont entamé mardi un entretien, la Maison Blanche affirmant que les discussions « se déroulaient bien ».

            - Discours de Poutine -

            « Cela doit cesser MAINTENANT », a-t-il déclaré sur Truth Social.
            """,
            expected: [ExpectedDocument(id: "depeche", language: "fr", title: "Trump et Poutine se parlent au téléphone",
                                        paragraphs: 4, sentences: 5, excludes: [],
                                        quotes: ["se déroulaient bien", "Cela doit cesser MAINTENANT"])]),
        SourceExample(
            name: "Bulleted summary with M. and MM.",
            location: "resume.txt",
            input: """
            Le porte-parole du Kremlin, Dmitri Peskov, a indiqué que la conversation entre MM. Trump et Poutine avait couvert de nombreux sujets.

              • Poutine a informé Trump d’un échange de 175 prisonniers ukrainiens contre 175 prisonniers russes ;
              • M. Trump a déclaré avoir passé plus d’une heure au téléphone.
            """,
            expected: [ExpectedDocument(paragraphs: 3, sentences: 3, contains: ["MM. Trump et Poutine"])]),
        SourceExample(
            name: "Plain text whose first paragraph opens with «<»",
            location: "note.txt",
            input: """
            <Mise à jour> Le Kremlin a confirmé l’appel.

            « Cela doit cesser MAINTENANT », a écrit M. Trump.
            """,
            expected: [ExpectedDocument(paragraphs: 2, sentences: 2, contains: ["<Mise à jour> Le Kremlin"],
                                        quotes: ["Cela doit cesser MAINTENANT"])]),
        SourceExample(
            name: "Plain text whose first paragraph opens with «[»",
            location: "maj.txt",
            input: """
            [Mise à jour] Le Kremlin a confirmé l’appel entre MM. Trump et Poutine.
            """,
            expected: [ExpectedDocument(paragraphs: 1, sentences: 1, contains: ["[Mise à jour] Le Kremlin"])]),
        SourceExample(
            name: "HTML article page",
            location: "article.html",
            input: """
            <!doctype html><html lang="fr"><head><title>Site</title><meta property="og:title" content="Trump et Poutine s’accordent">
            <meta property="article:published_time" content="2025-02-12T21:30:00+01:00"><meta name="author" content="Rédaction">
            <meta property="og:url" content="https://exemple.fr/monde/trump-poutine"></head><body><nav><a href="/">Accueil</a></nav>
            <article><h1>Trump et Poutine s’accordent</h1><p>Le président américain a écrit sur Truth Social avoir eu un «appel téléphonique long et très productif».</p>
            <h2>Un dialogue clé</h2><ul><li>Les équipes entameront des négociations.</li></ul></article><footer>© Exemple</footer></body></html>
            """,
            expected: [ExpectedDocument(language: "fr", title: "Trump et Poutine s’accordent", author: "Rédaction",
                                        published: "2025-02-12T20:30:00Z", url: "https://exemple.fr/monde/trump-poutine",
                                        paragraphs: 4, contains: ["appel téléphonique long"], excludes: ["Accueil", "© Exemple"],
                                        quotes: ["appel téléphonique long et très productif"])]),
        SourceExample(
            name: "HTML page: the article header's title and standfirst kept, share, «Lire aussi», related and credit boxes left out",
            location: "trêve.html",
            input: """
            <!doctype html><html lang="fr"><head><title>Trêve - Le Quotidien</title></head><body>
            <div id="cookie-banner"><p>Ce site utilise des cookies.</p></div>
            <main><article><header><p class="kicker">Guerre en Ukraine</p><h1>Trump et Poutine s’accordent sur une trêve</h1>
            <p class="article__desc">Les deux présidents se sont parlé pendant plus de deux heures mardi.</p>
            <p class="meta">Publié le 18 mars 2025 à 21h30</p></header>
            <div class="article__content"><div class="chapo">Le Kremlin a publié un communiqué.</div>
            <p>Lire aussi | <a href="/x.html">Le plan américain en cinq points</a></p>
            <p>M. Trump a salué un appel «&nbsp;très bon et productif&nbsp;».</p><h5>Un échange de prisonniers</h5>
            <section class="share"><p>Partager sur Facebook</p></section>
            <div class="related"><h3>Sur le même sujet</h3><ul><li><a href="/y">Zelensky réagit</a></li></ul></div>
            <p class="credits">Le Quotidien avec AFP</p></div></article></main>
            <div class="newsletter"><p>Inscrivez-vous à notre newsletter !</p></div></body></html>
            """,
            expected: [ExpectedDocument(
                title: "Trump et Poutine s’accordent sur une trêve", paragraphs: 5,
                contains: ["deux heures mardi", "Le Kremlin a publié", "Un échange de prisonniers"],
                excludes: ["Guerre en Ukraine", "Publié le", "Lire aussi", "Partager", "Sur le même sujet", "Zelensky", "avec AFP",
                           "cookies", "newsletter"],
                quotes: ["très bon et productif"])]),
        SourceExample(
            name: "Pasted article: «Publié le … à …» is the dateline; «Lire aussi» and the photo credit are no paragraphs",
            location: "trêve.txt",
            input: """
            Trump et Poutine d’accord pour une trêve énergétique

            Publié le 18 mars 2025 à 21h30, modifié le 19 mars 2025 à 08h12

            WASHINGTON (AFP) - Donald Trump et Vladimir Poutine se sont entretenus mardi pendant plus de deux heures.

            Lire aussi : Ukraine : ce que contient le plan de paix américain

            Photo : Mikhail Klimentyev / Sputnik / AFP

            Sur le même sujet, le Kremlin n’a rien dit.
            """,
            expected: [ExpectedDocument(title: "Trump et Poutine d’accord pour une trêve énergétique", published: "2025-03-18T20:30:00Z",
                                        paragraphs: 4, sentences: 5)]),
    ]
}
