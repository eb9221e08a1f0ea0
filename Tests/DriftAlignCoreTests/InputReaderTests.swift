import DriftAlignCore
import DriftAlignTestSupport
import Foundation
import Testing

/// Bad input: every case is refused with one clear message naming the file, never a crash.
@Suite struct InputReaderTests {
    func temp(_ bytes: [UInt8], _ name: String = "input.txt") throws -> String {
        let dir = TestScratch.url("da")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try #require(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "test file written")
        return path
    }

    @Test func missingFile() {
        #expect(throws: DriftAlignCoreError.fileNotFound(file: "/no/such/file.txt")) {
            _ = try InputReader().read(path: "/no/such/file.txt")
        }
    }

    @Test func emptyAndBlankFiles() throws {
        let empty = try temp([])
        #expect(throws: DriftAlignCoreError.emptyInput(file: empty)) { _ = try InputReader().read(path: empty) }
        let blank = try temp(Array(" \n\t\n".utf8))
        #expect(throws: DriftAlignCoreError.emptyInput(file: blank)) { _ = try InputReader().read(path: blank) }
    }

    @Test func binaryFile() throws {
        let path = try temp([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        #expect(throws: DriftAlignCoreError.binaryInput(file: path, offset: 8)) { _ = try InputReader().read(path: path) }
    }

    /// ICU's detector ranks UTF-16BE first for these 12 ISO-8859-1 bytes; text without a single
    /// NUL byte cannot be UTF-16, so that guess must not be suggested.
    @Test func shortLatin1IsNotSuggestedAsUTF16() throws {
        let path = try temp(Array("caf\u{E9} cr\u{E8}me\n".unicodeScalars.map { UInt8($0.value) }))
        do {
            _ = try InputReader().read(path: path)
            Issue.record("ISO-8859-1 bytes read as UTF-8")
        } catch let DriftAlignCoreError.notUTF8(_, offset, guess) {
            #expect(offset == 3)
            #expect(guess.map { !$0.uppercased().hasPrefix("UTF-") } ?? true, "suggested \(guess ?? "")")
        }
    }

    /// Offsets in messages count bytes of the file, its UTF-8 byte-order mark included (they
    /// counted from after it: "offset 3" for the byte at 6).
    @Test func offsetsCountTheByteOrderMark() throws {
        let path = try temp([0xEF, 0xBB, 0xBF] + Array("abc".utf8) + [0xFF] + Array(" def\n".utf8))
        let bad = #expect(throws: DriftAlignCoreError.self) { _ = try InputReader().read(path: path) }
        guard case .notUTF8(_, let offset, _) = bad else { Issue.record("\(String(describing: bad))"); return }
        #expect(offset == 6)
        let nul = try temp([0xEF, 0xBB, 0xBF] + Array("ab".utf8) + [0x00] + Array("cd\n".utf8))
        let binary = #expect(throws: DriftAlignCoreError.self) { _ = try InputReader().read(path: nul) }
        guard case .binaryInput(_, let at, _) = binary else { Issue.record("\(String(describing: binary))"); return }
        #expect(at == 5)
    }

    /// UTF-8 text of even length with one NUL byte was said to "read as UTF-16BE text" (and
    /// `--encoding UTF-16BE`, as advised, read it as CJK nonsense); text with nine escape
    /// sequences and no NUL at all was said to have "NUL bytes". Both are binary, offset named.
    @Test func eightBitTextWithAStrayNULOrControlsIsNotCalledUTF16() throws {
        var french = Array(String(repeating: "Le président américain a déclaré mardi que la conversation était bonne. ", count: 40).utf8) + [0x00]
        if french.count % 2 == 1 { french.append(0x0A) }
        let nul = try temp(french, "nul.txt")
        #expect(throws: DriftAlignCoreError.binaryInput(file: nul, offset: french.firstIndex(of: 0)!)) { _ = try InputReader().read(path: nul) }
        var controls = Array(String(repeating: "Bonjour.\u{1B}[31m \u{07}\u{08} ", count: 40).utf8)
        if controls.count % 2 == 1 { controls.append(0x0A) }
        let esc = try temp(controls, "esc.txt")
        let error = #expect(throws: DriftAlignCoreError.self) { _ = try InputReader().read(path: esc) }
        guard case .binaryInput(_, _, let wide) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(wide == nil, "suggested \(wide ?? "")")
    }

    /// UTF-16 without a byte-order mark has NUL bytes and used to be called binary; it is named.
    @Test func utf16WithoutAByteOrderMarkIsNamed() throws {
        let text = "Путин и Трамп провели разговор.\nLe président a déclaré.\n"
        let be = try temp(text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(throws: DriftAlignCoreError.binaryInput(file: be, offset: 10, wideText: "UTF-16BE")) { _ = try InputReader().read(path: be) }
        let le = try temp(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(throws: DriftAlignCoreError.binaryInput(file: le, offset: 11, wideText: "UTF-16LE")) { _ = try InputReader().read(path: le) }
        #expect(try InputReader(encoding: "UTF-16LE").read(path: le).text == text)
        // A real binary file is still called binary.
        let png = try temp([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
        #expect(throws: DriftAlignCoreError.binaryInput(file: png, offset: 8)) { _ = try InputReader().read(path: png) }
    }

    @Test func latin1IsDetectedThenDecodedWhenAsked() throws {
        // "Le président a déclaré à la presse" in ISO-8859-1, long enough for ICU's detector.
        let text = String(repeating: "Le président a déclaré à la presse que la réunion était très productive. ", count: 6)
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        let path = try temp(bytes)
        do {
            _ = try InputReader().read(path: path)
            Issue.record("Latin-1 bytes were accepted as UTF-8")
        } catch let e as DriftAlignCoreError {
            guard case .notUTF8(let f, let offset, let guess) = e else { Issue.record("wrong error \(e)"); return }
            #expect(f == path)
            #expect(offset == 5)
            #expect(guess?.hasPrefix("ISO-8859") == true || guess?.hasPrefix("windows-125") == true)
            #expect(e.errorDescription!.contains("--encoding"))
        }
        let decoded = try InputReader(encoding: "ISO-8859-1").read(path: path)
        #expect(decoded.text == text)
        #expect(decoded.encoding == "ISO-8859-1")
    }

    @Test func cp1251IsDecodedWhenAsked() throws {
        // "Путин" in windows-1251.
        let path = try temp([0xCF, 0xF3, 0xF2, 0xE8, 0xED, 0x20, 0xE8, 0x20, 0xD2, 0xF0, 0xE0, 0xEC, 0xEF, 0x2E])
        #expect(throws: DriftAlignCoreError.self) { _ = try InputReader().read(path: path) }
        #expect(try InputReader(encoding: "windows-1251").read(path: path).text == "Путин и Трамп.")
    }

    @Test func invalidUTF8SequencesAreRejectedWithTheirOffset() throws {
        for (bytes, offset) in [([0x61, 0xC3], 1), ([0x61, 0x62, 0xED, 0xA0, 0x80], 2), ([0xC0, 0xAF], 0), ([0x61, 0xF4, 0x90, 0x80, 0x80], 1)] as [([UInt8], Int)] {
            let path = try temp(bytes)
            do { _ = try InputReader().read(path: path); Issue.record("accepted \(bytes)") } catch let e as DriftAlignCoreError {
                if case .notUTF8(_, let o, _) = e { #expect(o == offset) } else { Issue.record("wrong error \(e)") }
            }
        }
    }

    @Test func unknownEncodingName() throws {
        let path = try temp(Array("abc".utf8))
        #expect(throws: DriftAlignCoreError.unknownEncoding(file: path, name: "klingon-8")) {
            _ = try InputReader(encoding: "klingon-8").read(path: path)
        }
    }

    @Test func oversizedFileIsRefusedBeforeReading() throws {
        let path = try temp(Array(repeating: 0x61, count: 2_000))
        #expect(throws: DriftAlignCoreError.tooLarge(file: path, bytes: 2_000, limit: 1_000)) {
            _ = try InputReader(maxBytes: 1_000).read(path: path)
        }
    }

    @Test func byteOrderMarkIsDropped() throws {
        let path = try temp([0xEF, 0xBB, 0xBF] + Array("Bonjour.".utf8))
        #expect(try InputReader().read(path: path).text == "Bonjour.")
    }

    /// The wide-encoding error a read throws, or nil when it reads.
    func mismatch(_ path: String, _ encoding: String) throws -> (reason: String, likely: String?, message: String)? {
        do {
            _ = try InputReader(encoding: encoding).read(path: path)
            return nil
        } catch let e as DriftAlignCoreError {
            guard case .encodingMismatch(let file, let asked, let reason, let likely) = e else {
                Issue.record("\(encoding): another error: \(e.localizedDescription)")
                return nil
            }
            #expect(file == path && asked == encoding)
            return (reason, likely, e.localizedDescription)
        }
    }

    /// `--encoding UTF-16` (or UTF-32, in either byte order) on a file that is plainly UTF-8 gave
    /// CJK-looking nonsense without a word ("Trump spoke" → "呲畭瀠…"), or, for an odd number of
    /// bytes, "bytes that are not valid UTF-16": refused, saying it is UTF-8 or ASCII.
    @Test func aWideEncodingAskedForUTF8TextIsRefusedNamingUTF8() throws {
        let ascii = try temp(Array("Trump spoke with Putin on Tuesday.\nThe call lasted two hours.\n".utf8), "ascii.txt")
        let french = try temp(Array("Donald Trump a parlé avec Vladimir Poutine mardi.\nLe Kremlin a confirmé l’appel.\n".utf8), "fr.txt")
        for encoding in ["UTF-16", "UTF-16LE", "utf-16be", "UTF-32", "UTF-32LE"] {
            for (path, likely) in [(ascii, "ASCII"), (french, "UTF-8")] {
                let m = try #require(try mismatch(path, encoding), "\(encoding) \(path) was read")
                #expect(m.likely == likely, "\(encoding): \(m.message)")
                #expect(m.message.hasPrefix("\(path): not \(encoding) text, the encoding asked for: it has no NUL byte"), "\(m.message)")
                #expect(m.message.hasSuffix("it looks like \(likely): leave --encoding out to read it as UTF-8"), "\(m.message)")
            }
        }
    }

    /// UTF-16 or UTF-32 in the other byte order than the one asked for decoded to nonsense
    /// ("Bonjour" as "䈀漀渀…"); refused, naming the order it is in. In the right order, and as
    /// CJK text whose few zero bytes sit at the low end (一 is U+4E00), it is read.
    @Test func aWideEncodingInTheOtherByteOrderIsRefusedNamingIt() throws {
        let text = "Bonjour le monde. Il fait beau à Paris.\n"
        let le = try temp(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "le.txt")
        let be = try temp(text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, "be.txt")
        let le32 = try temp(text.unicodeScalars.flatMap { s in (0..<4).map { UInt8((s.value >> (8 * $0)) & 0xFF) } }, "le32.txt")
        #expect(try mismatch(le, "UTF-16BE")?.likely == "UTF-16LE")
        #expect(try mismatch(le, "UTF-16")?.likely == "UTF-16LE")   // no mark: big-endian (Unicode D98)
        #expect(try mismatch(be, "UTF-16LE")?.likely == "UTF-16BE")
        #expect(try mismatch(le32, "UTF-32BE")?.likely == "UTF-32LE")
        let message = try #require(try mismatch(be, "UTF-16LE")).message
        #expect(message.hasSuffix("have their zero byte first, as UTF-16BE text has; read as UTF-16LE they would be nonsense; "
                                  + "it looks like UTF-16BE: pass --encoding UTF-16BE to decode it"), "\(message)")
        #expect(try InputReader(encoding: "UTF-16LE").read(path: le).text == text)
        #expect(try InputReader(encoding: "UTF-16").read(path: be).text == text)
        #expect(try InputReader(encoding: "UTF-32LE").read(path: le32).text == text)
        // CJK text has few NUL bytes in UTF-16, but a line end (0A 00) or a character U+xx00 holds one: read.
        let chinese = "中华人民共和国国务院总理李强今天会见了来访的法国总统。一是落实共识，二是推动合作。\n"
        let zh = try temp(chinese.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "zh.txt")
        #expect(try InputReader(encoding: "UTF-16LE").read(path: zh).text == chinese)
        // Without a single NUL byte (no line end, no U+xx00) it is refused, a behaviour change:
        // such bytes are far more often a legacy 8-bit file of even length, which decoded to
        // CJK-looking nonsense and exit 0, and DriftAlign reads French, English, Russian and
        // German, whose spaces and line ends are NUL bytes in UTF-16.
        let noNUL = try temp("中华人民共和国国务院总理李强今天会见了来访的法国总统。".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "zh-nonul.txt")
        #expect(try mismatch(noNUL, "UTF-16LE")?.reason.hasPrefix("it has no NUL byte") == true)
        // A UTF-16 file read as UTF-32 fails to decode: said so, naming the form it is in.
        #expect(try mismatch(le, "UTF-32LE")?.likely == "UTF-16LE")
    }

    /// `--encoding UTF-16` on a legacy 8-bit file of even length (ISO-8859-1, windows-1251)
    /// decoded to CJK-looking nonsense and exit 0: it has no NUL byte, so no space or line end
    /// as UTF-16. Refused, naming ICU's legacy guess. (An odd length was already refused.)
    @Test func legacy8BitTextAskedForAsUTF16IsRefused() throws {
        let french = "Le président a reçu son homologue à l'Élysée hier soir.\n"
        let latin1 = french.unicodeScalars.map { UInt8($0.value) }
        let russian = "Президент России провёл переговоры.\n"
        let cp1251 = russian.unicodeScalars.map { s -> UInt8 in
            switch s.value {
            case 0x410...0x44F: UInt8(s.value - 0x410 + 0xC0)
            case 0x451: 0xB8
            default: UInt8(s.value)
            }
        }
        #expect(latin1.count == 56 && cp1251.count == 36)
        let fr = try temp(latin1, "latin1.txt"), ru = try temp(cp1251, "cp1251.txt")
        for encoding in ["UTF-16", "UTF-16LE", "UTF-16BE"] {
            let m = try #require(try mismatch(fr, encoding), "ISO-8859-1 read as \(encoding)")
            #expect(m.message.hasPrefix("\(fr): not \(encoding) text, the encoding asked for: it has no NUL byte, which UTF-16 text has in every space, "
                                        + "line end, digit and Latin letter: as UTF-16 it would hold not one space or line end"), "\(m.message)")
            #expect(m.likely.map { $0.hasPrefix("ISO-8859") || $0.hasPrefix("windows-125") } == true, "\(m.message)")
            #expect(m.message.hasSuffix("pass --encoding \(m.likely ?? "?") to decode it"), "\(m.message)")
            let r = try #require(try mismatch(ru, encoding), "windows-1251 read as \(encoding)")
            #expect(r.reason.hasPrefix("it has no NUL byte"), "\(r.message)")
            #expect(r.likely.map { !$0.uppercased().hasPrefix("UTF") } ?? true, "\(r.message)")
        }
        #expect(try InputReader(encoding: "ISO-8859-1").read(path: fr).text == french)
        #expect(try InputReader(encoding: "windows-1251").read(path: ru).text == russian)
    }

    /// UTF-16 text with one byte appended (`echo >> file` adds an 8-bit line end) had an odd
    /// length, and no encoding was suggested: ICU's guess was taken only for whole code units.
    /// The bytes before the stray one are named, and the stray byte is pointed out.
    @Test func utf16WithAStrayLastByteIsNamed() throws {
        let text = "Le président a reçu son homologue à l'Élysée hier soir.\n"
        let path = try temp(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0x0A], "stray.txt")
        #expect(try mismatch(path, "UTF-16")?.likely == "UTF-16LE")
        #expect(try mismatch(path, "UTF-16BE")?.likely == "UTF-16LE")
        let asked = try #require(try mismatch(path, "UTF-16LE"))
        #expect(asked.reason == "it has 113 bytes, not a multiple of 2 (every UTF-16 code unit is 2 bytes); its first 112 bytes read as UTF-16LE text, "
                + "and the last byte, 0A (an 8-bit line end, as `echo >> file` appends), was added after it: remove it", "\(asked.message)")
        #expect(throws: DriftAlignCoreError.binaryInput(file: path, offset: 1, wideText: "UTF-16LE")) { _ = try InputReader().read(path: path) }
    }

    /// UTF-16 or UTF-32 with a unit that is no character is refused saying where: a lone high
    /// surrogate, a low one first, a byte cut short, a UTF-32 value over U+10FFFF. The message
    /// had said only "not valid UTF-16".
    @Test func invalidWideTextIsRefusedWithTheOffset() throws {
        func le16(_ t: String) -> [UInt8] { t.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
        func be16(_ t: String) -> [UInt8] { t.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }
        let cases: [(bytes: [UInt8], form: String, offset: Int)] = [
            ([0xFF, 0xFE] + le16("Le président") + [0x00, 0xD8] + le16(" a parlé."), "UTF-16", 26),
            ([0xFE, 0xFF] + be16("Путин") + [0xDC, 0x00] + be16(" и Трамп."), "UTF-16", 12),
            ([0xFF, 0xFE] + le16("Le président a parlé.") + [0x0A], "UTF-16", 44),
            ([0xFF, 0xFE, 0, 0] + [0x41, 0, 0, 0, 0x42, 0, 0, 0] + [0, 0, 0x11, 0] + [0x0A, 0, 0, 0], "UTF-32", 12),
        ]
        for (i, c) in cases.enumerated() {
            let path = try temp(c.bytes, "wide\(i).txt")
            #expect(throws: DriftAlignCoreError.invalidEncoding(file: path, detail: "it holds bytes that are not valid \(c.form) (the first at byte offset \(c.offset))")) {
                _ = try InputReader().read(path: path)
            }
        }
        // A pair of surrogates is one character.
        let pair = try temp([0xFF, 0xFE] + le16("Il a dit 😀 hier."), "pair.txt")
        #expect(try InputReader().read(path: pair).text == "Il a dit 😀 hier.")
    }

    /// A UTF-32 byte-order mark names its encoding as UTF-16's does: the little-endian one
    /// (FF FE 00 00) was taken for UTF-16LE's, and the file called binary.
    @Test func utf32WithAByteOrderMarkIsRead() throws {
        let text = "Путин и Трамп.\n"
        let le = try temp([0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { s in (0..<4).map { UInt8((s.value >> (8 * $0)) & 0xFF) } }, "le32bom.txt")
        let be = try temp([0, 0, 0xFE, 0xFF] + text.unicodeScalars.flatMap { s in (0..<4).reversed().map { UInt8((s.value >> (8 * $0)) & 0xFF) } }, "be32bom.txt")
        for path in [le, be] {
            let input = try InputReader().read(path: path)
            #expect(input.text == text && input.encoding == "UTF-32")
        }
    }

    @Test func directoryIsNotAFile() throws {
        let dir = FileManager.default.temporaryDirectory.path
        #expect(throws: DriftAlignCoreError.isDirectory(file: dir)) { _ = try InputReader().read(path: dir) }
    }
}
