/// Certainty and hope: the two stances a speaker takes towards an outcome in a readout
/// ("The President is confident that…", «Путин выразил уверенность…», «выразил надежду…»,
/// "hopes to meet"). A translation that turns one into the other changes what was promised:
/// «le président espère» for "the President is confident" is a hedge the original did not make.
/// Hand-made from the Kremlin's and the White House's readouts (``ReadoutGlossary``) and the
/// grammars of the three languages; whole forms, so that «надёжный» (reliable) and «certains
/// pays» (some countries) are not read as stances.
enum StanceLexicon {
    enum Stance { case certainty, hope }

    /// The stance word at token `i`, if it is one.
    static func stance(_ i: Int, _ tokens: [WordToken], language: String) -> Stance? {
        let w = tokens[i].lower
        let prev = i > 0 ? tokens[i - 1].lower : ""
        let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
        let s: Stance?
        switch language {
        case "en":
            if englishHope.contains(w) { s = .hope }
            // "make sure" is "ensure", not a certainty; "certain" before a noun is "some"
            // ("certain countries"): only predicative, before "that" or "of" or after a verb.
            else if ["confident", "confidence", "convinced", "certainty"].contains(w) { s = .certainty }
            else if w == "sure", !["make", "makes", "making", "made", "for"].contains(prev) { s = .certainty }
            else if w == "certain", ["that", "of", "to", "the"].contains(next) || ["is", "was", "are", "were", "be", "remains", "felt", "feel", "feels"].contains(prev) { s = .certainty }
            else { s = nil }
        case "fr":
            if frenchHope.contains(w) { s = .hope }
            else if frenchCertainty.contains(w) { s = .certainty }
            // «certain», «sûr» before «que», «de» or after «être» or «se dire»; not «un certain
            // soutien» (some support), «bien sûr» (of course) or «un endroit sûr» (a safe place).
            else if ["certain", "certaine", "certains", "certaines", "sûr", "sûre", "sûrs", "sûres"].contains(w),
                    prev != "bien", ["que", "qu'", "de", "d'", "du", "des"].contains(next)
                        || ["est", "suis", "sommes", "êtes", "sont", "était", "étaient", "dit", "dite", "dits", "reste", "restent", "demeure"].contains(prev) {
                s = .certainty
            } else { s = nil }
        case "ru":
            s = russianHope.contains(w) ? .hope : russianCertainty.contains(w.replacingOccurrences(of: "ё", with: "е")) ? .certainty : nil
        default:
            s = nil
        }
        return s
    }

    /// The first certainty and the first hope of a side that are not negated ("not sure", «pas
    /// sûr», «не уверен» say a doubt, which neither stance renders), as the negation check reads
    /// a negation (``NegationCheck/isNegated(_:_:_:)``).
    static func stances(_ side: LinkSide) -> (certainty: Int?, hope: Int?) {
        var c: Int?, h: Int?
        let markers = NegationCheck.markers(side)
        for i in side.tokens.indices where !NegationCheck.isNegated(i, markers, side.tokens) {
            switch stance(i, side.tokens, language: side.language) {
            case .certainty?: c = c ?? i
            case .hope?: h = h ?? i
            case nil: break
            }
        }
        return (c, h)
    }

    static let englishHope: Set<String> = ["hope", "hopes", "hoped", "hoping", "hopeful", "hopefully"]
    static let frenchHope: Set<String> = [
        "espère", "espères", "espèrent", "espérons", "espérez", "espérait", "espéraient", "espérais", "espéré", "espérer",
        "espérant", "espoir", "espoirs",
    ]
    static let frenchCertainty: Set<String> = [
        "convaincu", "convaincue", "convaincus", "convaincues", "persuadé", "persuadée", "persuadés", "persuadées",
        "confiant", "confiante", "confiants", "confiantes", "certitude",
    ]
    static let russianHope: Set<String> = [
        "надеется", "надеюсь", "надеемся", "надеются", "надеешься", "надеетесь", "надеялся", "надеялась", "надеялись",
        "надеяться", "надежда", "надежду", "надежды", "надежде", "надеждой", "надежд", "надеждами",
    ]
    /// With «ё» written «е».
    static let russianCertainty: Set<String> = [
        "уверен", "уверена", "уверено", "уверены", "уверенность", "уверенности", "уверенностью", "убежден", "убеждена",
        "убеждены", "убежденность", "убежденности",
    ]
}
