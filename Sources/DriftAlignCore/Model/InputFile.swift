/// The decoded text of one input file (or stream), shared by every document read from it.
///
/// Offsets in reports point back into ``text`` in Unicode scalars, so an editor can find the
/// exact characters in the file they gave us. Plugin authors receive it; the CLI creates it.
public final class InputFile: Sendable {
    /// Where the input came from: a file path, a URL, or "-" for standard input.
    public let location: String
    /// The input decoded to Unicode, exactly as in the file (a leading byte-order mark removed).
    public let text: String
    /// The byte encoding it was decoded from ("UTF-8", "ISO-8859-1", "windows-1251").
    public let encoding: String
    /// The input as an array of scalars, for O(1) slicing by scalar offset.
    public let scalars: [Unicode.Scalar]

    public init(location: String, text: String, encoding: String = "UTF-8") {
        self.location = location
        self.text = text
        self.encoding = encoding
        self.scalars = Array(text.unicodeScalars)
    }

    /// The text between two scalar offsets, clamped to the input.
    public func slice(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, scalars.count))
        let hi = max(lo, min(range.upperBound, scalars.count))
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[lo..<hi])
        return String(s)
    }
}
