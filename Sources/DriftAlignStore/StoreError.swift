import Foundation

/// Why the corpus store could not be opened, read or written.
///
/// Thrown by every ``CorpusStore`` call; the CLI prints ``errorDescription`` as its one line on
/// stderr. Every message names the database file and says what to do.
public enum StoreError: Error, LocalizedError, Equatable {
    /// The file exists but is not an SQLite database (or is encrypted or damaged beyond reading).
    case notADatabase(file: String, detail: String)
    /// The database was written by a newer DriftAlign: it holds migrations this build does not know.
    case newerSchema(file: String, unknown: [String])
    /// A read-only open found a database whose schema is older than this build's (not migrated).
    case outdatedSchema(file: String, missing: [String])
    /// The file or its folder cannot be created, opened or written (permissions, missing folder, full disk).
    case cannotOpen(file: String, detail: String)
    /// SQLite reported an error while reading or writing.
    case database(file: String, detail: String)
    /// A stored vector's size does not match its declared dimension.
    case corruptEmbedding(file: String, document: String, sentence: Int, bytes: Int, dimension: Int)
    /// An embedding matrix handed to the store does not fit the document's sentences.
    case embeddingShape(file: String, document: String, sentences: Int, values: Int, dimension: Int)
    /// A document to store lacks what the key needs (an empty source or id).
    case invalidDocument(file: String, detail: String)

    public var errorDescription: String? {
        switch self {
        case .notADatabase(let file, let detail):
            return "\(file) is not a DriftAlign database (\(detail)); give another --db file, or move this one away"
        case .newerSchema(let file, let unknown):
            return "\(file) was written by a newer DriftAlign (unknown migrations: \(unknown.joined(separator: ", "))); "
                + "upgrade driftalign or use another --db file"
        case .outdatedSchema(let file, let missing):
            return "\(file) needs migrations \(missing.joined(separator: ", ")); open it once for writing "
                + "(e.g. `driftalign ingest --db \(file)`) to migrate it"
        case .cannotOpen(let file, let detail):
            return "cannot open database \(file): \(detail); check the folder exists and is writable"
        case .database(let file, let detail):
            return "database \(file): \(detail)"
        case .corruptEmbedding(let file, let document, let sentence, let bytes, let dimension):
            return "database \(file): the embedding of \(document) sentence \(sentence) has \(bytes) bytes, "
                + "not \(dimension) × 4; re-ingest the document"
        case .embeddingShape(let file, let document, let sentences, let values, let dimension):
            return "database \(file): \(values) embedding values for \(document), which has \(sentences) sentences "
                + "of dimension \(dimension)"
        case .invalidDocument(let file, let detail):
            return "database \(file): cannot store the document: \(detail)"
        }
    }
}
