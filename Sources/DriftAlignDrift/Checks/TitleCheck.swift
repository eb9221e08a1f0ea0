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
///
/// Titles may also keep their count and change hands: "Secretary of State Marco Rubio and National
/// Security Advisor Mike Waltz" / «le secrétaire d'État Mike Waltz et le conseiller à la sécurité
/// nationale Marco Rubio». Each title's holder is read after it (``holders(_:_:)``), and a person
/// whose titles on the two sides share none is a finding (``heldElsewhere(_:_:_:)``).
struct TitleCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        let a = link.original, b = link.translation
        // One holder's titles: a plural names a group by its office («les deux présidents» for
        // «В.В.Путин и Д.Трамп», «на уровне помощников»), which a translation may name otherwise.
        let ta = OfficeTitles.mentions(a.tokens, language: a.language).filter { !$0.isPlural }
        let tb = OfficeTitles.mentions(b.tokens, language: b.language).filter { !$0.isPlural }
        guard !ta.isEmpty, !tb.isEmpty else { return [] }
        let held = Self.heldElsewhere(ta, tb, link)
        guard ta.count == tb.count else { return held }
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
        guard !pairs.isEmpty else { return held }
        // (A title the pairs below report is not reported again by its holder.)
        let paired = Set(pairs.map(\.0.tokens.lowerBound))
        let heldLeft = held.filter { h in !paired.contains { k in a.tokens[k].range.lowerBound == h.originalRange?.lowerBound } }
        let scalarsA = Array(a.text.unicodeScalars), scalarsB = Array(b.text.unicodeScalars)
        return pairs.map { x, y in
            let ra = a.tokens[x.tokens.lowerBound].range.lowerBound..<a.tokens[x.tokens.upperBound].range.upperBound
            let rb = b.tokens[y.tokens.lowerBound].range.lowerBound..<b.tokens[y.tokens.upperBound].range.upperBound
            let sa = ScalarText.string(scalarsA, ra), sb = ScalarText.string(scalarsB, rb)
            return DriftFinding(
                type: .name, severity: .major,
                reason: "\(link.theOriginal.capitalizedFirst) says «\(sa)» (\(x.id)); \(link.theTranslation) says «\(sb)» (\(y.id)): another office.",
                originalRange: ra, translationRange: rb)
        } + heldLeft
    }

    /// Who holds each title a name follows: the first capitalized word inside the sentence within
    /// five words after the title, no comma or stop between, that is no title itself («le
    /// conseiller à la sécurité nationale Marco Rubio», «помощник Президента Юрий Ушаков»), with
    /// the capitalized words right after it ("Marco Rubio").
    static func holders(_ mentions: [OfficeTitles.Mention], _ side: LinkSide) -> [(title: OfficeTitles.Mention, name: ClosedRange<Int>)] {
        let t = side.tokens
        let scalars = Array(side.text.unicodeScalars)
        let titled = Set(mentions.flatMap { Array($0.tokens) })
        func parted(_ k: Int) -> Bool {
            scalars[ScalarText.gap(after: t[k].range, before: t[k + 1].range, count: scalars.count)]
                .contains { ",;:.!?()«»\"“”—".unicodeScalars.contains($0) }
        }
        var out: [(title: OfficeTitles.Mention, name: ClosedRange<Int>)] = []
        for m in mentions {
            var k = m.tokens.upperBound
            while k + 1 < t.count, k + 1 <= m.tokens.upperBound + 5, !parted(k) {
                k += 1
                guard t[k].isCapitalized, !t[k].isSentenceInitial, !t[k].isAllCaps, !titled.contains(k) else { continue }
                var end = k
                while end + 1 < t.count, t[end + 1].isCapitalized, !titled.contains(end + 1), !parted(end) { end += 1 }
                out.append((m, k...end))
                break
            }
        }
        return out
    }

    /// A person named on both sides with titles that share none: "Secretary of State Marco Rubio
    /// and National Security Advisor Mike Waltz" / «le secrétaire d'État Mike Waltz et le conseiller
    /// à la sécurité nationale Marco Rubio». Each side has both titles, so the count above sees no
    /// change; the holders show the swap. People are the same when a word of their names is
    /// (``NameKeyMaker``, ``Exonyms``); a holder with several titles on a side («помощник
    /// Президента Юрий Ушаков») keeps them all, and one in common is enough.
    static func heldElsewhere(_ ta: [OfficeTitles.Mention], _ tb: [OfficeTitles.Mention], _ link: LinkAnalysis) -> [DriftFinding] {
        let a = link.original, b = link.translation
        let ha = holders(ta, a), hb = holders(tb, b)
        guard !ha.isEmpty, !hb.isEmpty else { return [] }
        func words(_ r: ClosedRange<Int>, _ side: LinkSide) -> [WordToken] { r.map { side.tokens[$0] }.filter { $0.lower.count >= 3 } }
        func samePerson(_ x: ClosedRange<Int>, _ y: ClosedRange<Int>) -> Bool {
            let wx = words(x, a), wy = words(y, b)
            let cx = Set(Exonyms.find(in: Array(a.tokens[x])).map(\.id)), cy = Set(Exonyms.find(in: Array(b.tokens[y])).map(\.id))
            if !cx.isDisjoint(with: cy) { return true }
            return wx.contains { u in wy.contains { v in link.names.relation(u.text, v.text) == .same } }
        }
        let scalarsA = Array(a.text.unicodeScalars), scalarsB = Array(b.text.unicodeScalars)
        var out: [DriftFinding] = [], done = Set<Int>()
        for (x, nx) in ha where !done.contains(nx.lowerBound) {
            let mine = ha.filter { $0.name == nx }.map(\.title.id)
            let theirs = hb.filter { samePerson(nx, $0.name) }
            guard let y = theirs.first, Set(mine).isDisjoint(with: theirs.map(\.title.id)) else { continue }
            done.insert(nx.lowerBound)
            let ra = a.tokens[x.tokens.lowerBound].range.lowerBound..<a.tokens[x.tokens.upperBound].range.upperBound
            let rb = b.tokens[y.title.tokens.lowerBound].range.lowerBound..<b.tokens[y.title.tokens.upperBound].range.upperBound
            let who = ScalarText.string(scalarsA, a.tokens[nx.lowerBound].range.lowerBound..<a.tokens[nx.upperBound].range.upperBound)
            out.append(DriftFinding(
                type: .name, severity: .major,
                reason: "\(link.theOriginal.capitalizedFirst) calls \(who) «\(ScalarText.string(scalarsA, ra))» (\(x.id)); "
                    + "\(link.theTranslation) «\(ScalarText.string(scalarsB, rb))» (\(y.title.id)): another office.",
                originalRange: ra, translationRange: rb))
        }
        return out
    }
}
