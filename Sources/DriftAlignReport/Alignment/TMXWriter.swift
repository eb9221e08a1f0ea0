import DriftAlignAligner
import DriftAlignCore
import Foundation

/// Writes a ``DocumentAlignment`` as a TMX 1.4b translation memory, one `<tu>` per sentence pair:
/// `driftalign align --format tmx`, for translators who load the pairs into a CAT tool
/// (OmegaT, Trados, Okapi Olifant) or for corpus tools (translate-toolkit, XML::TMX).
///
/// Follows TMX 1.4b (LISA OSCAR, *Translation Memory eXchange*, version 1.4b, 2005), level 1
/// (plain text, no inline markup):
/// - the header carries the required attributes (creationtool, creationtoolversion, segtype,
///   o-tmf, adminlang, srclang, datatype) and creationdate, dates in the spec's basic ISO 8601
///   form `YYYYMMDDThhmmssZ` (UTC);
/// - each `<tu>` has a `tuid` (the link's 1-based position, so gaps show skipped links), a
///   `changedate`, then its `<prop>`s (the spec's content order is notes and props before
///   variants), then one `<tuv xml:lang>` per language; our own properties use the spec's `x-`
///   prefix for user-defined prop types;
/// - header `srclang` is the originals' language, or `*all*` when originals differ in language,
///   in which case each `<tu>` names its own `srclang`.
/// No DOCTYPE is written: the DTD is not shipped with readers, and none of them requires it.
///
/// A link with an empty side (0-1, 1-0) has nothing to pair, and a translation unit needs both
/// languages to be of use, so it is left out, as is a link whose text on either side is empty
/// after white space is trimmed: no `<seg>` is ever empty.
public struct TMXWriter: Sendable {
    /// Written as `creationtool` and `creationtoolversion`.
    public var creationTool: String
    public var creationToolVersion: String
    /// Language of the `<prop>` values (`adminlang`).
    public var adminLanguage: String
    /// Written as `creationdate` and every unit's `changedate`; tests fix it for stable output.
    public var date: Date

    public init(date: Date = Date(), creationTool: String = "driftalign",
                creationToolVersion: String = DriftAlignVersion.string, adminLanguage: String = "en") {
        self.date = date
        self.creationTool = creationTool
        self.creationToolVersion = creationToolVersion
        self.adminLanguage = adminLanguage
    }

