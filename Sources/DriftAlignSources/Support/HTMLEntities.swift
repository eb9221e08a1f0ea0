import CHTMLShim
/// Decodes the HTML character references that archives leave in plain text ("&amp;", "&#8217;").
///
/// Full HTML is parsed by ``HTMLDocument``; this is for text fields that were stripped of tags but
/// not of entities (the Truth Social archive, RSS descriptions).
public enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "laquo": "«", "raquo": "»",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "hellip": "…", "mdash": "—", "ndash": "–",
        "eacute": "é", "egrave": "è", "agrave": "à", "ccedil": "ç", "ecirc": "ê", "ocirc": "ô", "euro": "€", "copy": "©",
    ]

    public static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";") {
                let name = after[..<semi]
                if let v = value(of: name) {
                    out += v
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }

    static func value(of name: Substring) -> String? {
        let code: UInt32?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            code = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
            code = UInt32(name.dropFirst())
        } else {
            // The parser's own table next: a reference our short list lacks ("&Eacute;", "&bull;")
            // was decoded in a page's text but not where the text is looked for in the file, so
            // its paragraph could not be placed there (the offsets audit's «L&#8217;&Eacute;lys&eacute;e»).
            guard let known = named[String(name)] else {
                guard name.count <= 10, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
                let value = da_html_entity(String(name))
                return value < 0 ? nil : Unicode.Scalar(UInt32(value)).map { String(Character($0)) }
            }
            return known
        }
        return code.flatMap(scalar(forReference:)).map { String(Character($0)) }
    }

    /// The character a numeric reference stands for, or nil (kept as written) when there is none.
    ///
    /// As WHATWG HTML §13.2.5.80 ("Numeric character reference end state") does: 0 becomes U+FFFD,
    /// and 0x80–0x9F, which old pages meant as windows-1252, become the characters of that
    /// table ("&#146;" is ’). Other control characters, which WHATWG keeps, become U+FFFD too, tab,
    /// line feed and carriage return aside: a NUL or ESC in a sentence would reach reports and
    /// terminals. Surrogates and values past U+10FFFF have no character.
    static func scalar(forReference code: UInt32) -> Unicode.Scalar? {
        if (0x80...0x9F).contains(code) { return Windows1252.highBlock[UInt8(code)] ?? "\u{FFFD}" }
        if code < 0x20 && code != 0x09 && code != 0x0A && code != 0x0D || code == 0x7F { return "\u{FFFD}" }
        return Unicode.Scalar(code)
    }
}
