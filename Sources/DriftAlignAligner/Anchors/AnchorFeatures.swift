import DriftAlignCore

/// What a human aligner looks at besides meaning: numbers and proper names, which survive
/// translation almost unchanged, compared across scripts after transliteration.
///
/// Per sentence we keep the set of numbers (digits, and Roman numerals after a part word such as
/// "chapitre": books number chapters one way in one language and the other in the next) and of
/// name keys. A name key is the transliterated,
/// ASCII-folded name without vowels ("Poutine", "Putin", "Путин" → "ptn"), so the French, English
/// and Russian spellings of a name meet.
public struct AnchorFeatures: Sendable {
    public var numbers: [Set<String>]
    public var names: [Set<String>]

    public init(sentences: [String], language: String) {
        // Digits, and the Roman numerals of part headings: "CHAPTER 22" meets "CHAPITRE XXII".
        numbers = sentences.map { sentence in
            Set(NumberExtractor.extract(sentence, language: language).map(\.value).filter { $0.count > 0 })
                .union(RomanNumerals.partNumbers(in: sentence).map(String.init))
        }
        let keys = NameKeys()
        names = sentences.map { keys.keys(in: $0) }
    }

    /// The anchor agreement of two windows, in [-1, 1]: positive when numbers or names are shared,
    /// negative when both sides have numbers and none is shared.
    public static func agreement(_ a: AnchorFeatures, _ ar: Range<Int>, _ b: AnchorFeatures, _ br: Range<Int>) -> Double {
        agreement(numbers: (union(a.numbers, ar), union(b.numbers, br)), names: (union(a.names, ar), union(b.names, br)))
    }

    /// The same from two windows' anchor sets.
    static func agreement(numbers: (Set<String>, Set<String>), names: (Set<String>, Set<String>)) -> Double {
        combine(numbers: numbers.0.isEmpty || numbers.1.isEmpty ? nil : jaccard(numbers.0, numbers.1),
                names: names.0.isEmpty || names.1.isEmpty ? nil : jaccard(names.0, names.1))
    }

    /// Numbers shared count their Jaccard similarity, numbers on both sides with none shared −0.5;
    /// names add their Jaccard similarity; clipped to [-1, 1]. `nil`: a side has none.
    private static func combine(numbers: Double?, names: Double?) -> Double {
        var score = 0.0
        if let j = numbers { score += j > 0 ? j : -0.5 }
        if let j = names { score += j }
        return max(-1, min(1, score))
    }

    /// The same from two windows' anchors as sorted, distinct interned ids (``windows(upTo:interner:)``).
    static func agreement(numbers: ([Int32], [Int32]), names: ([Int32], [Int32])) -> Double {
        combine(numbers: numbers.0.isEmpty || numbers.1.isEmpty ? nil : jaccard(numbers.0, numbers.1),
                names: names.0.isEmpty || names.1.isEmpty ? nil : jaccard(names.0, names.1))
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var shared = 0
        for x in small where large.contains(x) { shared += 1 }
        return Double(shared) / Double(a.count + b.count - shared)
    }

    /// Jaccard similarity of two sorted arrays of distinct ids (one merge walk, no hashing: the
    /// aligner asks it for every candidate link).
    static func jaccard(_ a: [Int32], _ b: [Int32]) -> Double {
        var i = 0, k = 0, shared = 0
        while i < a.count && k < b.count {
            if a[i] == b[k] { shared += 1; i += 1; k += 1 } else if a[i] < b[k] { i += 1 } else { k += 1 }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }

    /// Anchors of every window of 1…k sentences as sorted, distinct ids: `[k - 1][i]` covers
    /// i..<i+k. Both sides of an alignment share one `interner`, so equal strings get equal ids.
    func windows(upTo k: Int, interner: inout [String: Int32]) -> (numbers: [[[Int32]]], names: [[[Int32]]]) {
        func ids(_ sets: [Set<String>], _ interner: inout [String: Int32]) -> [[Int32]] {
            sets.map { set in
                set.map { key -> Int32 in
                    if let id = interner[key] { return id }
                    let id = Int32(interner.count)
                    interner[key] = id
                    return id
                }.sorted()
            }
        }
        let n = numbers.count
        func build(_ single: [[Int32]]) -> [[[Int32]]] {
            (1...max(1, k)).map { size in
                (0..<n).map { i in
                    if size == 1 { return single[i] }
                    var u: [Int32] = []
                    for r in i..<min(n, i + size) { u += single[r] }
                    return Array(Set(u)).sorted()
                }
            }
        }
        let numberIDs = ids(numbers, &interner)
        let nameIDs = ids(names, &interner)
        return (build(numberIDs), build(nameIDs))
    }

    static func union(_ sets: [Set<String>], _ r: Range<Int>) -> Set<String> {
        var u = Set<String>()
        for i in r where i < sets.count { u.formUnion(sets[i]) }
        return u
    }
}

/// Turns capitalized words into script-independent keys.
struct NameKeys {
    private let translit: ICUTransliterator?

    init() { translit = try? ICUTransliterator(id: "Any-Latin; Latin-ASCII") }

    func keys(in sentence: String) -> Set<String> {
        let words = Self.words(sentence)
        var out = Set<String>()
        for (k, w) in words.enumerated() where (k > 0 || words.count == 1) && Self.readsAsName(w) {
            if let key = key(w) { out.insert(key) }
        }
        return out
    }

    /// The key of a sentence's first word when it reads as a name, which ``keys(in:)`` leaves
    /// out: a capital there marks the sentence.
    func firstWordKey(in sentence: String) -> String? {
        Self.words(sentence).first.flatMap { Self.readsAsName($0) ? key($0) : nil }
    }

    /// The key of every word of three letters or more, whatever its case.
    func wordKeys(in sentence: String) -> Set<String> {
        Set(Self.words(sentence).filter { $0.count >= 3 }.compactMap(key))
    }

    private static func words(_ sentence: String) -> [Substring] {
        sentence.split(whereSeparator: { !($0.isLetter || $0 == "-") })
    }

    /// Capitalized, three letters or more, and not ALL CAPS (emphasis, not names: "NOW",
    /// "MAINTENANT"; three capitals may be an acronym).
    private static func readsAsName(_ w: Substring) -> Bool {
        guard let f = w.first, f.isUppercase, w.count >= 3 else { return false }
        return !(w.allSatisfy({ $0.isUppercase || $0 == "-" }) && w.count > 3)
    }

    /// A word's skeleton after transliteration (ASCII needs none: Any-Latin; Latin-ASCII leaves it
    /// as it is), nil when it keeps fewer than two consonants.
    private func key(_ w: Substring) -> String? {
        let word = String(w)
        let key = Self.skeleton(word.utf8.allSatisfy { $0 < 0x80 } ? word : translit?.transliterate(word) ?? word)
        return key.count >= 2 ? key : nil
    }

    /// Lower-case ASCII consonants, doubled letters collapsed, at most 5 ("Zelenskyy" → "zlnsk").
    static func skeleton(_ word: String) -> String {
        var out = ""
        for c in word.lowercased().unicodeScalars where c.isASCII && c.properties.isAlphabetic {
            if "aeiouyh".unicodeScalars.contains(c) { continue }
            if out.unicodeScalars.last == c { continue }
            out.unicodeScalars.append(c)
            if out.count == 5 { break }
        }
        return out
    }
}
