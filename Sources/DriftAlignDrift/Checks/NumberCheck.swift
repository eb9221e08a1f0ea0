import DriftAlignCore
import Foundation
/// Number: a number, quantity, date, time, day or month of one side has no equal on the other,
/// across writing conventions ("2,500" = "2 500", "30-day" = "30 jours", "Tuesday 18" = "mardi
/// 18", "two and a half hours" = "deux heures et demie", "dozens" = "dizaines").
struct NumberCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        let a = link.original.quantities, b = link.translation.quantities
        var usedA = [Bool](repeating: false, count: a.count), usedB = [Bool](repeating: false, count: b.count)
        var matched: [(Int, Int)] = []
        // Each quantity's unit, read once («1 000 фунтов», «une semaine», «двухчасовой»).
        let unitsA = a.map { MeasureUnits.unit(after: $0, in: link.original) }, unitsB = b.map { MeasureUnits.unit(after: $0, in: link.translation) }
        // Of the equal quantities left on the other side, one measuring what this one measures
        // first: «недельном прекращении огня» (one week) meets «d'un mois», not the article of
        // «un cessez-le-feu» before it.
        func counterpart(_ i: Int, among pool: [Int]) -> Int? {
            let equal = pool.filter { !usedB[$0] && a[i].agrees(with: b[$0]) }
            guard let u = unitsA[i]?.unit else { return equal.first }
            return equal.first { unitsB[$0]?.unit.dimension == u.dimension } ?? equal.first
        }
        // Written numbers first, then the weak ones ("one", "both"), so that "both … two" meets «deux
        // … deux» number for number; and a quantity of the same kind before one that only agrees
        // with it, so that "the two presidents" meets «les deux présidents», not the ordinal of
        // «le deuxième appel», which faces "the third call".
        let strongB = b.indices.filter { !b[$0].isWeak }
        for weak in [false, true] {
            for (i, q) in a.enumerated() where q.isWeak == weak {
                let sameKind = b.indices.filter { b[$0].kind == q.kind }
                if let j = counterpart(i, among: strongB.filter { b[$0].kind == q.kind }) ?? counterpart(i, among: sameKind)
                    ?? counterpart(i, among: strongB) ?? counterpart(i, among: Array(b.indices)) {
                    usedA[i] = true
                    usedB[j] = true
                    matched.append((i, j))
                }
            }
        }
        // A weak "one"/"un" without an equal is an article, not a number.
        var leftA = a.indices.filter { !usedA[$0] && !a[$0].isWeak }
        var leftB = b.indices.filter { !usedB[$0] && !b[$0].isWeak }
        var out: [DriftFinding] = []
        // The same number with another bound: "more than two hours" / «environ deux heures».
        for (i, j) in matched.sorted(by: { $0.0 < $1.0 }) {
            guard let (x, ra) = NumberBound.before(a[i], in: link.original), let (y, rb) = NumberBound.before(b[j], in: link.translation),
                  x != y else { continue }
            // "nearly", «почти», «presque» approach from below: against "more than", «plus de»,
            // the bound is reversed («почти два часа» / «plus de deux heures»).
            let reversed = (x != .approximate && y != .approximate)
                || (NumberBound.isNearly(ra, in: link.original) && y == .lower) || (NumberBound.isNearly(rb, in: link.translation) && x == .lower)
            let said = ScalarText.string(Array(link.original.text.unicodeScalars), ra)
            let rendered = ScalarText.string(Array(link.translation.text.unicodeScalars), rb)
            out.append(DriftFinding(
                type: .number, severity: reversed ? .major : .minor,
                reason: "\(link.theOriginal.capitalizedFirst) says «\(said)»; \(link.theTranslation) says «\(rendered)»: "
                    + (reversed ? "the bound is reversed." : "the bound is not the same."),
                originalRange: ra, translationRange: rb))
        }
        // A bound one side says and the other does not: "over 2,200 offers" / «2 200 offres»,
        // «более двух часов» / «deux heures». Minor: the number stands, its claim is not the same.
        // Clear bounds only (``NumberBound/isClear``), not an approximation, and not where the
        // other side compares the number otherwise ("two hours or more", «тяжелее 1 000 фунтов»:
        // ``NumberBound/isCompared``).
        let scalarsA = Array(link.original.text.unicodeScalars), scalarsB = Array(link.translation.text.unicodeScalars)
        for (i, j) in matched.sorted(by: { $0.0 < $1.0 }) {
            let x = NumberBound.before(a[i], in: link.original), y = NumberBound.before(b[j], in: link.translation)
            guard let (bound, r) = x ?? y, (x == nil) != (y == nil), bound != .approximate else { continue }
            let (side, q, other, p) = x != nil ? (link.original, a[i], link.translation, b[j]) : (link.translation, b[j], link.original, a[i])
            guard NumberBound.isClear(q, bound: r, in: side, against: p, in: other), !NumberBound.isCompared(p, in: other) else { continue }
            let said = ScalarText.string(x != nil ? scalarsA : scalarsB, r)
            let plain = ScalarText.string(x != nil ? scalarsB : scalarsA, p.range)
            let reason = x != nil
                ? "\(link.theOriginal.capitalizedFirst) says «\(said)»; \(link.theTranslation) says «\(plain)»: the bound is dropped."
                : "\(link.theTranslation.capitalizedFirst) says «\(said)» where \(link.theOriginal) says «\(plain)»: the bound is added."
            out.append(DriftFinding(type: .number, severity: .minor, reason: reason,
                                    originalRange: x != nil ? r : a[i].range, translationRange: x != nil ? b[j].range : r))
        }
        // Converted: "1,000 pounds" / «450 kg», miles / kilometres, feet / metres (``MeasureUnits``).
        // Not where the original gives its own conversion ("153 feet (47 m)"): the French's metres
        // are then compared with the original's.
        // (Each quantity's unit is read once; the pairing is at most unmatched × unmatched checks.)
        // A weak «un» / "a" before a unit of time is a number too: "a 30-day ceasefire" / «un
        // cessez-le-feu d'un mois».
        let weakDurationsB = b.indices.filter { !usedB[$0] && b[$0].isWeak && unitsB[$0]?.unit.dimension == .time }
        var convertedB: Set<Int> = []
        for i in leftA where a[i].kind == .number {
            guard let (u, ra) = unitsA[i],
                  !a.indices.contains(where: { k in k != i && unitsA[k].map { MeasureUnits.isConversion(a[i].value, u, a[k].value, $0.unit) } == true }),
                  let j = (leftB + weakDurationsB).first(where: { j in
                      b[j].kind == .number && unitsB[j].map { MeasureUnits.isConversion(a[i].value, u, b[j].value, $0.unit) } == true
                  }), let (v, rb) = unitsB[j] else { continue }
            leftA.removeAll { $0 == i }
            leftB.removeAll { $0 == j }
            convertedB.insert(j)
            out.append(DriftFinding(
                type: .number, severity: .info,
                reason: "\(link.theTranslation.capitalizedFirst) converts «\(ScalarText.string(scalarsA, ra))» into «\(ScalarText.string(scalarsB, rb))» "
                    + "(\(Self.amount(a[i])) \(u.name(for: a[i].value)) = \(MeasureUnits.converted(a[i].value, u, to: v))).",
                originalRange: ra, translationRange: rb))
        }
        // A length of time one side writes with a number and the other with its unit alone, one
        // of it: «за сутки» / «en vingt-quatre heures», "within a day" / «en 24 heures».
        let bareA = Self.vagueDurations(link.original, units: unitsA), bareB = Self.vagueDurations(link.translation, units: unitsB)
        for j in leftB where b[j].kind == .number {
            guard let (v, rb) = unitsB[j], let (u, k) = bareA.first(where: { MeasureUnits.isConversion(1, $0.0, b[j].value, v) }) else { continue }
            leftB.removeAll { $0 == j }
            let ta = link.original.tokens[k]
            out.append(DriftFinding(
                type: .number, severity: .info,
                reason: "\(link.theTranslation.capitalizedFirst) writes «\(ta.text)» as «\(ScalarText.string(scalarsB, rb))» (1 \(u.name) = \(MeasureUnits.converted(1, u, to: v))).",
                originalRange: ta.range, translationRange: rb))
        }
        for i in leftA where a[i].kind == .number {
            guard let (u, ra) = unitsA[i], let (v, k) = bareB.first(where: { MeasureUnits.isConversion(a[i].value, u, 1, $0.0) }) else { continue }
            leftA.removeAll { $0 == i }
            let tb = link.translation.tokens[k]
            out.append(DriftFinding(
                type: .number, severity: .info,
                reason: "\(link.theTranslation.capitalizedFirst) writes «\(ScalarText.string(scalarsA, ra))» as «\(tb.text)» (\(Self.amount(a[i])) \(u.name(for: a[i].value)) = \(MeasureUnits.converted(a[i].value, u, to: v))).",
                originalRange: ra, translationRange: tb.range))
        }
        // The same number in another unit of the same measure, unconverted: "1,000 pounds" / «1 000 kg».
        for (i, j) in matched where a[i].kind == .number && b[j].kind == .number && a[i].value > 0 {
            guard let (u, ra) = unitsA[i], let (v, rb) = unitsB[j], u.dimension == v.dimension, u.factor != v.factor else { continue }
            // Of time, another length of time ("two weeks" / «deux mois»), not a unit left unconverted.
            // (A weak one is an article or a unit meant, «un mois», «недельном»: another length.)
            let what = u.dimension == .time ? ((a[i].isWeak || b[j].isWeak) && a[i].value == 1 ? "another length of time" : "the same number of another unit of time")
                : "the same number in another unit, unconverted"
            out.append(DriftFinding(
                type: .number, severity: .major,
                reason: "\(link.theOriginal.capitalizedFirst) says «\(ScalarText.string(scalarsA, ra))»; \(link.theTranslation) says «\(ScalarText.string(scalarsB, rb))»: "
                    + "\(what) (\(Self.amount(a[i])) \(u.name(for: a[i].value)) = \(MeasureUnits.converted(a[i].value, u, to: v))).",
                originalRange: ra, translationRange: rb))
        }
        // Lengths of time with no number, in another unit: "a few weeks ago" / «il y a quelques
        // mois», "for decades" / «depuis des années», «в ближайшие дни» / «dans les prochaines
        // semaines» (``vagueDurations(_:)``). Minor: the amount is vague, its order is not.
        let allA = Self.timeFactors(link.original), allB = Self.timeFactors(link.translation)
        if let (u, k) = bareA.first(where: { !allB.contains($0.0.factor) }), let (v, m) = bareB.first(where: { !allA.contains($0.0.factor) }) {
            let ta = link.original.tokens[k], tb = link.translation.tokens[m]
            out.append(DriftFinding(
                type: .number, severity: .minor,
                reason: "\(link.theOriginal.capitalizedFirst) speaks of \(u.name(for: 2)) («\(ta.text)»); \(link.theTranslation) of \(v.name(for: 2)) («\(tb.text)»): another unit of time.",
                originalRange: ta.range, translationRange: tb.range))
        }
        // A share changed: "Half of the aid" / «Un tiers de l'aide», «половина» / «un quart»
        // (``Quantity/isFraction``; a half or a quarter is weak, counted only here), in order.
        var changed: [(Int, Int)] = []
        let fractionsA = a.indices.filter { !usedA[$0] && a[$0].isFraction && (a[$0].isWeak || leftA.contains($0)) }
        let fractionsB = b.indices.filter { !usedB[$0] && b[$0].isFraction && (b[$0].isWeak || leftB.contains($0)) }
        for (i, j) in zip(fractionsA, fractionsB) {
            changed.append((i, j))
            leftA.removeAll { $0 == i }
            leftB.removeAll { $0 == j }
        }
        // Changed: an unmatched quantity of one side faces one of a compatible kind on the other.
        changed += Self.pairChanged(leftA, leftB, a, b)
        leftA.removeAll { i in changed.contains { $0.0 == i } }
        leftB.removeAll { j in changed.contains { $0.1 == j } }
        // A weak two of the translation («les deux personnes», "both") left over against a count
        // the original says and nothing renders: "The three people" / «Les deux personnes». Read
        // as "both" or as "the two", it is not three (``weakTwoAgainst(_:_:_:units:)``). Not the
        // other way: an original's "both" often goes unsaid («dans les deux chambres» / "in the
        // chambers"), and a count the translation adds is no rendering of it (REFreSD: "In both
        // chambers" against «52 circonscriptions»).
        for (i, j) in Self.weakTwoAgainst(leftA, b.indices.filter { !usedB[$0] }, a, b, units: unitsA) {
            changed.append((i, j))
            leftA.removeAll { $0 == i }
            leftB.removeAll { $0 == j }
        }
        // A length of time left over against the other side's «une heure», «одну неделю» (a weak
        // one, an article to the matching above) that is not the same length: "Half an hour
        // later" / «Une heure plus tard». Changed, as a number is; after the numbers' own pairing,
        // so that "nine more weeks" meets «20 autres semaines» before «une semaine».
        var durationChanges: [(Int, Int)] = []
        let weakDurationsA = a.indices.filter { !usedA[$0] && a[$0].isWeak && unitsA[$0]?.unit.dimension == .time }
        for i in leftA where a[i].kind == .number {
            guard let (u, _) = unitsA[i], u.dimension == .time,
                  let j = weakDurationsB.first(where: { j in !convertedB.contains(j) && !durationChanges.contains { $0.1 == j } }),
                  let (v, _) = unitsB[j], a[i].value * u.factor != b[j].value * v.factor else { continue }
            durationChanges.append((i, j))
        }
        for j in leftB where b[j].kind == .number {
            guard let (v, _) = unitsB[j], v.dimension == .time,
                  let i = weakDurationsA.first(where: { i in !durationChanges.contains { $0.0 == i } }),
                  let (u, _) = unitsA[i], a[i].value * u.factor != b[j].value * v.factor else { continue }
            durationChanges.append((i, j))
        }
        leftA.removeAll { i in durationChanges.contains { $0.0 == i } }
        leftB.removeAll { j in durationChanges.contains { $0.1 == j } }
        // Ordinals ordering an argument on both sides, unmatched: one step for another
        // («В-третьих» / "Second,"), in order.
        let discourseA = a.indices.filter { !usedA[$0] && a[$0].isDiscourse }, discourseB = b.indices.filter { !usedB[$0] && b[$0].isDiscourse }
        for (i, j) in zip(discourseA, discourseB) {
            out.append(DriftFinding(
                type: .number, severity: .major,
                reason: "\(link.theOriginal.capitalizedFirst) says \(a[i].display); \(link.theTranslation) says \(b[j].display).",
                originalRange: a[i].range, translationRange: b[j].range))
        }
        var lengths = durationChanges.map { (unitsA[$0.0]?.range ?? a[$0.0].range, unitsB[$0.1]?.range ?? b[$0.1].range, DriftFinding.Severity.major) }
        // A unit of time said alone («Переговоры продлятся неделю», "last a month", "for days")
        // against the other side's «un mois», «одну неделю» (a weak one before another unit, left
        // over): another length of time, as "half an hour" against «une heure» is. Major for a
        // unit in the singular (``MeasureUnits/singularTimeWords``), which says one of it; minor
        // for a plural, vague as "a few weeks" against «quelques mois» is. Not where either side
        // names the other's unit as well.
        // (The other side's length may be a number left unmatched too: "for one day" / «toute la
        // semaine»; the same length was a conversion above.)
        let freeA = weakDurationsA.filter { i in !durationChanges.contains { $0.0 == i } } + leftA.filter { unitsA[$0]?.unit.dimension == .time }
        let freeB = weakDurationsB.filter { j in !convertedB.contains(j) && !durationChanges.contains { $0.1 == j } }
            + leftB.filter { unitsB[$0]?.unit.dimension == .time }
        func lengthSeverity(_ side: LinkSide, _ k: Int) -> DriftFinding.Severity {
            MeasureUnits.singularTimeWords.contains(side.tokens[k].lower) ? .major : .minor
        }
        if let (u, k) = bareA.first, let j = freeB.first, let (v, rb) = unitsB[j],
           u.factor != v.factor, !allA.contains(v.factor), !allB.contains(u.factor) {
            lengths.append((link.original.tokens[k].range, rb, lengthSeverity(link.original, k)))
            leftB.removeAll { $0 == j }
        } else if let (v, k) = bareB.first, let i = freeA.first, let (u, ra) = unitsA[i],
                  u.factor != v.factor, !allA.contains(v.factor), !allB.contains(u.factor) {
            lengths.append((ra, link.translation.tokens[k].range, lengthSeverity(link.translation, k)))
            leftA.removeAll { $0 == i }
        }
        for (ra, rb, severity) in lengths {
            out.append(DriftFinding(
                type: .number, severity: severity,
                reason: "\(link.theOriginal.capitalizedFirst) says «\(ScalarText.string(scalarsA, ra))»; \(link.theTranslation) says «\(ScalarText.string(scalarsB, rb))»: another length of time.",
                originalRange: ra, translationRange: rb))
        }
        for (i, j) in changed {
            out.append(DriftFinding(
                type: .number, severity: .major,
                reason: "\(link.theOriginal.capitalizedFirst) says \(a[i].display); \(link.theTranslation) says \(b[j].display).",
                originalRange: a[i].range, translationRange: b[j].range))
        }
        for i in leftA {
            out.append(DriftFinding(
                type: .number, severity: .minor,
                reason: "\(link.theOriginal.capitalizedFirst) says \(a[i].display); \(link.theTranslation) has no such \(Self.noun(a[i].kind)).",
                originalRange: a[i].range, translationRange: nil))
        }
        // A time named relative to now moved: "this week" / «la semaine dernière», «завтра» /
        // «hier» (``TimeDeixis``): the times of each side the other lacks, paired in order. A
        // translation is written when its original is or later, so its "now" may be one unit
        // later: a time it places one earlier in the same unit ("today" / «hier» in the next
        // day's paper) may be right, and is minor; a time placed later, two units earlier
        // ("tomorrow" / «hier») or in another unit cannot be.
        let timesA = TimeDeixis.references(link.original.tokens, language: link.original.language)
        let timesB = TimeDeixis.references(link.translation.tokens, language: link.translation.language)
        if !timesA.isEmpty, !timesB.isEmpty {
            func key(_ r: TimeDeixis.Reference) -> String { "\(r.unit.rawValue)\(r.offset)" }
            let ta = link.original.tokens, tb = link.translation.tokens
            for (x, y) in zip(Self.unmatched(timesA, timesB, by: key), Self.unmatched(timesB, timesA, by: key)) {
                let ra = ta[x.tokens.lowerBound].range.lowerBound..<ta[x.tokens.upperBound].range.upperBound
                let rb = tb[y.tokens.lowerBound].range.lowerBound..<tb[y.tokens.upperBound].range.upperBound
                let later = x.unit == y.unit && y.offset == x.offset - 1
                out.append(DriftFinding(
                    type: .number, severity: later ? .minor : .major,
                    reason: "\(link.theOriginal.capitalizedFirst) says «\(ScalarText.string(scalarsA, ra))»; \(link.theTranslation) says «\(ScalarText.string(scalarsB, rb))»: another time"
                        + (later ? ", unless \(link.theTranslation) was written a \(x.unit.rawValue) after \(link.theOriginal)." : "."),
                    originalRange: ra, translationRange: rb))
            }
        }
        // A French weekday the original names relative to its date ("yesterday" → «mardi»).
        if let published = link.context.originalPublished {
            let mentions = RelativeDays.mentions(link.original.tokens, language: link.original.language, published: published)
            for j in leftB where b[j].kind == .weekday && !mentions.isEmpty {
                let weekday = Int(b[j].value)
                leftB.removeAll { $0 == j }
                let match = mentions.lazy.compactMap { m in m.days.first { RelativeDays.weekday($0) == weekday }.map { (m, $0) } }.first
                if let (m, day) = match {
                    out.append(DriftFinding(
                        type: .number, severity: .info,
                        reason: "«\(b[j].text)» is the day \(link.theOriginal) calls «\(m.text)»: \(RelativeDays.display(day)), from its publication date.",
                        originalRange: m.range, translationRange: b[j].range))
                } else {
                    let m = mentions[0]
                    out.append(DriftFinding(
                        type: .number, severity: .major,
                        reason: "\(link.theOriginal.capitalizedFirst) says «\(m.text)», which is \(RelativeDays.display(m.days)) from its publication date; \(link.theTranslation) says «\(b[j].text)».",
                        originalRange: m.range, translationRange: b[j].range))
                }
            }
        }
        // «в ночь на 19 марта» is the night from the 18th to the 19th: «dans la nuit du 18 au 19
        // mars» names the day before as well.
        let nightBefore = Self.daysBeforeANight(link.original)
        leftB.removeAll { b[$0].kind == .number && nightBefore.contains(b[$0].value) }
        for j in leftB {
            out.append(DriftFinding(
                type: .number, severity: .minor,
                reason: "\(link.theTranslation.capitalizedFirst) says \(b[j].display), which \(link.theOriginal) does not say.",
                originalRange: nil, translationRange: b[j].range))
        }
        return out
    }

    /// The day before each night a Russian side names by its morning («в ночь на 19 марта»: the
    /// 18th), which a translation may name too («dans la nuit du 18 au 19 mars»).
    static func daysBeforeANight(_ side: LinkSide) -> Set<Double> {
        guard side.language == "ru" else { return [] }
        let t = side.tokens
        return Set(side.quantities.compactMap { q -> Double? in
            guard q.kind == .number, q.value >= 2, q.value <= 31,
                  let k = t.lastIndex(where: { $0.range.upperBound <= q.range.lowerBound }), k >= 1,
                  t[k].lower == "на", t[k - 1].lower == "ночь" else { return nil }
            return q.value - 1
        })
    }

    /// Units of time from hours to centuries that `side` names with no number before or after
    /// them ("a few weeks", «des années», «ближайшие дни»), with the token that names each, in
    /// text order. `units`: the unit after each of the side's quantities (``MeasureUnits/unit(after:in:)``).
    /// Not minutes and seconds ("wait a minute" / «une seconde»), which say "a moment" as often.
    static func vagueDurations(_ side: LinkSide, units: [(unit: MeasureUnits.Unit, range: Range<Int>)?]) -> [(MeasureUnits.Unit, Int)] {
        let numbered = Set(units.compactMap { $0?.range.upperBound })
        return side.tokens.indices.compactMap { k in
            // Nor a unit a number follows, which dates («les années 1990», "the year 2025").
            let r = side.tokens[k].range
            guard let u = timeUnit(side.tokens[k], side), u.factor >= 3600, !numbered.contains(r.upperBound),
                  !side.quantities.contains(where: { $0.range.overlaps(r) || $0.range.lowerBound - r.upperBound == 1 }) else { return nil }
            return (u, k)
        }
    }

    /// The units of time `side` names anywhere, numbered or not (their factors).
    static func timeFactors(_ side: LinkSide) -> Set<Double> {
        Set(side.tokens.compactMap { timeUnit($0, side)?.factor })
    }

    /// The unit of time a token names, in its side's language: «an» (year) in French only, where
    /// English "an" is the article.
    static func timeUnit(_ t: WordToken, _ side: LinkSide) -> MeasureUnits.Unit? {
        t.lower == "an" && side.language != "fr" ? nil : MeasureUnits.timeUnit(t.lower)
    }

    /// An amount for a conversion's message: as written when in digits ("1 000 pounds"), else in
    /// digits ("2 weeks = 0.46 months", not "две weeks").
    static func amount(_ q: Quantity) -> String {
        if q.display.unicodeScalars.contains(where: { CharacterSet.decimalDigits.contains($0) }) { return q.display }
        return q.value == q.value.rounded() && abs(q.value) < 1e15 ? String(Int(q.value)) : String(format: "%.3g", q.value)
    }

    /// Pairs of a plain count of one side (`left`: unmatched, a whole number from 3 to 100 with
    /// no unit after it) and an unmatched weak two of the other (`unused`: "both", «оба», «les
    /// deux» before a noun), in order, as long as both last.
    static func weakTwoAgainst(_ left: [Int], _ unused: [Int], _ x: [Quantity], _ y: [Quantity],
                               units: [(unit: MeasureUnits.Unit, range: Range<Int>)?]) -> [(Int, Int)] {
        let counts = left.filter { i in
            x[i].kind == .number && units[i] == nil && x[i].value >= 3 && x[i].value <= 100 && x[i].value == x[i].value.rounded()
        }
        let twos = unused.filter { y[$0].isWeak && y[$0].kind == .number && y[$0].value == 2 }
        return Array(zip(counts, twos))
    }

    /// Pairs the unmatched quantities of the two sides as changed ones: in order on both sides
    /// (2002 and 2005 against 1992 and 1995 are 2002 → 1992 and 2005 → 1995), as many pairs of
    /// compatible kinds as order allows, and among those the pairs closest in value ("5,000 m" /
    /// «5 500 m», not "480 mph" / «5 500 m», when the French dropped the conversions). A dynamic
    /// programme over the two lists (a monotone alignment); past 10,000 cells, in order only.
    static func pairChanged(_ la: [Int], _ lb: [Int], _ a: [Quantity], _ b: [Quantity]) -> [(Int, Int)] {
        let n = la.count, m = lb.count
        guard n > 0, m > 0 else { return [] }
        guard n * m <= 10_000 else {
            var out: [(Int, Int)] = [], rest = lb
            for i in la {
                guard let k = rest.firstIndex(where: { comparable(a[i].kind, b[$0].kind) }) else { continue }
                out.append((i, rest.remove(at: k)))
            }
            return out
        }
        // score[x][y]: (pairs, −total distance) for the first x of `la` and the first y of `lb`.
        typealias Score = (pairs: Int, cost: Double)
        func better(_ p: Score, _ q: Score) -> Bool { p.pairs != q.pairs ? p.pairs > q.pairs : p.cost < q.cost - 1e-12 }
        var score = [[Score]](repeating: [Score](repeating: (0, 0), count: m + 1), count: n + 1)
        for x in 1...n {
            for y in 1...m {
                var best = score[x - 1][y]
                if better(score[x][y - 1], best) { best = score[x][y - 1] }
                if comparable(a[la[x - 1]].kind, b[lb[y - 1]].kind) {
                    let d = score[x - 1][y - 1]
                    let take: Score = (d.pairs + 1, d.cost + distance(a[la[x - 1]], b[lb[y - 1]]))
                    if better(take, best) { best = take }
                }
                score[x][y] = best
            }
        }
        var out: [(Int, Int)] = []
        var x = n, y = m
        while x > 0 && y > 0 {
            let s = score[x][y]
            if s.pairs == score[x - 1][y].pairs && abs(s.cost - score[x - 1][y].cost) < 1e-12 { x -= 1; continue }
            if s.pairs == score[x][y - 1].pairs && abs(s.cost - score[x][y - 1].cost) < 1e-12 { y -= 1; continue }
            out.append((la[x - 1], lb[y - 1]))
            x -= 1
            y -= 1
        }
        return out.reversed()
    }

    /// How far apart two values are, relatively (|ln x − ln y|; 0 for equal values), to pair a
    /// changed number with its likeliest counterpart. Zero and negative values count as 1.
    /// A clock time is compared by its hour ("13.30" against «13 h»).
    static func distance(_ x: Quantity, _ y: Quantity) -> Double {
        func scale(_ q: Quantity, _ other: Quantity) -> Double { q.kind == .time && other.kind != .time ? q.value / 60 : q.value }
        return abs(log(max(abs(scale(x, y)), 1)) - log(max(abs(scale(y, x)), 1)))
    }

    static func comparable(_ x: Quantity.Kind, _ y: Quantity.Kind) -> Bool {
        let numeric: Set<Quantity.Kind> = [.number, .ordinal, .time, .approximate]
        return x == y || (numeric.contains(x) && numeric.contains(y))
    }

    static func noun(_ k: Quantity.Kind) -> String {
        switch k {
        case .number, .ordinal, .approximate: return "number"
        case .time: return "time"
        case .month: return "month"
        case .weekday: return "day"
        }
    }
}
