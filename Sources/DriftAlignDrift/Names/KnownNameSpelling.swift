import Foundation

/// Near misses of the names DriftAlign knows, in one text alone: «Whitoff» for Witkoff, «Zeelenski»
/// for Zelensky. The name check compares the names of a link's two sides; this one needs no
/// original, so it also reads the French that no available original covers (seed 002 paraphrases
/// a Kremlin readout that is not available as data, and writes «l'envoyé spécial du président
/// américain Steve Whitoff»).
///
/// The names are the surnames of the people of the Trump–Putin calls in ``Exonyms`` (their Latin
/// forms of six letters or more: shorter names meet too many words, "Bien" is a letter off
/// "Biden", "Petit" two off "Putin"). A capitalized word of six letters or more («Mâcon» is five)
/// is a near miss when, diacritics folded, it is one edit (an insertion, a deletion, a change or
/// two letters swapped) off such a form, or two off one of seven letters or more whose letters it
/// shares but two («Whitoff» / Witkoff: an h for a k; «Pettine», a surname, differs from Poutine
/// by four), with the same first letter, and is no known form itself. Left
/// alone: a known form with a final "s" or "a" («Trumps», «Peskova») or a Slavic feminine ending
/// («Zelenska», Olena Zelenska), and a word that starts with the whole name (derivations:
/// «Macronie»). The NameKey comparison the name check uses is the wrong tool here: built for
/// transliteration, it calls «Zeelenski» the same as «Zelenski» (same consonants) and «Bien» a
/// misspelling of «Biden». On the French of the alignment and drift benchmarks' dev halves (FLORES,
/// Text+Berg, TransRead, Tatoeba, REFreSD: 190,000 words) it fires on no word (tested).
public enum KnownNameSpelling {
    /// A word of the text and the known name it misspells.
    public struct NearMiss: Sendable, Equatable {
        /// Scalar range of the word in the text given.
        public var range: Range<Int>
        /// The word as written.
        public var written: String
        /// The known name, capitalized ("Witkoff").
        public var known: String
    }

    /// Concept ids of ``Exonyms`` whose forms are surnames of the calls' people.
    static let people = ["putin", "trump", "zelensky", "peskov", "witkoff", "rubio", "lavrov", "ushakov", "dmitriev", "macron", "biden",
                         "leavitt", "kellogg"]

    /// Shortest form compared: shorter names are a letter off too many words.
    static let minimumLength = 6

    /// The Latin forms of ``people`` long enough to compare, as letter arrays, with the concept's
    /// display form (its first form, capitalized).
    static let forms: [(form: [Character], display: String)] = people.flatMap { id -> [([Character], String)] in
        guard let c = Exonyms.concepts.first(where: { $0.id == id }), let first = c.forms.first else { return [] }
        let display = first.prefix(1).uppercased() + first.dropFirst()
        return c.forms.filter { f in f.count >= minimumLength && f.unicodeScalars.allSatisfy { $0.value < 0x250 } }
            .map { (Array(fold($0)), display) }
    }

    /// Every Latin form of every ``Exonyms`` concept, folded: a word that is one of them is a known name.
    static let allForms: Set<String> = Set(Exonyms.concepts.flatMap(\.forms).filter { f in
        !f.contains(" ") && f.unicodeScalars.allSatisfy { $0.value < 0x250 }
    }.map(fold))

    /// Lower case without diacritics: «Mâcon» is "macon".
    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The near misses of `text`, in text order. Only capitalized words of Latin letters are read.
    public static func nearMisses(in text: String) -> [NearMiss] {
        var out: [NearMiss] = []
        for t in WordTokenizer.tokenize(text) where t.isCapitalized && !t.isAllCaps && !t.isCyrillic && t.lower.count >= minimumLength {
            let w = fold(t.lower)
            guard !allForms.contains(w), !allForms.contains(String(w.dropLast())), w.count <= 40,
                  !forms.contains(where: { w.hasPrefix(String($0.form)) || isFeminine(w, of: $0.form) }) else { continue }
            let letters = Array(w)
            guard let hit = forms.first(where: { f in
                guard f.form.first == letters.first, let d = distance(letters, f.form, limit: f.form.count >= 7 ? 2 : 1) else { return false }
                // Two edits: the letters of a slip (one dropped and one added, «Whitoff»), not of
                // another name («Pettine» is no Poutine).
                return d < 2 || letterDifference(letters, f.form) <= 2
            }) else { continue }
            out.append(NearMiss(range: t.range, written: t.text, known: hit.display))
        }
        return out
    }

    /// How many letters one word has that the other lacks, counted both ways (as multisets).
    static func letterDifference(_ a: [Character], _ b: [Character]) -> Int {
        var counts: [Character: Int] = [:]
        for c in a { counts[c, default: 0] += 1 }
        for c in b { counts[c, default: 0] -= 1 }
        return counts.values.reduce(0) { $0 + abs($1) }
    }

    /// «Zelenska» for "zelenski", «Ouchakova» for "ouchakov": the form of a Slavic surname a woman bears.
    static func isFeminine(_ w: String, of form: [Character]) -> Bool {
        var stem = String(form)
        if let last = stem.last, "iyй".contains(last) { stem.removeLast() }
        return w == stem + "a" || w == stem + "aya"
    }

    /// Edit distance with adjacent transpositions (optimal string alignment) when it is at most
    /// `limit`, else nil. Rows of at most 41 cells: words are bounded above.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        guard abs(a.count - b.count) <= limit else { return nil }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, previous2[j - 2] + 1) }
                current[j] = d
                rowMin = min(rowMin, d)
            }
            if rowMin > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
