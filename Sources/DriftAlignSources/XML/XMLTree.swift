import CHTMLShim
import Foundation

/// A small element tree read with libxml2's XML parser: enough for Atom and RSS feeds.
///
/// Each element keeps the offset in the input where its content begins, so a reader can look for
/// an entry's text in the raw input from there (on a feed written on one line, a line number says
/// nothing). Part of the plugin API, shared by the feed readers.
public final class XMLElementNode {
    public let name: String
    public let attributes: [String: String]
    /// 1-based line of the end of the element's start tag.
    public let line: Int
    /// Unicode-scalar offset in the input just before the `>` that ends the element's start tag:
    /// its content (and its children) come after it.
    public let offset: Int
    /// The element's own character data and CDATA, concatenated (entities decoded; an external
    /// entity, never read, kept as written: "&x;").
    public var text = ""
    public var children: [XMLElementNode] = []

    public init(name: String, attributes: [String: String], line: Int, offset: Int = 0) {
        self.name = name
        self.attributes = attributes
        self.line = line
        self.offset = offset
    }

    public func child(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }
    public func children(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }

    /// Where each of `entries` (a feed's items, in order) may be looked for in the input: from its
    /// start tag to the next entry's (the last one, and one whose successor does not lie after it,
    /// to the end: nil), as ``InputLocator``'s start and limit.
    public static func searchSpans(of entries: [XMLElementNode]) -> [(start: Int, end: Int?)] {
        entries.indices.map { n in
            let next = n + 1 < entries.count ? entries[n + 1].offset : nil
            return (entries[n].offset, next.flatMap { $0 > entries[n].offset ? $0 : nil })
        }
    }
}

public enum XMLTree {
    /// The most elements a feed may hold; bounds memory (a 50 MB feed of 80,000 entries holds
    /// about 500,000). A feed past it is refused rather than read up to the cut.
    public static let maxElements = 2_000_000

    /// Parses `input`; throws ``SourceError/malformed`` with libxml2's line and column, or
    /// ``SourceError/limitExceeded``. Neither a DTD nor an external entity is ever read (see
    /// Sources/CHTMLShim/xml.c); feeds of any size up to the input limit are read.
    public static func parse(_ input: InputFile, format: String) throws -> XMLElementNode {
        let text = utf8Declared(input.text)
        // Only the declaration can have been rewritten: offsets after it shift by the difference.
        let shift = input.scalars.count - text.unicodeScalars.count
        var utf8 = Array(text.utf8)
        if utf8.isEmpty { utf8 = [0x20] }
        guard utf8.count <= Int(Int32.max) else {
            throw SourceError.limitExceeded(file: input.location, format: format, detail: "it is over 2 GB")
        }
        var length: Int32 = 0
        var report = da_parse_report()
        let buffer = utf8.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { da_xml_events($0.baseAddress, Int32($0.count), Int32(maxElements), &length, &report) }
        }
        guard let events = buffer else { throw error(report, input: input, format: format) }
        defer { da_html_free(events) }
        let buf = UnsafeBufferPointer(start: UnsafeRawPointer(events).assumingMemoryBound(to: UInt8.self), count: Int(length))
        guard let root = build(buf, shift: shift) else {
            throw SourceError.malformed(file: input.location, format: format, detail: "line 1, column 1: \(message(4)) (libxml2 error 4)")
        }
        return root
    }

    static func error(_ report: da_parse_report, input: InputFile, format: String) -> SourceError {
        switch Int(report.status) {
        case Int(DA_PARSE_TOO_MANY_EVENTS):
            return .limitExceeded(file: input.location, format: format, detail:
                "it has more than \(SourceError.grouped(maxElements)) elements, the most DriftAlign reads from one feed "
                + "(a bound on memory); nothing is read rather than a feed cut short. Split the feed")
        case Int(DA_PARSE_NOT_WELL_FORMED):
            let code = Int(report.code)
            let libxml2 = withUnsafeBytes(of: report.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            return .malformed(file: input.location, format: format,
                              detail: "line \(report.line), column \(report.column): \(message(code, libxml2: libxml2)) (libxml2 error \(code))")
        default:
            return .limitExceeded(file: input.location, format: format, detail: "out of memory while reading it")
        }
    }

    /// What went wrong, for the libxml2 error codes (xmlParserErrors) a broken or hand-edited feed
    /// produces; libxml2's own message, which names the construct, is kept for the others.
    public static func message(_ code: Int, libxml2: String = "") -> String {
        switch code {
        case 1 where libxml2.hasPrefix("Excessive depth"):
            return "elements nested more than 256 deep, libxml2's limit for XML (no feed nests so deep)"
        case 4: return "the file is empty"
        case 5: return "the file ends before the document does (truncated download?)"
        case 9: return "a character not allowed in XML"
        case 23: return "an entity reference without its ';'"
        case 26: return "an undefined entity: HTML entities such as &nbsp; are not XML (write &#160; or escape the HTML)"
        case 68: return "a name was expected: a bare '&' or '<' in text must be written &amp; / &lt;"
        case 73: return "'>' expected"
        case 76: return "a closing tag does not match its opening tag"
        case 77: return "an unfinished tag"
        case 85: return "elements are not properly nested"
        case 86: return "extra content after the root element"
        case 89: return "entities that refer to themselves or expand without bound (an \"entity bomb\"); they are not expanded"
        default: return libxml2.isEmpty ? "the file is not well-formed XML" : "the file is not well-formed XML (\(libxml2))"
        }
    }

    /// The text with a non-UTF-8 encoding declaration rewritten: the input is already decoded and is
    /// handed to the parser as UTF-8. Only the declaration on the first line is touched, so line
    /// numbers stay those of the file.
    public static func utf8Declared(_ text: String) -> String {
        guard text.hasPrefix("<?xml"), let end = text.prefix(300).range(of: "?>") else { return text }
        let declaration = text[..<end.upperBound].lowercased()
        guard declaration.contains("encoding"), !declaration.contains("utf-8") else { return text }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + text[end.upperBound...]
    }

    /// The tree of the event buffer (records as in CHTMLShim.h); nil when it holds no element.
    private static func build(_ buf: UnsafeBufferPointer<UInt8>, shift: Int) -> XMLElementNode? {
        var root: XMLElementNode?
        var stack: [XMLElementNode] = []
        var events = ShimEventReader(buf)
        while let kind = events.nextKind() {
            switch kind {
            case UInt8(ascii: "S"):
                let (name, attributes) = events.start(lowercased: false)
                let line = Int(events.field()) ?? 0
                let offset = (Int(events.field()) ?? 0) + shift
                let node = XMLElementNode(name: name, attributes: attributes, line: line, offset: max(0, offset))
                if let parent = stack.last { parent.children.append(node) } else if root == nil { root = node }
                stack.append(node)
            case UInt8(ascii: "T"):
                let text = events.field()
                stack.last?.text += text
            case UInt8(ascii: "E"):
                _ = events.field()
                _ = stack.popLast()
            default:
                return root
            }
        }
        return root
    }
}
