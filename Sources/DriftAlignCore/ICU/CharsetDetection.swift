import CICUShim

/// Guesses and decodes legacy byte encodings through ICU (ucsdet, ucnv).
public enum Charset {
    /// ICU's best guess for `bytes`: a charset name, a language code and a confidence (0-100).
    public struct Guess: Sendable, Equatable {
        public var name: String
        public var language: String
        public var confidence: Int
    }

    /// ICU's guess number `rank` for `bytes` (0: its best), or nil when it has no more.
    public static func detect(_ bytes: ArraySlice<UInt8>, rank: Int = 0) -> Guess? {
        var name = [CChar](repeating: 0, count: 64)
        var lang = [CChar](repeating: 0, count: 16)
        let conf = bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) {
                da_detect_charset_ranked($0.baseAddress, Int32($0.count), Int32(clamping: rank), &name, name.count, &lang, lang.count)
            }
        }
        guard conf >= 0 else { return nil }
        return Guess(name: String(cBuffer: name), language: String(cBuffer: lang), confidence: Int(conf))
    }

    /// Decodes `bytes` from `charset`. Throws for an unknown charset or a byte invalid in it.
    public static func decode(_ bytes: [UInt8], charset: String, file: String) throws -> String {
        var status: Int32 = 0
        let result = bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { src in
                ICUBuffer.run(initial: bytes.count + 16) { out, cap in
                    let r = da_decode(charset, src.baseAddress, Int32(src.count), out, cap)
                    if r < 0 { status = r }
                    return r
                }
            }
        }
        guard let units = result else {
            if status == -2 { throw DriftAlignCoreError.invalidEncoding(file: file, detail: "it holds bytes that are not valid \(charset)") }
            throw DriftAlignCoreError.unknownEncoding(file: file, name: charset)
        }
        return String(decoding: units, as: UTF16.self)
    }
}