    /// The TMX document (UTF-8 once encoded), ending with a newline.
    public func write(_ alignment: DocumentAlignment) throws -> String {
        let stamp = Self.basicISO8601(date)
        let languages = Set(alignment.originals.map { Self.language($0) })
        let sourceLanguage = languages.count == 1 ? languages.first! : "*all*"
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="\(attr(creationTool))" creationtoolversion="\(attr(creationToolVersion))" \
        segtype="sentence" o-tmf="DriftAlign" adminlang="\(attr(adminLanguage))" srclang="\(attr(sourceLanguage))" \
        datatype="plaintext" creationdate="\(stamp)">
          </header>
          <body>

        """
        for r in try alignment.resolvedLinks() {
            guard let o = r.original, let t = r.translation else { continue }  // nothing to pair
            let source = Self.segmentText(o.pairText), target = Self.segmentText(t.pairText)
            guard !Self.isBlank(source), !Self.isBlank(target) else { continue }  // no empty <seg>
            let tuSource = sourceLanguage == "*all*" ? " srclang=\"\(attr(Self.language(o.document)))\"" : ""
            out += "    <tu tuid=\"\(r.index + 1)\" changedate=\"\(stamp)\"\(tuSource)\(Self.segtype(original: o, translation: t))>\n"
            for (type, value) in Self.properties(r, original: o, translation: t) {
                out += "      <prop type=\"\(attr(type))\">\(XMLEscaping.content(value))</prop>\n"
            }
            out += "      <tuv xml:lang=\"\(attr(Self.language(o.document)))\"><seg>\(XMLEscaping.content(source))</seg></tuv>\n"
            out += "      <tuv xml:lang=\"\(attr(Self.language(t.document)))\"><seg>\(XMLEscaping.content(target))</seg></tuv>\n"
            out += "    </tu>\n"
        }
        out += "  </body>\n</tmx>\n"
        return out
    }

    /// A `<seg>`'s text: a white-space control XML forbids (form feed, vertical tab) becomes a
    /// space (dropping it glued "form\u{0C}feed" into one word), other forbidden characters are
    /// dropped, and white space that holds a line break (two sentences of different paragraphs in
    /// one n-m unit) becomes one space, as the JSON and TSV outputs join them.
    public static func segmentText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        // The white space since the last visible character, and what it held.
        var run = String.UnicodeScalarView(), lineBreak = false, control = false
        for c in text.unicodeScalars {
            let allowed = XMLEscaping.isAllowed(c)
            if c.properties.isWhitespace {
                if c == "\n" || c == "\r" || c == "\u{2028}" { lineBreak = true } else if !allowed { control = true } else { run.append(c) }
                continue
            }
            guard allowed else { continue }
            if lineBreak || (control && run.isEmpty) { if !out.isEmpty { out.append(" ") } } else { out.append(contentsOf: run) }
            run = String.UnicodeScalarView()
            lineBreak = false
            control = false
            out.append(c)
        }
        if !lineBreak && !control { out.append(contentsOf: run) }
        return String(out)
    }

    /// TMX 1.4b's `segtype` of a unit whose segments are not one sentence each (the header says
    /// "sentence"): "phrase" for a quotation's words, "block" for an n-m link of several
    /// sentences; nothing for a 1-1 link.
    static func segtype(original o: ResolvedSide, translation t: ResolvedSide) -> String {
        if o.span != nil || t.span != nil { return " segtype=\"phrase\"" }
        if o.sentences.count > 1 || t.sentences.count > 1 { return " segtype=\"block\"" }
        return ""
    }

    /// The unit's `x-` properties, in a fixed order. Sentence ids are 0-based indices in each
    /// document, space-separated, so an n-m unit says which sentences it joins.
    static func properties(_ r: ResolvedLink, original o: ResolvedSide, translation t: ResolvedSide) -> [(String, String)] {
        var p: [(String, String)] = [
            ("x-score", String(format: "%.3f", r.link.score)),
            ("x-method", r.link.method.rawValue),
        ]
        if let c = r.link.confidence { p.append(("x-confidence", String(format: "%.3f", c))) }
        p.append(("x-original-document", o.document.id))
        p.append(("x-original-sentences", o.sentences.map(String.init).joined(separator: " ")))
        if let s = o.span { p.append(("x-original-span", "\(s.lowerBound)-\(s.upperBound)")) }
        p.append(("x-translation-document", t.document.id))
        p.append(("x-translation-sentences", t.sentences.map(String.init).joined(separator: " ")))
        if let s = t.span { p.append(("x-translation-span", "\(s.lowerBound)-\(s.upperBound)")) }
        if let u = o.document.url, !u.isEmpty { p.append(("x-source-url", u)) }
        if let u = t.document.url, !u.isEmpty { p.append(("x-translation-url", u)) }
        return p
    }

    /// TMX's date form, basic ISO 8601 in UTC: `20250301T140500Z`.
    public static func basicISO8601(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ x: Int?) -> String { x.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        let year = String(c.year ?? 0)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year
            + two(c.month) + two(c.day) + "T" + two(c.hour) + two(c.minute) + two(c.second) + "Z"
    }

    /// A document's language for `xml:lang`; "und" (BCP 47: undetermined) when it has none.
    static func language(_ d: Document) -> String { d.language.isEmpty ? "und" : d.language }

    static func isBlank(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    private func attr(_ s: String) -> String { XMLEscaping.attribute(s) }
}
