
/// The text blocks of an HTML subtree (paragraphs, headings, list items) in document order, and the
/// page-level lookups that page readers (Kremlin, White House, French press) need.
///
/// Chrome that can sit inside an article container (scripts, forms, share widgets, tag lists,
/// figures) is skipped. Part of the plugin API so that every plugin reading pages shares it.
public enum HTMLBlocks {
    public struct Block {
        public var text: String
        public var kind: Paragraph.Kind
        public init(text: String, kind: Paragraph.Kind) {
            self.text = text
            self.kind = kind
        }
    }

    public static let blockKinds: [String: Paragraph.Kind] = [
        "p": .body, "pre": .body, "dd": .body, "li": .bullet, "dt": .heading,
        "h1": .heading, "h2": .heading, "h3": .heading, "h4": .heading, "h5": .heading, "h6": .heading,
    ]
    public static let chromeTags: Set<String> = [
        "script", "style", "noscript", "template", "nav", "header", "footer", "form", "button", "select",
        "figure", "aside", "iframe", "svg", "img", "video", "audio", "object",
    ]
    public static let containerTags: Set<String> = ["div", "section", "article", "main", "blockquote", "body", "span", "td"]

    /// Blocks under `node`, skipping chrome and any element for which `skip` is true. A reader
    /// whose pages mark up more (the French press: `<figcaption>` as a caption, `<h1>` as the
    /// title, the article's own `<header>`) passes its own `kinds` and `chrome`.
    public static func blocks(in node: HTMLNode, kinds: [String: Paragraph.Kind] = blockKinds, chrome: Set<String> = chromeTags,
                              skip: (HTMLNode) -> Bool = { _ in false }) -> [Block] {
        var out: [Block] = []
        let nested = withBlockDescendant(node, kinds: kinds)
        var stack: [HTMLNode] = node.elements.reversed()
        if stack.isEmpty || hasOwnText(node) && !nested.contains(ObjectIdentifier(node)) { stack = [node] }
        while let n = stack.popLast() {
            if chrome.contains(n.name) || skip(n) { continue }
            if let kind = kinds[n.name] {
                append(n.blockText, kind, to: &out)
            } else if containerTags.contains(n.name) && hasOwnText(n) && !nested.contains(ObjectIdentifier(n)) {
                append(n.blockText, .body, to: &out)
            } else {
                stack.append(contentsOf: n.elements.reversed())
            }
        }
        return out
    }

    private static func append(_ text: String, _ kind: Paragraph.Kind, to out: inout [Block]) {
        let t = text.trimmingWhitespace()
        if !t.isEmpty { out.append(Block(text: t, kind: kind)) }
    }

    public static func hasOwnText(_ n: HTMLNode) -> Bool {
        n.children.contains { if case .text(let t) = $0 { return !t.trimmingWhitespace().isEmpty } else { return false } }
    }

    public static func hasBlockDescendant(_ n: HTMLNode) -> Bool {
        n.descendants().contains { isBlockLike($0) }
    }

    static func isBlockLike(_ n: HTMLNode, kinds: [String: Paragraph.Kind] = blockKinds) -> Bool {
        kinds[n.name] != nil || containerTags.contains(n.name) && n.name != "span"
    }

    /// `node` and the elements under it for which ``hasBlockDescendant(_:)`` holds, in one pass
    /// from the leaves up: asking each element in turn costs its subtree, which on a page of
    /// unclosed <span>s is the whole page for every one of them.
    static func withBlockDescendant(_ node: HTMLNode, kinds: [String: Paragraph.Kind] = blockKinds) -> Set<ObjectIdentifier> {
        var found = Set<ObjectIdentifier>()
        // Reversed document order reaches every element after all of its descendants.
        for n in node.descendants().reversed() + [node]
        where n.elements.contains(where: { isBlockLike($0, kinds: kinds) || found.contains(ObjectIdentifier($0)) }) {
            found.insert(ObjectIdentifier(n))
        }
        return found
    }

    /// `link[rel=canonical]` or `meta[property=og:url]`: the page's own address.
    public static func canonicalURL(_ root: HTMLNode) -> String? {
        let link = root.all("link").first { ($0.attributes["rel"] ?? "").lowercased() == "canonical" }?.attributes["href"]
        return nonEmpty(link) ?? nonEmpty(meta(root, "og:url"))
    }

    /// The content of `meta[property=name]` or `meta[name=name]`.
    public static func meta(_ root: HTMLNode, _ name: String) -> String? {
        root.all("meta").first { $0.attributes["property"] == name || $0.attributes["name"] == name }?.attributes["content"]
    }

    /// Hosts named by `link[href]`, `meta[content]` and `script[src]` (not by ordinary links, which
    /// any article may carry).
    public static func resourceHosts(_ root: HTMLNode) -> [String] {
        root.descendants().compactMap { n -> String? in
            let value: String?
            switch n.name {
            case "link": value = n.attributes["href"]
            case "meta": value = n.attributes["content"]
            case "script": value = n.attributes["src"]
            default: value = nil
            }
            guard let v = value, v.hasPrefix("http") || v.hasPrefix("//") else { return nil }
            return host(of: v)
        }
    }

    public static func host(of url: String) -> String? {
        var s = Substring(url)
        if let r = s.range(of: "://") { s = s[r.upperBound...] } else if s.hasPrefix("//") { s = s.dropFirst(2) }
        let host = s.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        return host.isEmpty ? nil : host
    }

    public static func nonEmpty(_ s: String?) -> String? {
        guard let t = s?.trimmingWhitespace(), !t.isEmpty else { return nil }
        return t
    }
}
