/// Finds the paragraphs of plain text: lines, list items, headings, datelines.
///
/// Press text pasted as plain text has one paragraph per line (sometimes with blank lines between);
/// hard-wrapped text is rejoined when a line does not end a sentence and the next starts in lower
/// case. Ranges are scalar offsets into the text itself, so a plain-text document's offsets are the
/// file's offsets. Used by the plain-text and French-press plugins.
public enum PlainTextLayout {
    /// List markers: bullets and dashes followed by a space.
    static let bulletMarks: Set<Unicode.Scalar> = ["•", "·", "▪", "◦", "●", "‣", "–", "—", "-", "*", "►", "✓"]
    static let finalPunctuation: Set<Unicode.Scalar> = [".", "!", "?", "…", ":", ";", "»", "\"", "”", ")", "'", "’"]

    public static func paragraphs(of text: String) -> [Paragraph] {
        paragraphs(of: Array(text.unicodeScalars))
    }

    public static func paragraphs(of s: [Unicode.Scalar]) -> [Paragraph] {
        // Lines as trimmed ranges, keeping blank-line information.
        var lines: [(range: Range<Int>, blankBefore: Bool)] = []
        var start = 0
        var blank = true
        var i = 0
        while i <= s.count {
            if i == s.count || s[i] == "\n" || s[i] == "\r" || s[i] == "\u{2029}" || s[i] == "\u{2028}" {
                let r = ScalarText.trimmed(s, start..<i)
                if r.isEmpty { blank = true } else { lines.append((r, blank)); blank = false }
                if i < s.count, s[i] == "\r", i + 1 < s.count, s[i + 1] == "\n" { i += 1 }
                start = i + 1
            }
            i += 1
        }
        // Rejoin hard-wrapped lines.
        var blocks: [Range<Int>] = []
        for (idx, line) in lines.enumerated() {
            if idx > 0, !line.blankBefore, let last = blocks.last, continues(s, last, line.range) {
                blocks[blocks.count - 1] = last.lowerBound..<line.range.upperBound
            } else {
                blocks.append(line.range)
            }
        }
        return blocks.enumerated().map { idx, r in classify(s, r, isFirst: idx == 0, isLast: idx == blocks.count - 1) }
    }

    /// Line `b` continues block `a` when `a` ends mid-sentence and `b` starts in lower case.
    static func continues(_ s: [Unicode.Scalar], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard let end = s[a].last, let first = s[b].first else { return false }
        if finalPunctuation.contains(end) { return false }
        if bulletMarker(s, b) != nil { return false }
        return first.properties.isLowercase && a.count > 40
    }

    static func classify(_ s: [Unicode.Scalar], _ r: Range<Int>, isFirst: Bool, isLast: Bool) -> Paragraph {
        // "- Discours de Poutine -": an AFP subheading between dashes.
        if r.count > 4, s[r.lowerBound] == "-", s[r.upperBound - 1] == "-", s[r.lowerBound + 1] == " ", s[r.upperBound - 2] == " " {
            return Paragraph(range: ScalarText.trimmed(s, (r.lowerBound + 1)..<(r.upperBound - 1)), kind: .heading)
        }
        if let content = bulletMarker(s, r) { return Paragraph(range: content, kind: .bullet) }
        let text = ScalarText.string(s, r)
        if DateLine.isDateOnly(text) { return Paragraph(range: r, kind: .dateline) }
        let endsSentence = finalPunctuation.contains(s[r.upperBound - 1])
        let words = s[r].split(whereSeparator: { $0.properties.isWhitespace }).count
        if !endsSentence && words <= 25 {
            return Paragraph(range: r, kind: isFirst ? .title : .heading)
        }
        return Paragraph(range: r, kind: .body)
    }

    /// The content range after a list marker ("• ", "- ", "1. ", "2) "), or nil.
    static func bulletMarker(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
        guard r.count > 2 else { return nil }
        var i = r.lowerBound
        if bulletMarks.contains(s[i]) {
            i += 1
        } else {
            var j = i
            while j < r.upperBound, j - i < 3, s[j].properties.numericType != nil, s[j].isASCII { j += 1 }
            guard j > i, j < r.upperBound, s[j] == "." || s[j] == ")" else { return nil }
            i = j + 1
        }
        guard i < r.upperBound, s[i].properties.isWhitespace else { return nil }
        let content = ScalarText.trimmed(s, i..<r.upperBound)
        return content.isEmpty ? nil : content
    }
}

/// Lines that hold only a date ("19 Mars 2025", "March 18, 2025", "18 марта 2025 года").
public enum DateLine {
    static let months: Set<String> = [
        "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ]
    static let weekdays: Set<String> = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    public static func isDateOnly(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "\u{00A0}" })
        guard (2...6).contains(words.count) else { return false }
        var month = false, year = false
        for w in words {
            if months.contains(String(w)) { month = true; continue }
            if weekdays.contains(String(w)) || w == "le" || w == "года" || w == "г" || w == "the" { continue }
            if w.allSatisfy(\.isNumber) {
                if w.count == 4 { year = true }
                else if w.count > 2 { return false }
                continue
            }
            if w.hasSuffix("er") || w.hasSuffix("th") || w.hasSuffix("st") || w.hasSuffix("nd") || w.hasSuffix("rd"),
               w.dropLast(2).allSatisfy(\.isNumber), !w.dropLast(2).isEmpty { continue }
            return false
        }
        return month && (year || words.count <= 3)
    }
}
