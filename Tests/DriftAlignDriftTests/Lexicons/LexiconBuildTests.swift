import DriftAlignTestSupport
import Foundation
import Testing

/// `scripts/drift/build_lexicon.py`, which turns Debian's FreeDict dictionaries (dictd format)
/// into the word lexicon, run on small dictionaries written in that format from entries as the
/// packages have them.
@Suite struct LexiconBuildTests {
    /// Entries copied in form from the installed packages: WikDict's fra-rus ends a line with the
    /// next sense's number («час 2.»), opens one with a number ("4. акт"), glosses in French;
    /// FreeDict's eng-fra writes some hyphens as U+2010 ("après‐midi"); a bidirectional mark
    /// follows «возможно».
    static let dictionaries: [String: [(String, String)]] = [
        "fra-rus": [
            ("heure", "heure /œʁ/ <n, fem>\nчас 2.\nUnité de mesure du temps\n 3.\nTemps, moment, époque quelconque\n"),
            ("aile", "aile /ɛl/ <n, fem>\nкрыло, флигель 2.\nMembre d'un oiseau\n"),
            ("acte", "acte /akt/ <n, masc>\n4. акт, де\u{301}йствие 2.\nAction\n"),
            ("peut-être", "peut-être /pt‿ɛt/ <adv>\nвозможно\u{200E}\nExprime le doute\n"),
        ],
        "eng-fra": [
            ("afternoon", "afternoon /ɑːftənuːn/\naprès\u{2010}midi\n"),
            ("hour", "hour /aʊə/\nheure\n"),
        ],
    ]

    /// Writes the dictionaries (index lines `headword<TAB>offset<TAB>length` in dictd's base-64
    /// digits, gzip-compressed data), runs the script and returns its output lines.
    static func build() throws -> Set<String> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("driftalign-dictd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = try JSONSerialization.data(withJSONObject: dictionaries.mapValues { $0.map { [$0.0, $0.1] } })
        try spec.write(to: folder.appendingPathComponent("spec.json"))
        // The dictd files are made by Python's gzip, as dictzip's output is gzip-compatible.
        let writer = """
            import gzip, json, sys
            B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            def b64(n):
                s = ""
                while True:
                    s = B64[n % 64] + s; n //= 64
                    if n == 0: return s
            d = sys.argv[1]
            for name, entries in json.load(open(d + "/spec.json")).items():
                data, index = b"", []
                for head, text in entries:
                    raw = text.encode("utf-8")
                    index.append(f"{head}\\t{b64(len(data))}\\t{b64(len(raw))}\\n")
                    data += raw
                gzip.open(f"{d}/freedict-{name}.dict.dz", "wb").write(data)
                open(f"{d}/freedict-{name}.index", "w", encoding="utf-8").write("".join(index))
            """
        try run(["python3", "-c", writer, folder.path])
        let out = folder.appendingPathComponent("freedict.tsv")
        try run(["python3", TestPaths.repo("scripts/drift/build_lexicon.py"), folder.path, out.path])
        return Set(try String(contentsOf: out, encoding: .utf8).split(separator: "\n").map(String.init))
    }

    static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(arguments.prefix(2))")
    }

    @Test("a translation followed by the next sense's number, or written with Unicode hyphens, is kept")
    func translationsAreKeptWhateverEndsTheirLine() throws {
        let pairs = try Self.build()
        for pair in ["fr\theure\tru\tчас", "fr\taile\tru\tкрыло", "fr\taile\tru\tфлигель", "fr\tacte\tru\tакт",
                     "fr\tacte\tru\tдействие", "fr\tpeut-être\tru\tвозможно", "en\tafternoon\tfr\taprès-midi", "en\thour\tfr\theure"] {
            #expect(pairs.contains(pair), "\(pair)")
        }
        // Glosses in French and lone sense numbers are no translations.
        #expect(!pairs.contains { $0.hasSuffix("\t3.") || $0.contains("Unité") || $0.contains("mesure") }, "\(pairs.sorted())")
        #expect(pairs.count == 8, "\(pairs.sorted())")
    }
}
