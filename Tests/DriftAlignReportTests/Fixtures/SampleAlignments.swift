import DriftAlignAligner
import DriftAlignCore
import Foundation

/// Hand-built alignments for the writer tests.
///
/// Texts were written for these tests, modelled on a Truth Social tariff post, a Kremlin readout
/// and a French wire story about them (no copied text). French typography is kept on purpose:
/// narrow no-break space before "%" and "!", no-break spaces inside « », so offsets count
/// Unicode scalars, not bytes or UTF-16 units.
enum SampleAlignments {
    static let english = """
    The United States will impose a 25% tariff on all steel & aluminum imports, effective immediately.
    Canada and Mexico have taken advantage of us for decades, and it stops now!
    Our Country is being "ripped off" by almost every Country in the World, friend and foe alike, and that is going to change.
    Thank you for your attention to this matter!
    President DJT

    """

    static let french = """
    Les États-Unis imposeront un droit de douane de 25\u{202F}% sur toutes les importations d'acier & d'aluminium, avec effet immédiat.
    Le Canada et le Mexique «\u{A0}profitent de nous depuis des décennies\u{A0}».
    Cela s'arrête maintenant\u{202F}!
    Notre pays se fait «\u{A0}arnaquer\u{A0}» par presque tous les pays du monde, amis comme ennemis, et cela va changer. Merci de votre attention\u{202F}!
    Le message a été publié lundi soir sur Truth Social.
    Dmitri Peskov a répondu que Moscou «\u{A0}ne se laissera pas dicter ses conditions\u{A0}».

    """

    static let russian = [
        "Песков заявил журналистам: «Мы не позволим никому диктовать нам условия».",
        "Он добавил, что Кремль внимательно следит за заявлениями Вашингтона.",
    ]

    /// The HTML page the Russian readout is "read" from; the document text is its two paragraphs.
    static let kremlinPrefix = "<html><body><div class=\"read\">\n<p>"
    static let kremlinMiddle = "</p>\n<p>"
    static let kremlinHTML = kremlinPrefix + russian[0] + kremlinMiddle + russian[1] + "</p>\n</div></body></html>\n"

    static func date(_ iso: String) -> Date { try! Date(iso, strategy: .iso8601) }

    static func truthSocialPost() -> Document {
        var d = Presegmented.document(InputFile(location: "Corpora/tariffs/114056389432467891.txt", text: english),
                                      id: "114056389432467891", language: "en")
        d.author = "Donald J. Trump"
        d.url = "https://truthsocial.com/@realDonaldTrump/114056389432467891"
        d.published = date("2025-03-10T23:41:07Z")
        return d
    }

    static func kremlinReadout() -> Document {
        let text = russian.joined(separator: "\n")
        var d = Presegmented.document(InputFile(location: "kremlin.html", text: text), id: "kremlin-73215", language: "ru",
                                      sourceType: "kremlin")
        let n0 = russian[0].unicodeScalars.count, n1 = russian[1].unicodeScalars.count
        let a = kremlinPrefix.unicodeScalars.count, b = a + n0 + kremlinMiddle.unicodeScalars.count
        d.input = InputFile(location: "Corpora/tariffs/kremlin-73215.html", text: kremlinHTML)
        d.sourceMap = SourceMap(pieces: [
            .init(document: 0..<n0, input: a..<(a + n0), exact: true),
            .init(document: (n0 + 1)..<(n0 + 1 + n1), input: b..<(b + n1), exact: true),
        ])
        d.title = "Песков о пошлинах США"
        d.author = "Дмитрий Песков"
        d.url = "http://kremlin.ru/events/president/news/73215"
        return d
    }

    static func frenchArticle() -> Document {
        var d = Presegmented.document(InputFile(location: "Corpora/tariffs/lemonde.txt", text: french),
                                      id: "lemonde-2025-03-11-tarifs", language: "fr", sourceType: "frenchpress")
        d.title = "Droits de douane : Donald Trump frappe l'acier et l'aluminium"
        d.author = "Le Monde avec AFP"
        d.url = "https://www.lemonde.fr/international/article/2025/03/11/droits-de-douane_6578.html"
        d.published = date("2025-03-11T06:30:00Z")
        return d
    }

    /// Scalar range of `needle` in `doc`'s text.
    static func range(of needle: String, in doc: Document) -> Range<Int> {
        let r = doc.text.range(of: needle)!
        let lo = doc.text.unicodeScalars.distance(from: doc.text.startIndex, to: r.lowerBound)
        return lo..<(lo + needle.unicodeScalars.count)
    }

    static let frenchQuote = "ne se laissera pas dicter ses conditions"
    static let russianClause = "Мы не позволим никому диктовать нам условия"

    /// 1-1, 1-2, 2-1, 1-0 and 0-1 links against the post; with `kremlin`, also a quote link with
    /// narrower spans on both sides against the readout (a second original, in Russian).
    static func tariffs(kremlin: Bool = true) -> DocumentAlignment {
        let post = truthSocialPost(), readout = kremlinReadout(), article = frenchArticle()
        var links: [DocumentAlignment.Link] = [
            .init(originalDocument: 0, original: [0], translation: [0], score: 0.912_345, method: .monotonic),
            .init(originalDocument: 0, original: [1], translation: [1, 2], score: 0.8421, method: .monotonic),
            .init(originalDocument: 0, original: [2, 3], translation: [3], score: 0.78, method: .monotonic),
            .init(originalDocument: 0, original: [4], translation: [], score: 0, method: .monotonic),
            .init(originalDocument: nil, original: [], translation: [4], score: 0, method: .monotonic),
        ]
        if kremlin {
            links.append(.init(originalDocument: 1, original: [0], translation: [5], score: 0.731_249, method: .quote,
                               translationSpan: range(of: frenchQuote, in: article),
                               originalSpan: range(of: russianClause, in: readout), confidence: 0.87))
        }
        return DocumentAlignment(originals: kremlin ? [post, readout] : [post], translation: article, links: links)
    }

    /// Markup characters, quotes and characters XML 1.0 forbids; the second pair is blank once
    /// those are dropped.
    static func awkward() -> DocumentAlignment {
        let en = "He wrote: \"5 < 6 && 7 > 3\" — it's <b>huge</b>\u{1}!\n\u{1}\u{2}\nTabs\there, 'single' quotes.\n"
        let fr = "Il a écrit : «\u{A0}5 < 6 && 7 > 3\u{A0}» — c'est <b>énorme</b>\u{B}\u{FFFE}\u{202F}!\nVide.\nDes tabulations\tici, des 'apostrophes'.\n"
        let o = Presegmented.document(InputFile(location: "en <&>.txt", text: en), id: "a\"b<c>&d", language: "en")
        let t = Presegmented.document(InputFile(location: "fr.txt", text: fr), id: "fr-1", language: "fr")
        return DocumentAlignment(originals: [o], translation: t, links: [
            .init(originalDocument: 0, original: [0], translation: [0], score: 0.5, method: .monotonic),
            .init(originalDocument: 0, original: [1], translation: [1], score: 0.1, method: .monotonic),
            .init(originalDocument: 0, original: [2], translation: [2], score: 0.6, method: .monotonic),
        ])
    }

    /// The fixed time written into TMX files under test.
    static let tmxDate = date("2025-03-11T08:05:09Z")
}
