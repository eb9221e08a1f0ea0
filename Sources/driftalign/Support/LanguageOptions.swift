import ArgumentParser
import DriftAlignCore

/// Refuses a language option that is not a language tag (``LanguageTag/isWellFormed(_:)``), with
/// the flag's name: `--src-lang 'en"><x'` stops here rather than in a TMX file's `xml:lang`.
enum LanguageOptions {
    static func check(_ options: [(flag: String, value: String?)]) throws {
        for (flag, value) in options {
            guard let v = value, !LanguageTag.isWellFormed(v) else { continue }
            throw ValidationError("\(flag) needs a language code such as en, fr, ru or de; got '\(v)'")
        }
    }
}
