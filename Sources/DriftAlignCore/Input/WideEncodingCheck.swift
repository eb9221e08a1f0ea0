/// Checks that bytes can be text in the UTF-16 or UTF-32 form asked for (`--encoding UTF-16`),
/// before they are decoded in it: ``InputReader`` refuses them otherwise, naming what they look like.
///
/// Those decoders take almost any bytes: ASCII forced through UTF-16 came out as CJK-looking
/// characters ("Trump spoke" → "呲畭瀠…"), segmented and aligned without a word of warning.
/// Text in a wide form has a shape that other text lacks (Unicode §3.9, D90–D91; §3.10):
/// - NUL bytes: UTF-16 has one in every character below U+0100 (each space, line end, digit
///   and Latin letter), UTF-32 at least one in every character. A file without one is refused:
///   UTF-8 when its bytes are valid UTF-8, else most likely a legacy 8-bit encoding (ISO-8859-1
///   "président" or windows-1251 "Президент" of even length decoded as UTF-16 to CJK-looking
///   nonsense, exit 0). UTF-16 text in a CJK script can lack NUL bytes, but not text DriftAlign
///   reads: French, English, Russian and German put spaces and line ends between words, and
///   each is a NUL byte in UTF-16. (CJK UTF-16 with a line end, 0A 00, is still read.)
/// - A length that is a multiple of the code unit, 2 or 4 bytes. One stray byte after UTF-16
///   text is what `echo >> file` leaves (an 8-bit line end): the bytes before it are named.
/// - NUL bytes on the high byte of each code unit: the last byte in little-endian, the first in
///   big-endian. When most code units have their zero byte at the other end, the file is in the
///   other byte order ("D\0o\0" read as UTF-16BE is "䐀漀").
enum WideEncodingCheck {
    /// Why the bytes are not text in the encoding asked for, and what they look like instead.
    struct Mismatch: Equatable {
        var reason: String
        /// "UTF-8", "ASCII", "UTF-16LE"…, or nil when nothing fits well enough to be named.
        var likely: String?
    }

