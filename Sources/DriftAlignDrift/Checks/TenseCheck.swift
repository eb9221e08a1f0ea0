/// A thing still to come told as done, or a thing done told as still to come: "Steve Witkoff will
/// travel to Moscow" as «Steve Witkoff s'est rendu à Moscou», «Путин поддержал идею» as «Poutine
/// soutiendra l'idée». An announcement reported as a fact (or a fact as a promise) is news the
/// original did not make.
///
/// Reads each side's verb forms (``VerbTense``) and reports only a difference that no rendering
/// explains: one side says the time surely (a "will" before its verb, a passé composé) more
/// often than the other says it in any form, and the other side says the opposite time surely
/// more often than the first says it in any form, by as many. "He said he will come" / «Il a dit
/// qu'il viendrait» moves no time: the conditional may say a future seen from the past, and the
/// verb of saying frames the report. Present against past ("is" / «était») is left out: French
/// and Russian tell past events in the present and states in the imperfect, and no form alone
/// says which.
struct TenseCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        let a = Self.reading(link.original, link.lexicon), b = Self.reading(link.translation, link.lexicon)
        if let f = Self.shift(from: .future, to: .past, a, b, link) ?? Self.shift(from: .past, to: .future, a, b, link) { return [f] }
        return []
    }

    static func reading(_ side: LinkSide, _ lexicon: BilingualLexicon?) -> VerbTense {
        VerbTense(side.tokens, text: side.text, language: side.language) { lexicon?.lemma(of: $0, language: side.language) }
    }

    /// The original says time `x` surely more often than the translation says it at all, and the
    /// translation says `y` surely more often than the original says it at all, as many times:
    /// each `x` lost is a `y` gained. Where the counts differ, the translation moved other verbs
    /// too, as a narrative told in the historical present does («l'assassinat lui fournit le
    /// thème d'une pièce qui sera représentée», REFreSD, for "provided … was presented"): a
    /// transposition of the whole, not one time changed. Reports the first form of each side
    /// the other does not account for.
    static func shift(from x: VerbTense.Time, to y: VerbTense.Time, _ a: VerbTense, _ b: VerbTense, _ link: LinkAnalysis) -> DriftFinding? {
        let sureX = a.sure(x), sureY = b.sure(y)
        let lost = sureX.count - b.loose(x), gained = sureY.count - a.loose(y)
        guard lost >= 1, gained == lost else { return nil }
        // French tells the later events of a past narrative in the future, in a text told in the
        // passé simple or the historical present («Il traduit également une Histoire de Davila
        // qui ne sera publiée qu'après sa mort», REFreSD, for "which was published"): a French
        // side that also has past forms no auxiliary makes sure («traduit», «fournit», «était»)
        // may be such a narrative, and its future is no announcement.
        let (futureSide, futureLanguage) = x == .future ? (a, link.original.language) : (b, link.translation.language)
        if futureLanguage == "fr", futureSide.loose(.past) > futureSide.sure(.past).count { return nil }
        let fa = sureX[b.loose(x)].tokens, fb = sureY[a.loose(y)].tokens
        let (ra, sa) = UnmatchedRuns.span([fa.lowerBound, fa.upperBound], link.original)
        let (rb, sb) = UnmatchedRuns.span([fb.lowerBound, fb.upperBound], link.translation)
        let toCome = "still to come", done = "done"
        return DriftFinding(
            type: .tense, severity: .major,
            reason: "\(link.theOriginal.capitalizedFirst) tells it as \(x == .future ? toCome : done) («\(sa)»); \(link.theTranslation) as \(y == .future ? toCome : done) («\(sb)»).",
            originalRange: ra, translationRange: rb)
    }
}
