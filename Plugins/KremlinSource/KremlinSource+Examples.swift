import DriftAlignSources

extension KremlinSource {
    static var examples: [SourceExample] { [] }
}
