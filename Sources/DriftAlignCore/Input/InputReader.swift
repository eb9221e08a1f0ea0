import Foundation
import Synchronization

/// Reads a file into an ``InputFile``: checks size, rejects binary data, validates UTF-8 and,
/// when asked, decodes a legacy encoding through ICU.
///
/// Used by the CLI and by tests; plugins receive the decoded ``InputFile``.
public struct InputReader: Sendable {
    /// The largest file accepted, in bytes. A 100 MB file is refused before it is read.
    public var maxBytes: Int
    /// A charset name to decode from instead of UTF-8 (`--encoding`), or nil for UTF-8.
    public var encoding: String?

    public static let defaultMaxBytes = 50_000_000

    public init(maxBytes: Int = InputReader.defaultMaxBytes, encoding: String? = nil) {
        self.maxBytes = maxBytes
        self.encoding = encoding
    }

    /// The path that means standard input (`driftalign segment - < article.txt`).
    public static let standardInput = "-"

    /// Reads `path`, or standard input when it is "-" (once per process: a second "-" is an error,
    /// not an empty file).
    public func read(path: String) throws -> InputFile {
        if path == Self.standardInput { return try readStandardInput() }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw DriftAlignCoreError.fileNotFound(file: path)
        }
        if isDir.boolValue { throw DriftAlignCoreError.isDirectory(file: path) }
        let attrs = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attrs?[.size] as? NSNumber)?.intValue, size > maxBytes {
            throw DriftAlignCoreError.tooLarge(file: path, bytes: size, limit: maxBytes)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DriftAlignCoreError.unreadable(file: path, detail: "permission denied or not a regular file")
        }
        defer { try? handle.close() }
        return try read(handle, location: path)
    }

    /// Reads `handle` to its end and decodes it. At most maxBytes + 1 bytes are read, so a file
    /// that grows (or a pipe) cannot exhaust memory.
    private func read(_ handle: FileHandle, location: String) throws -> InputFile {
        let data: Data
        do { data = try handle.read(upToCount: maxBytes < Int.max ? maxBytes + 1 : maxBytes) ?? Data() } catch {
            throw DriftAlignCoreError.unreadable(file: location, detail: error.localizedDescription)
        }
        // Only maxBytes + 1 bytes were read: the input's whole size is not known.
        if data.count > maxBytes { throw DriftAlignCoreError.tooLargeStream(file: location, limit: maxBytes) }
        return try decode(bytes: [UInt8](data), location: location)
    }

    private static let standardInputTaken = Mutex(false)

    private func readStandardInput() throws -> InputFile {
        let first = Self.standardInputTaken.withLock { taken in
            defer { taken = true }
            return !taken
        }
        guard first else {
            throw DriftAlignCoreError.unreadable(file: Self.standardInput, detail: "standard input can be read only once; give the other text as a file")
        }
        return try read(FileHandle.standardInput, location: Self.standardInput)
    }

    /// Decodes bytes already in memory (standard input, a fetched page, a test fixture).
    public func decode(bytes: [UInt8], location: String) throws -> InputFile {
        if bytes.count > maxBytes { throw DriftAlignCoreError.tooLarge(file: location, bytes: bytes.count, limit: maxBytes) }
        if bytes.isEmpty { throw DriftAlignCoreError.emptyInput(file: location) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Byte offsets in messages count in the file, byte-order mark included.
        let skipped = body.startIndex - bytes.startIndex
        // A UTF-16 or UTF-32 byte-order mark names its encoding unambiguously (Unicode §23.8);
        // ICU reads it. UTF-32LE's (FF FE 00 00) starts like UTF-16LE's, and was read as UTF-16
        // whose first character is a NUL: "a binary file".
        let encoding = encoding ?? Self.byteOrderMarkEncoding(body)
        let wide = encoding.map(Self.isWideName) ?? false
        // A wide form asked for must fit the bytes: its decoder takes nearly any, and gives nonsense.
        if wide, let asked = self.encoding, let m = WideEncodingCheck.mismatch(body, encoding: asked) {
            throw DriftAlignCoreError.encodingMismatch(file: location, requested: asked, reason: m.reason, likely: Self.other(m.likely, than: asked))
        }
        // UTF-16 and UTF-32 hold NUL bytes in every ASCII character: their text is checked after decoding.
        if !wide, let offset = Self.binaryOffset(body) {
            throw DriftAlignCoreError.binaryInput(file: location, offset: skipped + offset, wideText: encoding == nil ? Self.guessWide(body) : nil)
        }
        var text: String
        let used: String
        if let enc = encoding, !Self.isUTF8Name(enc) {
            do {
                text = try Charset.decode(Array(body), charset: enc, file: location)
            } catch DriftAlignCoreError.invalidEncoding(let file, let detail) where wide {
                // Where: the first code unit that is no character (a lone surrogate, a value over
                // U+10FFFF, a unit cut short), counted in bytes from the start of the file.
                let place = WideEncodingCheck.firstInvalidOffset(body, encoding: enc).map { " (the first at byte offset \(skipped + $0))" } ?? ""
                guard self.encoding != nil else { throw DriftAlignCoreError.invalidEncoding(file: file, detail: detail + place) }
                throw DriftAlignCoreError.encodingMismatch(file: file, requested: enc, reason: detail + place,
                                                           likely: Self.other(WideEncodingCheck.likelyEncoding(body), than: enc))
            }
            used = enc
            if wide, let nul = text.unicodeScalars.firstIndex(of: "\u{0}") {
                throw DriftAlignCoreError.binaryInput(file: location, offset: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: nul))
            }
        } else {
            if let bad = Self.firstInvalidUTF8(body) {
                let guess = encoding == nil ? Self.guessLegacy(body) : nil
                throw DriftAlignCoreError.notUTF8(file: location, offset: skipped + bad, guess: guess)
            }
            text = String(decoding: body, as: UTF8.self)
            used = "UTF-8"
        }
        // A byte-order mark that a decoder kept (an explicit "UTF-16LE") is a signature, not text:
        // offsets count from the character after it, as for UTF-8's.
        if text.unicodeScalars.first == "\u{FEFF}" { text = String(text.unicodeScalars.dropFirst()) }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw DriftAlignCoreError.emptyInput(file: location)
        }
        return InputFile(location: location, text: text, encoding: used)
    }

    /// The encoding a byte-order mark names: "UTF-32" for UTF-32's (checked first: its
    /// little-endian mark begins with UTF-16LE's), "UTF-16" for UTF-16's, nil without one.
    static func byteOrderMarkEncoding(_ body: ArraySlice<UInt8>) -> String? {
        if body.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || body.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32" }
        return body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) ? "UTF-16" : nil
    }

    /// `likely`, unless it is the encoding already asked for (then it says nothing new).
    static func other(_ likely: String?, than asked: String) -> String? {
        let key = { (n: String) in n.lowercased().filter { $0 != "-" && $0 != "_" } }
        return likely.flatMap { key($0) == key(asked) ? nil : $0 }
    }

    static func isUTF8Name(_ name: String) -> Bool {
        ["utf8", "utf-8"].contains(name.lowercased())
    }

    /// UTF-16 and UTF-32 in any byte order ("UTF-16", "utf-16le", "UTF32BE"…).
    static func isWideName(_ name: String) -> Bool { codeUnitBytes(name) > 1 }

    /// Bytes per code unit of a charset name: 4 for UTF-32/UCS-4, 2 for UTF-16/UCS-2, 1 otherwise.
    static func codeUnitBytes(_ name: String) -> Int {
        let n = name.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        if n.hasPrefix("utf32") || n.hasPrefix("ucs4") { return 4 }
        return n.hasPrefix("utf16") || n.hasPrefix("ucs2") ? 2 : 1
    }

    /// The offset of the first byte that cannot start or continue text, or nil if the data looks
    /// like text: a NUL anywhere (no text file holds one, and it would end up inside a sentence),
    /// or a ninth C0 control in the first 64 KiB (a binary header; text has a few at most).
    static func binaryOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var controls = 0
        for (i, b) in bytes.prefix(65_536).enumerated() {
            if b == 0 { return i }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C {
                controls += 1
                if controls > 8 { return i }
            }
        }
        if bytes.count > 65_536, let nul = bytes.dropFirst(65_536).firstIndex(of: 0) { return nul - bytes.startIndex }
        return nil
    }

    /// The offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates).
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        let base = bytes.startIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i - base
            }
            if i + need >= end { return i - base }  // truncated sequence
            for k in 1...need {
                let c = bytes[i + k]
                let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
                if c < l || c > h { return i - base }
            }
            i += need + 1
        }
        return nil
    }

    /// ICU's guess for non-UTF-8 bytes, reported only when it is reasonably confident.
    /// For bytes with NULs: the UTF-16 or UTF-32 form ICU guesses (confidence at least 10), if
    /// decoding them with it gives text (no NUL, no control character but tab, line ends and form
    /// feed); nil for anything else, which is then reported as binary.
    ///
    /// A last code unit cut short is left out, so that UTF-16 text with one byte appended (an
    /// 8-bit line end, as `echo >> file` adds) is named. The text must read as prose, with a
    /// space or line end at least every 40 characters, whatever the length: a UTF-8 file with a
    /// NUL byte, or with no NUL but a few control bytes, reads as UTF-16 "text" of ASCII pairs
    /// ("Bo" U+426F…) with hardly a space, and is binary. (An even length was taken as enough:
    /// French UTF-8 with one NUL at its end was said to be UTF-16BE, and `--encoding UTF-16BE`,
    /// as advised, read it as CJK nonsense; a text with nine escape sequences and no NUL at all
    /// was said to have "NUL bytes".)
    static func guessWide(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.contains(0) else { return nil }
        return Charset.guesses(bytes.prefix(65_536), minimumConfidence: 10).first { g in
            let unit = codeUnitBytes(g.name)
            guard unit > 1 else { return false }
            let extra = bytes.count % unit
            guard let text = try? Charset.decode(Array(bytes.dropLast(extra)), charset: g.name, file: ""),
                  text.unicodeScalars.allSatisfy({ $0.value >= 0x20 || [0x09, 0x0A, 0x0C, 0x0D].contains($0.value) }) else { return false }
            return text.unicodeScalars.lazy.filter { [0x20, 0x09, 0x0A, 0x0D].contains($0.value) }.count * 40 >= text.unicodeScalars.count
        }?.name
    }

    /// The encoding to suggest for bytes that are not UTF-8: ICU's most confident guess (at least
    /// 10 of 100) that the bytes allow. ICU's detector can rank UTF-16 or UTF-32 first for short
    /// Latin text ("caf\u{E9} cr\u{E8}me" in ISO-8859-1 came out as UTF-16BE); text in those
    /// encodings has NUL bytes (every ASCII character, space and line end has one) and a length
    /// that is a multiple of the code unit, so without them such a guess is passed over.
    static func guessLegacy(_ bytes: ArraySlice<UInt8>) -> String? {
        let sample = bytes.prefix(65_536)
        let hasNUL = sample.contains(0)
        return Charset.guesses(sample, minimumConfidence: 10).first { g in
            let unit = codeUnitBytes(g.name)
            return !isUTF8Name(g.name) && (unit == 1 || (hasNUL && bytes.count % unit == 0))
        }?.name
    }
}
