import DriftAlignSources

extension TruthSocialSource.MappedText {
    /// Repairs UTF-8 that was read as Latin-1 (or Windows-1252), returning how many characters it
    /// restored: "can\u{E2}\u{80}\u{99}t" → "can’t", "\u{C2}\u{A0}" → no-break space.
    ///
    /// FORMATS.md §2: "from ~2025-03 onward many records carry UTF-8-read-as-Latin-1 mojibake …
    /// fix with latin1-encode -> utf8-decode per string". Done per sequence rather than per string,
    /// so one legitimate "’" or "é" in a record does not stop the repair of the rest:
    /// - a *candidate* is a run of 2–4 scalars whose Latin-1 (or Windows-1252) bytes form one valid,
    ///   shortest-form UTF-8 character;
    /// - a candidate is *certain* when one of its bytes is 0x80–0x9F (C1 controls, never text) or it
    ///   reads "Â"/"Ã" plus a sign (U+00A0–U+00FF as mojibake);
    /// - certain candidates are always repaired; the others ("à »", which is also E0 A0 BB) only
    ///   when the whole string round-trips and holds a certain one, i.e. is mojibake through and
    ///   through. So "é" alone, "café" or "voilà »" stay as they are.
    mutating func repairMojibake() -> Int {
        guard scalars.contains(where: { $0.value >= 0x80 }) else { return 0 }
        var candidates: [(range: Range<Int>, scalar: Unicode.Scalar, certain: Bool)] = []
        var covered = true
        var i = 0
        while i < scalars.count {
            if let c = Self.candidate(scalars, at: i) {
                candidates.append(c)
                i = c.range.upperBound
            } else {
                if scalars[i].value >= 0x80 { covered = false }
                i += 1
            }
        }
        let repairAll = covered && candidates.contains { $0.certain }
        let edits = candidates.filter { $0.certain || repairAll }.map { (range: $0.range, with: [$0.scalar]) }
        rewrite(edits)
        return edits.count
    }

    private static func candidate(_ s: [Unicode.Scalar], at i: Int) -> (range: Range<Int>, scalar: Unicode.Scalar, certain: Bool)? {
        guard let lead = byte(s[i]) else { return nil }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard i + length <= s.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        var certain = lead == 0xC2 || lead == 0xC3
        for k in 1..<length {
            guard let b = byte(s[i + k]), (0x80...0xBF).contains(b) else { return nil }
            if b <= 0x9F { certain = true }
            value = value << 6 | UInt32(b & 0x3F)
        }
        // Shortest form only, no surrogates (RFC 3629 §3).
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (i..<(i + length), scalar, certain)
    }

    /// The byte a scalar stands for when text was decoded as Latin-1 or Windows-1252.
    private static func byte(_ s: Unicode.Scalar) -> UInt8? {
        if s.value <= 0xFF { return UInt8(s.value) }
        return Windows1252.byteOf[s.value]
    }
}
