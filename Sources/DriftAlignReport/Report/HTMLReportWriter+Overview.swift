import DriftAlignCore

/// The overview picture: the original(s) as a vertical strip of sentences on the left, the French
/// on the right, each link a band between them coloured by drift, numbered and clickable, so an
/// editor sees at a glance where the trouble is.
extension HTMLReportWriter {
    func overview(_ r: DriftReport, prefix p: String) -> String {
        let top = 30.0, leftX = 170.0, rightX = 440.0, strip = 30.0, width = 640.0
        // Left rows: the originals one after another, one empty row between two originals.
        var offsets: [Int] = [], rows = 0
        for d in r.originals { offsets.append(rows + offsets.count); rows += d.sentences.count }
        let leftRows = rows + max(0, r.originals.count - 1), rightRows = r.translation.sentences.count
        // 16 px a row up to 40 rows, then squeezed to about 640 px, but never under 6 px a row.
        let rowCount = max(leftRows, rightRows, 8)
        let height = Double(rowCount) * (rowCount <= 40 ? 16 : max(6, 640 / Double(rowCount)))
        let uL = height / Double(max(leftRows, 1)), uR = height / Double(max(rightRows, 1))
        func leftY(_ doc: Int, _ s: Int) -> Double { top + Double(offsets[doc] + s) * uL }
        func rightY(_ s: Int) -> Double { top + Double(s) * uR }
        func fmt(_ x: Double) -> String { let v = (x * 10).rounded() / 10; return v == v.rounded() ? String(Int(v)) : String(v) }

        // Each sentence takes the worst band of the links that touch it.
        let rank = ["b-none": 0, "b-ok": 1, "b-warn": 2, "b-bad": 3]
        var leftBand: [Int: [Int: String]] = [:], rightBand: [Int: String] = [:]
        func worse(_ a: String?, _ b: String) -> String { (rank[a ?? ""] ?? -1) >= rank[b]! ? a! : b }
        for e in r.entries {
            let b = Self.band(e.drift)
            if let k = e.link.originalDocument { for s in e.link.original { leftBand[k, default: [:]][s] = worse(leftBand[k]?[s], b) } }
            for s in e.link.translation { rightBand[s] = worse(rightBand[s], b) }
        }

        var out = "<figure class=\"overview\"><svg viewBox=\"0 0 \(fmt(width)) \(fmt(height + top + 10))\" role=\"img\" "
            + "aria-label=\"Links between the original and the French, coloured by drift\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        out += "<text class=\"head\" x=\"\(fmt(leftX + strip / 2))\" y=\"18\" text-anchor=\"middle\">Original</text>"
        out += "<text class=\"head\" x=\"\(fmt(rightX + strip / 2))\" y=\"18\" text-anchor=\"middle\">French</text>\n"
        for (k, d) in r.originals.enumerated() {
            let label = ReportText.excerpt("\(d.language) · " + (d.title ?? d.id), limit: 24)
            out += "<text class=\"doc\" x=\"4\" y=\"\(fmt(leftY(k, 0) + min(uL, 12)))\">\(Self.text(label))</text>\n"
            for s in d.sentences.indices {
                out += "<rect class=\"sent \(leftBand[k]?[s] ?? "unlinked")\" x=\"\(fmt(leftX))\" y=\"\(fmt(leftY(k, s)))\" "
                    + "width=\"\(fmt(strip))\" height=\"\(fmt(max(uL - 1, 0.5)))\"/>"
            }
            out += "\n"
        }
        for s in r.translation.sentences.indices {
            out += "<rect class=\"sent \(rightBand[s] ?? "unlinked")\" x=\"\(fmt(rightX))\" y=\"\(fmt(rightY(s)))\" "
                + "width=\"\(fmt(strip))\" height=\"\(fmt(max(uR - 1, 0.5)))\"/>"
        }
        out += "\n"
        // Number labels are 13 units high whatever the row height (about 11 px at the overview's
        // usual width): a label that would overlap one already drawn moves to the next of three
        // lanes to its right, and is left out when all three are taken (the band stays clickable).
        let labelHeight = 13.0
        var lanes: [[Double]] = [[], [], []], leftLabels: [Double] = []
        func lane(_ y: Double) -> Int? { lanes.firstIndex { $0.allSatisfy { abs($0 - y) >= labelHeight } } }
        let uncompared = Self.uncomparedSentences(r)
        for e in r.entries {
            let b = Self.band(e.drift), n = e.number
            let tip = "Link \(n): " + (e.drift.map { "drift \(ReportText.score($0))" }
                ?? (e.originalRange == nil ? (e.link.translation.allSatisfy(uncompared.contains) ? "not compared" : "no source")
                    : e.translationRange == nil ? "not translated" : "not scored"))
                + (e.findings.isEmpty ? "" : ", \(e.findings.count) finding\(e.findings.count == 1 ? "" : "s")")
            out += "<a href=\"#\(p)link-\(n)\"><title>\(Self.text(tip))</title>"
            let o = e.link.originalDocument.flatMap { k in e.link.original.min().map { (k, $0, e.link.original.max()!) } }
            let t = e.link.translation.min().map { ($0, e.link.translation.max()!) }
            if let (k, o0, o1) = o, let (t0, t1) = t, k < offsets.count {
                let ya = leftY(k, o0), yb = leftY(k, o1 + 1) - 1, yc = rightY(t0), yd = rightY(t1 + 1) - 1
                let x1 = leftX + strip, x2 = rightX, mx = (x1 + x2) / 2
                out += "<path class=\"band \(b)\" d=\"M\(fmt(x1)) \(fmt(ya)) C\(fmt(mx)) \(fmt(ya)) \(fmt(mx)) \(fmt(yc)) \(fmt(x2)) \(fmt(yc)) "
                    + "L\(fmt(x2)) \(fmt(yd)) C\(fmt(mx)) \(fmt(yd)) \(fmt(mx)) \(fmt(yb)) \(fmt(x1)) \(fmt(yb)) Z\"/>"
                let y = (yc + yd) / 2 + 4
                if let l = lane(y) {
                    lanes[l].append(y)
                    out += "<text class=\"num \(b)\" x=\"\(fmt(rightX + strip + 6 + 24 * Double(l)))\" y=\"\(fmt(y))\">\(n)</text>"
                }
            } else if let (t0, t1) = t {
                // French with no counterpart that still has findings of its own (a misspelled
                // name, a wrong sense, an added sentence in a translation): its tab and number
                // take the colour of its worst finding, so it shows at a glance too.
                let flag = Self.soloFlag(e.findings)
                let y0 = rightY(t0), y1 = rightY(t1 + 1) - 1
                out += "<rect class=\"solo\(flag.map { " " + $0 } ?? "")\" x=\"\(fmt(rightX - 8))\" y=\"\(fmt(y0))\" width=\"6\" height=\"\(fmt(max(y1 - y0, 1)))\"/>"
                let y = (y0 + y1) / 2 + 4
                if uR >= 10 || flag != nil, let l = lane(y) {
                    lanes[l].append(y)
                    out += "<text class=\"num \(flag ?? "b-none")\" x=\"\(fmt(rightX + strip + 6 + 24 * Double(l)))\" y=\"\(fmt(y))\">\(n)</text>"
                }
            } else if let (k, o0, o1) = o, k < offsets.count {
                let y0 = leftY(k, o0), y1 = leftY(k, o1 + 1) - 1
                out += "<rect class=\"solo\" x=\"\(fmt(leftX + strip + 2))\" y=\"\(fmt(y0))\" width=\"6\" height=\"\(fmt(max(y1 - y0, 1)))\"/>"
                let y = (y0 + y1) / 2 + 4
                if uL >= 10, leftLabels.allSatisfy({ abs($0 - y) >= labelHeight }) {
                    leftLabels.append(y)
                    out += "<text class=\"num b-none\" x=\"\(fmt(leftX - 6))\" y=\"\(fmt(y))\" text-anchor=\"end\">\(n)</text>"
                }
            }
            out += "</a>\n"
        }
        return out + "</svg><figcaption>Each band is a link from original sentences (left) to French sentences (right), numbered on the right where there is room; click one to jump to it. Grey sentences with a dashed tab have no counterpart (an amber or red tab: they have a finding of their own, such as a misspelled name); white ones are in no link.</figcaption></figure>\n"
    }

    /// The band class of a link without a counterpart that has a minor or major finding
    /// ("b-warn", "b-bad"), else nil.
    static func soloFlag(_ findings: [DriftReport.Finding]) -> String? {
        switch findings.map(\.severity).max() {
        case .major?: return "b-bad"
        case .minor?: return "b-warn"
        default: return nil
        }
    }
}
