/// Folding for comparison only: never applied to displayed text.
///
/// French and English press use several quotation marks and apostrophes for the same thing
/// (’ ' ʼ, « » “ ” " „); the encoder, the aligner and the drift scorer compare the folded form.
public enum TextFolding {
    /// Apostrophe variants folded to U+0027.
    static let apostrophes: Set<Unicode.Scalar> = ["\u{2019}", "\u{2018}", "\u{02BC}", "\u{2032}", "\u{00B4}", "\u{0060}"]
    /// Double-quote variants folded to U+0022.
    static let doubleQuotes: Set<Unicode.Scalar> = ["\u{00AB}", "\u{00BB}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{2039}", "\u{203A}"]
    /// Space variants (no-break, narrow no-break, thin) folded to U+0020.
    static let spaces: Set<Unicode.Scalar> = ["\u{00A0}", "\u{202F}", "\u{2009}", "\u{2007}", "\u{200A}", "\u{2002}", "\u{2003}"]
    /// Dash variants folded to U+002D.
    static let dashes: Set<Unicode.Scalar> = ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]

    /// NFC, then quotes, apostrophes, spaces and dashes folded to their ASCII forms.
    public static func comparisonForm(_ text: String) -> String {
        let nfc = UnicodeNormalization.normalize(text, .nfc)
        var out = String.UnicodeScalarView()
        for s in nfc.unicodeScalars {
            if apostrophes.contains(s) { out.append("'") }
            else if doubleQuotes.contains(s) { out.append("\"") }
            else if spaces.contains(s) { out.append(" ") }
            else if dashes.contains(s) { out.append("-") }
            else { out.append(s) }
        }
        return String(out)
    }
}
