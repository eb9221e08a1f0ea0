@testable import DriftAlignDrift
import DriftAlignTestSupport
import Foundation
import Testing

/// Near misses of the calls' people's names in a text alone (``KnownNameSpelling``): the seeds'
/// «Whitoff» and «Zeelenski», and none of the spellings the French press uses for them, nor any
/// word of the French of the benchmarks' dev halves.
@Suite struct KnownNameSpellingTests {
    func misses(_ text: String) -> [String] {
        KnownNameSpelling.nearMisses(in: text).map { "\($0.written)→\($0.known)" }
    }

    @Test func theSeedsMisspellings() {
        let text = "Poutine, lors d'une réunion avec l'envoyé spécial du président américain Steve Whitoff le 13 mars, aurait appelé…"
        let found = KnownNameSpelling.nearMisses(in: text)
        #expect(found.map(\.known) == ["Witkoff"])
        // The offsets hold the word.
        if let m = found.first {
            #expect(String(String.UnicodeScalarView(Array(text.unicodeScalars)[m.range])) == "Whitoff")
        }
        #expect(misses("Zeelenski a remercié Trump pour son intérêt.") == ["Zeelenski→Zelensky"])
        #expect(misses("Le porte-parole Dmitri Peskow a confirmé l'appel, comme Sergueï Lavorv et Iouri Ouchkov (pas Ouchakoff, une autre transcription).")
                == ["Peskow→Peskov", "Lavorv→Lavrov", "Ouchkov→Ushakov"])
        // Short names are not compared: "Rubbio" is a letter off Rubio, and so is "Bien" off Biden.
        #expect(misses("Marco Rubbio est bien là. Bien sûr.") == [])
    }

    @Test func thePressSpellingsAreNoMisses() {
        #expect(misses("""
            Volodymyr Zelensky, Volodimir Zelenski, Zelenskyy et Zelenskiy ont parlé à Vladimir Poutine, à Putin et à Donald Trump. \
            Dmitri Peskov, Elizaveta Peskova, Iouri Ouchakov, Kirill Dmitriev, Marco Rubio, Sergueï Lavrov, Steve Witkoff, \
            Emmanuel Macron et Joe Biden aussi. La Macronie, les Trumps et le régime poutinien. Moscou, Kiev, Kyiv, Washington. \
            Olena Zelenska, Marion, Mâcon, Macro, Petit, Bien.
            """) == [])
    }

    /// Real French prose with none of these people: every word a near miss would be a false alarm.
    @Test func noNearMissInTheBenchmarksFrench() throws {
        let texts = try TestPaths.benchmarkFrench()
        let words = texts.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
        #expect(words > 150_000, "\(words) words read")
        let found = texts.flatMap { KnownNameSpelling.nearMisses(in: $0).map { "\($0.written)→\($0.known)" } }
        #expect(found.isEmpty, "\(found.count): \(Array(Set(found)).sorted().prefix(40))")
    }

    /// The edit distance behind it: insertions, deletions, changes and adjacent swaps, cut off
    /// past the limit.
    @Test func editDistance() {
        func d(_ a: String, _ b: String, _ limit: Int = 3) -> Int? { KnownNameSpelling.distance(Array(a), Array(b), limit: limit) }
        #expect(d("witkoff", "witkoff") == 0)
        #expect(d("whitoff", "witkoff") == 2)
        #expect(d("zeelenski", "zelenski") == 1)
        #expect(d("peksov", "peskov") == 1, "two letters swapped")
        #expect(d("lavrov", "lavrof") == 1)
        #expect(d("pettine", "poutine") == 2)
        #expect(d("abcdef", "uvwxyz") == nil, "past the limit")
        #expect(d("", "abc") == 3 && d("abc", "") == 3 && d("", "") == 0)
        #expect(d("", "abcd") == nil)
    }
}