    /// The mismatch between `bytes` (the whole file, byte-order mark included) and the wide
    /// encoding `name`, or nil when they may be text in it.
    static func mismatch(_ bytes: ArraySlice<UInt8>, encoding name: String) -> Mismatch? {
        let unit = InputReader.codeUnitBytes(name)
        guard unit > 1 else { return nil }
        let form = unit == 2 ? "UTF-16" : "UTF-32"
        let hasNUL = bytes.contains(0)
        if !hasNUL, InputReader.firstInvalidUTF8(bytes) == nil {
            let ascii = bytes.allSatisfy { $0 < 0x80 }
            return Mismatch(reason: "it has no NUL byte, which \(form) text has in every "
                                + (unit == 2 ? "space, line end, digit and Latin letter" : "character")
                                + ", and its bytes are valid UTF-8",
                            likely: ascii ? "ASCII" : "UTF-8")
        }
        if !hasNUL {
            return Mismatch(reason: unit == 4 ? "it has no NUL byte, which UTF-32 text has in every character"
                                : "it has no NUL byte, which UTF-16 text has in every space, line end, digit and Latin letter: "
                                    + "as UTF-16 it would hold not one space or line end, which French, English, Russian and German text all have",
                            likely: InputReader.guessLegacy(bytes))
        }
        if bytes.count % unit != 0 {
            var reason = "it has \(bytes.count) bytes, not a multiple of \(unit) (every \(form) code unit is \(unit) bytes)"
            let wide = InputReader.guessWide(bytes)
            // The bytes past the last whole code unit of the form they read in (none for UTF-16
            // of even length asked for as UTF-32).
            if let wide, case let extra = bytes.count % InputReader.codeUnitBytes(wide), extra > 0 {
                let tail = bytes.suffix(extra).map { ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
                let lineEnd = bytes.last == 0x0A ? " (an 8-bit line end, as `echo >> file` appends)" : ""
                reason += "; its first \(bytes.count - extra) bytes read as \(wide) text, and the last \(extra == 1 ? "byte" : "\(extra) bytes"), "
                    + "\(tail)\(lineEnd), \(extra == 1 ? "was" : "were") added after it: remove \(extra == 1 ? "it" : "them")"
            }
            return Mismatch(reason: reason, likely: wide)
        }
        let little = isLittleEndian(name, bytes)
        let (native, flipped) = zeroEnds(bytes, unit: unit, little: little)
        let units = bytes.count / unit
        // The other order only on clear evidence: ASCII-range text read the wrong way round has a
        // zero at the low end of nearly every code unit; CJK text read the right way has one in
        // the few characters U+xx00 (一 is U+4E00), and its line ends at the high end.
        if flipped >= 4, flipped * 10 >= units, native * 8 <= flipped {
            let other = "\(form)\(little ? "BE" : "LE")"
            return Mismatch(reason: "\(flipped) of its \(units) code units have their zero byte \(little ? "first" : "last"), "
                                + "as \(other) text has; read as \(form)\(little ? "LE" : "BE") they would be nonsense",
                            likely: other)
        }
        return nil
    }

    /// The offset of the first code unit of `bytes` that is no character in the UTF-16 or UTF-32
    /// form `name` (in the byte order ``isLittleEndian(_:_:)`` gives): a lone or reversed surrogate,
    /// a UTF-32 value over U+10FFFF, or a last unit cut short; nil when every unit is one, or for
    /// another encoding.
    static func firstInvalidOffset(_ bytes: ArraySlice<UInt8>, encoding name: String) -> Int? {
        let unit = InputReader.codeUnitBytes(name)
        guard unit > 1 else { return nil }
        let little = isLittleEndian(name, bytes)
        func value(at i: Int) -> UInt32 {
            var v: UInt32 = 0
            for k in 0..<unit { v |= UInt32(bytes[little ? i + k : i + unit - 1 - k]) << (8 * k) }
            return v
        }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            guard i + unit <= bytes.endIndex else { return i - bytes.startIndex }
            let v = value(at: i)
            if unit == 4 {
                if v > 0x10FFFF || (0xD800...0xDFFF).contains(v) { return i - bytes.startIndex }
            } else if (0xDC00...0xDFFF).contains(v) {
                return i - bytes.startIndex
            } else if (0xD800...0xDBFF).contains(v) {
                guard i + 2 * unit <= bytes.endIndex, (0xDC00...0xDFFF).contains(value(at: i + unit)) else { return i - bytes.startIndex }
                i += unit
            }
            i += unit
        }
        return nil
    }

    /// What bytes that failed to decode in a wide encoding look like: another wide form when
    /// they have NUL bytes, else UTF-8 (or ASCII), else a legacy encoding ICU is confident of.
    static func likelyEncoding(_ bytes: ArraySlice<UInt8>) -> String? {
        if bytes.contains(0) { return InputReader.guessWide(bytes) }
        if InputReader.firstInvalidUTF8(bytes) == nil { return bytes.allSatisfy { $0 < 0x80 } ? "ASCII" : "UTF-8" }
        return InputReader.guessLegacy(bytes)
    }

    /// The byte order ICU reads `name` in: its suffix ("UTF-16LE"), else the byte-order mark,
    /// else big-endian (Unicode §3.10, D98: UTF-16 without a mark is big-endian; ICU does so).
    static func isLittleEndian(_ name: String, _ bytes: ArraySlice<UInt8>) -> Bool {
        let n = name.lowercased()
        if n.hasSuffix("le") { return true }
        if n.hasSuffix("be") { return false }
        return bytes.starts(with: [0xFF, 0xFE])
    }

    /// Code units whose zero byte sits at the high end in the given byte order (`native`: the
    /// characters below U+0100, or U+10000 in UTF-32), and those whose only zero end is the low
    /// one (`flipped`: what ASCII-range text in the other order gives).
    static func zeroEnds(_ bytes: ArraySlice<UInt8>, unit: Int, little: Bool) -> (native: Int, flipped: Int) {
        var native = 0, flipped = 0
        var i = bytes.startIndex
        while i + unit <= bytes.endIndex {
            let first = bytes[i], last = bytes[i + unit - 1]
            let high = little ? last : first, low = little ? first : last
            if high == 0 { native += 1 } else if low == 0 { flipped += 1 }
            i += unit
        }
        return (native, flipped)
    }
}
