import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element, for reading back what the TMX writer wrote with Foundation's parser
/// (libxml2 underneath on Linux).
final class XMLElementNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLElementNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func all(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }
    func first(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }

    /// Parses `xml`; nil, with the parser's error, when it is not well-formed.
    static func parse(_ xml: String) -> (root: XMLElementNode?, error: String?) {
        let builder = Builder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = builder
        let ok = parser.parse()
        return ok ? (builder.root, nil) : (nil, parser.parserError.map { "\($0)" } ?? "unknown parse error")
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLElementNode?
        var stack: [XMLElementNode] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let node = XMLElementNode(name: name, attributes: attributes)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
