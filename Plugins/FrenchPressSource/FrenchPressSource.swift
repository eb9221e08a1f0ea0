import DriftAlignSources
import Foundation

/// French press articles, as plain text or HTML: title, dateline, list items, quotations and who
/// the article says spoke them ("a déclaré M. Peskov", "a écrit sur Truth Social", "selon").
///
/// The translations DriftAlign checks. The attribution cues feed the drift scorer's attribution
/// finding (a quote given to the wrong speaker).
public struct FrenchPressSource: SourcePlugin {
    public static let description = SourceDescription(
        id: "frenchpress",
        name: "French press article",
        summary: "A French news article as plain text (one paragraph per line) or HTML: title, dateline, bullets, «quotations» and their attribution cues.",
        languages: ["fr"],
        formats: ["plain text (.txt)", "HTML article page (<article>, <h1>, <time>, og: metadata)"],
        examples: [
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
        ]
    )

    public init() {}

    public func detect(_ probe: SourceProbe) -> Double {
        let head = probe.trimmedHead
        if probe.looksLikeJSON { return 0 }
        if Self.isHTML(head, location: probe.location) {
            if head.contains("kremlin.ru") || head.contains("whitehouse.gov") || head.hasPrefix("<?xml") || head.contains("<rss") || head.contains("<feed") { return 0.05 }
            return LanguageGuess.guess(probe.head) == "fr" ? 0.6 : 0.1
        }
        return LanguageGuess.guess(probe.head) == "fr" ? 0.5 : 0
    }

    public func read(_ input: InputFile, options: ReadOptions) throws -> [Document] {
        let head = input.slice(0..<512).drop(while: { $0.isWhitespace })
        var doc = Self.isHTML(head, location: input.location) ? try readHTML(input, options: options) : readText(input, options: options)
        doc.attributions = AttributionFinder.find(in: doc)
        return [doc]
    }

    /// Whether a file whose text starts with `head` (leading white space dropped) is HTML: a tag
    /// opens it; a .txt file must open with `<!doctype html` or `<html`, so that a text whose first
    /// paragraph starts with "<" stays text (read as HTML, its paragraphs would collapse).
    static func isHTML(_ head: Substring, location: String) -> Bool {
        guard head.hasPrefix("<") else { return false }
        if (location as NSString).pathExtension.lowercased() == "txt" {
            let h = head.prefix(14).lowercased()
            return h.hasPrefix("<!doctype html") || h.hasPrefix("<html")
        }
        guard let next = head.dropFirst().first else { return false }
        return next.isLetter || next == "!" || next == "?"
    }

    private func readText(_ input: InputFile, options: ReadOptions) -> Document {
        let paragraphs = PlainTextLayout.paragraphs(of: input.scalars)
        let title = paragraphs.first.flatMap { $0.kind == .title ? input.slice($0.range) : nil }
        let date = paragraphs.prefix(3).first { $0.kind == .dateline }.flatMap { FrenchDates.parse(input.slice($0.range)) }
        return Document(id: LocationName.stem(input.location), sourceType: Self.description.id,
                        language: options.language ?? "fr", title: title, published: date, text: input.text,
                        paragraphs: paragraphs, input: input, sourceMap: .identity(length: input.scalars.count))
    }
}
