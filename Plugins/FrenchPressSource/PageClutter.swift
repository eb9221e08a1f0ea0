import DriftAlignSources
import Foundation

/// What a French news page holds around the article's own text, for the French press reader to
/// leave out: share and social buttons, related links, «Lire aussi» inserts, credit lines,
/// newsletter and cookie boxes, and of the article's `<header>` everything but its headings and
/// standfirst (kicker, byline, date line).
///
/// Boxes are known by class, id, ARIA role or label (as the Kremlin and White House readers skip
/// share classes), inserts and credits by their words; an article paragraph that merely uses
/// those words ("Sur le même sujet, M. Peskov a dit…") is kept.
struct PageClutter {
    private var skipped = Set<ObjectIdentifier>()

    /// Words of a class or id (split at "-", "_" and spaces) that name a box around the article.
    static let boxWords: Set<String> = [
        "share", "sharing", "sharebar", "partage", "partager", "social", "socials", "sociaux",
        "related", "connexe", "connexes", "newsletter", "newsletters", "subscribe", "abonnement",
        "cookie", "cookies", "consent", "gdpr", "rgpd", "didomi", "tarteaucitron",
        "credit", "credits", "byline", "signature", "author", "auteur", "breadcrumb", "tags", "comments", "commentaires",
        "outbrain", "taboola", "ad", "ads", "advert", "advertisement", "pub", "publicite", "sponsored", "promo",
    ]
    /// Class or id names of several words that name an insert ("lire-aussi", "read_more").
    static let boxPhrases = ["lireaussi", "voiraussi", "surlememesujet", "readmore", "readalso", "seealso"]
    /// ARIA roles of page parts that are not the article (WAI-ARIA 1.2 landmark and dialog roles).
    static let boxRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search"]
    static let boxLabels = ["partag", "share", "social", "sociaux", "cookie", "consent", "newsletter", "publicité"]
    /// How a cross-reference to another article opens; it is one when nothing but a separator
    /// follows ("Lire aussi | …", "À lire aussi : …", "Sur le même sujet").
    static let referenceOpenings = ["lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également",
                                    "a lire également", "voir aussi", "à voir aussi", "a voir aussi", "sur le même sujet", "lire la suite"]
    static let separators: Set<Character> = [":", "|", "-", "–", "—", ">", "»", "›", "→"]
    /// News agencies named in credit lines ("Le Quotidien avec AFP").
    static let agencies = ["afp", "l'afp", "l’afp", "reuters", "ap", "belga", "ats", "ansa", "dpa"]
    static let photoCredits = ["photo :", "photo:", "photos :", "photos:", "crédit photo", "crédits photo", "crédit :", "crédits :", "©"]

    /// The blocks that repeat a passage of a longer block of the page: a pull quote («citation
    /// en exergue», set in large type beside the paragraph that holds it) or a standfirst the body
    /// says again. Read twice, the words got two sentences, two links to the same original and two
    /// sets of findings. A block repeats another when its words (letters and digits, lower case,
    /// every other character a space) are at least 40 bytes of UTF-8 and lie within the other's,
    /// which is at least half as long again: a pull quote is a sentence or two of its paragraph,
    /// while a paragraph that merely says again most of another (a refrain, a page that prints
    /// a passage twice) is the author's text and stays. Headings and titles are never left out.
    /// The comparison is skipped on pages where it would search more than 50 million bytes
    /// (bounded work on any input).
    static func repeatedBlocks(_ blocks: [HTMLBlocks.Block]) -> Set<Int> {
        // The raw texts bound the keys' lengths: a page past the budget is not normalized at all.
        let raw = blocks.map(\.text.utf8.count)
        guard raw.filter({ $0 >= 40 }).count * raw.reduce(0, +) <= 50_000_000 else { return [] }
        let keys = blocks.map { b -> String in
            var out = "", space = true
            for c in b.text.lowercased() {
                if c.isLetter || c.isNumber { out.append(c); space = false } else if !space { out.append(" "); space = true }
            }
            return out.trimmingCharacters(in: .whitespaces)
        }
        // Containment is looked for in UTF-8 bytes: a valid UTF-8 needle found in valid UTF-8
        // text starts and ends on character boundaries.
        let bytes = keys.map { Array($0.utf8) }
        let lengths = bytes.map(\.count)
        let candidates = blocks.indices.filter { [.body, .caption, .bullet].contains(blocks[$0].kind) && lengths[$0] >= 40 }
        var out = Set<Int>()
        for i in candidates {
            let search = PatternSearch(bytes[i])
            for j in blocks.indices where j != i && !out.contains(j) && 2 * lengths[j] >= 3 * lengths[i]
                && search.occurs(in: bytes[j]) {
                out.insert(i)
                break
            }
        }
        return out
    }

