import DriftAlignCore
import Foundation

/// An optional word-translation lexicon (English–French, English–Russian, French–Russian) built
/// from Debian's FreeDict dictionaries by `scripts/build-lexicon.sh`; not shipped in the package.
///
/// The omission/addition checks use it to find a word's counterpart ("strikes" ↔ "frappes" ↔
/// "удары"), and the name check to know that a capitalized word at the start of a sentence is a
/// common word. Without it those checks still run, with reduced recall (the encoder's word
/// vectors and cognates remain). Entries are compared by ``LightStemmer`` stems.
///
/// File format: UTF-8 lines `lang<TAB>word<TAB>lang<TAB>word`, e.g. `en	strike	fr	frappe`.
/// FreeDict eng-fra, fra-eng and eng-rus are GPL-2.0-or-later, fra-rus is CC BY-SA 3.0 (WikDict):
/// the built file is derived data under those licences and stays on the machine that built it.
public final class BilingualLexicon: @unchecked Sendable {
    /// "en>fr" → stem → stems.
    private var pairs: [String: [String: Set<String>]] = [:]
    /// Stems known per language.
    private var known: [String: Set<String>] = [:]
    /// Common phrases per language, as their words' stems joined by a space.
    private var phrases: [String: Set<String>] = [:]
    /// Number of word pairs read.
    public private(set) var entryCount = 0
    /// Words per stem and language, to tell whether a stem is only ever a proper noun's.
    private var wordsByStem: [String: [String: Set<String>]] = [:]
    /// Stems whose every word the dictionaries write with a capital ("france", "bahreïn",
    /// "франция"): proper nouns, not common words, although the dictionary knows them.
    private var properOnly: [String: Set<String>] = [:]

    /// The file used when none is given: `$DRIFTALIGN_LEXICON`, else
    /// `$XDG_CACHE_HOME/driftalign/lexicon/freedict.tsv`, else `~/.cache/driftalign/lexicon/freedict.tsv`.
    public static func defaultPath() -> String {
        let env = ProcessInfo.processInfo.environment
        if let p = env["DRIFTALIGN_LEXICON"], !p.isEmpty { return p }
        let cache = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.cache")
        return cache + "/driftalign/lexicon/freedict.tsv"
    }

    /// The lexicon at ``defaultPath()``, or nil when it is not installed.
    public static func installed() throws -> BilingualLexicon? {
        let path = defaultPath()
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try load(path: path)
    }

    /// The lexicon at `path` with the word lists `scripts/build-lexicon.sh` writes beside it
    /// (``commonWordsFile``, ``frenchWordFormsFile``, ``commonPhrasesFile``, ``properNounsFile``,
    /// ``capitalizedAdjectivesFile``; each used when present). `score-pairs --lexicon FILE` reads
    /// FILE this way, as the default lexicon is read: with ``init(path:)`` alone, naming the
    /// installed lexicon explicitly lost those lists and changed the name and omission findings.
    public static func load(path: String) throws -> BilingualLexicon {
        let lexicon = try BilingualLexicon(path: path)
        // The folder by URL: `NSString.deletingLastPathComponent` traps on a one-letter name.
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        func companion(_ name: String) -> String? {
            FileManager.default.contents(atPath: folder + "/" + name).map { String(decoding: $0, as: UTF8.self) }
        }
        if let words = companion(commonWordsFile) { lexicon.addCommonWords(words, language: "en") }
        if FileManager.default.fileExists(atPath: folder + "/" + frenchWordFormsFile) {
            lexicon.wordFormFiles["fr"] = try SortedKeyFile(path: folder + "/" + frenchWordFormsFile, hasValues: false)
        }
        if let phrases = companion(commonPhrasesFile) { lexicon.addCommonPhrases(phrases, language: "en") }
        let adjectives = companion(capitalizedAdjectivesFile) ?? ""
        if let proper = companion(properNounsFile) {
            lexicon.markProperNouns(proper, exceptEnglish: adjectives)
        }
        for w in adjectives.split(separator: "\n") where !w.isEmpty {
            lexicon.capitalizedAdjectives.insert(LightStemmer.stem(w.lowercased(), language: "en"))
        }
        for language in lemmaLanguages where FileManager.default.fileExists(atPath: folder + "/" + lemmaFile(language)) {
            lexicon.lemmaTables[language] = try SortedKeyFile(path: folder + "/" + lemmaFile(language), hasValues: true)
        }
        return lexicon
    }

    /// Languages with a lemma table (``SortedKeyFile``) beside the lexicon. Not English, whose few
    /// forms the encoder knows: its table only added weak matches on the dev halves (docs/DRIFT.md).
    public static let lemmaLanguages = ["fr", "ru"]

    /// The lemma table of a language, written beside the lexicon by `scripts/build-lexicon.sh`
    /// (`scripts/drift/build_lemmas.py`, from the PyPI wheel simplemma 2.0.0).
    public static func lemmaFile(_ language: String) -> String { "lemmas-\(language).tsv" }

