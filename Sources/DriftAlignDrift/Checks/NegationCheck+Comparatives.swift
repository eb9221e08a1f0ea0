extension NegationCheck {
    /// A comparison turned: "Europe has spent far less than the United States" / «L'Europe a
    /// dépensé beaucoup plus que les États-Unis». The original compares in one direction only
    /// (more, or less) and the translation only in the other, each in a comparison that names
    /// what it compares with ("than", «que», «чем» within three words of the comparative). A
    /// number's bound ("more than 2,000", «plus de 2 000») is the number check's matter and has
    /// no «que»; «ne … plus» (no longer), «de plus en plus», «non plus» compare nothing.
    static func comparativeFlip(_ link: LinkAnalysis) -> DriftFinding? {
        let a = link.original, b = link.translation
        let ca = comparatives(a.tokens, language: a.language), cb = comparatives(b.tokens, language: b.language)
        guard let x = ca.first, let y = cb.first,
              ca.allSatisfy({ $0.more == x.more }), cb.allSatisfy({ $0.more == y.more }), x.more != y.more else { return nil }
        return DriftFinding(
            type: .negation, severity: .major,
            reason: "\(link.theOriginal.capitalizedFirst) says «\(a.tokens[x.index].text)»; \(link.theTranslation) says the opposite, «\(b.tokens[y.index].text)».",
            originalRange: a.tokens[x.index].range, translationRange: b.tokens[y.index].range)
    }

    /// The comparatives of `tokens` that a "than" follows within three words: their token index
    /// and whether they say "more".
    static func comparatives(_ tokens: [WordToken], language: String) -> [(index: Int, more: Bool)] {
        let (more, less, than): (Set<String>, Set<String>, Set<String>)
        switch language {
        case "en": (more, less, than) = (["more"], ["less", "fewer"], ["than"])
        case "fr": (more, less, than) = (["plus"], ["moins"], ["que", "qu'"])
        case "ru": (more, less, than) = (["больше", "более"], ["меньше", "менее"], ["чем"])
        default: return []
        }
        return tokens.indices.compactMap { i in
            let w = tokens[i].lower
            guard more.contains(w) || less.contains(w),
                  tokens[(i + 1)..<min(tokens.count, i + 4)].contains(where: { than.contains($0.lower) }) else { return nil }
            if language == "fr" {
                let before = tokens[max(0, i - 3)..<i].map(\.lower)
                // «ne … plus», «n'… plus que» (no longer, only), «de plus en plus», «non plus».
                if before.contains("ne") || before.contains("n'") || before.last == "non" { return nil }
                if i + 1 < tokens.count, tokens[i + 1].lower == "en" { return nil }
            }
            // "no more than", "no less than": a bound, as «pas plus de».
            if i > 0, ["no", "not", "pas", "не"].contains(tokens[i - 1].lower) { return nil }
            return (i, more.contains(w))
        }
    }
}
