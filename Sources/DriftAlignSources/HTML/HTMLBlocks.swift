
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
    /// Elements read as one block when no block sits under them, and opened otherwise. `th` and
    /// `caption` as `td`: a table's header cells and caption are text (they were lost).
    public static let containerTags: Set<String> = ["div", "section", "article", "main", "blockquote", "body", "span", "td",
                                                    "th", "caption"]

    /// Blocks under `node`, skipping chrome and any element for which `skip` is true. A reader
    /// whose pages mark up more (the French press: `<figcaption>` as a caption, `<h1>` as the
    /// title, the article's own `<header>`) passes its own `kinds` and `chrome`.
    ///
    /// Text that sits in an element holding blocks but outside them is read as browsers lay it
    /// out (CSS 2.1 §9.2.1.1, anonymous block boxes): each run of text and inline elements
    /// between two blocks is a block of its own. Reading only text nodes that are the element's
    /// own children lost `<div><em>The conversation lasted two hours.</em></div>` and the
    /// "Quoted text" of `<blockquote>Quoted text <p>…</p></blockquote>`.
    public static func blocks(in node: HTMLNode, kinds: [String: Paragraph.Kind] = blockKinds, chrome: Set<String> = chromeTags,
                              skip: (HTMLNode) -> Bool = { _ in false }) -> [Block] {
        enum Item { case element(HTMLNode), run([HTMLNode.Child]) }
        var out: [Block] = []
        let nested = withBlockDescendant(node, kinds: kinds)
        // Chrome and skipped children are dropped where children are listed, so an element taken
        // off the stack is `node` or one that is kept.
        func kept(_ c: HTMLNode.Child) -> Bool {
            guard case .element(let e) = c else { return true }
            return !(chrome.contains(e.name) || skip(e))
        }
        var stack: [Item] = [.element(node)]
        while let item = stack.popLast() {
            let n: HTMLNode
            switch item {
            case .run(let children):
                append(runText(children), .body, to: &out)
                continue
            case .element(let e):
                n = e
            }
            let holdsBlocks = nested.contains(ObjectIdentifier(n))
            if let kind = kinds[n.name], n !== node || !holdsBlocks {
                append(n.blockText, kind, to: &out)
                continue
            }
            if !holdsBlocks {
                // Its text, less the chrome and skipped elements among its children: a page whose
                // body holds only a menu and a script ("<body><nav>…Accueil…</nav><script>") has
                // no text, as before anonymous blocks were read.
                append(runText(n.children.filter(kept)), .body, to: &out)
                continue
            }
            // Blocks and the runs of inline content between them, in document order.
            var items: [Item] = [], run: [HTMLNode.Child] = []
            for c in n.children where kept(c) {
                if case .element(let e) = c, isBlockLike(e, kinds: kinds) || nested.contains(ObjectIdentifier(e)) {
                    if !run.isEmpty { items.append(.run(run)) }
                    run = []
                    items.append(.element(e))
                } else {
                    run.append(c)
                }
            }
            if !run.isEmpty { items.append(.run(run)) }
            stack.append(contentsOf: items.reversed())
        }
        return out
    }

    /// The text of a run of inline children, white space collapsed as ``HTMLNode/blockText``.
    private static func runText(_ children: [HTMLNode.Child]) -> String {
        var raw = ""
        for c in children {
            switch c {
            case .text(let t): raw += t
            case .element(let e): raw += e.name == "br" ? "\u{2028}" : e.rawText(lineBreak: "\u{2028}")
            }
        }
        return HTMLNode.collapsedBlockText(raw)
    }

    private static func append(_ text: String, _ kind: Paragraph.Kind, to out: inout [Block]) {
        let t = text.trimmingWhitespace()
        if !t.isEmpty { out.append(Block(text: t, kind: kind)) }
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
