import ArgumentParser
import DriftAlignCore
import Foundation

/// Checks the language options (`--lang`, `--src-lang`, `--tgt-lang`): an ISO 639-1 code, two
/// lower-case letters that ICU knows as a language ("fr", not "ge" or "xx"), or refused with the
/// flag's name. Nothing is mapped silently: "english"
/// or "german" would otherwise be cut to "en" or (wrongly) "ge" further down, and `'en"><x'`
/// would reach a TMX file's `xml:lang`. A well-formed code for a language DriftAlign has no
/// resources for (abbreviations, drift lexicons) is read with ICU's defaults, and said so.
enum LanguageOptions {
    /// The languages with DriftAlign's own resources: the segmenter's abbreviation lists, which
    /// the drift lexicons cover too.
    static var supported: [String] { Abbreviations.titles.keys.sorted() }

    static func check(_ options: [(flag: String, value: String?)]) throws {
        for (flag, value) in options {
            guard let v = value else { continue }
            guard isCode(v) else {
                throw ValidationError("\(flag) expects a two-letter language code such as en, ru, de, fr; got '\(v)'")
            }
            if !supported.contains(v) {
                Diagnostics.write("driftalign: warning: \(flag) \(v): DriftAlign has no language resources (abbreviations, word lists) for '\(v)', "
                    + "only for \(supported.joined(separator: ", ")); expect poorer sentence splitting and drift findings\n")
            }
        }
    }

    /// Two lower-case ASCII letters, as ISO 639-1 writes a language, naming one.
    static func isCode(_ s: String) -> Bool {
        s.utf8.count == 2 && s.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) } && iso639_1.contains(s)
    }

    /// The two-letter codes of ISO 639 (ICU's list, through Foundation).
    static let iso639_1 = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier).filter { $0.utf8.count == 2 })
}
