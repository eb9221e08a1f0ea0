import DriftAlignCore

/// Turns words into ``NameKey``s: transliterates with ICU ("Russian-Latin/BGN", then
/// "Any-Latin; Latin-ASCII"), strips Russian case endings, the adjective suffix of place names
/// and the English possessive, and caches.
///
/// One per ``DriftScorer``; not thread-safe (ICU transliterators are not), the scorer's lock
/// guards it.
final class NameKeyMaker {
    private let transliterator: ICUTransliterator?
    private var cache: [String: [NameKey]] = [:]

    init() {
        // BGN gives the spellings the press uses for Russian names (Песков → Peskov); Any-Latin
        // catches Ukrainian and other scripts; Latin-ASCII drops accents (Vladímir → Vladimir).
        transliterator = try? ICUTransliterator(id: "Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower")
    }

    /// Russian case endings tried off a name ("Путина" → "Путин", "Нурмагомедовым" → …ов).
    /// Plural place names too ("на Гавайях", "в Альпах", "Афинами"), and plural adjectives
    /// ("Шетландские острова", "Шетландскими").
    private static let russianEndings = ["ыми", "ими", "ого", "ему", "ому", "ами", "ями", "ой", "ом", "ым", "им", "ую", "ая", "ый", "ий", "ых", "их", "ем",
                                         "ые", "ие",
                                         "ах", "ях", "ам", "ям", "е", "а", "у", "ы", "и", "ю", "я"]

    /// Keys of the word as written and of its plausible base forms.
    func keys(_ word: String) -> [NameKey] {
        let lower = word.lowercased()
        if let k = cache[lower] { return k }
        let cyrillic = lower.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
        var forms = [lower]
        if cyrillic {
            for e in Self.russianEndings where lower.hasSuffix(e) && lower.count - e.count >= 3 {
                forms.append(String(lower.dropLast(e.count)))
            }
            // Adjectives made from place names name the place: "Рязанской (области)" → Рязань,
            // "Химкинский (суд)" → Химки, "Валаамский" → Валаам.
            for f in forms {
                for suffix in ["инск", "ск"] where f.hasSuffix(suffix) && f.count - suffix.count >= 3 {
                    let stem = f.dropLast(suffix.count)
                    forms.append(String(stem))
                    // The adjective softens the stem's last consonant: "Рижский" of Рига, "Пражский"
                    // of Прага.
                    if stem.hasSuffix("ж") { forms.append(stem.dropLast() + "га") }
                }
            }
        } else {
            if lower.hasSuffix("'s") { forms.append(String(lower.dropLast(2))) }
            // Latin names of the -o, -onis kind keep their "n" in French and Russian, which took
            // the stem of the other cases: Nero / «Néron» / «Нерон», Dido / «Didon» / «Дидона»,
            // Plato / «Platon», Leo / «Léon». Not "-io" (Mario, Sergio), nor "-oo".
            if lower.count >= 3, lower.hasSuffix("o"), !lower.hasSuffix("io"), !lower.hasSuffix("oo") {
                forms.append(lower + "n")
            }
            // Latin letters with a caron or acute that say "ch", "sh", "zh" (Serbian, Croatian,
            // Czech, Polish: "Vučić" / «Вучич», "Žižek" / «Жижек»): Latin-ASCII would drop the
            // sound with the accent, so the digraph reading is a form of its own.
            let digraphs: [Unicode.Scalar: String] = ["č": "ch", "ć": "ch", "š": "sh", "ś": "sh", "ž": "zh", "ź": "zh"]
            if lower.unicodeScalars.contains(where: { digraphs[$0] != nil }) {
                forms.append(lower.unicodeScalars.map { digraphs[$0] ?? String($0) }.joined())
            }
            // French «ç» says "s" ("François" / «Франсуа»); Latin-ASCII would make it a "c". And
            // French writes Й as «ï» ("Choïgou" / «Шойгу», "Sergueï" / «Сергей»): read as the "y"
            // BGN writes, the diaeresis keeps it apart from the vowel before.
            if lower.contains("ç") || lower.contains("ï") {
                forms.append(lower.replacingOccurrences(of: "ç", with: "s").replacingOccurrences(of: "ï", with: "y"))
            }
        }
        var seen = Set<String>()
        let keys: [NameKey] = forms.compactMap { f in
            let latin = latinLetters(f)
            guard !latin.isEmpty, seen.insert(latin).inserted else { return nil }
            return NameKey(latin: latin, cyrillic: cyrillic)
        }
        if cache.count > 100_000 { cache.removeAll() }
        cache[lower] = keys
        return keys
    }

    /// The closest relation between any forms of two words.
    func relation(_ a: String, _ b: String) -> NameRelation {
        let key = PairKey(a: a, b: b)
        if let r = relations[key] { return r }
        // One Latin spelling for another by its last vowel is a misspelling, whatever readings
        // the two have in common ("Giordano" read as "Giordanon" meets "Giordani" by skeleton).
        let vowelChanged = keys(a).first.flatMap { x in keys(b).first.map { y in
            !x.cyrillic && !y.cyrillic && NameRelation.finalVowelChanged(x.latin, y.latin)
        } } ?? false
        var best = vowelChanged ? NameRelation.misspelled : .different
        search: for x in vowelChanged ? [] : keys(a) {
            for y in keys(b) {
                best = max(best, NameRelation.between(x, y))
                if best == .same { break search }
            }
        }
        // Bounded: a long link compares every name with every word of the other side, mostly
        // the same few names again.
        if relations.count >= Self.relationCacheLimit { relations.removeAll(keepingCapacity: true) }
        relations[key] = best
        return best
    }

    /// ``relation(_:_:)`` of two names as names, not as words that may be cognates: in one
    /// script the skeleton, blind to vowels and "h", is too kind, so two Latin spellings that
    /// meet only there are a misspelling ("Maher" / «Mayer», "White" / «Wyte», "Rubio" /
    /// «Rabio»), while the press's conventions for a name from another script ("Muhammad" /
    /// «Mohammed», "Yuri" / «Iouri»: ``NameRelation/conventionVariants(_:_:)``) stay the same name.
    func nameRelation(_ a: String, _ b: String) -> NameRelation {
        let r = relation(a, b)
        guard r == .same else { return r }
        let x = keys(a), y = keys(b)
        guard !x.isEmpty, !y.isEmpty, !x.contains(where: \.cyrillic), !y.contains(where: \.cyrillic) else { return r }
        let agrees = x.contains { p in y.contains { q in p.latin == q.latin || NameRelation.conventionVariants(p.latin, q.latin) } }
        return agrees ? r : .misspelled
    }

    private struct PairKey: Hashable { var a: String, b: String }
    private var relations: [PairKey: NameRelation] = [:]
    private static let relationCacheLimit = 200_000

    private func latinLetters(_ s: String) -> String {
        let t = transliterator?.transliterate(s) ?? s
        return String(String.UnicodeScalarView(t.unicodeScalars.filter { ($0.value >= 0x61 && $0.value <= 0x7A) }))
    }
}
