/// Attribution: the French gives the words to a speaker (``DriftContext/translationSpeaker``) who
/// is not the original's author (``DriftContext/originalAuthor``). Names are compared after
/// transliteration with tolerance; roles ("le président américain") and institutions ("le
/// Kremlin" for Peskov) through ``SpeakerRoles``.
struct AttributionCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        guard let speaker = link.context.translationSpeaker, let author = link.context.originalAuthor,
              let relation = Self.relation(speaker: speaker, author: author, names: link.names) else { return [] }
        // A readout that reports the speaker's words ("President Trump stressed…" in the
        // Kremlin's) is a fair source of words the French gives to that speaker.
        if relation == .different, Self.reportsWords(of: speaker, in: link.original.tokens, names: link.names) { return [] }
        let reason = relation == .misspelled
            ? "\(link.theTranslation.capitalizedFirst) attributes this to \(speaker), a misspelling of the author \(author)."
            : "\(link.theTranslation.capitalizedFirst) attributes this to \(speaker); \(link.theOriginal) is by \(author)."
        return [DriftFinding(type: .attribution, severity: relation == .misspelled ? .minor : .major, reason: reason,
                             originalRange: nil, translationRange: nil)]
    }

    /// How the speaker a French text names relates to an original's author: nil when the speaker
    /// names nobody ("il", "on", "le porte-parole"), or names the author directly, by role or as
    /// an affiliate ("le Kremlin" for Peskov); else `.misspelled` or `.different`.
    static func relation(speaker: String, author: String, names: NameKeyMaker) -> NameRelation? {
        guard !speaker.isEmpty, !author.isEmpty else { return nil }
        let s = identities(speaker), a = identities(author)
        guard !s.concepts.isEmpty || !s.surnames.isEmpty else { return nil }
        let expanded = a.concepts.union(a.concepts.flatMap { SpeakerRoles.affiliates[$0] ?? [] })
        if !s.concepts.isDisjoint(with: expanded) { return nil }
        // A role's holder the name table has no entry for ("leavitt" for «la porte-parole de la
        // Maison-Blanche») is compared with the author's name by its id.
        if s.concepts.contains(where: { id in a.surnames.contains { names.relation(id, $0) == .same } }) { return nil }
        var relation = NameRelation.different
        for x in s.surnames { for y in a.surnames { relation = max(relation, names.relation(x, y)) } }
        return relation == .same ? nil : relation
    }

    /// How far after the speaker's name a reporting verb may come ("President Zelenskyy of
    /// Ukraine thanked", "Владимир Путин подчеркнул").
    static let reportingWindow = 6

    /// Whether `tokens` report the speaker's words: a name of the speaker (a known person or role,
    /// or a capitalized word that is the same name) followed within ``reportingWindow`` words by
    /// a reporting verb (``SpeakerMatcher/isReportingVerb(_:)``).
    static func reportsWords(of speaker: String, in tokens: [WordToken], names: NameKeyMaker) -> Bool {
        let s = identities(speaker)
        var ends: [Int] = Exonyms.find(in: tokens).filter { s.concepts.contains($0.id) }.map(\.indices.upperBound)
        for (i, t) in tokens.enumerated() where t.isCapitalized {
            if s.surnames.contains(where: { names.relation($0, t.text) == .same }) { ends.append(i + 1) }
        }
        return ends.contains { end in
            tokens[end..<min(tokens.count, end + reportingWindow)].contains { SpeakerMatcher.isReportingVerb($0.lower) }
        }
    }

    /// Known people and roles named in a speaker or author string, and its other capitalized words.
    /// A role phrase (``isRolePhrase(_:)``: «le président américain», «le successeur de Joe
    /// Biden») is only the person the role table gives it: the names inside it complete the role
    /// and do not speak, and a role the table does not know («le républicain de 78 ans») names nobody.
    static func identities(_ text: String) -> (concepts: Set<String>, surnames: [String]) {
        let tokens = WordTokenizer.tokenize(text)
        let lower = TextFoldingLower.fold(text)
        let roles = SpeakerRoles.holders(in: lower)
        if isRolePhrase(text) { return (roles, []) }
        var concepts = Set(Exonyms.find(in: tokens).map(\.id))
        concepts.formUnion(roles)
        let surnames = tokens.filter {
            $0.isCapitalized && $0.lower.count >= 3 && !LinkSide.titles.contains($0.lower) && !FunctionWords.contains($0.lower, language: "fr")
        }.map(\.text)
        return (concepts, surnames)
    }
}

extension AttributionCheck {
    /// Whether a speaker string is a role opened by an article («le président américain»,
    /// «l'envoyé spécial»), as the French-press plugin gives when no name is there. An elided
    /// article before a capital opens a name («l’Ukraine a proposé»): that speaker is the country.
    static func isRolePhrase(_ text: String) -> Bool {
        let lower = TextFoldingLower.fold(text)
        if lower.hasPrefix("le ") || lower.hasPrefix("la ") { return true }
        guard lower.hasPrefix("l'") else { return false }
        return text.unicodeScalars.dropFirst(2).first?.properties.isUppercase != true
    }
}

/// Lower-case with apostrophes and dashes folded, for phrase lookups.
enum TextFoldingLower {
    static func fold(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.map { s in
            switch s { case "\u{2019}", "\u{2018}", "\u{02BC}": return "'"; case "\u{2010}", "\u{2011}": return "-"; default: return s }
        }))
    }
}
