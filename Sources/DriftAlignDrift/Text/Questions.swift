/// Question marks and clause ends, for the checks that tell a question from a statement: a
/// negation or a modal in a question asks rather than asserts (``NegationCheck``,
/// ``ModalityLexicon``).
enum Questions {
    /// "?", the full-width "？" and the Greek question mark.
    static let marks: Set<Unicode.Scalar> = ["?", "\u{FF1F}", "\u{037E}"]
    /// Marks that end a clause without asking.
    static let clauseEnds: Set<Unicode.Scalar> = [".", "!", ";", "…"]

    /// Whether the clause that `scalars` continues ends with a question mark (before any of
    /// ``clauseEnds``). Reads no further than that end.
    static func clauseEndsInQuestion<S: Sequence>(_ scalars: S) -> Bool where S.Element == Unicode.Scalar {
        for s in scalars {
            if marks.contains(s) { return true }
            if clauseEnds.contains(s) { return false }
        }
        return false
    }

    /// Whether `text` asks anything (holds a question mark).
    static func asks(_ text: String) -> Bool {
        text.unicodeScalars.contains { marks.contains($0) }
    }
}
