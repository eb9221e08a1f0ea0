/// One country for another: «российскую делегацию» / «la délégation américaine», "Ukrainian
/// forces" / «les forces russes». French and Russian write a country's adjective in lower case,
/// and the name check never reports such an adjective missing or added on its own (a weak name:
/// "the Russian side" is often just «Moscou» or nothing); but a country one side says that the
/// other replaces with another country is the drift of a readout's sides, who did what.
extension NameCheck {
    /// The countries and blocs whose names and adjectives the exonym table holds, each with the
    /// concepts that stand for it by metonymy (the capital, the seat of power): "Moscow" and "the
    /// Kremlin" say Russia, «Washington» and «la Maison-Blanche» the United States, «Kiev»
    /// Ukraine, «Bruxelles» and the EU Europe. Not the Soviet Union, which a translation may
    /// render as Russia loosely, nor cities and regions on their own.
    static let nations: [String: String] = {
        var out: [String: String] = [:]
        for n in ["russia", "ukraine", "usa", "europe", "germany", "france", "britain", "finland", "poland", "hungary", "turkey",
                  "china", "iran", "israel", "belarus", "saudi", "uae", "japan", "india", "syria", "italy", "spain"] { out[n] = n }
        for (c, n) in [("moscow", "russia"), ("kremlin", "russia"), ("washington", "usa"), ("whitehouse", "usa"), ("kyiv", "ukraine"),
                       ("eu", "europe"), ("brussels", "europe"), ("london", "britain"), ("beijing", "china")] { out[c] = n }
        return out
    }()

    /// Whether `n` names a country (``nations``) that `other` names too, in any form: "the Russian
    /// side" / «le Kremlin», «Американская сторона» / «Washington», "Russia" / «Moscou». The
    /// press names a country by its capital or seat of power; neither is dropped or added.
    static func nationRendered(_ n: LinkSide.Name, in other: LinkSide) -> Bool {
        guard let c = n.concept.flatMap({ nations[$0] }) else { return false }
        return other.names.contains { $0.concept.flatMap { nations[$0] } == c }
    }

    /// The country of one side that the other replaces with a country of its own, in order:
    /// pairs of an original name and a translation name (indices into `names`), each the first
    /// of its country that the other side does not name in any form. `findings`: the name
    /// findings made so far, whose substitutions are left as they are.
    static func nationSwaps(_ link: LinkAnalysis, findings: [DriftFinding]) -> [(Int, Int)] {
        let a = link.original, b = link.translation
        func countries(_ side: LinkSide) -> Set<String> { Set(side.names.compactMap { $0.concept.flatMap { nations[$0] } }) }
        let inA = countries(a), inB = countries(b)
        guard !inA.isEmpty, !inB.isEmpty, inA != inB else { return [] }
        let paired = findings.filter { $0.originalRange != nil && $0.translationRange != nil }
        func firsts(_ side: LinkSide, notIn other: Set<String>, paired: (Range<Int>) -> Bool) -> [Int] {
            var seen = Set<String>(), out: [Int] = []
            for (k, n) in side.names.enumerated() {
                guard let c = n.concept.flatMap({ nations[$0] }), !other.contains(c), !seen.contains(c), !paired(n.range),
                      isDemonym(n, side) else { continue }
                seen.insert(c)
                out.append(k)
            }
            return out
        }
        let gone = firsts(a, notIn: inB) { r in paired.contains { $0.originalRange.map { $0.overlaps(r) } == true } }
        let new = firsts(b, notIn: inA) { r in paired.contains { $0.translationRange.map { $0.overlaps(r) } == true } }
        return Array(zip(gone, new))
    }

    /// Whether a name of a country is said by its adjective or people («российскую», «américaine»,
    /// "Ukrainian", «россияне»), not by the country or a city: only adjectives are paired, since a
    /// place may give way to a person's country in a rendering of roles («пригласил Трампа в
    /// Москву» / «avait invité le président américain»: Moscow is dropped, and «américain» is
    /// Trump). French, German and Russian write adjectives in lower case; a capitalized Russian
    /// adjective opens its sentence and ends in «-ск-» and an adjective's ending
    /// («Американская»); an English one ends as adjectives of peoples do ("Russian", "Chinese",
    /// "British", "French", "German", "Saudi").
    static func isDemonym(_ n: LinkSide.Name, _ side: LinkSide) -> Bool {
        guard n.indices.count == 1 else { return false }
        let t = side.tokens[n.indices.lowerBound]
        if !t.isCapitalized { return true }
        switch side.language {
        case "ru":
            if ["россиян", "украинц", "американц"].contains(where: { t.lower.hasPrefix($0) }) { return true }
            // «-ск-» and an adjective's ending: «Американская», not «Москву».
            guard let r = t.lower.range(of: "ск", options: .backwards) else { return false }
            return ["ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "ом", "ую", "их", "ими"].contains(String(t.lower[r.upperBound...]))
        case "en":
            return ["ian", "ians", "ean", "eans", "ese", "ish", "ch", "can", "cans", "man", "mans", "li", "lis", "di", "dis"].contains { t.lower.hasSuffix($0) }
        default:
            return false
        }
    }

    /// ``nationSwaps(_:findings:)`` as major findings, replacing the findings that reported either
    /// name missing or added on its own.
    static func applyNationSwaps(_ link: LinkAnalysis, _ out: inout [DriftFinding]) {
        let a = link.original, b = link.translation
        for (i, j) in nationSwaps(link, findings: out) {
            let x = a.names[i], y = b.names[j]
            out.removeAll { f in
                (f.translationRange == nil && f.originalRange.map { $0.overlaps(x.range) } == true)
                    || (f.originalRange == nil && f.translationRange.map { $0.overlaps(y.range) } == true)
            }
            out.append(DriftFinding(
                type: .name, severity: .major,
                reason: "\(link.theOriginal.capitalizedFirst) says «\(x.text)»; \(link.theTranslation) says «\(y.text)» instead: another country.",
                originalRange: x.range, translationRange: y.range))
        }
    }
}
