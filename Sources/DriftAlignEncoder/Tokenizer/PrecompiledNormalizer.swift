/// SentencePiece's text normalizer driven by a model's precompiled character map (for USE-m,
/// the `nmt_nfkc` rules: NFKC plus the NMT clean-ups, e.g. control characters dropped and
/// unusual spaces turned into U+0020), followed by SentencePiece's whitespace handling.
///
/// The character map is a serialized darts-clone double-array trie (Yata et al., "A Compact
/// Static Double-Array Keeping Character Codes", 2007) over UTF-8 byte strings, followed by a
/// blob of NUL-terminated replacement strings. At each input position the longest key that
/// matches is replaced by its string; where none matches, one UTF-8 character is copied. This is
/// how SentencePiece's `Normalizer::NormalizePrefix` applies it (Kudo & Richardson, "SentencePiece:
/// A simple and language independent subword tokenizer and detokenizer for Neural Text
/// Processing", EMNLP 2018 demo, §3.2 "Customizable character normalization").
struct PrecompiledNormalizer: Sendable {
    /// The double-array units (each: label, has-leaf bit, offset, or a leaf value).
    private let units: [UInt32]
    /// NUL-terminated replacement strings, indexed by the values stored in the trie.
    private let replacements: [UInt8]
    let addDummyPrefix: Bool
    let removeExtraWhitespaces: Bool
    /// U+2581 (▁, "lower one eighth block") when whitespace is escaped, else U+0020.
    let spaceSymbol: [UInt8]

    init(charsmap: [UInt8], addDummyPrefix: Bool, removeExtraWhitespaces: Bool, escapeWhitespaces: Bool, path: String) throws {
        if charsmap.isEmpty {
            units = []
            replacements = []
        } else {
            guard charsmap.count >= 4 else { throw EncoderError.corruptModelFile(path: path, detail: "character map shorter than its header") }
            let trieSize = Int(charsmap[0]) | Int(charsmap[1]) << 8 | Int(charsmap[2]) << 16 | Int(charsmap[3]) << 24
            guard trieSize % 4 == 0, trieSize >= 4, trieSize <= charsmap.count - 4 else {
                throw EncoderError.corruptModelFile(path: path, detail: "character map trie size \(trieSize) does not fit")
            }
            units = charsmap.withUnsafeBytes { raw in
                (0..<(trieSize / 4)).map { raw.loadUnaligned(fromByteOffset: 4 + $0 * 4, as: UInt32.self).littleEndian }
            }
            replacements = Array(charsmap[(4 + trieSize)...])
        }
        self.addDummyPrefix = addDummyPrefix
        self.removeExtraWhitespaces = removeExtraWhitespaces
        spaceSymbol = escapeWhitespaces ? [0xE2, 0x96, 0x81] : [0x20]
    }

    /// What the input at `pos` becomes: either `consumed` bytes copied as they are (`replacement`
    /// nil) or the replacement string's byte range in ``replacements``.
    private struct Prefix {
        var consumed: Int
        var replacement: Range<Int>?
    }

    // darts-clone unit layout: label = bits 0–7 plus bit 31 (set on value units, so they never
    // match a label); bit 8 = has a leaf child; bits 10–31 = offset, shifted left by 8 when bit 9 is set.
    @inline(__always) private static func offset(_ u: UInt32) -> Int { Int((u >> 10) << ((u & 0x200) >> 6)) }

    private func prefix(_ s: UnsafeBufferPointer<UInt8>, _ pos: Int) -> Prefix {
        var bestLength = 0
        var bestValue = 0
        if !units.isEmpty {
            units.withUnsafeBufferPointer { u in
                var node = Self.offset(u[0])
                var i = pos
                while i < s.count {
                    let c = s[i]
                    node ^= Int(c)
                    guard node < u.count else { break }
                    let unit = u[node]
                    if unit & 0x8000_00FF != UInt32(c) { break }
                    node ^= Self.offset(unit)
                    guard node < u.count else { break }
                    i += 1
                    if unit & 0x100 != 0 {
                        bestLength = i - pos
                        bestValue = Int(u[node] & 0x7FFF_FFFF)
                    }
                }
            }
        }
        if bestLength > 0, bestValue < replacements.count {
            var end = bestValue
            while end < replacements.count, replacements[end] != 0 { end += 1 }
            return Prefix(consumed: bestLength, replacement: bestValue..<end)
        }
        return Prefix(consumed: Self.utf8Length(s, pos), replacement: nil)
    }

    /// Length of the UTF-8 character starting at `pos` (1 for a stray byte).
    @inline(__always) static func utf8Length(_ s: UnsafeBufferPointer<UInt8>, _ pos: Int) -> Int {
        let b = s[pos]
        let n = b < 0x80 ? 1 : (b >> 5 == 0x6 ? 2 : (b >> 4 == 0xE ? 3 : (b >> 3 == 0x1E ? 4 : 1)))
        if n > 1 {
            for k in 1..<n where pos + k >= s.count || s[pos + k] & 0xC0 != 0x80 { return 1 }
        }
        return n
    }

    /// Normalizes UTF-8 `text`: character map, then whitespace. Leading, trailing and repeated
    /// spaces are dropped, a dummy ▁ is put in front and every remaining space becomes ▁
    /// (SentencePiece `Normalizer::Normalize`, Kudo & Richardson 2018 §3.1 "lossless
    /// tokenization"). Returns an empty array for text that is empty after normalization.
    func normalize(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let n = text.count
        var pos = 0
        if removeExtraWhitespaces {
            while pos < n {
                let p = prefix(text, pos)
                guard isSingleSpace(p, text, pos) else { break }
                pos += p.consumed
            }
        }
        if pos >= n { return [] }
        var out: [UInt8] = []
        out.reserveCapacity(n + n / 2 + 3)
        if addDummyPrefix { out.append(contentsOf: spaceSymbol) }
        var previousWasSpace = removeExtraWhitespaces
        replacements.withUnsafeBufferPointer { rep in
            while pos < n {
                let p = prefix(text, pos)
                let piece: UnsafeBufferPointer<UInt8>
                if let r = p.replacement {
                    piece = UnsafeBufferPointer(rebasing: rep[r])
                } else {
                    piece = UnsafeBufferPointer(rebasing: text[pos..<(pos + p.consumed)])
                }
                pos += p.consumed
                var start = 0
                if removeExtraWhitespaces && previousWasSpace {
                    while start < piece.count, piece[start] == 0x20 { start += 1 }
                }
                if start < piece.count {
                    for b in piece[start...] {
                        if b == 0x20 { out.append(contentsOf: spaceSymbol) } else { out.append(b) }
                    }
                    previousWasSpace = piece[piece.count - 1] == 0x20
                }
            }
        }
        if removeExtraWhitespaces {
            let k = spaceSymbol.count
            while out.count >= k, out[(out.count - k)...].elementsEqual(spaceSymbol) { out.removeLast(k) }
        }
        return out
    }

    private func isSingleSpace(_ p: Prefix, _ text: UnsafeBufferPointer<UInt8>, _ pos: Int) -> Bool {
        if let r = p.replacement { return r.count == 1 && replacements[r.lowerBound] == 0x20 }
        return p.consumed == 1 && text[pos] == 0x20
    }
}
