@_exported import DriftAlignCore

/// A reader for one type of source (Truth Social posts, Kremlin pages, French articles…).
///
/// Plugin authors implement this in one folder under `Plugins/<Name>Source/`, depending on this
/// module only. The registry asks every plugin how well it recognises an input (``detect(_:)``)
/// and lets the best one ``read(_:options:)`` it. ``description`` documents the plugin and carries
/// examples that the test suite runs for every registered plugin.
public protocol SourcePlugin: Sendable {
    /// Identifier, languages, formats and examples.
    static var description: SourceDescription { get }
    init()
    /// How sure the plugin is that it reads `probe`, from 0 (not mine) to 1 (certainly mine).
    func detect(_ probe: SourceProbe) -> Double
    /// Reads every document in the input. Throws ``SourceError`` for malformed input.
    func read(_ input: InputFile, options: ReadOptions) throws -> [Document]
}

/// What format detection sees of an input: its name and its first few kilobytes.
public struct SourceProbe: Sendable {
    public var location: String
    /// The file extension, lower-cased, without the dot ("json", "html", "txt"), or "".
    public var fileExtension: String
    /// The first 8,192 scalars of the text.
    public var head: String

    public init(input: InputFile) {
        location = input.location
        let name = input.location.split(separator: "/").last.map(String.init) ?? input.location
        fileExtension = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        head = input.slice(0..<8192)
    }

    /// The head without leading white space.
    public var trimmedHead: Substring { head.drop(while: { $0.isWhitespace }) }

    /// Whether the text opens with markup: "<" then a letter, "!" or "?" (a tag, a doctype, a
    /// comment, an XML declaration), not "<Mise à jour>"-like prose after a space or a digit.
    public var opensWithTag: Bool {
        let h = trimmedHead
        guard h.hasPrefix("<"), let next = h.dropFirst().first else { return false }
        return next.isLetter || next == "!" || next == "?"
    }

    /// Whether the text is JSON data rather than prose: a .json file, or a text that opens as a
    /// JSON object or array does (`{` then `"` or `}`; `[` then a value or `]`), so that
    /// "[Mise à jour] Le Kremlin…" stays prose. Text plugins leave such data to the plugins that
    /// know its shape, and a JSON file that none knows is an error, not a one-sentence document.
    public var looksLikeJSON: Bool {
        if fileExtension == "json" { return true }
        let h = trimmedHead
        guard let first = h.first, first == "{" || first == "[" else { return false }
        guard let next = h.dropFirst().first(where: { !$0.isWhitespace }) else { return true }
        if first == "{" { return next == "\"" || next == "}" }
        return "{[\"]-0123456789tfn".contains(next)
    }
}

/// Options the user gives for reading (`--lang`).
public struct ReadOptions: Sendable {
    /// The language the user declared, overriding what the plugin would assume.
    public var language: String?
    public init(language: String? = nil) { self.language = language }
}
