/// News datelines that open a first paragraph: "Washington (AFP) -", "MOSCOU, 18 mars (Reuters) —".
///
/// A dateline is a place (and maybe a date), an agency in parentheses, then a dash. It is split
/// off as its own unit so that it does not pollute the first sentence's alignment.
enum Datelines {
    static let agencies: Set<String> = ["AFP", "Reuters", "AP", "Belga", "ATS", "ANSA", "DPA", "dpa", "TASS", "ТАСС",
                                        "RIA", "РИА", "Interfax", "Интерфакс", "UPI", "EFE", "Xinhua", "Bloomberg"]

    /// The dateline's range (through the dash), or nil.
    static func prefix(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
        let limit = min(range.upperBound, range.lowerBound + 80)
        guard let open = (range.lowerBound..<limit).first(where: { s[$0] == "(" }),
              let close = (open..<limit).first(where: { s[$0] == ")" }) else { return nil }
        let agency = ScalarText.string(s, (open + 1)..<close).trimmingCharacters()
        guard agencies.contains(agency) || agency.split(separator: "/").allSatisfy({ agencies.contains(String($0).trimmingCharacters()) }) else { return nil }
        // The place must start with a capital letter and hold no sentence punctuation.
        guard s[range.lowerBound].properties.isUppercase,
              !s[range.lowerBound..<open].contains(where: { ".!?«»\"".unicodeScalars.contains($0) }) else { return nil }
        var i = close + 1
        while i < range.upperBound, s[i].properties.isWhitespace { i += 1 }
        guard i < range.upperBound, "-–—".unicodeScalars.contains(s[i]) else { return nil }
        return range.lowerBound..<(i + 1)
    }

    static func bodyStart(_ s: [Unicode.Scalar], _ dateline: Range<Int>, _ range: Range<Int>) -> Int {
        dateline.upperBound
    }
}

extension String {
    /// White space trimmed from both ends, without Foundation.
    func trimmingCharacters() -> String {
        let sc = Array(unicodeScalars)
        return ScalarText.string(sc, ScalarText.trimmed(sc, 0..<sc.count))
    }
}
