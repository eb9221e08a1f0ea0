import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small element tree read with Foundation's `XMLParser`: enough for Atom and RSS feeds.
///
/// Each element keeps the line it starts on, so a reader can start looking for an entry's text
/// in the raw input from that line (XMLParser reports no character offsets). Part of the plugin
/// API, shared by the feed readers.
public final class XMLElementNode {
    public let name: String
    public let attributes: [String: String]
    /// 1-based line of the element's start tag, as XMLParser counts lines.
    public let line: Int
    /// The element's own character data and CDATA, concatenated (entities decoded).
    public var text = ""
    public var children: [XMLElementNode] = []

    public init(name: String, attributes: [String: String], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    public func child(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }
    public func children(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }
}

public enum XMLTree {
    /// Parses `input`; throws ``SourceError/malformed`` with XMLParser's line and column.
    public static func parse(_ input: InputFile, format: String) throws -> XMLElementNode {
        let parser = XMLParser(data: Data(utf8Declared(input.text).utf8))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let builder = Builder()
        parser.delegate = builder
        let parsed = parser.parse()
        // XMLParser on Linux lets a closing tag that does not match the open element pass; the
        // builder checks nesting itself and reports it as libxml2 would (error 76).
        // Elements still open at the end mean the parser stopped early without saying so.
        if parsed, builder.mismatch == nil, !builder.stack.isEmpty {
            builder.mismatch = builder.errorPosition ?? (parser.lineNumber, parser.columnNumber)
        }
        guard parsed, builder.mismatch == nil, let root = builder.root else {
            let code = builder.mismatch != nil && parsed ? 76 : (parser.parserError as NSError?)?.code ?? 0
            let (line, column) = builder.errorPosition ?? (parser.lineNumber, parser.columnNumber)
            throw SourceError.malformed(file: input.location, format: format,
                                        detail: "line \(line), column \(column): \(message(code)) (XMLParser error \(code))")
        }
        return root
    }

    /// What went wrong, for the XMLParser error codes (libxml2's xmlParserErrors) a broken or
    /// hand-edited feed produces; XMLParser on Linux gives no message of its own.
    public static func message(_ code: Int) -> String {
        switch code {
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
        default: return "the file is not well-formed XML"
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

    /// Scalar offset of the start of every line (index 0 = line 1), for XMLParser line numbers.
    public static func lineStarts(_ input: InputFile) -> [Int] {
        var starts = [0]
        for (i, s) in input.scalars.enumerated() where s == "\n" { starts.append(i + 1) }
        return starts
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLElementNode?
        var stack: [XMLElementNode] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes: [String: String] = [:]) {
            let node = XMLElementNode(name: qName ?? elementName, attributes: attributes, line: parser.lineNumber)
            if let parent = stack.last { parent.children.append(node) } else if root == nil { root = node }
            stack.append(node)
        }

        /// Where a closing tag did not match the element it closes.
        var mismatch: (Int, Int)?

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            if let open = stack.last, open.name != (qName ?? elementName), mismatch == nil {
                mismatch = (parser.lineNumber, parser.columnNumber)
                if errorPosition == nil { errorPosition = mismatch }
            }
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }

        /// Where the first error was seen; after `parse()` returns, XMLParser's position is the end.
        var errorPosition: (Int, Int)?

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if errorPosition == nil { errorPosition = (parser.lineNumber, parser.columnNumber) }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
        }
    }
}
