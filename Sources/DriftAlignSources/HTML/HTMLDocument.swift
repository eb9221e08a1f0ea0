import CHTMLShim

/// An HTML page parsed by libxml2's forgiving HTML parser (the parser behind lxml).
///
/// Plugins query it with simple selectors (tag, class, id, attribute) and read text the way a
/// browser renders it. Markup is never matched with regular expressions.
public final class HTMLDocument: Sendable {
    public let root: HTMLNode

    /// The most events (elements + text nodes) a page may produce; bounds memory on hostile input.
    /// A page past it is refused rather than read up to the cut.
    public static let maxEvents: Int32 = 2_000_000

    /// Parses `html`. Throws ``SourceError/malformed`` when libxml2 finds no document at all, and
    /// ``SourceError/limitExceeded`` when the page is beyond what is read whole (more than
    /// ``maxEvents`` events; misnesting that would take libxml2 too long): never part of a page.
    /// Nesting depth is not limited (libxml2's 256-level default silently dropped the rest).
    public init(html: String, file: String) throws {
        var utf8 = Array(html.utf8)
        if utf8.isEmpty { utf8 = [0x20] }
        guard utf8.count <= Int(Int32.max) else {
            throw SourceError.limitExceeded(file: file, format: "HTML document", detail: "it is over 2 GB")
        }
        var length: Int32 = 0
        var report = da_parse_report()
        let buffer = utf8.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { da_html_events($0.baseAddress, Int32($0.count), Self.maxEvents, &length, &report) }
        }
        guard let events = buffer else { throw Self.error(report, file: file) }
        defer { da_html_free(events) }
        root = Self.build(UnsafeBufferPointer(start: UnsafeRawPointer(events).assumingMemoryBound(to: UInt8.self), count: Int(length)))
    }

    /// The error for a parse that returned no events.
    static func error(_ report: da_parse_report, file: String) -> SourceError {
        switch Int(report.status) {
        case Int(DA_PARSE_TOO_MANY_EVENTS):
            return .limitExceeded(file: file, format: "HTML document", detail:
                "it has more than \(SourceError.grouped(Int(maxEvents))) elements and text nodes, the most DriftAlign reads "
                + "from one page (a bound on memory); nothing is read rather than a page cut short. Save the article alone, "
                + "or split the page")
        case Int(DA_PARSE_TOO_COSTLY):
            return .limitExceeded(file: file, format: "HTML document", detail:
                "line \(report.line): \(SourceError.grouped(Int(report.depth))) elements are left open, and end tags that "
                + "close nothing (or a misplaced <body>) keep following them (\(SourceError.grouped(Int(report.count))) so far); "
                + "the parser rescans every open element for each, which past this point would take too long for the "
                + "file's size. Close the elements the page leaves open")
        case Int(DA_PARSE_NO_MEMORY):
            return .limitExceeded(file: file, format: "HTML document", detail: "out of memory while reading it")
        default:
            return .malformed(file: file, format: "HTML", detail: "the parser found no document")
        }
    }

    private static func build(_ buf: UnsafeBufferPointer<UInt8>) -> HTMLNode {
        let top = HTMLNode(name: "#document", attributes: [:])
        var stack = [top]
        var events = ShimEventReader(buf)
        while let kind = events.nextKind() {
            switch kind {
            case UInt8(ascii: "S"):
                let (name, attrs) = events.start(lowercased: true)
                let node = HTMLNode(name: name, attributes: attrs)
                stack.last!.children.append(.element(node))
                stack.append(node)
            case UInt8(ascii: "T"):
                stack.last!.children.append(.text(events.field()))
            case UInt8(ascii: "E"):
                _ = events.field()
                if stack.count > 1 { stack.removeLast() }
            default:
                return top
            }
        }
        return top
    }
}

/// One element of an ``HTMLDocument``.
public final class HTMLNode: @unchecked Sendable {
    public enum Child {
        case element(HTMLNode)
        case text(String)
    }
    public let name: String
    public let attributes: [String: String]
    public internal(set) var children: [Child] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Releases the subtree without recursion: an unclosed page nests elements 100,000 deep, and
    /// releasing them one deinit inside the other would overflow the stack.
    deinit {
        var pending = elements
        children = []
        while var node = pending.popLast() {
            guard isKnownUniquelyReferenced(&node) else { continue }
            pending.append(contentsOf: node.elements)
            node.children = []
        }
    }

    public var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
    public var elements: [HTMLNode] { children.compactMap { if case .element(let e) = $0 { return e } else { return nil } } }

    /// Every descendant element, depth first, in document order.
    public func descendants() -> [HTMLNode] {
        var out: [HTMLNode] = []
        var stack: [HTMLNode] = elements.reversed()
        while let n = stack.popLast() {
            out.append(n)
            stack.append(contentsOf: n.elements.reversed())
        }
        return out
    }

    /// Descendants matching a tag name (nil: any), a class and an attribute.
    public func all(_ tag: String? = nil, class cls: String? = nil, id: String? = nil,
                    attribute: (String, String)? = nil) -> [HTMLNode] {
        descendants().filter { n in
            (tag == nil || n.name == tag) && (cls == nil || n.classes.contains(cls!)) && (id == nil || n.attributes["id"] == id)
                && (attribute == nil || n.attributes[attribute!.0] == attribute!.1)
        }
    }

    public func first(_ tag: String? = nil, class cls: String? = nil, id: String? = nil,
                      attribute: (String, String)? = nil) -> HTMLNode? {
        all(tag, class: cls, id: id, attribute: attribute).first
    }

    /// The text on one line: white space collapsed, a <br> as one space; script and style content
    /// dropped. For titles, names, dates and other metadata.
    public var text: String { rawText(lineBreak: " ").collapsingWhitespace() }

    /// The text as a browser lays it out: white space collapsed, and a run of white space that
    /// holds a <br> as one line break ("\n"); script and style content dropped. For the blocks of
    /// a page (``HTMLBlocks``): a line the page breaks ("Moscou, 18 mars<br>Le président…", a
    /// list written as lines) stays a line for the segmenter, where a space would run it into the
    /// next.
    public var blockText: String { Self.collapsedBlockText(rawText(lineBreak: "\u{2028}")) }

    /// `raw` (text with U+2028 for each `<br>`) with white space collapsed and line breaks kept,
    /// as ``blockText`` shows it.
    static func collapsedBlockText(_ raw: String) -> String {
        // U+2028 LINE SEPARATOR stands for the <br>s: it is white space, so a plain collapse of
        // the same text still makes it a space, and the page's own newlines stay spaces here. A
        // U+2028 the page itself holds (`&#8232;`) is a line separator by definition and breaks
        // the line too.
        var out = String.UnicodeScalarView()
        var pending: Unicode.Scalar? = nil
        for s in raw.unicodeScalars {
            if s.properties.isWhitespace && s != "\u{00A0}" && s != "\u{202F}" {
                guard !out.isEmpty else { continue }
                if s == "\u{2028}" { pending = "\n" } else if pending == nil { pending = " " }
            } else {
                if let p = pending { out.append(p) }
                pending = nil
                out.append(s)
            }
        }
        return String(out)
    }

    func rawText(lineBreak: String) -> String {
        var out = ""
        var stack: [Child] = children.reversed()
        while let c = stack.popLast() {
            switch c {
            case .text(let t): out += t
            case .element(let e):
                if e.name == "script" || e.name == "style" || e.name == "noscript" { continue }
                if e.name == "br" { out += lineBreak; continue }
                stack.append(contentsOf: e.children.reversed())
            }
        }
        return out
    }
}
