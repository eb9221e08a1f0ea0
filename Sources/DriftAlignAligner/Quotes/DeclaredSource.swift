import DriftAlignCore

/// A heading that says what its section translates: "Compte-rendu du Kremlin", "Le communiqué de
/// la Maison-Blanche", "Texte intégral du message de Donald Trump", "Readout from the White House".
///
/// French newsrooms print a readout or a post in full under such a heading. `--mode auto` then
/// knows the section's source without guessing: it aligns the section monotonically with that
/// original when the case has it, and compares it with nothing when the case does not (its
/// sentences would otherwise be quote-mined against other originals on the same subject, and
/// every such link would be wrong).
public struct DeclaredSource: Sendable, Equatable {
    /// The issuer as the heading writes it ("Maison-Blanche", "Kremlin").
    public var issuer: String

    public init(issuer: String) { self.issuer = issuer }

    /// Words that name a text rendered in full, French and English, lower-cased, longest first
    /// ("transcription" before "transcript"); an optional qualifier may follow ("Compte-rendu
    /// officiel du Kremlin", "Texte intégral de …").
    static let documentWords: [String] = [
        "compte-rendu", "compte rendu", "communiqué", "déclaration", "transcription", "texte", "traduction", "message",
        "readout", "statement", "transcript", "translation", "verbatim",
    ].sorted { $0.count > $1.count }
    static let qualifiers: Set<String> = [
        "officiel", "officielle", "intégral", "intégrale", "complet", "complète", "full", "official", "complete",
    ]
    /// What links the document word to its issuer, longest first.
    static let connectors = ["de la ", "de l’", "de l'", "du ", "des ", "de ", "d’", "d'", "of the ", "from the ", "of ", "from ", "by the ", "by "]

    /// The declaration in a heading's text, or nil. The issuer must start with a capital letter,
    /// so "Déclaration de guerre" declares nothing.
    public static func parse(_ heading: String) -> DeclaredSource? {
        var rest = Substring(heading.trimmingCharacters(in: " \t:.—–-"))
        guard rest.count <= 120 else { return nil }
        for article in ["le ", "la ", "les ", "l’", "l'", "the "] where rest.lowercased().hasPrefix(article) {
            rest = rest.dropFirst(article.count)
            break
        }
        guard let word = documentWords.first(where: { rest.lowercased().hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(word.count)
        while rest.first == " " { rest = rest.dropFirst() }
        if let q = qualifiers.first(where: { rest.lowercased().hasPrefix($0 + " ") }) { rest = rest.dropFirst(q.count + 1) }
        // "Texte intégral du message de Donald Trump": a second document word.
        for c in connectors where rest.lowercased().hasPrefix(c) {
            let after = rest.dropFirst(c.count)
            if let inner = documentWords.first(where: { after.lowercased().hasPrefix($0 + " ") }) {
                rest = after.dropFirst(inner.count + 1)
            }
            break
        }
        guard let c = connectors.first(where: { rest.lowercased().hasPrefix($0) }) else { return nil }
        let issuer = rest.dropFirst(c.count).trimmingCharacters(in: " ")
        guard let first = issuer.unicodeScalars.first, first.properties.isUppercase else { return nil }
        return DeclaredSource(issuer: issuer)
    }

    /// Whether `names` (an original's author and its source's press names) name this issuer: all
    /// words of a name appear in the issuer, or all of the issuer's words in a name ("Donald
    /// Trump" ↔ "Donald J. Trump"; "Kremlin" ↔ "Kremlin"). Words of one letter do not count.
    public func isNamed(by names: [String]) -> Bool {
        let mine = Self.words(issuer)
        guard !mine.isEmpty else { return false }
        return names.contains { n in
            let theirs = Self.words(n)
            return !theirs.isEmpty && (theirs.isSubset(of: mine) || mine.isSubset(of: theirs))
        }
    }

    static func words(_ s: String) -> Set<String> {
        let stop: Set<String> = ["de", "la", "le", "les", "du", "des", "the", "of", "l", "d", "sur", "on"]
        let parts = s.lowercased().split { !$0.isLetter }
        return Set(parts.map(String.init).filter { $0.count > 1 && !stop.contains($0) })
    }
}

extension String {
    fileprivate func trimmingCharacters(in chars: String) -> String {
        let set = Set(chars)
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in chars: String) -> String { String(self).trimmingCharacters(in: chars) }
}
