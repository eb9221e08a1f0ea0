@testable import DriftAlignDrift
import DriftAlignTestSupport
import Foundation
import Testing

/// Wrong senses that show in the French alone (``SuspectSenses``): seed 002's «grèves sur les
/// infrastructures énergétiques» and «donné à l'armée russe l'équipe appropriée»; the same words
/// in their own senses, and every sentence of the benchmarks' French, are left alone.
@Suite struct SuspectSensesTests {
    func suspects(_ text: String) -> [String] {
        SuspectSenses.find(in: text).map { "\($0.written): \($0.meaning)" }
    }

    @Test func theSeedsCalques() {
        let text = "Trump a proposé que la Russie et l'Ukraine abandonnent les grèves sur les infrastructures énergétiques pendant 30 jours. "
            + "Poutine a accepté et a déjà donné à l'armée russe l'équipe appropriée."
        let found = SuspectSenses.find(in: text)
        let scalars = Array(text.unicodeScalars)
        #expect(found.map { String(String.UnicodeScalarView(scalars[$0.range])) } == ["grèves", "équipe"])
        #expect(found.map(\.meaning) == ["military strikes (frappes), not labour strikes", "an order (ordre), not a team"])
        #expect(suspects("Moscou dénonce des grèves aériennes et des grèves de drones.").count == 2)
        #expect(suspects("Il faut donner l'équipe nécessaire aux troupes.").count == 1)
        #expect(suspects("Poutine a donné à l'état-major l'équipe appropriée.").count == 1)
    }

    @Test func theRightSensesAreLeftAlone() {
        #expect(suspects("""
            La grève des cheminots a paralysé le pays. Une grève sur le tas a éclaté à l'usine. Les grèves contre la réforme \
            continuent. L'entraîneur a donné l'équipe de départ. L'équipe de France a battu l'armée de réserve. \
            L'armée a reçu l'ordre de cesser les frappes sur les infrastructures énergétiques.
            """) == [])
    }

    /// Real French prose: every suspect there would be a false alarm.
    @Test func noSuspectInTheBenchmarksFrench() throws {
        let texts = try TestPaths.benchmarkFrench()
        let found = texts.flatMap { t in SuspectSenses.find(in: t).map { s -> String in
            let sc = Array(t.unicodeScalars)
            return String(String.UnicodeScalarView(sc[max(0, s.range.lowerBound - 60)..<min(sc.count, s.range.upperBound + 60)]))
        } }
        #expect(found.isEmpty, "\(found.count): \(found.prefix(10))")
    }
}
