import CICUShim

/// Calls into ICU that follow the "ask for the length, then fill" buffer protocol.
enum ICUBuffer {
    /// Runs `body(out, cap)` with growing buffers until the result fits. `body` returns the needed
    /// length, or a negative ICU failure code.
    static func run(initial: Int, _ body: (UnsafeMutablePointer<UInt16>, Int32) -> Int32) -> [UInt16]? {
        var cap = max(16, initial)
        for _ in 0..<4 {
            var out = [UInt16](repeating: 0, count: cap)
            let n = out.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(cap)) }
            if n < 0 { return nil }
            if Int(n) <= cap { return Array(out[0..<Int(n)]) }
            cap = Int(n) + 16
        }
        return nil
    }
}

/// Unicode normalization through ICU (Swift's standard library has none on Linux).
public enum UnicodeNormalization {
    public enum Form: Int32 { case nfc = 0, nfkc = 1 }

    /// Returns `text` in the given normalization form. ASCII text is returned unchanged.
    public static func normalize(_ text: String, _ form: Form = .nfc) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let units = Array(text.utf16)
        let result = units.withUnsafeBufferPointer { src in
            ICUBuffer.run(initial: units.count + 8) { out, cap in
                da_normalize(Int32(form.rawValue), src.baseAddress, Int32(units.count), out, cap)
            }
        }
        guard let r = result else { return text }
        return String(decoding: r, as: UTF16.self)
    }
}

/// An ICU transliterator, e.g. "Russian-Latin/BGN" (Песков → Peskov) or "Any-Latin; Latin-ASCII".
///
/// Used to compare names across scripts and by the lexical encoder. Not thread-safe.
public final class ICUTransliterator {
    private let handle: OpaquePointer
    public let id: String

    public init(id: String) throws {
        var err = [CChar](repeating: 0, count: 64)
        guard let h = da_transliterator_open(id, &err, err.count) else {
            throw DriftAlignCoreError.icu(operation: "open transliterator \(id)", detail: String(cBuffer: err))
        }
        handle = h
        self.id = id
    }

    deinit { da_transliterator_close(handle) }

    public func transliterate(_ text: String) -> String {
        let units = Array(text.utf16)
        if units.isEmpty { return text }
        let result = units.withUnsafeBufferPointer { src in
            ICUBuffer.run(initial: units.count * 2 + 16) { out, cap in
                da_transliterate(handle, src.baseAddress, Int32(units.count), out, cap)
            }
        }
        guard let r = result else { return text }
        return String(decoding: r, as: UTF16.self)
    }
}

/// Facts about the linked ICU.
public enum ICUInfo {
    public static var version: String {
        var buf = [CChar](repeating: 0, count: 32)
        da_icu_version(&buf, buf.count)
        return String(cBuffer: buf)
    }
}

extension String {
    /// The text of a C buffer the ICU shim filled: up to its first NUL (the whole buffer if it
    /// has none), as UTF-8 with invalid bytes replaced. `String(cString:)` on an array is
    /// deprecated, and would read past a buffer without a NUL.
    init(cBuffer buffer: [CChar]) {
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