    /// The clutter under `container`, the element whose blocks are read.
    init(container: HTMLNode) {
        let all = container.descendants()
        let sizes = Self.subtreeSizes(container, all)
        let total = sizes[ObjectIdentifier(container)]?.text ?? 0
        let articleHeaders = container.name == "article" || container.name == "main"
        for n in all {
            let size = sizes[ObjectIdentifier(n)] ?? (0, 0)
            if n.name == "header" {
                if articleHeaders { skipped.formUnion(Self.headerClutter(n)) } else { skipped.insert(ObjectIdentifier(n)) }
            } else if Self.isBox(n), size.text * 2 <= total {
                // A box holding most of the page's text is the article, whatever its class says.
                skipped.insert(ObjectIdentifier(n))
            }
            // "Sur le même sujet" as a heading, and the list of links after it.
            let children = n.elements
            for (i, c) in children.enumerated() where ["h2", "h3", "h4", "h5", "h6", "p"].contains(c.name) {
                guard let s = sizes[ObjectIdentifier(c)], s.text <= 40, s.elements <= 4, Self.isCrossReference(c.text) else { continue }
                skipped.insert(ObjectIdentifier(c))
                if i + 1 < children.count, ["ul", "ol"].contains(children[i + 1].name) { skipped.insert(ObjectIdentifier(children[i + 1])) }
            }
        }
    }

    /// Whether the block reader skips `node`.
    func contains(_ node: HTMLNode) -> Bool { skipped.contains(ObjectIdentifier(node)) }

    /// Whether a paragraph's text is a cross-reference, a credit line or a photo credit rather
    /// than the article's.
    static func isClutter(text: String) -> Bool {
        let t = text.trimmingWhitespace().lowercased()
        let words = t.split(whereSeparator: \.isWhitespace)
        if isCrossReference(t) { return true }
        if words.count <= 15, photoCredits.contains(where: t.hasPrefix) { return true }
        let bare = t.trimmingCharacters(in: ["(", ")", "."])
        return words.count <= 8 && agencies.contains { bare.hasSuffix("avec \($0)") || bare == "avec \($0)" }
    }

    static func isCrossReference(_ text: String) -> Bool {
        let t = text.trimmingWhitespace().lowercased()
        guard let opening = referenceOpenings.first(where: t.hasPrefix) else { return false }
        let rest = t.dropFirst(opening.count).drop { $0.isWhitespace }
        return rest.first.map(separators.contains) ?? true
    }

    /// A box by its class, id, role, label or hidden state.
    static func isBox(_ n: HTMLNode) -> Bool {
        let a = n.attributes
        if a["hidden"] != nil || a["aria-hidden"]?.lowercased() == "true" { return true }
        if let role = a["role"]?.lowercased(), boxRoles.contains(role) { return true }
        if let label = a["aria-label"]?.lowercased(), boxLabels.contains(where: label.contains) { return true }
        for name in n.classes + [a["id"] ?? ""] where !name.isEmpty {
            let lower = name.lowercased()
            let words = lower.split(whereSeparator: { $0 == "-" || $0 == "_" })
            if words.contains(where: { boxWords.contains(String($0)) }) { return true }
            let joined = words.joined()
            if boxPhrases.contains(where: joined.contains) { return true }
        }
        return false
    }

    /// The parts of an article's `<header>` that are not its headings or standfirst.
    static func headerClutter(_ header: HTMLNode) -> Set<ObjectIdentifier> {
        // Elements holding a kept one, from the leaves up (linear, as HTMLBlocks does it).
        var holders = Set<ObjectIdentifier>()
        for n in header.descendants().reversed() where n.elements.contains(where: { isKept($0) || holders.contains(ObjectIdentifier($0)) }) {
            holders.insert(ObjectIdentifier(n))
        }
        var out = Set<ObjectIdentifier>()
        var stack = header.elements
        while let n = stack.popLast() {
            if isKept(n) { continue }
            if holders.contains(ObjectIdentifier(n)) { stack.append(contentsOf: n.elements) } else { out.insert(ObjectIdentifier(n)) }
        }
        return out
    }

    /// Class words of a standfirst (chapô): Le Monde's `article__desc`, Le Figaro's `fig-standfirst`,
    /// `chapo`, `chapeau`, `lead`, `intro`, `subtitle`…
    static let standfirstWords: Set<String> = ["chapo", "chapeau", "standfirst", "desc", "description", "lead", "lede", "intro",
                                               "summary", "resume", "excerpt", "subtitle", "subheadline", "subhead", "soustitre",
                                               "accroche", "dek", "teaser"]

    /// A heading, a standfirst, or a header paragraph long enough to be one.
    static func isKept(_ n: HTMLNode) -> Bool {
        if ["h1", "h2", "h3", "h4", "h5", "h6"].contains(n.name) { return true }
        if n.classes.contains(where: { c in
            let words = c.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
            return words.contains { standfirstWords.contains(String($0)) } || words.joined().contains("soustitre")
        }) { return true }
        guard n.name == "p", n.classes.isEmpty, n.elements.count <= 8 else { return false }
        let text = n.text
        return text.split(whereSeparator: \.isWhitespace).count >= 12 && !FrenchDates.isPublicationLine(text) && !text.hasPrefix("Par ")
    }

    /// Scalars of text and number of elements under each element, from the leaves up.
    private static func subtreeSizes(_ root: HTMLNode, _ all: [HTMLNode]) -> [ObjectIdentifier: (text: Int, elements: Int)] {
        var sizes: [ObjectIdentifier: (text: Int, elements: Int)] = [:]
        for n in all.reversed() + [root] {
            var text = 0, elements = 0
            for c in n.children {
                switch c {
                case .text(let t): text += t.unicodeScalars.count
                case .element(let e):
                    let s = sizes[ObjectIdentifier(e)] ?? (0, 0)
                    text += s.text
                    elements += 1 + s.elements
                }
            }
            sizes[ObjectIdentifier(n)] = (text, elements)
        }
        return sizes
    }
}
