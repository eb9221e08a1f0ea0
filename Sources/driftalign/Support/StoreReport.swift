import DriftAlignStore
import Foundation

/// Summary phrases the store commands print: database contents, elapsed time, stale runs.
enum StoreReport {
    static func seconds(since start: Date) -> String { String(format: "%.1f s", Date().timeIntervalSince(start)) }

    /// "database driftalign.sqlite holds 297 documents (41 skipped), 1,204 sentences, 1,120 usem3 vectors".
    static func contents(_ store: CorpusStore, encoder: String?) throws -> String {
        let c = try store.counts()
        let vectors = try store.encoderCounts()
        let v = vectors.isEmpty ? "no vectors" : vectors.map { "\($0.vectors) \($0.encoder) vectors" }.joined(separator: ", ")
        return "database \(store.path) holds \(Plural.count(c.documents, "document")) (\(c.skippedDocuments) skipped), \(Plural.count(c.sentences, "sentence")), \(v)"
    }

    /// Says so when earlier runs never finished (killed or interrupted): their documents are kept.
    static func noteInterruptedRuns(_ store: CorpusStore, except current: Int64, command: String) {
        guard let runs = try? store.runs() else { return }
        let stale = runs.filter { $0.status == .running && $0.id != current }
        guard let last = stale.last else { return }
        CorpusConsole.note("\(command): note: run \(last.id) (\(last.command), started \(last.started)) did not finish "
            + "(interrupted, or still running elsewhere); the \(last.added + last.updated) documents it stored are kept"
            + (stale.count > 1 ? " (\(stale.count) such runs)" : ""))
    }
}
