import DriftAlignCore

/// Hedges and conditionals that turn a statement into a report or a possibility: "aurait",
/// "selon", "reportedly", "would", "якобы", "по данным".
///
/// The modality check counts them on each side. French journalistic conditional ("aurait
/// appelé", "serait") and English "would" are the main ones; "selon"/"according to"/"по данным"
/// mark reported information. Hand-made from the seed articles (the 18 March 2025 Bloomberg
/// paragraph: "aurait appelé") and from grammars of the three languages.
enum ModalityLexicon {
    static let english: Set<String> = [
        "reportedly", "allegedly", "apparently", "supposedly", "presumably", "purportedly", "possibly", "perhaps",
        "probably", "likely", "unlikely", "maybe", "would", "could", "might", "may", "seems", "seemed", "appears",
        "appeared", "rumoured", "rumored", "alleged", "according", "fairly", "somewhat", "doubtless",
    ]
    static let french: Set<String> = [
        "aurait", "auraient", "serait", "seraient", "pourrait", "pourraient", "devrait", "devraient", "aurais",
        "voudrait", "voudraient", "semble", "semblait", "semblerait", "apparemment", "probablement", "peut-être",
        "vraisemblablement", "prétendument", "supposément", "présumé", "présumée", "présumés", "selon", "d'après",
        "éventuellement", "possiblement", "sembleraient", "paraît", "paraîtrait",
    ]
    static let russian: Set<String> = [
        "якобы", "возможно", "вероятно", "видимо", "по-видимому", "предположительно", "кажется", "будто", "бы",
        "может", "могут", "мог", "могла", "могли", "наверное", "очевидно", "вроде", "по", "сообщается", "предположительно",
        // Reported information, as «selon» / "according to": "Согласно сообщениям" (according to
        // reports), "как говорится в иске" (as the lawsuit says), "ссылаясь на" (citing).
        "согласно", "говорится", "ссылаясь",
        // "alleged", as «présumé»: "предполагаемый боевик" / «un militant présumé».
        "предполагаемый", "предполагаемая", "предполагаемое", "предполагаемые", "предполагаемого", "предполагаемой",
        "предполагаемых", "предполагаемым", "предполагаемому", "предполагаемую", "предполагаемом", "предполагаемыми",
    ]

    /// Token indices of hedges. Russian "по" counts only in "по данным/словам/сообщениям/информации"
    /// (reported information), and "может" only before "быть" or a verb-like word is too vague, so
    /// "может быть" counts once.
    /// `text`, when given, is what the tokens' ranges index: «peut être» apart is the verb ("can
    /// be"), a hedge only when hyphenated («peut-être», maybe).
    static func markers(_ tokens: [WordToken], language: String, text: String? = nil) -> [Int] {
        var out: [Int] = []
        let scalars = language == "fr" ? text.map { Array($0.unicodeScalars) } : nil
        for (i, t) in tokens.enumerated() {
            let w = t.lower
            let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
            switch language {
            case "en":
                if w == "according", next != "to" { continue }
                // "appeared on the Web" is not a hedge; "appears to be" is.
                if (w == "appears" || w == "appeared") && next != "to" { continue }
                // "they could not taste theirs", "he could hardly see": the past of "can", an
                // ability denied, not a possibility (the French says «ne pouvaient pas»); but "could
                // not have contained them" and "could not be true" are conditional («n'aurait pu»).
                if w == "could", ["not", "n't", "never", "hardly", "scarcely", "barely"].contains(next),
                   !(i + 2 < tokens.count && ["have", "'ve", "be"].contains(tokens[i + 2].lower)) { continue }
                if english.contains(w) { out.append(i) }
            case "fr":
                if w == "peut", next == "être" {
                    if let scalars {
                        let gap = scalars[ScalarText.gap(after: t.range, before: tokens[i + 1].range, count: scalars.count)]
                        if !gap.contains(where: { $0.properties.generalCategory == .dashPunctuation }) { continue }
                    }
                    out.append(i)
                    continue
                }
                if w == "sans", next == "doute" { out.append(i); continue }
                if french.contains(w) || (w == "d'" && next == "après") { out.append(i) }
            case "ru":
                if w == "по" {
                    if ["данным", "словам", "сообщениям", "информации", "мнению", "оценкам"].contains(next) { out.append(i) }
                    continue
                }
                if russian.contains(w) { out.append(i) }
            default:
                if english.contains(w) || french.contains(w) { out.append(i) }
            }
        }
        return out
    }
}
