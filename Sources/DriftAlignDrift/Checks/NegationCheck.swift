import DriftAlignCore

/// Negation and polarity: one side negates where the other does not (ne…pas, not, не), or says
/// the opposite with an antonym ("current" → "former", "accepté" → "rejeté").
struct NegationCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        let a = link.original, b = link.translation
        var out: [DriftFinding] = []
        // A negative prefix counts as a negation when its base is what the other side says, so
        // "impossible" against "pas possible" balances, and "inaccurately" against "correctement" does not.
        let ma = Self.markers(a), mb = Self.markers(b)
        // The hand-made opposites each side says, read once: for negated opposites and for flips.
        let (ha, spansA) = AntonymIndex.shared.hits(a.tokens, text: a.text, language: a.language),
            (hb, spansB) = AntonymIndex.shared.hits(b.tokens, text: b.text, language: b.language)
        var pa = Self.prefixFlips(a, scores: link.alignment.original, other: b, otherMarkers: mb, link)
        var pb = Self.prefixFlips(b, scores: link.alignment.translation, other: a, otherMarkers: ma, link)
        let exceptsA = Self.hasException(a.tokens), exceptsB = Self.hasException(b.tokens)
        var na = ma.filter { (!Self.isIdiomNotNegation($0, a.tokens) || Self.deniesRestriction($0, a, other: b)) && !Self.continuesNegation($0, ma, a.tokens)
            && !Self.isTagQuestion($0, a) && !(Self.exceptionFollows($0, a.tokens) && !exceptsB) && !Self.isNotPolarity($0, a, other: b, otherPrefixFlips: pb, link) }
        var nb = mb.filter { (!Self.isIdiomNotNegation($0, b.tokens) || Self.deniesRestriction($0, b, other: a)) && !Self.continuesNegation($0, mb, b.tokens)
            && !Self.isTagQuestion($0, b) && !(Self.exceptionFollows($0, b.tokens) && !exceptsA) && !Self.isNotPolarity($0, b, other: a, otherPrefixFlips: pa, link) }
        // A negative question asked for agreement («ne feraient-ils pas mieux … ?», «Celle-ci
        // n'est-elle pas trois fois plus grande») states the positive, which the other side, not
        // asking, says plainly.
        // Only where it settles an imbalance: "Why didn't you come?" against «Tu n'es pas venu.»
        // negates alike.
        // When both sides ask, a Russian negative yes/no question is the polite form of the
        // positive one («Вы не видели здесь сумку?» / "Did you see a bag here?", «Я вам не
        // мешаю?» / «Je vous dérange ?»); an English or French one leans to an answer ("Did you
        // come?" / «N'es-tu pas venu ?» stays a reversal), and a question with a question word
        // asks something else ("Why didn't you come?").
        if na.count > nb.count { Self.dropRhetorical(&na, a, upTo: na.count - nb.count, politeOnly: Self.asks(b), other: b) }
        if nb.count > na.count { Self.dropRhetorical(&nb, b, upTo: nb.count - na.count, politeOnly: Self.asks(a), other: a) }
        // A Russian question that leans to "yes" with «ведь» or «же» («Вы ведь мексиканец?») asks
        // what a negative question with its verb first asks ("Aren't you Mexican?"); not what a
        // negative statement with a tag says ("You don't keep records, do you?").
        if na.count > nb.count, Self.expectsYes(b) { Self.dropInvertedQuestions(&na, a, upTo: na.count - nb.count) }
        if nb.count > na.count, Self.expectsYes(a) { Self.dropInvertedQuestions(&nb, b, upTo: nb.count - na.count) }
        // A negation repeated in a coordinated clause («не звоните Тому и не напоминаете»), where
        // the other side negates once before its own "and"/"or" ("don't call Tom and remind him"):
        // one negation over both verbs, said two ways. Reported for a check, not as a reversal,
        // since "didn't come and called" would read the same.
        var repeated: (marker: Int, inOriginal: Bool)? = nil
        if na.count > nb.count, !nb.isEmpty, Self.coordinatesAfterNegation(nb, b.tokens),
           let r = Self.dropCoordinatedRepeats(&na, a.tokens, upTo: na.count - nb.count) { repeated = (r, true) }
        if nb.count > na.count, !na.isEmpty, Self.coordinatesAfterNegation(na, a.tokens),
           let r = Self.dropCoordinatedRepeats(&nb, b.tokens, upTo: nb.count - na.count) { repeated = (r, false) }
        // Double negation, a litotes: "nicht unerheblich" (not insignificant) is «sensiblement»,
        // "not unlike" is «comme»: a negation just before a word whose negative prefix counts.
        // Again only on the side that negates more.
        if na.count + pa.count > nb.count + pb.count { Self.dropPrefixLitotes(&na, &pa) }
        if nb.count + pb.count > na.count + pa.count { Self.dropPrefixLitotes(&nb, &pb) }
        // A negation said with a negation-bearing verb on the other side ("No more lives should be
        // lost" → "éviter d'autres pertes") is not a reversal: it is reported as info only.
        var va = NegationLexicon.implicatives(a.tokens, language: a.language)
        var vb = NegationLexicon.implicatives(b.tokens, language: b.language)
        if NegationLexicon.saysFrequency(b.tokens) { va = (va + NegationLexicon.rarity(a.tokens)).sorted() }
        if NegationLexicon.saysFrequency(a.tokens) { vb = (vb + NegationLexicon.rarity(b.tokens)).sorted() }
        // A negated verb of negative meaning is a litotes, positive as a whole («ne manquez pas de
        // visiter» for «посетите», «il ne douta pas» for "he made himself sure"), when the other
        // side has fewer such verbs and fewer negations: "will not stop" against «arrêterons» is a
        // reversal, judged below, and "I couldn't help it" / «ce n'est pas de ma faute» negate alike.
        let (va0, vb0, na0, nb0) = (va.count, vb.count, na.count, nb.count)
        if vb0 < va0 && nb0 < na0 { Self.dropLitotes(&na, &va, a.tokens) }
        if va0 < vb0 && na0 < nb0 { Self.dropLitotes(&nb, &vb, b.tokens) }
        // Words whose negative affix is no flip (their base says nothing the other side says)
        // still carry a negation, which excuses the side that negates less: «беспрекословно»
        // (unquestioningly) for «sans poser de questions», "inconsolable" for «ne s'en consola
        // jamais». Not against the other side's verbs of negative meaning.
        let balanceA = na.count + pa.count, balanceB = nb.count + pb.count
        let ia = va.count + (balanceA < balanceB ? Self.affixedNegations(a, flips: pa, other: b, link).count : 0)
        let ib = vb.count + (balanceB < balanceA ? Self.affixedNegations(b, flips: pb, other: a, link).count : 0)
        if balanceB > balanceA && pb.isEmpty && ia - ib >= balanceB - balanceA {
            let extra = b.tokens[nb[balanceA]]
            out.append(DriftFinding(
                type: .negation, severity: .info,
                reason: "\(link.theTranslation.capitalizedFirst) negates («\(extra.text)») where \(link.theOriginal) says it with a word of negative meaning.",
                originalRange: nil, translationRange: extra.range))
        } else if balanceA > balanceB && pa.isEmpty && ib - ia >= balanceA - balanceB {
            let lost = a.tokens[na[balanceB]]
            out.append(DriftFinding(
                type: .negation, severity: .info,
                reason: "\(link.theOriginal.capitalizedFirst) negates («\(lost.text)»); \(link.theTranslation) says it with a word of negative meaning.",
                originalRange: lost.range, translationRange: nil))
        } else if balanceA == balanceB, balanceA > 0, pa.isEmpty, pb.isEmpty, ia != ib,
                  let f = Self.doubledNegation(link, markers: (na, nb), verbs: (va, vb), translationSaysMore: ib > ia) {
            out.append(f)
        } else if nb.count + pb.count > na.count + pa.count {
            if let i = pb.first {
                out.append(DriftFinding(
                    type: .negation, severity: .major,
                    reason: "\(link.theTranslation.capitalizedFirst) says «\(b.tokens[i].text)», the opposite of what \(link.theOriginal) says.",
                    originalRange: nil, translationRange: b.tokens[i].range))
            } else {
                let marker = Self.leftOver(nb, beyond: na.count + pa.count, b, scores: link.alignment.translation, link)
                let extra = b.tokens[marker], words = Self.unsharedScope(marker, b, scores: link.alignment.translation, link)
                let negates = "\(link.theTranslation.capitalizedFirst) negates («\(extra.text)»)"
                if words == nil, let m = nb.first(where: { Self.saysNegatedOpposite($0, b, scores: link.alignment.translation, other: a,
                                                                                  otherScores: link.alignment.original, link)
                    || Self.saysListedNegatedOpposite($0, b, markers: mb, opposites: hb, other: a, otherMarkers: ma, otherOpposites: ha) }) {
                    out.append(DriftFinding(
                        type: .negation, severity: .info,
                        reason: "\(link.theTranslation.capitalizedFirst) negates («\(b.tokens[m].text)») what \(link.theOriginal) says with an opposite word: the same meaning, said the other way.",
                        originalRange: nil, translationRange: b.tokens[m].range))
                } else {
                    out.append(DriftFinding(
                        type: .negation, severity: words == nil ? .major : .info,
                        reason: words.map { "\(negates) words \(link.theOriginal) does not have («\($0)»): added content, not a reversal." }
                            ?? "\(negates) where \(link.theOriginal) does not: the meaning may be reversed.",
                        originalRange: nil, translationRange: extra.range))
                }
            }
        } else if na.count + pa.count > nb.count + pb.count {
            if let i = pa.first {
                out.append(DriftFinding(
                    type: .negation, severity: .major,
                    reason: "\(link.theOriginal.capitalizedFirst) says «\(a.tokens[i].text)»; \(link.theTranslation) says the opposite.",
                    originalRange: a.tokens[i].range, translationRange: nil))
            } else {
                let marker = Self.leftOver(na, beyond: nb.count + pb.count, a, scores: link.alignment.original, link)
                let lost = a.tokens[marker], words = Self.unsharedScope(marker, a, scores: link.alignment.original, link)
                let negates = "\(link.theOriginal.capitalizedFirst) negates («\(lost.text)»)"
                if words == nil, let m = na.first(where: { Self.saysNegatedOpposite($0, a, scores: link.alignment.original, other: b,
                                                                                  otherScores: link.alignment.translation, link)
                    || Self.saysListedNegatedOpposite($0, a, markers: ma, opposites: ha, other: b, otherMarkers: mb, otherOpposites: hb) }) {
                    out.append(DriftFinding(
                        type: .negation, severity: .info,
                        reason: "\(link.theOriginal.capitalizedFirst) negates («\(a.tokens[m].text)») what \(link.theTranslation) says with an opposite word: the same meaning, said the other way.",
                        originalRange: a.tokens[m].range, translationRange: nil))
                } else {
                    out.append(DriftFinding(
                        type: .negation, severity: words == nil ? .major : .info,
                        reason: words.map { "\(negates) words \(link.theTranslation) leaves out («\($0)»): an omission, not a reversal." }
                            ?? "\(negates); \(link.theTranslation) does not: the meaning may be reversed.",
                        originalRange: lost.range, translationRange: nil))
                }
            }
        }
        if out.isEmpty, let (r, isOriginal) = repeated {
            let (side, other) = isOriginal ? (a, b) : (b, a)
            let who = isOriginal ? link.theOriginal : link.theTranslation, whom = isOriginal ? link.theTranslation : link.theOriginal
            out.append(DriftFinding(
                type: .negation, severity: .info,
                reason: "\(who.capitalizedFirst) repeats its negation in a coordinated clause («\(side.tokens[r - 1].text) \(side.tokens[r].text)»); "
                    + "\(whom) negates once before \(Self.coordinatorAfterNegation(isOriginal ? mb : ma, other.tokens)): check that the negation covers both.",
                originalRange: isOriginal ? side.tokens[r].range : nil, translationRange: isOriginal ? nil : side.tokens[r].range))
        }
        for p in Set(ha.keys).intersection(hb.keys).sorted() {
            // A lessened word says the other pole («moins longue» is shorter): counted there, so
            // «moins longue … plus longtemps» balances "shorter … longer".
            let (aA, aB) = Self.polesLessenedSwapped(ha[p]!, a.tokens), (bA, bB) = Self.polesLessenedSwapped(hb[p]!, b.tokens)
            var flip: (Int, Int)? = nil
            if let x = aA.first, aB.isEmpty, let y = bB.first, bA.isEmpty { flip = (x, y) }
            if let x = aB.first, aA.isEmpty, let y = bA.first, bB.isEmpty { flip = (x, y) }
            // One side says a pole more often and the other pole less often than the other side:
            // one of its words turned into the other pole, among words of both poles («les plus
            // grands lacs soient assez grands pour un yacht, des bateaux plus petits» against
            // "larger lakes are small enough for a yacht, smaller boats": DEMETR antonym). Only
            // where the words are aligned (a translation, not two texts that merely meet).
            if flip == nil, link.alignsWords {
                if aA.count > bA.count, bB.count > aB.count, let f = Self.turnedPole(from: aA, aB, to: bA, bB, link) { flip = f }
                else if aB.count > bB.count, bA.count > aA.count, let f = Self.turnedPole(from: aB, aA, to: bB, bA, link) { flip = f }
            }
            // "pas possible" says «невозможно»: an opposite one side negates is no flip, nor a
            // lessened one («les moins chers» says «самых дешёвых», the cheapest); opposites both
            // sides negate are («pas bien dormi» / "didn't sleep badly").
            // (Every marker counts here: "not many" is no flip of «peu», though it balances it.)
            guard let (x, y) = flip, Self.isNegated(x, ma, a.tokens) == Self.isNegated(y, mb, b.tokens),
                  !Self.isNotLiteral(x, a.tokens), !Self.isNotLiteral(y, b.tokens),
                  !Self.isLessened(x, a.tokens), !Self.isLessened(y, b.tokens),
                  !Self.governDifferentWords(x, y, link) else { continue }
            // The whole form, several tokens for «l'est» or «cessez-le-feu».
            let rx = a.tokens[x].range.lowerBound..<a.tokens[x + (spansA[x] ?? 1) - 1].range.upperBound
            let ry = b.tokens[y].range.lowerBound..<b.tokens[y + (spansB[y] ?? 1) - 1].range.upperBound
            let (wx, wy) = (ScalarText.string(Array(a.text.unicodeScalars), rx), ScalarText.string(Array(b.text.unicodeScalars), ry))
            out.append(DriftFinding(
                type: .negation, severity: .major,
                reason: "\(link.theOriginal.capitalizedFirst) says «\(wx)»; \(link.theTranslation) says the opposite, «\(wy)».",
                originalRange: rx, translationRange: ry))
        }
        // A comparison turned ("far less than" / «beaucoup plus que»), when nothing else was
        // found.
        if out.isEmpty, let f = Self.comparativeFlip(link) { out.append(f) }
        // A stopping of the original lost without a trace ("stop" / «accélérer»), when nothing
        // else was found.
        if out.isEmpty, let f = Self.stoppingFinding(link, originalMarkers: ma, translationMarkers: mb.count, translationImplicatives: vb0,
                                                     translationPrefixes: pb.count) {
            out.append(f)
        }
        // Open-vocabulary antonyms (WordNet, English sides), when the negations balance: with one
        // side negating more, a negation finding stands already, or "not lose" renders "gagner".
        if balanceA == balanceB { out += Self.antonymFindings(link, reported: out, markers: (ma, mb)) }
        return out
    }

    /// For an antonym pair whose first pole the original says more often than the translation
    /// (`lost`, against `kept`), and whose second pole the translation says more often (`gained`
    /// against `had`): the original word of the first pole farthest, by relative position in
    /// the sentences, from every translation word of that pole, and the translation word of the
    /// second pole farthest from every original word of it. (The word alignment pairs words by
    /// what they say, not where they stand: both «grands» meet "larger".)
    static func turnedPole(from lost: [Int], _ had: [Int], to kept: [Int], _ gained: [Int], _ link: LinkAnalysis) -> (Int, Int)? {
        let a = link.original, b = link.translation
        func position(_ side: LinkSide, _ i: Int) -> Double {
            Double(side.tokens[i].range.lowerBound) / Double(max(1, side.text.unicodeScalars.count))
        }
        func farthest(_ xs: [Int], _ side: LinkSide, from ys: [Int], _ other: LinkSide) -> Int? {
            xs.max { p, q in
                let dp = ys.map { abs(position(side, p) - position(other, $0)) }.min() ?? 1
                let dq = ys.map { abs(position(side, q) - position(other, $0)) }.min() ?? 1
                return dp < dq
            }
        }
        guard let x = farthest(lost, a, from: kept, b), let y = farthest(gained, b, from: had, a) else { return nil }
        return (x, y)
    }

    /// A negation rendered twice: one side says with a word of negative meaning what the other
    /// negates ("that were lacking" for «которых не хватало») and negates something else besides
    /// ("should not provide" for «должно обеспечить»), so the negations balance in number and the
    /// meaning is reversed (DEMETR ru). The word of negative meaning must have its best
    /// counterpart, at the word alignment's bar, among the words the other side's negation bears
    /// on (``negationScope(_:_:)``), and lie outside its own side's negations' scope (not the
    /// litotes «ne peux pas m'empêcher» for "can't help", nor "never stop" for «не перестаю»);
    /// the extra negation must bear on words whose counterparts the other side does not negate.
    static func doubledNegation(_ link: LinkAnalysis, markers: ([Int], [Int]), verbs: ([Int], [Int]), translationSaysMore: Bool) -> DriftFinding? {
        guard link.alignsWords else { return nil }
        let (more, other) = translationSaysMore ? (link.translation, link.original) : (link.original, link.translation)
        let (moreMarkers, otherMarkers) = translationSaysMore ? (markers.1, markers.0) : (markers.0, markers.1)
        let moreVerbs = translationSaysMore ? verbs.1 : verbs.0
        let moreScopes = moreMarkers.map { Set(negationScope($0, more)) }
        let otherScoped = Set(otherMarkers.flatMap { negationScope($0, other) })
        guard !otherScoped.isEmpty else { return nil }
        let bar = link.calibration.wordThreshold
        // The other side's content word nearest a word of `more`, with its similarity.
        func counterpart(_ i: Int) -> (Int, Double)? {
            other.content.compactMap { k in link.wordSimilarity(more.tokens[i].lower, other.tokens[k].lower).map { (k, $0) } }
                .max { $0.1 < $1.1 }
        }
        for v in moreVerbs where !moreScopes.contains(where: { $0.contains(v) }) {
            guard let (k, sim) = counterpart(v), sim >= bar, otherScoped.contains(k) else { continue }
            // The extra negation: one whose words' counterparts the other side does not negate.
            for (m, scope) in zip(moreMarkers, moreScopes) where !scope.isEmpty {
                let negatedThere = scope.contains { w in counterpart(w).map { otherScoped.contains($0.0) && $0.1 >= bar } ?? false }
                guard !negatedThere else { continue }
                let who = translationSaysMore ? link.theTranslation : link.theOriginal
                let whom = translationSaysMore ? link.theOriginal : link.theTranslation
                let (vt, kt, mt) = (more.tokens[v], other.tokens[k], more.tokens[m])
                // Both words quoted on that side are in its range: from the first to the last.
                let both = min(vt.range.lowerBound, mt.range.lowerBound)..<max(vt.range.upperBound, mt.range.upperBound)
                return DriftFinding(
                    type: .negation, severity: .major,
                    reason: "\(who.capitalizedFirst) says «\(vt.text)» for what \(whom) negates («\(kt.text)»), and negates («\(mt.text)») besides: the meaning may be reversed.",
                    originalRange: translationSaysMore ? kt.range : both, translationRange: translationSaysMore ? both : kt.range)
            }
        }
        return nil
    }

    /// The content words a negation marker bears on: those between a «ne»/«n'» up to three words
    /// before the marker and the marker («ne veut pas», «n'a pas»), and the first content word
    /// within two words after it («pas précisé», "not say", «не сказал»).
    static func negationScope(_ marker: Int, _ side: LinkSide) -> [Int] {
        let t = side.tokens
        let content = Set(side.content)
        var scope: [Int] = []
        if let ne = (max(0, marker - 3)..<marker).last(where: { ["ne", "n'", "n’"].contains(t[$0].lower) }) {
            scope += (ne + 1..<marker).filter(content.contains)
        }
        if let next = (marker + 1..<min(t.count, marker + 3)).first(where: content.contains) {
            scope.append(next)
            // …and, in Russian, the content word right after a noun, with no punctuation between:
            // the noun's complement in the genitive («не на условиях ультиматума», not on the terms
            // of an ultimatum), which the other side may keep while rewording the head («sous la
            // forme d'un ultimatum»). Not after a verb («не стал обсуждать санкции»: its object is a
            // statement of its own, which the other side may leave out). A verb by its ending:
            // past, infinitive, reflexive, present (a noun in «-ет», «бюджет», is left unextended).
            if side.language == "ru", next + 1 < t.count, content.contains(next + 1), !russianVerbEndings.contains(where: t[next].lower.hasSuffix) {
                let scalars = Array(side.text.unicodeScalars)
                let gap = ScalarText.gap(after: t[next].range, before: t[next + 1].range, count: scalars.count)
                if scalars[gap].allSatisfy({ $0 == " " }) { scope.append(next + 1) }
            }
        }
        return scope
    }

    /// Endings of Russian verb forms (``negationScope(_:_:)``).
    static let russianVerbEndings = ["л", "ла", "ли", "ло", "ть", "ти", "чь", "ся", "сь", "ет", "ют", "ит", "ят", "ем", "им", "ут", "ат", "ешь", "ишь", "ете", "ите"]

    /// The negation marker of the side that negates more to report: the first beyond the
    /// `count` markers the other side matches, unless every extra marker's words are left out by
    /// the other side (``unsharedScope(_:_:scores:_:)``), and then the first of those: "A
    /// Dictator without Elections, Zelenskyy … is not going to have a Country left" against
    /// «Zelensky … il ne lui restera plus de pays» dropped the words of "without", not the
    /// negation of "not going to have".
    static func leftOver(_ markers: [Int], beyond count: Int, _ side: LinkSide, scores: [Int: Double], _ link: LinkAnalysis) -> Int {
        let unshared = markers.filter { unsharedScope($0, side, scores: scores, link) != nil }
        return unshared.count >= markers.count - count ? unshared[0] : markers[count]
    }

    /// The words a negation marker bears on, when none of them has a counterpart on the other
    /// side: the negation is then part of a statement only one side makes («il n'a pas précisé
    /// si…» added to "I just spoke to President Zelenskyy"), an addition or an omission the
    /// other checks report, not a reversal of something both say. The words it bears on: the
    /// content words between a «ne»/«n'» up to three words before the marker and the marker
    /// («ne veut pas», «n'a pas»), and the first content word within two words after it («pas
    /// précisé», "not say", «не сказал»). nil when there is none, or one has a counterpart, or
    /// the link's words are not aligned.
    static func unsharedScope(_ marker: Int, _ side: LinkSide, scores: [Int: Double], _ link: LinkAnalysis) -> String? {
        guard link.alignsWords else { return nil }
        let t = side.tokens
        let scope = negationScope(marker, side)
        guard !scope.isEmpty, scope.allSatisfy({ (scores[$0] ?? 1) < link.calibration.wordThreshold }) else { return nil }
        return scope.map { t[$0].text }.joined(separator: " ")
    }

    /// Every negation marker of a side, before idioms and polarity are weighed.
    static func markers(_ side: LinkSide) -> [Int] {
        NegationLexicon.markers(side.tokens, language: side.language, text: side.text)
            + NegationLexicon.hyphenatedNon(side.tokens, text: side.text, language: side.language)
            + NegationLexicon.jamaisWithoutNe(side.tokens, text: side.text, language: side.language)
    }

    /// Removes each marker that negates a verb of negative meaning on its side, and that verb:
    /// the marker up to three words before the verb ("do not fail", "не избегайте"), or its
    /// «pas»/«point» up to two words after it with «ne» before it («ne manquez pas»).
    static func dropLitotes(_ markers: inout [Int], _ verbs: inout [Int], _ tokens: [WordToken]) {
        for v in verbs {
            let neBefore = tokens[max(0, v - 2)..<v].contains { ["ne", "n'"].contains($0.lower) }
            guard let m = markers.first(where: { m in (m < v && v - m <= 3) || (neBefore && m > v && m - v <= 2) }) else { continue }
            markers.removeAll { $0 == m }
            verbs.removeAll { $0 == v }
        }
    }

    /// Removes each marker that stands one or two words before a word of `prefixed` (a word
    /// whose negative prefix counts as a negation), and that word: the two cancel.
    static func dropPrefixLitotes(_ markers: inout [Int], _ prefixed: inout [Int]) {
        for p in prefixed {
            guard let m = markers.first(where: { $0 < p && p - $0 <= 2 }) else { continue }
            markers.removeAll { $0 == m }
            prefixed.removeAll { $0 == p }
        }
    }

    /// Content words of `side` built on a negative affix that are not among `flips`: Russian без-/
    /// бес- ("without"), German un-, -los, English words WordNet lists as the opposite of their
    /// base and -less words. Not Russian не-, which begins too many words that negate nothing
    /// («несчастный случай», an accident: DEMETR's added "did not occur" became info), nor French
    /// in-, im-, mal- («important», «information», «malade»). Nor a word that an affixed word of
    /// `other` renders: "unhappy" for «несчастен», "illegal" for «незаконно» carry the negation
    /// both sides have, and excuse no other («Я не знал, что ты так несчастен» / "I did know
    /// that you were so unhappy" reverses the «не»).
    static func affixedNegations(_ side: LinkSide, flips: [Int], other: LinkSide, _ link: LinkAnalysis) -> [Int] {
        side.content.filter { i in
            guard !flips.contains(i) else { return false }
            let w = side.tokens[i].lower
            guard let base = NegativePrefixes.base(of: w, language: side.language) else { return false }
            let affixed: Bool
            switch side.language {
            case "en": affixed = NegativePrefixes.isSuffixed(w, language: "en") || Self.wordNetOpposites(w, base)
            case "ru": affixed = w.hasPrefix("без") || w.hasPrefix("бес")
            case "de": affixed = true
            default: affixed = false
            }
            return affixed && !Self.hasAffixedCounterpart(w, in: other, link)
        }
    }

    /// Removes up to `limit` markers of `side` that stand in a question (``isRhetorical``), with
    /// `politeOnly` only in a Russian polite question (``isRussianPoliteQuestion``).
    static func dropRhetorical(_ markers: inout [Int], _ side: LinkSide, upTo limit: Int, politeOnly: Bool = false, other: LinkSide? = nil) {
        var left = limit
        // A suggestion asked with "why not" the other side makes without asking why ("Why don't
        // we go home?" / «Et si nous retournions à la maison ?»): no reversal.
        let otherAsksWhy = other.map { o in o.tokens.contains { Self.whyWords.contains($0.lower) } } ?? true
        markers.removeAll { m in
            guard left > 0, Self.isRhetorical(m, side),
                  !politeOnly || Self.isRussianPoliteQuestion(m, side, otherSaysYet: other.map(Self.saysYet) ?? true) || (!otherAsksWhy && Self.isWhyNotSuggestion(m, side)) else { return false }
            left -= 1
            return true
        }
    }

    /// Whether a side says "yet" or "already" («déjà», «уже»), which a question about something
    /// not yet done asks with no negation.
    static func saysYet(_ side: LinkSide) -> Bool {
        side.tokens.contains { ["yet", "already", "déjà", "уже"].contains($0.lower) }
    }

    /// "why" in the three languages.
    static let whyWords: Set<String> = ["why", "pourquoi", "почему", "зачем", "warum"]

    /// Whether negation marker `i` makes a suggestion with "why not": "Why don't we / you …?",
    /// "Why not …?", «Pourquoi ne pas …?», «Почему бы (нам) не …?» (not "Why didn't you…?",
    /// which asks for a reason).
    static func isWhyNotSuggestion(_ i: Int, _ side: LinkSide) -> Bool {
        let t = side.tokens.map(\.lower)
        func at(_ k: Int) -> String { k >= 0 && k < t.count ? t[k] : "" }
        switch side.language {
        case "en":
            // "Why not ask Tom?", not the elliptical "If not, why not?".
            if at(i) == "not", at(i - 1) == "why" {
                guard i + 1 < t.count else { return false }
                let scalars = Array(side.text.unicodeScalars)
                let gap = ScalarText.gap(after: side.tokens[i].range, before: side.tokens[i + 1].range, count: scalars.count)
                return scalars[gap].allSatisfy { $0.properties.isWhitespace }
            }
            return ["n't", "not"].contains(at(i)) && at(i - 1) == "do" && at(i - 2) == "why" && ["we", "you", "i"].contains(at(i + 1))
        case "fr": return at(i) == "pas" && at(i - 1) == "ne" && at(i - 2) == "pourquoi"
        case "ru": return at(i) == "не" && (0..<i).suffix(3).contains { at($0) == "бы" } && (0..<i).suffix(4).contains { at($0) == "почему" }
        default: return false
        }
    }

    /// Russian question words: a question that has one asks for something, and its negation
    /// («Почему вы не пришли?») is no politeness.
    static let russianQuestionWords: Set<String> = [
        "почему", "зачем", "что", "чего", "чем", "кто", "кого", "кому", "где", "куда", "откуда", "когда", "как", "сколько",
        "какой", "какая", "какое", "какие", "чей", "чья", "чье", "чьи",
    ]

    /// Whether the Russian negation marker `i` stands in a yes/no question: its clause (from the
    /// last ".", "!", "?", ";", "…" or opening quote before it) ends in a question mark and holds
    /// no question word and no tag («Вы не делаете заметок, не так ли?» states, then asks). A
    /// "still not" («до сих пор не») asks about the negation itself («Думаешь, Том до сих пор не
    /// спит?» / "…still awake?"), unless the other side asks "yet" or "already" («Он до сих пор
    /// не вернулся?» / "Has he come back yet?"): `otherSaysYet`. Not «ещё не», which asks what
    /// "yet" asks, with or without the word («Том ещё не пришёл?» / "Has Tom come?").
    static func isRussianPoliteQuestion(_ i: Int, _ side: LinkSide, otherSaysYet: Bool) -> Bool {
        let t = side.tokens
        guard side.language == "ru", isRhetorical(i, side) else { return false }
        if !otherSaysYet, i >= 3, t[i - 1].lower == "пор", t[i - 2].lower == "сих", t[i - 3].lower == "до" { return false }
        let scalars = Array(side.text.unicodeScalars)
        let stops = Questions.marks.union(Questions.clauseEnds).union(["«", "\u{201C}", "\""])
        var start = i
        while start > 0, !scalars[ScalarText.gap(after: t[start - 1].range, before: t[start].range, count: scalars.count)].contains(where: stops.contains) {
            start -= 1
        }
        var end = i
        while end + 1 < t.count, !scalars[ScalarText.gap(after: t[end].range, before: t[end + 1].range, count: scalars.count)].contains(where: Questions.marks.contains) {
            end += 1
        }
        let clause = t[start...end].map(\.lower)
        let tagged = zip(clause, clause.dropFirst()).contains { ["так", "правда"].contains($0.0) && $0.1 == "ли" }
        return !tagged && !clause.contains(where: russianQuestionWords.contains)
    }

    /// Whether a side asks a question (has a question mark).
    static func asks(_ side: LinkSide) -> Bool { Questions.asks(side.text) }

    /// Whether a Russian side asks a question that leans to "yes" with «ведь» or «же».
    static func expectsYes(_ side: LinkSide) -> Bool {
        side.language == "ru" && asks(side) && side.tokens.contains { ["ведь", "же"].contains($0.lower) }
    }

    /// Removes, up to `limit`, English negations in a question whose auxiliary opens its clause
    /// ("Aren't you…?", "Don't you think…?", "Won't you come?").
    static func dropInvertedQuestions(_ markers: inout [Int], _ side: LinkSide, upTo limit: Int) {
        guard side.language == "en" else { return }
        let t = side.tokens, scalars = Array(side.text.unicodeScalars)
        let openers: Set<Unicode.Scalar> = [".", "!", "?", "\"", "\u{201C}", "«", "—", ":"]
        var left = limit
        markers.removeAll { m in
            guard left > 0, m >= 1, isRhetorical(m, side), ["not", "n't"].contains(t[m].lower) else { return false }
            let aux = m - 1
            let opens = aux == 0 || scalars[ScalarText.gap(after: t[aux - 1].range, before: t[aux].range, count: scalars.count)].contains(where: openers.contains)
            guard opens, ["are", "is", "was", "were", "do", "does", "did", "have", "has", "had", "wo", "will", "would", "can", "ca", "could",
                          "should", "am", "ai"].contains(t[aux].lower) else { return false }
            left -= 1
            return true
        }
    }

    /// Whether the negation marker `i` stands in a question: its clause (up to the next ".",
    /// "!", "?", ";", "…") ends with a question mark, or, in French, the verb it negates carries
    /// an inverted subject pronoun («n'est-elle pas», «ne feraient-ils pas»), which asks even
    /// without the mark.
    static func isRhetorical(_ i: Int, _ side: LinkSide) -> Bool {
        let t = side.tokens
        if side.language == "fr" {
            let pronouns: Set<String> = ["il", "elle", "ils", "elles", "on", "ce", "je", "tu", "nous", "vous"]
            let scalars = Array(side.text.unicodeScalars)
            // The inverted pronoun within the three words before the marker, after «ne»/«n'»,
            // joined to its verb by a hyphen.
            for k in max(1, i - 3)..<max(1, i) where pronouns.contains(t[k].lower) {
                let gap = ScalarText.gap(after: t[k - 1].range, before: t[k].range, count: scalars.count)
                if scalars[gap].contains(where: { $0 == "-" || $0 == "\u{2011}" }),
                   t[max(0, k - 3)..<k].contains(where: { ["ne", "n'"].contains($0.lower) }) { return true }
            }
        }
        return Questions.clauseEndsInQuestion(side.text.unicodeScalars.dropFirst(t[i].range.upperBound))
    }

    /// Opposite words inside a fixed expression that does not say them: «du jour au lendemain»
    /// (overnight, «за ночь»), «avant» as "front" («la roue avant droite», «à l'avant»), «un peu»
    /// (a little, no "few": «une manière de vivre un peu…» against "too much"), «peu après» and
    /// «peu de temps après» (shortly after), «finir par» and
    /// "end up" (come to do, no ending: «elle finit par s'y accoutumer» / "she got used to it"),
    /// and the manner adverbs where they say no manner (``mannerIdiom(_:_:)``).
    static func isNotLiteral(_ i: Int, _ tokens: [WordToken]) -> Bool {
        let w = tokens[i].lower
        if mannerIdiom(i, tokens) { return true }
        if w == "peu", i >= 1, tokens[i - 1].lower == "un" { return true }
        // «peu après», «peu avant», «peu de temps après» (shortly after, before): a time, no quantity.
        if w == "peu", i + 1 < tokens.count, ["après", "avant", "auparavant"].contains(tokens[i + 1].lower)
            || (i + 2 < tokens.count && tokens[i + 1].lower == "de" && tokens[i + 2].lower == "temps") { return true }
        if i + 1 < tokens.count, (["finir", "finit", "finis", "fini", "finissent", "finira", "finiront", "finissait"].contains(w)
            && tokens[i + 1].lower == "par") || (["end", "ends", "ended", "ending"].contains(w) && tokens[i + 1].lower == "up") { return true }
        if w == "jour", i >= 1, tokens[i - 1].lower == "du", i + 2 < tokens.count, tokens[i + 1].lower == "au",
           tokens[i + 2].lower.hasPrefix("lendemain") { return true }
        if w == "avant" {
            if i >= 1, tokens[i - 1].lower == "l'" { return true }
            if i + 1 < tokens.count, ["droit", "droite", "droits", "droites", "gauche", "gauches"].contains(tokens[i + 1].lower) { return true }
        }
        return false
    }

    /// "well", «bien», «mal», «хорошо» where they say no manner: a discourse word opening a
    /// sentence ("Well, …", «Хорошо, …»: OK); "as well" (also), "a/the well" (a noun), "may well"
    /// (likely); «bien que», «bien sûr», «bien entendu», «eh bien», «ou bien», «aussi bien»,
    /// «bien des», and «bien» before a comparative or a preposition, where it says "much" or
    /// "indeed" («bien plus», «bien avant»); «le bien», «un bien» (a good, a property); «mal»
    /// as a noun of pain, trouble or evil («avoir mal à», «mal de tête», «du mal à», «le mal»),
    /// and «pas mal» (quite, not bad).
    static func mannerIdiom(_ i: Int, _ tokens: [WordToken]) -> Bool {
        let w = tokens[i].lower
        let previous = i > 0 ? tokens[i - 1].lower : "", next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
        switch w {
        case "well":
            return i == 0 || tokens[i].isSentenceInitial
                || ["as", "a", "the", "oil", "water", "gas", "may", "might", "could", "oh", "ah", "pretty"].contains(previous)
        case "хорошо":
            return i == 0 || tokens[i].isSentenceInitial || previous == "ну"
        case "bien":
            return ["que", "qu'", "qu’", "sûr", "sûre", "sûrs", "sûres", "entendu", "plus", "moins", "mieux", "trop", "avant", "après",
                    "des", "de", "d'", "d’", "du", "au", "aux", "à", "sur", "davantage", "assez"].contains(next)
                || ["eh", "ou", "si", "aussi", "tant", "le", "un", "les", "du", "ce", "son", "mon", "ton", "notre", "votre", "leur"].contains(previous)
        case "mal":
            return ["à", "au", "aux", "de", "d'", "d’", "du"].contains(next)
                || ["le", "un", "du", "au", "de", "d'", "d’", "ce", "son", "mon", "ton", "pas", "aucun", "tant", "moindre", "grand"].contains(previous)
        default:
            return false
        }
    }

    /// Whether "less", "least", «moins», «менее», «наименее» stands within the two words before
    /// word `i`: "less expensive" is the comparative of "cheap", not its opposite.
    static func isLessened(_ i: Int, _ tokens: [WordToken]) -> Bool {
        tokens[max(0, i - 2)..<i].contains { ["less", "least", "moins", "менее", "наименее"].contains($0.lower) }
    }

    /// The words of an antonym pair's two poles with each lessened word (``isLessened(_:_:)``)
    /// moved to the other pole, in text order.
    static func polesLessenedSwapped(_ poles: (a: [Int], b: [Int]), _ tokens: [WordToken]) -> ([Int], [Int]) {
        let a = poles.a.filter { !isLessened($0, tokens) } + poles.b.filter { isLessened($0, tokens) }
        let b = poles.b.filter { !isLessened($0, tokens) } + poles.a.filter { isLessened($0, tokens) }
        return (a.sorted(), b.sorted())
    }

    /// Whether a negation marker of `markers` stands within the three words before word `i`
    /// ("pas possible", "not accepted", "не принял").
    static func isNegated(_ i: Int, _ markers: [Int], _ tokens: [WordToken]? = nil) -> Bool {
        markers.contains { $0 < i && i - $0 <= 3 }
            // A French verb between «ne» and its «pas», «jamais», «plus» («Je ne doute pas»),
            // whose marker follows it.
            || tokens.map { t in i > 0 && ["ne", "n'"].contains(t[i - 1].lower) && markers.contains(i + 1) } ?? false
    }

    /// A negation marker that does not reverse anything the other side says:
    /// - "non-" before a word whose negatively prefixed counterpart is on the other side;
    /// - the same words copied on both sides ("Don't U Waste My Time" quoted in a Russian text);
    /// - "пока … не" (until) where the other side says "until"/"jusqu'à": Russian marks the
    ///   clause's limit with an expletive negation ("пока они не будут признаны аварийными" →
    ///   "until they are deemed unsafe");
    /// - "not … until" where the other side says "only": "the doctors didn't realise until a week
    ///   later" renders "поняли только через неделю" (understood only a week later).
    static func isNotPolarity(_ i: Int, _ side: LinkSide, other: LinkSide, otherPrefixFlips: [Int], _ link: LinkAnalysis) -> Bool {
        let t = side.tokens
        let w = t[i].lower
        // "non-existent" against «inexistante»: both words carry their negation as a prefix.
        if w == "non", i + 1 < t.count {
            // (Unless the prefixed word counts as a negation already, which then balances it.)
            let balanced = other.content.contains { j in
                guard !otherPrefixFlips.contains(j), let base = NegativePrefixes.base(of: other.tokens[j].lower, language: other.language),
                      let d = link.wordSimilarity(t[i + 1].lower, base) else { return false }
                return d >= Self.prefixBaseSimilarity
            }
            if balanced { return true }
        }
        let otherWords = Set(other.tokens.map(\.lower))
        if side.language != other.language {
            // Copied: the marker and its neighbour appear together on the other side.
            let neighbours = [i > 0 ? t[i - 1].lower : nil, i + 1 < t.count ? t[i + 1].lower : nil].compactMap { $0 }
            for (k, o) in other.tokens.enumerated() where o.lower == w {
                let around = [k > 0 ? other.tokens[k - 1].lower : nil, k + 1 < other.tokens.count ? other.tokens[k + 1].lower : nil].compactMap { $0 }
                if neighbours.contains(where: around.contains) { return true }
            }
        }
        // «Nous n'avons jamais été aussi près d'un accord de paix» for "We are closer to a peace
        // deal than we have ever been": never so near is nearer than ever, a comparison with
        // "ever" on the other side, no negation (White House, 18 March 2025).
        if side.language == "fr", w == "jamais", (i + 1..<min(t.count, i + 4)).contains(where: { ["aussi", "autant", "si", "plus", "moins"].contains(t[$0].lower) }),
           other.language == "en", let ever = other.tokens.firstIndex(where: { $0.lower == "ever" }),
           other.tokens[..<ever].contains(where: { ["than", "more", "less"].contains($0.lower) || ($0.lower.count > 4 && ($0.lower.hasSuffix("er") || $0.lower.hasSuffix("est"))) }) {
            return true
        }
        // "что-то пошло не так", "не то изображение": "went wrong", "the wrong image".
        if side.language == "ru", w == "не", i + 1 < t.count, ["так", "то", "тот", "та", "те", "туда"].contains(t[i + 1].lower),
           !otherWords.isDisjoint(with: ["wrong", "wrongly", "mauvais", "mauvaise", "mal", "faux", "fausse", "erreur"]) { return true }
        // "not many people" / "without much ceremony" say «peu de gens», «avec peu
        // d'empressement»: a negated large quantity is a small one, which the other side may say.
        // («pas grand-chose»: the tokenizer splits it, "grand" before "chose".)
        let largeAfter = (i + 1..<min(t.count, i + 3)).contains { k in
            Self.largeQuantities.contains(t[k].lower) || (t[k].lower == "grand" && k + 1 < t.count && t[k + 1].lower == "chose")
        }
        if largeAfter, Self.saysFew(other) { return true }
        // «ne … guère», "kaum": hardly, what the other side may say with "hardly", "few", "seldom".
        if ["guère", "kaum"].contains(w), !otherWords.isDisjoint(with: Self.hardlyWords) { return true }
        // «не составит (никакого) труда»: it will be easy.
        if w == "не", t[(i + 1)..<min(t.count, i + 4)].contains(where: { $0.lower == "труда" }) { return true }
        // «je ne sais rien de plus sec», «rien de mieux»: a superlative ("the driest thing I know"),
        // when the other side says one.
        if ["rien", "personne"].contains(w), i + 2 < t.count, ["de", "d'"].contains(t[i + 1].lower),
           ["plus", "mieux", "pire", "moins"].contains(t[i + 2].lower), Self.saysSuperlative(other),
           Self.markers(other).isEmpty { return true }
        // "without hesitation", «sans difficulté», «без труда», "ohne Zögern": a manner (at once,
        // easily), not a negation of what is said.
        if ["without", "sans", "без", "ohne"].contains(w),
           t[(i + 1)..<min(t.count, i + 4)].contains(where: { n in
               Self.mannerWords.contains(n.lower) || Self.mannerStems.contains { n.lower.hasPrefix($0) }
           }) { return true }
        // «Давно у меня не было настоящих каникул», «ça fait longtemps que je ne t'ai pas vu»:
        // "It's been a long time since I've had a real vacation". The time since something last
        // happened is said with a negation, or in English with "been <a duration> since".
        if side.language != "en", other.language == "en", Self.saysTimeSince(other),
           t.contains(where: { Self.longTimeWords.contains($0.lower) }) { return true }
        // «Жаль, что Том не мой брат»: "I wish that Tom was my brother". A regret that something
        // is not so is a wish that it were, when the other side wishes and negates nothing.
        if t[..<i].contains(where: { Self.regretWords.contains($0.lower) }), Self.wishes(other), Self.markers(other).isEmpty { return true }
        let untilWords: Set<String> = ["until", "till", "jusqu", "jusque"]
        let onlyWords: Set<String> = ["only", "seulement", "только", "лишь"]
        // "only a thimble" / «un dé ; pas autre chose», «rien d'autre», "nothing else", «ничего
        // другого»: the same restriction, where the other side says "only".
        if ["pas", "rien", "nothing", "ничего"].contains(w),
           t[(i + 1)..<min(t.count, i + 3)].contains(where: { ["autre", "else", "другого", "иного", "другое", "иное"].contains($0.lower) }),
           !otherWords.isDisjoint(with: onlyWords.union(["just", "merely", "uniquement", "nur"])) { return true }
        if side.language == "ru", w == "не", t[max(0, i - 3)..<i].contains(where: { $0.lower == "пока" }) {
            return !otherWords.isDisjoint(with: untilWords)
        }
        // "did not exceed 7,000 m", «n'ont pas dépassé 7000 m», «не превысил»: at most, what the
        // other side says with "only" ("nur bis etwa 7000 m", «seulement»).
        let exceedStems = ["exceed", "surpass", "dépass", "excéd", "превы", "превзо", "überschr", "übertr"]
        if t[(i + 1)..<min(t.count, i + 4)].contains(where: { x in exceedStems.contains { x.lower.hasPrefix($0) } }),
           !otherWords.isDisjoint(with: onlyWords.union(["nur", "erst"])) || Self.hasRestrictiveNeQue(other) { return true }
        // "not … until", "не … до" (not before): the other side says "only" — «seulement», «только»,
        // or French «ne … que» ("его не открывали для движения до марта 2017 года" / «elle n'a été
        // ouverte à la circulation qu'en mars 2017»).
        let notUntil = side.language == "en" && t[(i + 1)..<min(t.count, i + 9)].contains(where: { untilWords.contains($0.lower) })
            || side.language == "ru" && w == "не" && t[(i + 1)..<min(t.count, i + 9)].contains(where: { $0.lower == "до" })
        if notUntil {
            return !otherWords.isDisjoint(with: onlyWords) || Self.hasRestrictiveNeQue(other)
        }
        return false
    }

    /// How close an English word's WordNet antonym must be to the negated word's rendering, and
    /// how much closer than the word itself, for a negation to say that antonym.
    static let negatedOppositeSimilarity = 0.8
    static let negatedOppositeGain = 0.15

    /// Whether the words negation marker `i` bears on say, negated, what the other side says with
    /// an opposite: «Почему удача тебя не любит?» / "Why does luck hate you?" (not love = hate),
    /// "did not get along well" / «плохо ладила» (not well = badly). English WordNet antonyms on
    /// whichever side is English, compared on word vectors by each word's best reading (its
    /// lemma: «любит» → «любить»): the antonym at least ``negatedOppositeSimilarity`` similar
    /// to the word across and ``negatedOppositeGain`` closer to it than the word itself is (word
    /// vectors put antonyms near each other: "love" / «любить» 0.86, "hate" 0.53). The negated
    /// words: the content words up to three words after the marker, and after a «ne» up to five
    /// words before it (a question inverts: «ne t'aime-t-elle pas»). Neither word may have an
    /// exact counterpart (same word, dictionary translation: "questions" / «questions» is no
    /// opposite of «répondrai» through "answer"), and the word across must not be negated itself.
    static func saysNegatedOpposite(_ i: Int, _ side: LinkSide, scores: [Int: Double], other: LinkSide, otherScores: [Int: Double],
                                    _ link: LinkAnalysis) -> Bool {
        guard side.language == "en" || other.language == "en", side.language != other.language, !link.vectors.isEmpty else { return false }
        let t = side.tokens
        let negated = Self.negatedWords(i, t).filter { (scores[$0] ?? 1) < 1 }
        let otherMarkers = Self.markers(other)
        let across = other.content.filter { (otherScores[$0] ?? 1) < 1 && !Self.isNegated($0, otherMarkers) }
        // The English words, and the readings of the words on the other side of the pair.
        let (english, readings) = side.language == "en"
            ? (negated.map { t[$0].lower }, across.map { link.readingVectors(of: other.tokens[$0].lower, language: other.language) })
            : (across.map { other.tokens[$0].lower }, negated.map { link.readingVectors(of: t[$0].lower, language: side.language) })
        // An English word whose antonym the readings of a word across say; not an antonym the
        // English side says itself, which then renders something else ("10% approve …, and 18%
        // 'rather disapprove'" / «Не одобряют … 10%, "скорее, не одобряют" - 18%»: "disapprove"
        // renders the second «не одобряют», not the first).
        let englishWords = Set((side.language == "en" ? t : other.tokens).map(\.lower))
        return english.contains { e in
            let antonyms = WordNetAntonyms.antonyms(of: e).filter { !englishWords.contains($0) }
            return readings.contains { r in
                let own = link.similarity(e, toAnyOf: r) ?? -1
                return antonyms.contains { a in
                    let d = link.similarity(a, toAnyOf: r) ?? -1
                    return d >= negatedOppositeSimilarity && d - own >= negatedOppositeGain
                }
            }
        }
    }

    /// The words negation marker `i` bears on: up to three words after it, and after a «ne» up to
    /// five words before it (a question inverts: «ne t'aime-t-elle pas»).
    static func negatedWords(_ i: Int, _ t: [WordToken]) -> [Int] {
        var negated = Array((i + 1)..<min(t.count, i + 4))
        if let ne = (max(0, i - 5)..<i).last(where: { ["ne", "n'", "n’"].contains(t[$0].lower) }) { negated += Array((ne + 1)..<i) }
        return negated
    }

    /// Whether the words negation marker `i` bears on (``negatedWords(_:_:)``) hold a word
    /// of a hand-made pair of opposites (``NegationLexicon/antonyms``) whose other pole the other
    /// side says, not negated, more often than this side does: «Il ne parle pas bien» / "He
    /// speaks badly", «Он не говорит хорошо» / «Il parle mal»; not "are not large enough for a
    /// yacht, smaller boats" / «assez grands pour un yacht, des bateaux plus petits», where
    /// «petits» renders "smaller". The lists serve every pair of languages, where the WordNet
    /// test needs an English side and a content word («bien» is a function word).
    /// `opposites`, `otherOpposites`: each side's ``AntonymIndex/hits(_:text:)`` pairs.
    static func saysListedNegatedOpposite(_ i: Int, _ side: LinkSide, markers: [Int], opposites here: [Int: (a: [Int], b: [Int])],
                                          other: LinkSide, otherMarkers: [Int], otherOpposites across: [Int: (a: [Int], b: [Int])]) -> Bool {
        let t = side.tokens
        let negated = Self.negatedWords(i, t)
        func said(_ xs: [Int], _ ts: [WordToken], _ ms: [Int]) -> Int { xs.filter { !isNotLiteral($0, ts) && !isNegated($0, ms) }.count }
        func negatedHere(_ xs: [Int]) -> Bool { xs.contains { negated.contains($0) && !isNotLiteral($0, t) } }
        return here.contains { p, poles in
            guard let there = across[p] else { return false }
            return (negatedHere(poles.a) && said(there.b, other.tokens, otherMarkers) > said(poles.b, t, markers))
                || (negatedHere(poles.b) && said(there.a, other.tokens, otherMarkers) > said(poles.a, t, markers))
        }
    }

    /// Whether a side says a superlative: "the driest", "the most", "best", «самый», «наиболее».
    static func saysSuperlative(_ side: LinkSide) -> Bool {
        side.tokens.indices.contains { k in
            let w = side.tokens[k].lower
            switch side.language {
            case "en":
                return ["most", "best", "worst", "least"].contains(w)
                    || (w.count >= 6 && w.hasSuffix("est") && !Self.nounsInEst.contains(w)
                        && k > 0 && ["the", "my", "his", "her", "its", "our", "their", "your"].contains(side.tokens[k - 1].lower))
            case "ru": return ["самый", "самая", "самое", "самые", "самых", "самой", "самого", "самым", "самыми", "самую", "самому"].contains(w)
                || w.hasPrefix("наибол") || w.hasPrefix("лучш") || w.hasPrefix("худш")
            case "de": return w.hasPrefix("meist") || (k > 0 && side.tokens[k - 1].lower == "am" && w.hasSuffix("sten"))
            default: return false
            }
        }
    }

    /// English words in "-est" that are no superlatives ("the forest", "their interest").
    static let nounsInEst: Set<String> = ["forest", "interest", "request", "protest", "contest", "harvest", "honest", "modest",
                                          "conquest", "arrest", "manifest", "digest", "behest", "unrest"]

    /// Words of "hardly", "few", "seldom" that render «ne … guère» or German "kaum".
    static let hardlyWords: Set<String> = [
        "hardly", "scarcely", "scarce", "barely", "seldom", "rarely", "few", "little", "peine", "peu", "rarement",
        "едва", "мало", "редко", "kaum", "wenig", "wenige", "selten",
    ]

    /// Stems of nouns (and verbs) after "without", «sans», «без», "ohne" that make a manner:
    /// "without (any further) hesitation", "without delay", "without fail", "without exception",
    /// «sans difficulté», «sans encombre», «sans tarder», «sans relâche», «без труда», «без
    /// колебаний», «без промедления», "ohne Zögern", "ohne Mühe", "ohne Ausnahme".
    static let mannerStems = [
        "hesitat", "delay", "exception", "difficult", "hésit", "délai", "encombre", "tarder", "relâche", "колебан",
        "промедлен", "исключен", "затруднен", "zöger", "verzöger", "ausnahme", "schwierigkeit",
    ]
    /// Whole words of the same, too short to serve as stems ("ado" would take "adopting").
    static let mannerWords: Set<String> = ["ado", "fail", "retard", "труда", "mühe"]

    /// Words of regret for what is not so ("pity", «dommage», «жаль»).
    static let regretWords: Set<String> = ["pity", "shame", "regret", "dommage", "regrette", "regrettable", "жаль", "жалко"]

    /// Whether a side wishes what is not so: "I wish", "if only", «si seulement», «если бы».
    static func wishes(_ side: LinkSide) -> Bool {
        let t = side.tokens
        return t.indices.contains { k in
            let w = t[k].lower, next = k + 1 < t.count ? t[k + 1].lower : ""
            return ["wish", "wished"].contains(w) || (w == "if" && next == "only") || (w == "si" && next == "seulement")
                || (w == "если" && next == "бы")
        }
    }

    /// Words of a long time, or of time elapsed, that go with a negation to say how long since
    /// something last happened («давно», «долго», «longtemps», «depuis»).
    static let longTimeWords: Set<String> = ["давно", "долго", "давным", "longtemps", "depuis"]

    /// Whether an English side says "been <a duration> since" ("It's been a long time since",
    /// "it has been three years since"): the time since something last happened, which French
    /// and Russian say with a negation. A duration must stand between: "It has been raining
    /// since morning" says no such thing.
    static func saysTimeSince(_ side: LinkSide) -> Bool {
        let t = side.tokens
        let durations: Set<String> = ["time", "while", "ages", "age", "years", "months", "weeks", "days", "hours", "decades", "forever", "long", "year",
                                      "month", "week", "day"]
        return t.indices.contains { k in
            guard t[k].lower == "since", let been = t[max(0, k - 6)..<k].lastIndex(where: { $0.lower == "been" }) else { return false }
            return t[(been + 1)..<k].contains { durations.contains($0.lower) }
        }
    }

    /// Words of a large quantity that a negation before them turns into a small one.
    static let largeQuantities: Set<String> = ["many", "much", "lot", "lots", "beaucoup", "много", "многие", "многих", "многого", "многим"]

    /// Whether a side says "few" or "little" as a small quantity: not "a few", «un peu», which
    /// say "some".
    static func saysFew(_ side: LinkSide) -> Bool {
        let t = side.tokens
        return t.indices.contains { k in
            let w = t[k].lower, before = k > 0 ? t[k - 1].lower : ""
            switch w {
            case "few", "little": return before != "a"
            case "peu": return before != "un"
            case "мало", "немногие", "немногих", "немногим", "немногими": return true
            default: return false
            }
        }
    }

    /// French «ne … que» (only): «ne»/«n'» with «que»/«qu'» within the next ten words and no other
    /// negation word before it («ce n'était pas la peine … avant que» negates; its «que» is a
    /// conjunction).
    static func hasRestrictiveNeQue(_ side: LinkSide) -> Bool {
        guard side.language == "fr" else { return false }
        let t = side.tokens
        let others: Set<String> = ["pas", "plus", "jamais", "rien", "point", "personne", "guère", "aucun", "aucune", "nullement"]
        return t.indices.contains { i in
            guard ["ne", "n'"].contains(t[i].lower) else { return false }
            for k in (i + 1)..<min(t.count, i + 11) {
                if others.contains(t[k].lower) { return false }
                if ["que", "qu'"].contains(t[k].lower) { return true }
            }
            return false
        }
    }

    /// English auxiliaries that form a tag question with "n't" ("don't you?", "isn't it?").
    static let tagAuxiliaries: Set<String> = ["do", "does", "did", "is", "are", "was", "were", "am", "have", "has", "had", "will", "wo",
                                              "would", "ca", "can", "could", "should", "shall", "must", "might", "need"]
    static let tagPronouns: Set<String> = ["i", "you", "he", "she", "it", "we", "they", "there", "this", "that", "one"]

    /// A tag question asks for agreement and negates nothing: English "You keep records, don't
    /// you?", "It's late, isn't it?" (an auxiliary with "n't" and a pronoun set off by a comma
    /// and closed by the question mark), French «C'est loin, non ?». Russian «не так ли?» and
    /// French «n'est-ce pas ?» are ``isIdiomNotNegation(_:_:)``'s. Tatoeba ru→en: «Вы делаете
    /// заметки, не так ли?» / "You keep records, don't you?" was a major reversal.
    static func isTagQuestion(_ i: Int, _ side: LinkSide) -> Bool {
        let t = side.tokens
        // Only "n't" and «non» can be tags: the text is read for those alone.
        guard (side.language, t[i].lower) == ("en", "n't") || (side.language, t[i].lower) == ("fr", "non") else { return false }
        let scalars = Array(side.text.unicodeScalars)
        func gap(before k: Int) -> ArraySlice<Unicode.Scalar> {
            k == 0 ? scalars[0..<t[0].range.lowerBound] : scalars[ScalarText.gap(after: t[k - 1].range, before: t[k].range, count: scalars.count)]
        }
        func gap(after k: Int) -> ArraySlice<Unicode.Scalar> {
            k + 1 < t.count ? scalars[ScalarText.gap(after: t[k].range, before: t[k + 1].range, count: scalars.count)]
                : scalars[min(scalars.count, t[k].range.upperBound)...]
        }
        func opensTag(_ k: Int) -> Bool { k > 0 && gap(before: k).contains { $0 == "," || $0 == "\u{2014}" || $0 == "\u{2013}" } }
        func closesTag(_ k: Int) -> Bool { gap(after: k).contains(where: Questions.marks.contains) }
        switch (side.language, t[i].lower) {
        case ("en", "n't"):
            return i >= 1 && i + 1 < t.count && tagAuxiliaries.contains(t[i - 1].lower) && opensTag(i - 1)
                && tagPronouns.contains(t[i + 1].lower) && closesTag(i + 1)
        case ("fr", "non"):
            return opensTag(i) && closesTag(i)
        default:
            return false
        }
    }

    /// Marker words that negate nothing of their own: "not only", "non seulement", "не только"
    /// (emphasis), "sans (aucun) doute", "no doubt", "без сомнения", "without question",
    /// «sans conteste» (undoubtedly, probably),
    /// "no sooner" (= «à peine»), "nothing but" / "none but" (= only, «ne … que», which is no
    /// negation either), "sans cesse" (constantly), "not withstanding" (a tokenized
    /// "notwithstanding"), "or not" / «ou non» (the alternative), the "nor" of "neither … nor",
    /// which is one negation as French "ni … ni" is, and a bound on a number: "не менее 100
    /// метров", "no more than 30 days", "pas moins de 9 400" say "at least" / "at most", as
    /// "au moins 100 mètres" does.
    static func isIdiomNotNegation(_ i: Int, _ tokens: [WordToken]) -> Bool {
        if tokens[i].lower == "nor", tokens[..<i].contains(where: { $0.lower == "neither" }) { return true }
        // The tag question «n'est-ce pas ?» asks for agreement, as "не так ли?" does.
        if tokens[i].lower == "pas", i >= 3, tokens[i - 1].lower == "ce", tokens[i - 2].lower == "est",
           ["n'", "ne"].contains(tokens[i - 3].lower) { return true }
        // "whether … or not", «ou non», «ou pas», "или нет": the alternative, not a negation.
        // It ends its clause: punctuation or the end follows (not «ou pas de pression», "or
        // non-existent", where it negates what follows).
        if i > 0, ["or", "ou", "или"].contains(tokens[i - 1].lower), ["not", "non", "pas", "нет"].contains(tokens[i].lower),
           i + 1 == tokens.count || tokens[i + 1].range.lowerBound - tokens[i].range.upperBound >= 2 { return true }
        // "whether or not it would be possible" (Truth Social, 30 March 2025): «si», the
        // alternative opening its clause, whatever follows.
        if i > 1, tokens[i].lower == "not", tokens[i - 1].lower == "or", tokens[i - 2].lower == "whether" { return true }
        // «Qu'est-ce qui ne va pas ?» asks "What's the matter?", "What's wrong?": a fixed
        // question about trouble, whose «ne … pas» denies nothing (Tatoeba: «"Qu'est-ce qui ne va
        // pas ?" demanda le petit lapin blanc» / "What's the matter?" was a reversal).
        if ["ne", "n'", "pas"].contains(tokens[i].lower) {
            let ne = tokens[i].lower == "pas" ? i - 2 : i
            // Ending its clause, or before whom or where: "What's wrong with you?" («avec toi»,
            // «chez toi»); not «ne va pas bien», which denies that it goes well.
            if ne >= 4, ne + 2 < tokens.count, ["ne", "n'"].contains(tokens[ne].lower), tokens[ne + 1].lower == "va", tokens[ne + 2].lower == "pas",
               tokens[(ne - 4)..<ne].map(\.lower) == ["qu'", "est", "ce", "qui"],
               ne + 3 == tokens.count || tokens[ne + 3].range.lowerBound - tokens[ne + 2].range.upperBound >= 2
                || ["avec", "chez", "dans", "ici", "là"].contains(tokens[ne + 3].lower) { return true }
        }
        guard i + 1 < tokens.count else { return false }
        if tokens[i].lower == "sans", tokens[i + 1].lower == "aucun", i + 2 < tokens.count, tokens[i + 2].lower == "doute" { return true }
        if isNumericBound(i, tokens) { return true }
        let w = tokens[i].lower, next = tokens[i + 1].lower
        if w == "no", next == "sooner" { return true }
        // "at the White House Entrance, no less": set off after what it stresses, "no less" says
        // "indeed", «rien de moins», «même» (Truth Social, 30 March 2025); before a noun or "than"
        // it is a comparison, which the bounds above and the antonyms judge.
        if w == "no", next == "less", i > 0, tokens[i].range.lowerBound - tokens[i - 1].range.upperBound >= 2,
           i + 2 == tokens.count || tokens[i + 2].range.lowerBound - tokens[i + 1].range.upperBound >= 2 { return true }
        if ["nothing", "none"].contains(w), next == "but" { return true }
        // German "nichts als" (nothing but), "nicht wahr?" (the tag question, as «n'est-ce pas ?»),
        // "nicht zuletzt" (not least: above all).
        if w == "nichts", next == "als" { return true }
        if w == "nicht", ["wahr", "zuletzt"].contains(next) { return true }
        if w == "sans", next == "cesse" { return true }
        // «sans conteste», and "without question" set off as a sentence adverb ("He had, without
        // question, the heaviest punch"): undoubtedly. After a verb it says how ("obey
        // instructions without question": «sans discuter»).
        if w == "without", next == "question", i == 0 || tokens[i].range.lowerBound - tokens[i - 1].range.upperBound >= 2 { return true }
        if w == "sans", next == "conteste" { return true }
        // «без ума от»: crazy about. "You don't say!": really!
        if w == "без", next == "ума" { return true }
        // (Ending its clause: punctuation, or the end, after "say"; not "you don't say much".)
        if ["n't", "not"].contains(w), next == "say", i >= 2, tokens[i - 1].lower == "do", tokens[i - 2].lower == "you",
           i + 2 == tokens.count || tokens[i + 2].range.lowerBound - tokens[i + 1].range.upperBound >= 2 { return true }
        // «ce n'est rien d'autre qu'une rumeur», «pas autre chose que», «personne d'autre que
        // lui»: "nothing but", "no one but" (only); «не что иное, как», «не кто иной, как»
        // (nothing other than: precisely).
        if ["rien", "personne", "pas"].contains(w), let other = tokens[(i + 1)..<min(tokens.count, i + 4)].firstIndex(where: { $0.lower == "autre" }),
           tokens[(other + 1)..<min(tokens.count, other + 3)].contains(where: { $0.lower == "que" || $0.lower == "qu'" }) { return true }
        if w == "не", ["что", "кто"].contains(next), i + 2 < tokens.count, tokens[i + 2].lower.hasPrefix("ин") { return true }
        // «ne tarde pas à tomber malade», «il ne tarda pas à …»: soon ("soon fell ill").
        if w == "pas", i > 0, tokens[i - 1].lower.hasPrefix("tard"), ["à", "a"].contains(next) { return true }
        // «il va sans dire», "it goes without saying": naturally.
        if w == "sans", next == "dire", i > 0, tokens[i - 1].lower == "va" { return true }
        if w == "without", next == "saying", i > 0, ["goes", "go", "went"].contains(tokens[i - 1].lower) { return true }
        // «, sans quoi il …», «sans cela vous allez …»: "otherwise", when it opens a clause.
        if w == "sans", ["quoi", "cela", "ça"].contains(next),
           i == 0 || tokens[i].range.lowerBound - tokens[i - 1].range.upperBound >= 2 || next == "quoi" { return true }
        if w == "not", next == "withstanding" { return true }
        // "not for nothing" (with good reason), as «не зря».
        if w == "not", next == "for", i + 2 < tokens.count, tokens[i + 2].lower == "nothing" { return true }
        if w == "nothing", i >= 2, tokens[i - 1].lower == "for", tokens[i - 2].lower == "not" { return true }
        // «если не считать», «не считая» (not counting): "apart from", an exception.
        if w == "не", next == "считая" || (next == "считать" && i > 0 && tokens[i - 1].lower == "если") { return true }
        // "not just", "not merely", «не просто», «pas simplement»: "not only".
        return ["only", "seulement", "только", "nur", "doute", "doubt", "сомнения", "сомнений", "zweifel",
                "just", "merely", "просто", "лишь", "simplement", "uniquement"].contains(next)
    }

    /// "Not only", "not just", «pas seulement», «не только» with no second half after it (no
    /// "but", "also", «mais», «но»… within ``notOnlyReach`` words), against an other side that
    /// restricts ("only", «seulement», «только», «ne … que», not its own "not only"): the negation
    /// denies that restriction. DEMETR: "I did not only see this from afar" for «je n'ai vu ça
    /// que de loin» (I only saw it from afar) read as emphasis. Where the other side says "more
    /// than" («plus qu'un jeu» for "not just a game") or "not only" too, it stays emphasis.
    static func deniesRestriction(_ i: Int, _ side: LinkSide, other: LinkSide) -> Bool {
        let t = side.tokens
        guard i + 1 < t.count, notOnlyWords.contains(t[i + 1].lower),
              !t[(i + 2)..<min(t.count, i + 2 + notOnlyReach)].contains(where: { notOnlyFollowers.contains($0.lower) }) else { return false }
        let o = other.tokens
        let negators: Set<String> = ["not", "n't", "pas", "non", "не", "nicht", "ni"]
        // Not the other side's own "not only" (a negation just before), which says the same;
        // a negation farther off («не буду только в эту игру играть», "won't just play this
        // game") counts as a negation there, so this one must count too.
        let restricts = o.indices.contains { k in
            restrictionWords.contains(o[k].lower) && !(k > 0 && negators.contains(o[k - 1].lower))
        }
        return restricts || hasRestrictiveNeQue(other)
    }

    /// The words after a negation that make "not only" ("only", "just", "merely", «seulement»,
    /// «uniquement», «simplement», «только», «лишь», «просто», "nur").
    static let notOnlyWords: Set<String> = ["only", "just", "merely", "seulement", "uniquement", "simplement", "только", "лишь", "просто", "nur"]

    /// Words that restrict: the intensity check's words of "only" (``IntensityCheck/onlyWords``)
    /// with "merely", «исключительно», "ausschließlich".
    static let restrictionWords: Set<String> = IntensityCheck.onlyWords.union(["merely", "исключительно", "ausschließlich"])

    /// Words that take up a "not only" after it: "but", "also", "too", "as well", "even",
    /// «mais», «aussi», «également», «encore», «même», «но», «а», «и», «также», «тоже», «даже»,
    /// "sondern", "auch", "noch" (the second half of "not only A but (also) B").
    static let notOnlyFollowers: Set<String> = [
        "but", "also", "too", "well", "even", "mais", "aussi", "également", "encore", "même", "но", "а", "и", "также", "тоже", "даже",
        "sondern", "auch", "noch",
    ]

    /// How many words after "not only" its second half may come.
    static let notOnlyReach = 30

    /// A negation with an exception within the eight words after it is a restriction, as «ne …
    /// que» is: "no result followed, except …", "no paintings save those …", «vous n'avez rien à
    /// faire sauf …» ("All you can do is …"), «он не боялся никого, кроме …», "will not obey any
    /// orders other than mine" («не будут выполнять никакие приказы, кроме как мои»). Whatever
    /// the language, the negation counted is the one the exception limits («ne», «не» or "not"
    /// with their negative pronouns). ``findings(_:)`` sets it aside only when the other side has
    /// no exception: "Everyone came except Tom" / «Personne n'est venu sauf Tom» is a reversal.
    static func exceptionFollows(_ i: Int, _ tokens: [WordToken]) -> Bool {
        exceptionIndices(tokens[(i + 1)..<min(tokens.count, i + 9)], tokens).first != nil
    }

    /// Whether a side says an exception anywhere ("except", «sauf», «кроме»…).
    /// Not "other … than" («autre … que»): after a negation, that is the side's own restriction
    /// («rien d'autre que», which the French lexicon reads as «ne … que»), no exception that keeps
    /// the other side's negation a reversal.
    static func hasException(_ tokens: [WordToken]) -> Bool {
        exceptionIndices(tokens[...], tokens, withOther: false).first != nil
    }

    /// The exceptions of a stretch of tokens: "except", "save", "excepting", "other than",
    /// "apart from", «sauf», «excepté», «hormis», «à part», «кроме», «за исключением», "außer",
    /// and "other"/«autre» with its "than", "but" or «que» up to three words on ("no other choice
    /// but", «pas d'autre choix que»: only).
    private static func exceptionIndices(_ window: ArraySlice<WordToken>, _ tokens: [WordToken], withOther: Bool = true) -> [Int] {
        let single: Set<String> = ["except", "save", "excepting", "außer", "ausser", "sauf", "excepté", "hormis", "кроме"]
        let pairs: Set<[String]> = [["other", "than"], ["apart", "from"], ["à", "part"], ["за", "исключением"]]
        return window.indices.filter { k in
            single.contains(tokens[k].lower) || (k + 1 < window.endIndex && pairs.contains([tokens[k].lower, tokens[k + 1].lower]))
                || (withOther && ["than", "but", "que", "qu'"].contains(tokens[k].lower)
                    && tokens[max(window.startIndex, k - 3)..<k].contains { ["other", "autre", "autres"].contains($0.lower) })
        }
    }

    /// Prepositions of time whose opposition the antonym table holds ("before"/"after",
    /// "during"/"after"), with the first word of «во время».
    static let timePrepositions: Set<String> = ["before", "after", "during", "avant", "après", "pendant", "durant",
                                                "до", "перед", "передо", "после", "во"]

    /// Whether two prepositions of time that the table opposes govern different things: the
    /// first content word after each (within three words; «время» of «во время» skipped) is not
    /// the other's counterpart, and one of them has its counterpart elsewhere. «après la fin de
    /// la guerre» is no opposite of «pendant la Seconde Guerre mondiale» two clauses before it
    /// (FLORES: «после пит-стопа» / «pendant toute la course», where «после» is «a mis fin»).
    /// Needs the word alignment; without it the prepositions are taken as opposed.
    static func governDifferentWords(_ x: Int, _ y: Int, _ link: LinkAnalysis) -> Bool {
        let a = link.original, b = link.translation
        guard link.alignsWords, timePrepositions.contains(a.tokens[x].lower), timePrepositions.contains(b.tokens[y].lower) else { return false }
        func object(_ side: LinkSide, _ i: Int) -> Int? {
            let content = Set(side.content)
            return ((i + 1)..<min(side.tokens.count, i + 4)).first { content.contains($0) && side.tokens[$0].lower != "время" }
        }
        guard let ox = object(a, x), let oy = object(b, y) else { return false }
        let rendersX = link.alignment.pairs[ox, default: []]
        if rendersX.contains(oy) { return false }
        return !rendersX.isEmpty || link.alignment.pairs.contains { i, js in i != ox && js.contains(oy) }
    }

    /// Coordinating conjunctions, which may carry a negation over to a second clause.
    static let coordinators: Set<String> = ["and", "or", "nor", "et", "ou", "ni", "и", "или", "ни", "да"]

    /// Whether a side that negates has a coordinating conjunction within eight words after one of
    /// its negations (its scope may cover both clauses: "don't call Tom and remind him").
    static func coordinatesAfterNegation(_ markers: [Int], _ tokens: [WordToken]) -> Bool {
        markers.contains { m in tokens[(m + 1)..<min(tokens.count, m + 9)].contains { coordinators.contains($0.lower) } }
    }

    /// The first coordinating conjunction after one of `markers` (a side's negations, as
    /// ``coordinatesAfterNegation(_:_:)`` reads them), quoted for the reason.
    static func coordinatorAfterNegation(_ markers: [Int], _ tokens: [WordToken]) -> String {
        for i in markers {
            if let c = tokens[(i + 1)..<min(tokens.count, i + 9)].first(where: { coordinators.contains($0.lower) }) { return "«\(c.text)»" }
        }
        return "its conjunction"
    }

    /// Removes, up to `limit`, negations that repeat an earlier one of the same side within two
    /// words after a coordinating conjunction, and within twelve words of that earlier one («не X
    /// и не Y», «и никогда не», "not X and not Y", «et jamais»); returns the first removed. (A
    /// French «ne … pas» is counted at its «pas», so «et ne fume pas» is not read as such a repeat.)
    static func dropCoordinatedRepeats(_ markers: inout [Int], _ tokens: [WordToken], upTo limit: Int) -> Int? {
        var left = limit, first: Int? = nil
        let before = markers
        markers.removeAll { m in
            guard left > 0, m > 0 else { return false }
            let opener = tokens[max(0, m - 2)..<m].contains { coordinators.contains($0.lower) && $0.lower != "ni" && $0.lower != "nor" }
            guard opener, before.contains(where: { $0 < m - 1 && m - $0 <= 12 }) else { return false }
            left -= 1
            if first == nil { first = m }
            return true
        }
        return first
    }

    /// "nor" after another negation of its side: "Tom didn't come, nor did Jane" carries the first
    /// clause's negation to the second, which Russian and French say without a negation of their
    /// own («Том не пришёл, Джейн тоже», «…, Jane non plus»), as "neither … nor" is one negation.
    static func continuesNegation(_ i: Int, _ markers: [Int], _ tokens: [WordToken]) -> Bool {
        tokens[i].lower == "nor" && markers.contains { $0 < i }
    }

    /// Comparatives that, after a negation and before a number, make a bound.
    static let boundComparatives: Set<String> = [
        "more", "less", "fewer", "later", "earlier", "plus", "moins",
        "менее", "более", "меньше", "больше", "позднее", "позже", "ранее", "раньше",
        "mehr", "weniger", "später", "früher",
    ]

    /// "не менее 100", "no more than 30", "not later than 2025", "pas moins de 9 400", "nicht mehr als 30": the
    /// negation and a comparative, with a number within the next four words.
    static func isNumericBound(_ i: Int, _ tokens: [WordToken]) -> Bool {
        guard ["не", "no", "not", "pas", "nicht"].contains(tokens[i].lower), boundComparatives.contains(tokens[i + 1].lower) else { return false }
        return tokens[(i + 2)..<min(tokens.count, i + 6)].contains { $0.text.unicodeScalars.contains { $0.properties.numericType != nil } }
    }
}
