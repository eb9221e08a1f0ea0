/// Number: a number, quantity, date, time, day or month of one side has no equal on the other,
/// across writing conventions ("2,500" = "2 500", "30-day" = "30 jours", "Tuesday 18" = "mardi
/// 18", "two and a half hours" = "deux heures et demie", "dozens" = "dizaines").
struct NumberCheck: DriftCheck {
    func findings(_ link: LinkAnalysis) -> [DriftFinding] {
        let a = link.original.quantities, b = link.translation.quantities
        var usedA = [Bool](repeating: false, count: a.count), usedB = [Bool](repeating: false, count: b.count)
        // Written numbers first, then the weak ones ("one", "both"), so that "both … two" meets «deux
        // … deux» number for number.
        for weak in [false, true] {
            for (i, q) in a.enumerated() where q.isWeak == weak {
                if let j = b.indices.first(where: { !usedB[$0] && !b[$0].isWeak && q.agrees(with: b[$0]) })
                    ?? b.indices.first(where: { !usedB[$0] && q.agrees(with: b[$0]) }) { usedA[i] = true; usedB[j] = true }
            }
        }
        // A weak "one"/"un" without an equal is an article, not a number.
        var leftA = a.indices.filter { !usedA[$0] && !a[$0].isWeak }
        var leftB = b.indices.filter { !usedB[$0] && !b[$0].isWeak }
        var out: [DriftFinding] = []
        // Changed: an unmatched quantity of one side faces one of a compatible kind on the other.
        for i in leftA {
            guard let k = leftB.firstIndex(where: { Self.comparable(a[i].kind, b[$0].kind) }) else { continue }
            let j = leftB.remove(at: k)
            leftA.removeAll { $0 == i }
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
        for j in leftB {
            out.append(DriftFinding(
                type: .number, severity: .minor,
                reason: "\(link.theTranslation.capitalizedFirst) says \(b[j].display), which \(link.theOriginal) does not say.",
                originalRange: nil, translationRange: b[j].range))
        }
        return out
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