    /// Lemma tables by language.
    private var lemmaTables: [String: SortedKeyFile] = [:]

    /// The lemma of a lower-cased word form when the language's table has one that differs from
    /// it («cria» → «crier»), else nil.
    func lemma(of lower: String, language: String) -> String? {
        lemmaTables[language]?.value(of: lower)
    }

    /// English adjectives WordNet capitalizes ("Swedish", "Indian"), one lower-case word a line,
    /// written beside the lexicon by `scripts/build-lexicon.sh`: demonyms, which French and Russian
    /// write in lower case («suédois», «шведский»), stay common words although FreeDict
    /// capitalizes them.
    public static let capitalizedAdjectivesFile = "wordnet-en-adjectives.txt"

    /// Words the FreeDict dictionaries write only with a capital, written beside the lexicon by
    /// `scripts/build-lexicon.sh`: `lang<TAB>word` lines, lower-cased.
    public static let properNounsFile = "freedict-proper.txt"

    /// Marks proper nouns (`lang<TAB>word` lines): a stem all of whose known words are among
    /// them is a proper noun's, and ``isProperNoun(_:language:)`` says so. Call after the
    /// entries and common words are in.
    /// `exceptEnglish`: English words (one a line) that stay common words whatever the list says.
    public func markProperNouns(_ text: String, exceptEnglish: String = "") {
        var proper: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") {
            let f = line.split(separator: "\t")
            if f.count == 2 { proper[String(f[0]), default: []].insert(f[1].lowercased()) }
        }
        for w in exceptEnglish.split(separator: "\n") { proper["en"]?.remove(w.lowercased()) }
        properWords = proper
        for (language, words) in proper {
            for w in words {
                let stem = LightStemmer.stem(w, language: language)
                if (wordsByStem[language]?[stem] ?? [w]).isSubset(of: words) { properOnly[language, default: []].insert(stem) }
            }
        }
    }

    /// The words themselves (``markProperNouns(_:exceptEnglish:)``), by language: a stem shared
    /// with a common word («Pise», Pisa, and «pis», worse, are both «pis» to ``LightStemmer``) is
    /// no proper noun's, yet the word written only with a capital still is.
    private var properWords: [String: Set<String>] = [:]

    /// Whether the stem is only a proper noun's ("france": the dictionary knows it, yet a
    /// capitalized «France» is a name).
    func isProperNoun(_ stem: String, language: String) -> Bool { properOnly[language]?.contains(stem) ?? false }

    /// English common phrases of two or three words from WordNet ("northern lights", "world war"),
    /// written beside the lexicon by `scripts/build-lexicon.sh`: one lower-case phrase a line,
    /// words separated by a space, only those WordNet never capitalizes. English writes some in
    /// title case; the name check then knows "Northern Lights" is not a name.
    public static let commonPhrasesFile = "wordnet-en-phrases.txt"

    /// Adds phrases (space-separated words, one a line) a language's dictionary knows.
    public func addCommonPhrases(_ text: String, language: String) {
        for line in text.split(separator: "\n") where !line.isEmpty {
            let words = line.split(separator: " ").map { LightStemmer.stem($0.lowercased(), language: language) }
            if words.count >= 2 { phrases[language, default: []].insert(words.joined(separator: " ")) }
        }
    }

    /// Whether `stems` (``LightStemmer`` stems of consecutive words) form a known common phrase.
    func knowsPhrase(_ stems: [String], language: String) -> Bool {
        phrases[language]?.contains(stems.joined(separator: " ")) ?? false
    }

    /// English common words from WordNet, written beside the lexicon by `scripts/build-lexicon.sh`:
    /// one lower-case word a line. They widen what ``knows(_:language:)`` answers (FreeDict lacks
    /// "northern"), which tells the name check that a capitalized word is a common one.
    public static let commonWordsFile = "wordnet-en-common.txt"

    /// French word forms, every inflection (346,158 from Debian's `wfrench`, GPL-2.0-or-later),
    /// written beside the lexicon by `scripts/build-lexicon.sh`: one lower-case word a line, sorted
    /// by bytes and read in place (``SortedKeyFile``).
    /// FreeDict's French is small (16,048 words, few inflected: «agis», «combiné»,
    /// «historiquement» are not in it), so a capitalized word opening a French sentence was
    /// taken for a name ("The original names Historiquement"). The list answers only there, where
    /// a capital says nothing (``knowsWordForm(_:language:)``); it also holds words that are names
    /// inside a sentence («jean», «pierre», «noël», «tripoli»), so it never makes a
    /// capitalized word inside a sentence a common one.
    public static let frenchWordFormsFile = "wfrench-forms.txt"

    /// Word forms per language added in memory (``addWordForms(_:language:)``), lower-cased as written.
    private var wordForms: [String: Set<String>] = [:]
    /// Word form lists per language read in place (``frenchWordFormsFile``).
    private var wordFormFiles: [String: SortedKeyFile] = [:]

    /// Adds word forms (one lower-case word a line, LF or CRLF) a language's word list has; a
    /// line ending in a period is an abbreviation and is skipped.
    public func addWordForms(_ text: String, language: String) {
        var forms = wordForms[language] ?? []
        for line in TextLines.split(text) {
            let w = line.trimmingCharacters(in: .whitespaces)
            if !w.isEmpty && !w.hasSuffix(".") { forms.insert(w.lowercased()) }
        }
        wordForms[language] = forms
    }

    /// Whether the language's word list has this lower-cased form exactly (no stemming: the list
    /// holds every inflection).
    func knowsWordForm(_ lower: String, language: String) -> Bool {
        wordForms[language]?.contains(lower) ?? false || wordFormFiles[language]?.contains(lower) ?? false
    }

    /// Adds words a language's dictionary knows, without translations.
    public func addCommonWords(_ text: String, language: String) {
        for w in text.split(separator: "\n") where !w.isEmpty {
            let lower = w.lowercased(), stem = LightStemmer.stem(lower, language: language)
            known[language, default: []].insert(stem)
            wordsByStem[language, default: [:]][stem, default: []].insert(lower)
        }
    }

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DriftError.unreadableLexicon(path: path, detail: "cannot be opened")
        }
        // Refused rather than read as nothing: an empty or binary file given as the lexicon would
        // silently score as if there were none.
        guard let text = String(data: data, encoding: .utf8), !text.contains("\0") else {
            throw DriftError.unreadableLexicon(path: path, detail: "not UTF-8 text")
        }
        for (n, line) in text.split(separator: "\n").enumerated() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 4 else {
                throw DriftError.unreadableLexicon(path: path, detail: "line \(n + 1) has \(f.count) fields, expected 4")
            }
            add(String(f[0]), String(f[1]), String(f[2]), String(f[3]))
        }
        if entryCount == 0 { throw DriftError.unreadableLexicon(path: path, detail: "it holds no word pairs") }
    }

    /// An in-memory lexicon (tests).
    public init(entries: [(String, String, String, String)]) {
        for e in entries { add(e.0, e.1, e.2, e.3) }
    }

    private func add(_ l1: String, _ w1: String, _ l2: String, _ w2: String) {
        let s1 = LightStemmer.stem(w1.lowercased(), language: l1), s2 = LightStemmer.stem(w2.lowercased(), language: l2)
        pairs["\(l1)>\(l2)", default: [:]][s1, default: []].insert(s2)
        pairs["\(l2)>\(l1)", default: [:]][s2, default: []].insert(s1)
        known[l1, default: []].insert(s1)
        known[l2, default: []].insert(s2)
        wordsByStem[l1, default: [:]][s1, default: []].insert(w1.lowercased())
        wordsByStem[l2, default: [:]][s2, default: []].insert(w2.lowercased())
        entryCount += 1
    }

    /// Stems of the translations of `stem` from `from` into `to`, directly or through English or
    /// French as a pivot when the pair has no direct dictionary.
    func translations(of stem: String, from: String, to: String) -> Set<String> {
        if let direct = pairs["\(from)>\(to)"]?[stem], !direct.isEmpty { return direct }
        var out = Set<String>()
        for pivot in ["en", "fr"] where pivot != from && pivot != to {
            for p in pairs["\(from)>\(pivot)"]?[stem] ?? [] { out.formUnion(pairs["\(pivot)>\(to)"]?[p] ?? []) }
        }
        return out
    }

    /// Whether a lower-cased word is a common word of the language: the dictionary has its stem,
    /// and not only ever capitalized (a word written only with a capital, «Bahreïn», is a name).
    func isCommonWord(_ lower: String, language: String) -> Bool {
        if properWords[language]?.contains(lower) == true { return false }
        let stem = LightStemmer.stem(lower, language: language)
        return knows(stem, language: language) && !isProperNoun(stem, language: language)
    }

    /// Whether the language's dictionary has the word (as a stem).
    func knows(_ stem: String, language: String) -> Bool { known[language]?.contains(stem) ?? false }

    /// Stems of the English adjectives WordNet writes with a capital (``capitalizedAdjectivesFile``).
    private var capitalizedAdjectives: Set<String> = []

    /// Whether the language has the word in any spelling: ``knows(_:language:)``, or for English
    /// also an adjective written with a capital ("catalan" for "Catalan").
    func knowsInAnyCase(_ stem: String, language: String) -> Bool {
        knows(stem, language: language) || (language == "en" && capitalizedAdjectives.contains(stem))
    }

    /// Whether the lexicon has any entry for the language.
    func covers(_ language: String) -> Bool { !(known[language]?.isEmpty ?? true) }
}
