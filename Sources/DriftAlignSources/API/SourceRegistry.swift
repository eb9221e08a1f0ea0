/// The set of source plugins the tool knows, looked up by identifier or by detection.
///
/// Built once from a hand-kept list (DriftAlignRegistry's `builtIn`); rejects duplicate identifiers.
public struct SourceRegistry: Sendable {
    public let plugins: [any SourcePlugin.Type]

    public init(_ plugins: [any SourcePlugin.Type]) throws {
        var seen = Set<String>()
        for p in plugins {
            let id = p.description.id
            guard seen.insert(id).inserted else { throw SourceError.duplicateIdentifier(id) }
        }
        self.plugins = plugins
    }

    public var identifiers: [String] { plugins.map { $0.description.id } }

    public func plugin(id: String) throws -> any SourcePlugin.Type {
        guard let p = plugins.first(where: { $0.description.id == id }) else {
            throw SourceError.unknownSource(id: id, valid: identifiers)
        }
        return p
    }

    /// How other texts name a document's issuer: its author, then its source plugin's
    /// ``SourceDescription/pressNames`` (what `--mode auto` matches with a "Compte-rendu de …" heading).
    public func pressNames(for doc: Document) -> [String] {
        let names = plugins.first { $0.description.id == doc.sourceType }?.description.pressNames ?? []
        return [doc.author].compactMap { $0 } + names
    }

    /// The names the press gives the issuer of `range` of `doc`: the speaker alone when the range
    /// lies in another person's words (``Document/voices``: a tweet a post quotes is not the
    /// poster's, nor Truth Social's), else ``pressNames(for:)``.
    public func pressNames(for doc: Document, in range: Range<Int>) -> [String] {
        if let voice = doc.voice(holding: range) { return [voice.speaker] }
        return pressNames(for: doc)
    }

    /// The plugin most confident that it reads `input`, and its confidence.
    public func detect(_ input: InputFile) -> (plugin: any SourcePlugin.Type, confidence: Double)? {
        let probe = SourceProbe(input: input)
        var best: (any SourcePlugin.Type, Double)?
        for p in plugins {
            let c = p.init().detect(probe)
            if c > (best?.1 ?? 0) { best = (p, c) }
        }
        return best.map { (plugin: $0.0, confidence: $0.1) }
    }

    /// Reads `input` with the named plugin, or the detected one.
    public func read(_ input: InputFile, sourceID: String?, options: ReadOptions) throws -> [Document] {
        let type: any SourcePlugin.Type
        if let id = sourceID {
            type = try plugin(id: id)
        } else if let found = detect(input) {
            type = found.plugin
        } else {
            throw SourceError.undetected(file: input.location, valid: identifiers)
        }
        return try type.init().read(input, options: options)
    }
}
