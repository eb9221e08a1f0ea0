import DriftAlignSources

extension TruthSocialSource {
    /// Unpaired UTF-16 surrogate escapes (`\ud800` with no `\udc00`–`\udfff` after it, or a lone
    /// `\udc00`) rewritten as `\ufffd` before the JSON is parsed.
    ///
    /// RFC 8259 §8.2: the JSON grammar allows such escapes ("\uDEAD"), seen "when a library
    /// truncates a UTF-16 string without checking whether the truncation split a surrogate pair";
    /// what a parser does with them is left open. Foundation's `JSONSerialization` refuses the
    /// whole file (with "Unexpected end of file", which read as a truncated download), so one post
    /// cut inside an emoji would cost every other post of an archive. Repairing is chosen over
    /// refusing because the file is valid JSON and the damage is one character: it is read as
    /// U+FFFD, the Unicode Standard's replacement for an ill-formed code unit sequence (§3.9,
    /// "U+FFFD Substitution of Maximal Subparts"), which is also what ``MappedText/jsonLiteral(_:_:)``
    /// gives the scalar. `\ufffd` has the length of the escape it replaces, so every offset into the
    /// file stays right. The document that holds it says so in its metadata
    /// (`unpaired_surrogates_replaced`), the plugin's way of reporting repairs (as
    /// `mojibake_repaired`).
    struct SurrogateRepair {
        /// The JSON text to parse: the input's, or a copy with the escapes replaced.
        private(set) var json: String
        /// Scalar offsets in the input of the backslash of each replaced escape, in order.
        private(set) var offsets: [Int] = []

        /// Scans `s` once (escapes are found by walking backslash pairs, so `\\ud800` — an escaped
        /// backslash and the letters "ud800" — is left alone).
        init(_ s: [Unicode.Scalar], text: String) {
            var i = 0
            while i < s.count {
                guard s[i] == "\\" else { i += 1; continue }
                guard i + 1 < s.count, s[i + 1] == "u", let unit = Self.hex4(s, i + 2), (0xD800...0xDFFF).contains(unit) else {
                    i += 2
                    continue
                }
                if unit <= 0xDBFF, i + 11 < s.count, s[i + 6] == "\\", s[i + 7] == "u",
                   let low = Self.hex4(s, i + 8), (0xDC00...0xDFFF).contains(low) {
                    i += 12
                    continue
                }
                offsets.append(i)
                i += 6
            }
            guard !offsets.isEmpty else { json = text; return }
            var out = s
            for o in offsets {
                for (k, c) in "ufffd".unicodeScalars.enumerated() { out[o + 1 + k] = c }
            }
            json = ScalarText.string(out, 0..<out.count)
        }

        static func hex4(_ s: [Unicode.Scalar], _ at: Int) -> UInt32? {
            guard at + 4 <= s.count else { return nil }
            var v: UInt32 = 0
            for c in s[at..<(at + 4)] {
                switch c.value {
                case 0x30...0x39: v = v << 4 | (c.value - 0x30)
                case 0x41...0x46: v = v << 4 | (c.value - 0x41 + 10)
                case 0x61...0x66: v = v << 4 | (c.value - 0x61 + 10)
                default: return nil
                }
            }
            return v
        }

        /// What a document's metadata says about the escapes replaced in `record` (its range in the
        /// input), nil when none: how many, and where the first few are.
        func note(for record: Range<Int>) -> String? {
            // Binary search: a file of many records and many repairs stays linear.
            var lo = 0, hi = offsets.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if offsets[mid] < record.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            let inside = offsets[lo...].prefix { $0 < record.upperBound }
            guard !inside.isEmpty else { return nil }
            let shown = inside.prefix(5).map(String.init).joined(separator: ", ")
            let more = inside.count > 5 ? ", …" : ""
            return "\(inside.count) unpaired UTF-16 surrogate escape(s) read as U+FFFD (file offsets \(shown)\(more))"
        }
    }
}
