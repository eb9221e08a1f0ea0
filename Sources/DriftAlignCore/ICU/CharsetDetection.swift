import CICUShim

/// Guesses and decodes legacy byte encodings through ICU (ucsdet, ucnv).
public enum Charset {
    /// ICU's best guess for `bytes`: a charset name, a language code and a confidence (0-100).
    public struct Guess: Sendable, Equatable {
        public var name: String
        public var language: String
        public var confidence: Int
    }

    /// ICU's best guess for `bytes`.
    public static func detect(_ bytes: ArraySlice<UInt8>) -> Guess? { guesses(bytes).first }

    /// ICU's guesses for `bytes`, most confident first (at most ``maximumGuesses``, each at least
    /// `minimumConfidence`), from one run of its detector.
    public static func guesses(_ bytes: ArraySlice<UInt8>, minimumConfidence: Int = 0) -> [Guess] {
        let n = maximumGuesses, nameWidth = 64, langWidth = 16
        var names = [CChar](repeating: 0, count: n * nameWidth)
        var langs = [CChar](repeating: 0, count: n * langWidth)
        var confidences = [Int32](repeating: 0, count: n)
        let found = bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) {
                da_detect_charsets($0.baseAddress, Int32($0.count), Int32(n), &names, nameWidth, &langs, langWidth, &confidences)
            }
        }
        return (0..<max(0, Int(found))).map { i in
            Guess(name: String(cBuffer: Array(names[i * nameWidth..<(i + 1) * nameWidth])),
                  language: String(cBuffer: Array(langs[i * langWidth..<(i + 1) * langWidth])), confidence: Int(confidences[i]))
        }.filter { $0.confidence >= minimumConfidence }
    }

    static let maximumGuesses = 8

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
