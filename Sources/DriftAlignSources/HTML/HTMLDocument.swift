import CHTMLShim

/// An HTML page parsed by libxml2's forgiving HTML parser (the parser behind lxml).
///
/// Plugins query it with simple selectors (tag, class, id, attribute) and read text the way a
/// browser renders it. Markup is never matched with regular expressions.
public final class HTMLDocument: Sendable {
    public let root: HTMLNode

    /// The most events (elements + text nodes) a page may produce; bounds work on hostile input.
    public static let maxEvents: Int32 = 2_000_000

    /// Parses `html`. Throws ``SourceError/malformed`` when libxml2 finds no document at all.
    public init(html: String, file: String) throws {
        var utf8 = Array(html.utf8)
        if utf8.isEmpty { utf8 = [0x20] }
        var length: Int32 = 0
        let buffer = utf8.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { da_html_events($0.baseAddress, Int32($0.count), Self.maxEvents, &length) }
        }
        guard let events = buffer else {
            throw SourceError.malformed(file: file, format: "HTML", detail: "the parser found no document")
        }
        defer { da_html_free(events) }
        root = Self.build(UnsafeBufferPointer(start: UnsafeRawPointer(events).assumingMemoryBound(to: UInt8.self), count: Int(length)))
    }

    private static func build(_ buf: UnsafeBufferPointer<UInt8>) -> HTMLNode {
        let top = HTMLNode(name: "#document", attributes: [:])
        var stack = [top]
        var i = 0
        func field() -> String {
            let start = i
            while i < buf.count && buf[i] != 0 { i += 1 }
            let s = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self)
            i += 1
            return s
        }
        while i < buf.count {
            let kind = buf[i]
            i += 1
            switch kind {
            case UInt8(ascii: "S"):
                let name = field().lowercased()
                let n = Int(field()) ?? 0
                var attrs: [String: String] = [:]
                for _ in 0..<n {
                    let k = field().lowercased()
                    attrs[k] = field()
                }
                let node = HTMLNode(name: name, attributes: attrs)
                stack.last!.children.append(.element(node))
                stack.append(node)
            case UInt8(ascii: "T"):
                stack.last!.children.append(.text(field()))
            case UInt8(ascii: "E"):
                _ = field()
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

    /// The text as a browser shows it: white space collapsed, <br> as a line break; script and
    /// style content dropped.
    public var text: String { rawText().collapsingWhitespace() }

    func rawText() -> String {
        var out = ""
        var stack: [Child] = children.reversed()
        while let c = stack.popLast() {
            switch c {
            case .text(let t): out += t
            case .element(let e):
                if e.name == "script" || e.name == "style" || e.name == "noscript" { continue }
                if e.name == "br" { out += "\n"; continue }
                stack.append(contentsOf: e.children.reversed())
            }
        }
        return out
    }
}
