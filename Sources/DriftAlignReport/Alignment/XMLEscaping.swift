/// Escaping of text for XML 1.0 documents, for the TMX writer (and any other XML report).
///
/// XML 1.0 (W3C, fifth edition, §2.2 `Char`) allows only tab, line feed, carriage return,
/// U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF; anything else (C0 controls, U+FFFE,
/// U+FFFF) makes the whole file unreadable to a conforming parser, even as a character
/// reference, so it is dropped. Swift strings cannot hold lone surrogates, so those never arise.
public enum XMLEscaping {
    /// Whether `scalar` may appear in an XML 1.0 document.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` without the characters XML 1.0 forbids.
    public static func sanitized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text.unicodeScalars.lazy.filter(isAllowed))
        return String(out)
    }

    /// `text` for element content: `&`, `<` and `>` escaped, forbidden characters dropped.
    /// A carriage return becomes `&#13;` so that a parser's line-end normalization keeps it.
    public static func content(_ text: String) -> String {
        escape(text, attribute: false)
    }

    /// `text` for a double- or single-quoted attribute value: also `"` and `'` escaped, and tab,
    /// line feed and carriage return as character references, which attribute-value
    /// normalization (XML 1.0 §3.3.3) would otherwise turn into spaces.
    public static func attribute(_ text: String) -> String {
        escape(text, attribute: true)
    }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars where isAllowed(s) {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&apos;"
            case "\t" where attribute: out += "&#9;"
            case "\n" where attribute: out += "&#10;"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
