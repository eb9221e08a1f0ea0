import CICUShim

/// ICU's sentence break iterator for one locale, with ICU's suppression lists (`@ss=standard`).
///
/// Not thread-safe: one instance per segmenter. ``Segmenter`` applies our own rules on top.
public final class ICUSentenceBreaker {
    private let handle: OpaquePointer
    public let locale: String

    /// Opens a breaker for `locale`, e.g. "fr_FR@ss=standard".
    public init(locale: String) throws {
        var err = [CChar](repeating: 0, count: 64)
        guard let h = da_sentence_breaker_open(locale, &err, err.count) else {
            throw DriftAlignCoreError.icu(operation: "open sentence break iterator for \(locale)",
                                          detail: String(cBuffer: err))
        }
        self.handle = h
        self.locale = locale
    }

    deinit { da_sentence_breaker_close(handle) }

    /// Boundary offsets in UTF-16 units (excluding 0, including the end).
    public func boundaries(utf16 text: [UInt16]) -> [Int] {
        if text.isEmpty { return [] }
        var out = [Int32](repeating: 0, count: min(text.count + 1, 4096))
        var n = text.withUnsafeBufferPointer { da_sentence_breaker_boundaries(handle, $0.baseAddress, Int32(text.count), &out, Int32(out.count)) }
        if n > out.count {
            out = [Int32](repeating: 0, count: Int(n))
            n = text.withUnsafeBufferPointer { da_sentence_breaker_boundaries(handle, $0.baseAddress, Int32(text.count), &out, Int32(out.count)) }
        }
        guard n > 0 else { return [text.count] }
        return out[0..<Int(min(n, Int32(out.count)))].map(Int.init)
    }
}
