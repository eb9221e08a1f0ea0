import DriftAlignCore
/// The links text format shared with Vecalign and our evaluation tools: one link per line,
/// `[0, 1]:[2]:0.873`, `[]:[5]:0.000` for an empty side, in document order. The score is optional
/// when reading (gold files have none).
public enum LinksFormat {
    public static func write(_ links: [AlignmentLink]) -> String {
        links.map { l in
            "[\(l.original.map(String.init).joined(separator: ", "))]:[\(l.translation.map(String.init).joined(separator: ", "))]:\(format(l.score))"
        }.joined(separator: "\n") + (links.isEmpty ? "" : "\n")
    }

    static func format(_ x: Double) -> String {
        let v = (x * 1000).rounded() / 1000
        var s = String(v)
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            s += String(repeating: "0", count: max(0, 3 - decimals))
        } else { s += ".000" }
        return s
    }

    /// Parses a links file. `file` names it in error messages.
    public static func read(_ text: String, file: String) throws -> [AlignmentLink] {
        var out: [AlignmentLink] = []
        for (n, raw) in TextLines.split(text).enumerated() {
            let line = String(raw).trimmingCharacters()
            if line.isEmpty { continue }
            let parts = splitTopLevel(line)
            guard parts.count == 2 || parts.count == 3 else {
                throw AlignerError.malformedLinks(file: file, line: n + 1, detail: "expected two bracketed lists")
            }
            let o = try list(parts[0], file, n + 1), t = try list(parts[1], file, n + 1)
            if o.isEmpty && t.isEmpty {
                throw AlignerError.malformedLinks(file: file, line: n + 1, detail: "'[]:[]' links no sentence")
            }
            var score = 0.0
            if parts.count == 3 {
                guard let s = Double(parts[2]) else { throw AlignerError.malformedLinks(file: file, line: n + 1, detail: "score '\(parts[2])' is not a number") }
                score = s
            }
            out.append(AlignmentLink(original: o, translation: t, score: score))
        }
        return out
    }

    static func splitTopLevel(_ line: String) -> [String] {
        var parts: [String] = [], cur = "", depth = 0
        for c in line {
            if c == "[" { depth += 1 } else if c == "]" { depth -= 1 }
            if c == ":" && depth == 0 { parts.append(cur); cur = "" } else { cur.append(c) }
        }
        parts.append(cur)
        return parts.map { $0.trimmingCharacters() }
    }

    static func list(_ s: String, _ file: String, _ line: Int) throws -> [Int] {
        guard s.hasPrefix("["), s.hasSuffix("]") else { throw AlignerError.malformedLinks(file: file, line: line, detail: "'\(s)' is not a bracketed list") }
        let inner = s.dropFirst().dropLast()
        if inner.allSatisfy({ $0 == " " }) { return [] }
        return try inner.split(separator: ",").map {
            guard let v = Int($0.trimmingCharacters(in: .whitespaces)), v >= 0 else {
                throw AlignerError.malformedLinks(file: file, line: line, detail: "'\($0)' is not a sentence index")
            }
            return v
        }
    }
}

import Foundation

extension String {
    func trimmingCharacters() -> String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
