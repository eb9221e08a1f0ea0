import DriftAlignCore
/// A title of office rendered as another: "Crown Prince Mohammed bin Salman" / «le roi Mohammed
/// ben Salmane», «министр иностранных дел Сергей Лавров» / «le ministre de la Défense Sergueï
/// Lavrov», "Vice President Vance said" / «le secrétaire d'État a déclaré». The names, when there
/// are any, agree; the office, and so who acts or speaks, does not.
///
/// Titles are read as concepts across the three languages (``OfficeTitles``) and counted on each
/// side. Only a title of the original that the translation lacks facing a title of the translation
/// that the original lacks is a finding, paired in text order, and only when both sides name as
/// many titles: a swap keeps the count, while a title dropped here and another added there ("I
/// have asked Secretary of State Marco Rubio…" / «Le président américain a nommé M. Rubio…», the
/// post of 12 February 2025) changes it, and is the omission and addition checks' matter. A
/// paraphrase without a title («le chef de l'État») pairs with nothing.
struct TitleCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        let a = link.original, b = link.translation
        // One holder's titles: a plural names a group by its office («les deux présidents» for
        // «В.В.Путин и Д.Трамп», «на уровне помощников»), which a translation may name otherwise.
        let ta = OfficeTitles.mentions(a.tokens, language: a.language).filter { !$0.isPlural }
        let tb = OfficeTitles.mentions(b.tokens, language: b.language).filter { !$0.isPlural }
        guard !ta.isEmpty, ta.count == tb.count else { return [] }
        // A title before its holder's name ("Secretary of State Marco Rubio", «le roi d'Arabie
        // saoudite Mohammed…»: a capitalized word within two words after it) faces only another
        // such, and a bare one ("to the Crown Prince", «à l'émir») another bare one: «Le président
        // a chargé M. Rubio» makes its subject of the post's "I", while "Secretary of State Marco
        // Rubio" lost its title.
        func named(_ m: OfficeTitles.Mention, _ tokens: [WordToken]) -> Bool {
            tokens[(m.tokens.upperBound + 1)..<min(tokens.count, m.tokens.upperBound + 3)].contains { $0.isCapitalized && !$0.isSentenceInitial }
        }
        // Each side's titles less those the other side has as many times.
        let onlyA = Self.unmatched(ta, tb, by: \.id), onlyB = Self.unmatched(tb, ta, by: \.id)
        let pairs = zip(onlyA, onlyB).filter { named($0.0, a.tokens) == named($0.1, b.tokens) }
        guard !pairs.isEmpty else { return [] }
        let scalarsA = Array(a.text.unicodeScalars), scalarsB = Array(b.text.unicodeScalars)
        return pairs.map { x, y in
            let ra = a.tokens[x.tokens.lowerBound].range.lowerBound..<a.tokens[x.tokens.upperBound].range.upperBound
            let rb = b.tokens[y.tokens.lowerBound].range.lowerBound..<b.tokens[y.tokens.upperBound].range.upperBound
            let sa = ScalarText.string(scalarsA, ra), sb = ScalarText.string(scalarsB, rb)
            return DriftFinding(
                type: .name, severity: .major,
                reason: "\(link.theOriginal.capitalizedFirst) says «\(sa)» (\(x.id)); \(link.theTranslation) says «\(sb)» (\(y.id)): another office.",
                originalRange: ra, translationRange: rb)
        }
    }
}
