/// Untrusted text (posts, scraped pages, file names, manifest fields) made safe to show where a
/// character can do more than show itself: a terminal, one line of Markdown, a TSV cell.
///
/// - Controls: C0 (but tab and line feed), DEL and C1 (U+0080–U+009F). A terminal acts on them
///   (ESC starts the sequences that recolour, clear the screen or retitle the window; C1's CSI is
///   an ESC [ of its own), and no sentence needs them.
/// - Bidi formatting: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). An
///   override in a display name reverses everything after it on the line (Boucher & Anderson,
///   "Trojan Source", 2021), so a date or an address reads backwards.
///
/// The writers that must keep a text whole (JSON, TMX, the alignment TSV) do not use this; the
/// HTML report drops controls and isolates bidi runs itself.
public enum DisplayText {
    /// A control a terminal may act on: C0 except tab and line feed, DEL, C1.
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v)
    }

    /// A bidi embedding, override or isolate control (not the marks LRM/RLM, which only hint).
    public static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }

    /// For a terminal: line feeds and tabs kept, every other control and every bidi control shown
    /// as U+FFFD, so a reader sees that something was there and nothing acts on it.
    public static func terminal(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) || isBidiControl($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            out.append(isControl(s) || isBidiControl(s) ? "\u{FFFD}" : s)
        }
        return String(out)
    }

    /// LF, CR, VT, FF, NEL, U+2028, U+2029 and tab: what a one-line rendering makes a space.
    static func isLineBreakOrTab(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// One line for a terminal: line breaks (LF, CR, VT, FF, NEL, U+2028, U+2029) and tabs become
    /// spaces, and every other control and bidi control is shown as U+FFFD (``terminal(_:)``).
    public static func terminalLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            out.append(isLineBreakOrTab(s) ? " " : isControl(s) || isBidiControl(s) ? "\u{FFFD}" : s)
        }
        return String(out)
    }

    /// One line: line breaks (LF, CR, VT, FF, NEL, U+2028, U+2029) and tabs become spaces, other
    /// controls are dropped, and so are bidi controls unless the text is kept for tools (the
    /// alignment TSV) rather than shown.
    public static func singleLine(_ text: String, keepingBidiControls: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isLineBreakOrTab(s) { out.append(" ") } else if !isControl(s) && (keepingBidiControls || !isBidiControl(s)) { out.append(s) }
        }
        return String(out)
    }

    /// A value from the input quoted in a message, cut to its first `limit` characters with the
    /// length said ("kkkk… (100000 characters)"): a message is one line, and a manifest's case
    /// name or a JSON number of 100,000 characters made it 100 KB.
    public static func quoted(_ value: String, limit: Int = 80) -> String {
        guard value.unicodeScalars.count > limit else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.prefix(limit))) + "… (\(value.unicodeScalars.count) characters)"
    }

    /// A message written by a library that quotes the input (JSONSerialization's "Number 9999…
    /// is not representable"), with every run of more than `limit` characters without white
    /// space cut as ``quoted(_:limit:)`` cuts a value.
    public static func shorteningLongWords(_ message: String, limit: Int = 80) -> String {
        var out = "", word = ""
        func flush() { out += quoted(word, limit: limit); word = "" }
        for c in message {
            if c.isWhitespace { flush(); out.append(c) } else { word.append(c) }
        }
        flush()
        return out
    }
}
