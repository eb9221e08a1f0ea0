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
        examples: examples
    )

    public init() {}

    public func detect(_ probe: SourceProbe) -> Double {
        let head = probe.trimmedHead
        if probe.looksLikeJSON { return 0 }
        if Self.isHTML(probe) {
            if head.contains("kremlin.ru") || head.contains("whitehouse.gov") || head.hasPrefix("<?xml") || head.contains("<rss") || head.contains("<feed") { return 0.05 }
            return LanguageGuess.guess(probe.head) == "fr" ? 0.6 : 0.1
        }
        return LanguageGuess.guess(probe.head) == "fr" ? 0.5 : 0
    }

    public func read(_ input: InputFile, options: ReadOptions) throws -> [Document] {
        var doc = Self.isHTML(SourceProbe(input: input)) ? try readHTML(input, options: options) : readText(input, options: options)
        doc.attributions = AttributionFinder.find(in: doc)
        return [doc]
    }

    /// Whether a file is HTML: a tag opens it (``SourceProbe/opensWithTag``); a .txt file must open
    /// with `<!doctype html` or `<html`, so that a text whose first paragraph starts with "<" stays
    /// text (read as HTML, its paragraphs would collapse).
    static func isHTML(_ probe: SourceProbe) -> Bool {
        guard probe.opensWithTag else { return false }
        guard probe.fileExtension == "txt" else { return true }
        let h = probe.trimmedHead.prefix(14).lowercased()
        return h.hasPrefix("<!doctype html") || h.hasPrefix("<html")
    }

    /// Reads pasted text: paragraphs as ``PlainTextLayout`` finds them, less cross-references and
    /// credits (``PageClutter/isClutter(text:)``: not the article's text, so not aligned; the
    /// document text keeps them, as it is the file). A publication line ("Publié le … à …") is a
    /// dateline and gives the date; else a dateline among the first three paragraphs does.
    private func readText(_ input: InputFile, options: ReadOptions) -> Document {
        var paragraphs: [Paragraph] = []
        var publication: Date?
        for var p in PlainTextLayout.paragraphs(of: input.scalars) {
            let text = input.slice(p.range)
            if PageClutter.isClutter(text: text) { continue }
            if p.kind != .bullet, FrenchDates.isPublicationLine(text) {
                p.kind = .dateline
                publication = publication ?? FrenchDates.publication(text)
            }
            paragraphs.append(p)
        }
        let title = paragraphs.first.flatMap { $0.kind == .title ? input.slice($0.range) : nil }
        let date = publication ?? paragraphs.prefix(3).first { $0.kind == .dateline }.flatMap { FrenchDates.parse(input.slice($0.range)) }
        return Document(id: LocationName.stem(input.location), sourceType: Self.description.id,
                        language: options.language ?? "fr", title: title, published: date, text: input.text,
                        paragraphs: paragraphs, input: input, sourceMap: .identity(length: input.scalars.count))
    }
}
