import DriftAlignCore

/// The two texts of a report with their highlights: every link is a `<mark>` on each side, with
/// its number badge jumping to the other side, placed by scalar offsets.
extension HTMLReportWriter {
    /// A highlighted span of a document: one side of one link.
    struct Mark {
        var range: Range<Int>
        var id: String
        var classes: String
        var number: Int
        /// Where the number badge jumps: the link's other side.
        var counterpart: String?
        var tag: String?
        /// "severity:type" of the link's findings, for the filters.
        var findings: [String]
        var anchor: String?
    }

    func originalMarks(_ r: DriftReport, document k: Int, prefix p: String) -> [Mark] {
        r.entries.compactMap { e in
            guard e.link.originalDocument == k, let range = e.originalRange else { return nil }
            let untranslated = e.translationRange == nil
            return Mark(range: range, id: "\(p)o-\(e.number)", classes: Self.band(e.drift) + (untranslated ? " untranslated" : ""),
                        number: e.number, counterpart: untranslated ? nil : "#\(p)t-\(e.number)",
                        tag: untranslated ? "not translated" : nil, findings: findingKeys(e),
                        anchor: untranslated ? "\(p)link-\(e.number)" : nil)
        }
    }

    func translationMarks(_ r: DriftReport, prefix p: String) -> [Mark] {
        let uncompared = Self.uncomparedSentences(r)
        return r.entries.compactMap { e in
            guard let range = e.translationRange else { return nil }
            let sourced = e.originalRange != nil
            let compared = sourced || !e.link.translation.allSatisfy(uncompared.contains)
            return Mark(range: range, id: "\(p)t-\(e.number)", classes: Self.band(e.drift) + (sourced ? "" : " nosource"),
                        number: e.number, counterpart: sourced ? "#\(p)o-\(e.number)" : nil,
                        tag: sourced ? nil : compared ? "no source" : "not compared", findings: findingKeys(e),
                        anchor: "\(p)link-\(e.number)")
        }
    }

    /// French sentences of sections that declare an original the case does not have: the aligner
    /// compares them with nothing (``DriftReport/declaredSectionNotes``), so "no source" would
    /// say more than it knows.
    static func uncomparedSentences(_ r: DriftReport) -> Set<Int> {
        Set(r.declaredSections.filter { $0.originalDocument == nil }.flatMap { Array($0.sentences) })
    }

    func findingKeys(_ e: DriftReport.Entry) -> [String] {
        Array(Set(e.findings.map { "\($0.severity.rawValue):\($0.type.rawValue)" })).sorted()
    }

    /// The document's text, sliced by scalar offsets: marks where links are, the rest by sentence.
    ///
    /// Links may share text: a short exact quote inside a longer paraphrase, two links on one
    /// sentence. A mark inside another is nested in it (class `inner`), so each is highlighted
    /// where it is and its `data-start`/`data-end` are its link's offsets. A mark that starts
    /// inside another and ends after it (crossing, which HTML cannot nest) holds its first part
    /// inside the other, and the rest goes into a continuation mark (class `cont`, no id or
    /// number) right after. Every element's `data-start`/`data-end` give the offsets of the text
    /// it holds, nested marks included.
    func body(_ d: Document, marks: [Mark]) -> String {
        let scalars = Array(d.text.unicodeScalars), n = scalars.count
        /// A mark to open: a whole one, or the rest of a crossing one.
        struct Piece { var mark: Mark; var range: Range<Int>; var isRest: Bool }
        // Outer first: by start, then the longer, then by link number.
        func before(_ a: Piece, _ b: Piece) -> Bool {
            (a.range.lowerBound, -a.range.upperBound, a.mark.number) < (b.range.lowerBound, -b.range.upperBound, b.mark.number)
        }
        var pending = marks.map { m -> Piece in
            let lo = min(max(m.range.lowerBound, 0), n)
            return Piece(mark: m, range: lo..<min(max(lo, m.range.upperBound), n), isRest: false)
        }.sorted(by: before)
        var out = "", cursor = 0, open: [Int] = []  // ends of the open marks, innermost last
        // Text from the cursor to `end`: by sentence outside marks, plain inside one.
        func text(to end: Int) {
            guard end > cursor else { return }
            out += open.isEmpty ? plain(d, scalars, cursor..<end) : Self.text(ScalarText.string(scalars, cursor..<end))
            cursor = end
        }
        func close(upTo position: Int) {
            while let end = open.last, end <= position { text(to: end); out += "</mark>"; open.removeLast() }
        }
        while !pending.isEmpty {
            var p = pending.removeFirst()
            close(upTo: p.range.lowerBound)
            text(to: p.range.lowerBound)
            if let outer = open.last, p.range.upperBound > outer {
                let rest = Piece(mark: p.mark, range: outer..<p.range.upperBound, isRest: true)
                pending.insert(rest, at: pending.firstIndex { before(rest, $0) } ?? pending.endIndex)
                p.range = p.range.lowerBound..<outer
            }
            let m = p.mark, lo = p.range.lowerBound, hi = p.range.upperBound
            if p.isRest {
                out += "<mark class=\"link \(m.classes) cont\" data-link=\"\(m.number)\" data-start=\"\(lo)\" data-end=\"\(hi)\">"
            } else {
                if let a = m.anchor { out += "<span class=\"anchor\" id=\"\(a)\"></span>" }
                out += "<mark id=\"\(m.id)\" class=\"link \(m.classes)\(open.isEmpty ? "" : " inner")\" data-link=\"\(m.number)\" "
                    + "data-start=\"\(lo)\" data-end=\"\(hi)\""
                if !m.findings.isEmpty { out += " data-findings=\"\(Self.attr(m.findings.joined(separator: " ")))\"" }
                out += ">" + (m.counterpart.map { "<a class=\"num\" href=\"\($0)\">\(m.number)</a>" } ?? "<span class=\"num\">\(m.number)</span>")
                if let t = m.tag { out += "<span class=\"tag\">\(t)</span>" }
            }
            open.append(hi)
        }
        close(upTo: n)
        text(to: n)
        return out
    }

    /// Unlinked text, one `<span class="s">` per sentence (white space between sentences bare).
    func plain(_ d: Document, _ scalars: [Unicode.Scalar], _ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        var out = "", pos = r.lowerBound
        for s in d.sentences where s.range.overlaps(r) {
            let a = max(s.range.lowerBound, pos), b = min(s.range.upperBound, r.upperBound)
            guard a < b else { continue }
            out += Self.text(ScalarText.string(scalars, pos..<a))
            out += "<span class=\"s\" data-start=\"\(a)\" data-end=\"\(b)\">\(Self.text(ScalarText.string(scalars, a..<b)))</span>"
            pos = b
        }
        return out + Self.text(ScalarText.string(scalars, pos..<r.upperBound))
    }
}
