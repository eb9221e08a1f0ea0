import DriftAlignSources

extension TruthSocialSource {
    /// Where each status record and its text fields lie in the raw JSON, in scalar offsets.
    ///
    /// `JSONSerialization` gives values but no positions, and the archive is ASCII-escaped JSON
    /// (FORMATS.md §2: "ASCII-escaped"), so decoded text cannot be found verbatim in the file:
    /// "can’t" is stored as `can\u00e2\u0080\u0099t`. One linear pass over the structure finds
    /// every record object and the string literals of its members (and of its members' members,
    /// for `reblog.content`), whatever the key order. Work is O(input size).
    struct JSONSpans {
        struct Record {
            /// The record object, braces included.
            var range: Range<Int>
            /// Inner ranges (quotes excluded) of string values by key path: "content", "reblog.content".
            var strings: [String: Range<Int>]
        }

        private(set) var records: [Record] = []

        private struct Frame {
            var isObject: Bool
            var expectsKey: Bool
            var key: String?
        }

        /// Scans `s`. Records are the objects of a top-level array, or the top-level object itself,
        /// or, given a `container` key, the objects of the array that key holds in the top-level
        /// object (a feed file's `new_posts`).
        init(_ s: [Unicode.Scalar], container: String? = nil) {
            var stack: [Frame] = []
            var recordDepth = 0
            var open: (start: Int, strings: [String: Range<Int>])?
            var i = 0
            while i < s.count {
                switch s[i] {
                case "{", "[":
                    let isObject = s[i] == "{"
                    if stack.isEmpty { recordDepth = isObject ? (container == nil ? 1 : 3) : 2 }
                    stack.append(Frame(isObject: isObject, expectsKey: isObject, key: nil))
                    // In a feed, only the container's array holds records (not `summary`'s members).
                    let inContainer = container == nil || (stack.count == 3 && stack[0].key == container && !stack[1].isObject)
                    if isObject && stack.count == recordDepth && inContainer { open = (i, [:]) }
                case "}", "]":
                    if stack.count == recordDepth, let r = open {
                        records.append(Record(range: r.start..<(i + 1), strings: r.strings))
                        open = nil
                    }
                    if !stack.isEmpty { stack.removeLast() }
                case ",":
                    if let top = stack.last, top.isObject { stack[stack.count - 1].expectsKey = true }
                case "\"":
                    let end = Self.stringEnd(s, from: i)
                    let inner = (i + 1)..<max(i + 1, end - 1)
                    if let top = stack.last, top.isObject, top.expectsKey {
                        stack[stack.count - 1].key = ScalarText.string(s, inner)
                        stack[stack.count - 1].expectsKey = false
                    } else if open != nil, stack.count >= recordDepth, stack.count <= recordDepth + 1 {
                        let path = stack[(recordDepth - 1)...].map { $0.isObject ? ($0.key ?? "") : "[]" }
                        let key = path.joined(separator: ".")
                        if open!.strings[key] == nil { open!.strings[key] = inner }
                    }
                    i = end
                    continue
                default:
                    break
                }
                i += 1
            }
        }

        /// The offset just past the string literal that opens at `start` (a quotation mark).
        static func stringEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
            var i = start + 1
            while i < s.count {
                if s[i] == "\\" { i += 2; continue }
                if s[i] == "\"" { return i + 1 }
                i += 1
            }
            return s.count
        }
    }

    /// Text decoded from input, each scalar remembering the input span it came from.
    ///
    /// Decoding (JSON escapes), mojibake repair and entity decoding all shrink the text; keeping
    /// the origin of every scalar lets a paragraph found afterwards map back to exactly the input
    /// characters it was made from (an honest span, not a guess).
    struct MappedText {
        private(set) var scalars: [Unicode.Scalar] = []
        private(set) var origins: [Range<Int>] = []

        var string: String { ScalarText.string(scalars, 0..<scalars.count) }
        var count: Int { scalars.count }

        /// The input span of `range` (a range of this text), nil when empty.
        func inputSpan(_ range: Range<Int>) -> Range<Int>? {
            guard !range.isEmpty, range.upperBound <= origins.count else { return nil }
            return origins[range.lowerBound].lowerBound..<origins[range.upperBound - 1].upperBound
        }

        mutating func append(_ scalar: Unicode.Scalar, from origin: Range<Int>) {
            scalars.append(scalar)
            origins.append(origin)
        }

        /// Decodes the JSON string literal whose inner range (quotes excluded) is `inner`.
        /// Returns nil on a broken escape (then `JSONSerialization` would have failed too).
        static func jsonLiteral(_ raw: [Unicode.Scalar], _ inner: Range<Int>) -> MappedText? {
            var out = MappedText()
            var i = inner.lowerBound
            let end = min(inner.upperBound, raw.count)
            func hex4(_ at: Int) -> UInt32? {
                guard at + 4 <= end else { return nil }
                return UInt32(ScalarText.string(raw, at..<(at + 4)), radix: 16)
            }
            while i < end {
                guard raw[i] == "\\" else { out.append(raw[i], from: i..<(i + 1)); i += 1; continue }
                guard i + 1 < end else { return nil }
                let simple: [Unicode.Scalar: Unicode.Scalar] = ["\"": "\"", "\\": "\\", "/": "/", "b": "\u{8}",
                                                                "f": "\u{C}", "n": "\n", "r": "\r", "t": "\t"]
                if let v = simple[raw[i + 1]] { out.append(v, from: i..<(i + 2)); i += 2; continue }
                guard raw[i + 1] == "u", let v = hex4(i + 2) else { return nil }
                var value = v, width = 6
                // A UTF-16 surrogate pair spells one scalar in two escapes (RFC 8259 §7).
                if (0xD800...0xDBFF).contains(v), i + 12 <= end, raw[i + 6] == "\\", raw[i + 7] == "u",
                   let low = hex4(i + 8), (0xDC00...0xDFFF).contains(low) {
                    value = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    width = 12
                }
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}", from: i..<(i + width))
                i += width
            }
            return out
        }

        /// Applies replacements (sorted, not overlapping) in one pass; every new scalar takes the
        /// input span of the whole range it replaces. Linear, whatever the number of edits.
        mutating func rewrite(_ edits: [(range: Range<Int>, with: [Unicode.Scalar])]) {
            guard !edits.isEmpty else { return }
            var out = MappedText()
            var i = 0
            for edit in edits where edit.range.lowerBound >= i {
                while i < edit.range.lowerBound { out.append(scalars[i], from: origins[i]); i += 1 }
                let span = inputSpan(edit.range) ?? origins[i]
                for s in edit.with { out.append(s, from: span) }
                i = edit.range.upperBound
            }
            while i < scalars.count { out.append(scalars[i], from: origins[i]); i += 1 }
            self = out
        }

        /// Decodes HTML character references left in archive text ("&amp;", FORMATS.md §2)
        /// with the plugin API's ``HTMLEntities`` table.
        mutating func decodeEntities() {
            var edits: [(range: Range<Int>, with: [Unicode.Scalar])] = []
            var i = 0
            while i < scalars.count {
                defer { i += 1 }
                guard scalars[i] == "&", let semi = scalars[i..<min(scalars.count, i + 12)].firstIndex(of: ";") else { continue }
                let reference = ScalarText.string(scalars, i..<(semi + 1))
                let decoded = HTMLEntities.decode(reference)
                if decoded != reference {
                    edits.append((i..<(semi + 1), Array(decoded.unicodeScalars)))
                    i = semi
                }
            }
            rewrite(edits)
        }
    }
}
