/// Candidate heads of a German compound: "Westgrat" says «arête ouest», "Gipfelpyramide"
/// «pyramide finale», "Hauptlager" «camp de base». German writes as one word what French says
/// in several, so a French word whose counterpart is the compound's head ("Grat", "Pyramide",
/// "Lager") found no counterpart, and the word-vector alignment read it as added.
///
/// Koehn & Knight ("Empirical Methods for Compound Splitting", EACL 2003) split where the parts
/// are frequent words of a corpus. There is no German corpus here, but the encoder's
/// SentencePiece vocabulary was learnt on one (its 128,000 pieces cover German among sixteen
/// languages), so an ending of the compound is a candidate head when it is a word there: written
/// with a capital, it is one piece ("▁Lager", "▁Grat", "▁Angriff"), or one piece and an
/// inflection ("▁Pyramid" + "e"). Fragments are not ("▁T" + "scher", "▁A" + "ger"): a first try
/// that took every ending let «lac» meet "tscher" of "Gletscher" (cosine 0.53). Endings of four
/// letters or more that leave three or more, at most ``maxHeads``, longest first; the content
/// alignment compares a French word with each known head and keeps the best score.
enum GermanCompounds {
    /// Compounds shorter than this are not split.
    static let minimumLength = 8
    /// At most this many heads per word.
    static let maxHeads = 8

    static func heads(of lower: String) -> [String] {
        let letters = Array(lower)
        guard letters.count >= minimumLength, letters.allSatisfy(\.isLetter) else { return [] }
        var out: [String] = []
        for start in 3...(letters.count - 4) where out.count < maxHeads {
            out.append(String(letters[start...]))
        }
        return out
    }

    /// Inflection pieces a head may end with and still count as one word.
    static let inflections: Set<String> = ["e", "en", "n", "s", "es", "er", "em", "ern"]

    /// Whether `head` is a word of the tokenizer's vocabulary (see above); `pieces` segments text.
    static func isKnownWord(_ head: String, pieces: (String) -> [String]) -> Bool {
        let p = pieces(head.prefix(1).uppercased() + head.dropFirst())
        return p.count == 1 || (p.count == 2 && inflections.contains(p[1]))
    }
}
