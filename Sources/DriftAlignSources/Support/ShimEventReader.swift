/// Reads the event buffer CHTMLShim writes for a parsed document (records described in
/// CHTMLShim.h): a kind byte (`S` start, `T` text, `E` end), then NUL-terminated UTF-8 fields; a
/// start record holds the name, the attribute count and the key/value pairs, then whatever the
/// format adds (the XML reader's line and offset). Shared by ``HTMLDocument`` and ``XMLTree``.
struct ShimEventReader {
    let buffer: UnsafeBufferPointer<UInt8>
    private var i = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

    /// The next record's kind, or nil at the end of the buffer.
    mutating func nextKind() -> UInt8? {
        guard i < buffer.count else { return nil }
        defer { i += 1 }
        return buffer[i]
    }

    /// The next field, up to its NUL.
    mutating func field() -> String {
        let start = i
        while i < buffer.count && buffer[i] != 0 { i += 1 }
        let s = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<i]), as: UTF8.self)
        i += 1
        return s
    }

    /// A start record's name and attributes; HTML's are case-insensitive and come lower-cased.
    mutating func start(lowercased: Bool) -> (name: String, attributes: [String: String]) {
        let name = lowercased ? field().lowercased() : field()
        let n = Int(field()) ?? 0
        var attributes: [String: String] = [:]
        for _ in 0..<max(0, n) {
            let key = lowercased ? field().lowercased() : field()
            attributes[key] = field()
        }
        return (name, attributes)
    }
}
