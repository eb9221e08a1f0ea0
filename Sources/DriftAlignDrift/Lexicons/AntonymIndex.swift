/// ``NegationLexicon/antonyms`` indexed for lookup while scanning tokens: Latin forms as whole
/// words (a plural "s"/"es" allowed), Cyrillic forms as stems (at most four letters of ending;
/// a form marked "=" whole),
/// several-word forms as sequences. Built once.
struct AntonymIndex: Sendable {
    static let shared = AntonymIndex()

    private struct Entry: Sendable { var words: [String]; var pair: Int; var side: Int; var stem: Bool }
    /// Entries by their first word (Latin: the word and its plurals; Cyrillic: the first three letters).
    private var byKey: [String: [Entry]] = [:]

    private init() {
        for (p, pair) in NegationLexicon.antonyms.enumerated() {
            for (side, forms) in [pair.a, pair.b].enumerated() {
                for form in forms {
                    let whole = form.hasSuffix("=")
                    let f = whole ? String(form.dropLast()) : form
                    let words = f.split(separator: " ").map(String.init)
                    let cyrillic = words[0].unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
                    let e = Entry(words: words, pair: p, side: side, stem: cyrillic && !whole)
                    if cyrillic {
                        byKey[String(words[0].prefix(3)), default: []].append(e)
                    } else {
                        for k in [words[0], words[0] + "s", words[0] + "es"] { byKey[k, default: []].append(e) }
                    }
                }
            }
        }
    }

    /// For each antonym pair present in `tokens`: the token indices of its first and second side.
    func hits(_ tokens: [WordToken]) -> [Int: (a: [Int], b: [Int])] {
        var out: [Int: (a: [Int], b: [Int])] = [:]
        for (i, t) in tokens.enumerated() {
            let key = t.isCyrillic ? String(t.lower.prefix(3)) : t.lower
            for e in byKey[key] ?? [] where i + e.words.count <= tokens.count {
                let ok = e.words.indices.allSatisfy { k in Self.matches(tokens[i + k], e.words[k], stem: e.stem) }
                guard ok else { continue }
                var h = out[e.pair] ?? ([], [])
                if e.side == 0 { if !h.a.contains(i) { h.a.append(i) } } else if !h.b.contains(i) { h.b.append(i) }
                out[e.pair] = h
            }
        }
        return out
    }

    private static func matches(_ t: WordToken, _ form: String, stem: Bool) -> Bool {
        if stem { return t.lower.utf8.starts(with: form.utf8) && t.lower.count - form.count <= 4 }
        return t.lower == form || t.lower == form + "s" || t.lower == form + "es"
    }
}
