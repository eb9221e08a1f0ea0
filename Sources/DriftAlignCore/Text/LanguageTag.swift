/// The shape of a language tag as BCP 47 writes it (RFC 5646 §2.1, simplified): a primary
/// subtag of 2–8 letters ("fr", "ru", "und") and optional subtags of 1–8 letters or digits joined
/// by hyphens ("en-US", "zh-Hant", "sr-Latn-RS"). A language becomes `xml:lang` in TMX, a
/// column of every report and part of the segmenter's locale, so a value from a command line,
/// a manifest or a post's `language` field that is not a tag ("en\"><x", a sentence) is refused
/// (or, from a post, ignored) instead of travelling on.
public enum LanguageTag {
    public static func isWellFormed(_ s: String) -> Bool {
        guard (2...35).contains(s.utf8.count) else { return false }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { p in (1...8).contains(p.count) && p.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
