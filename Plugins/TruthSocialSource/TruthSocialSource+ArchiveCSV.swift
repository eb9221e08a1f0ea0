import DriftAlignSources
import Foundation

extension TruthSocialSource {
    /// The archive's CSV twin, data/truth_archive.csv: "the same columns" as the JSON records
    /// (FORMATS.md §2), one record per post, read as RFC 4180 CSV.
    ///
    /// The file is written by pandas (aristotle-tek/trump-truth-social-archive, data/truth_archive.csv):
    /// a header line `id,created_at,content,url,media,replies_count,reblogs_count,favourites_count`,
    /// fields quoted only when they hold a comma, a quotation mark or a line break, `media` empty or
    /// the attachment's URL, the same HTML entities and mojibake in `content` as the JSON. Each
    /// field keeps the file offset of every character, so sentences map back into the CSV.
    enum ArchiveCSV {
        /// How error messages name the input.
        static let format = "Truth Social CSV"
        /// The archive's columns, in the archive's order (FORMATS.md §2).
        static let columns = ["id", "created_at", "content", "url", "media", "replies_count", "reblogs_count", "favourites_count"]
        /// The longest field read, in characters. The longest post of the archive is a few
        /// thousand characters; a field this long is a quotation mark left open that swallowed
        /// the records after it, and is refused rather than read as one post.
        static let maxField = 100_000
        /// The longest record read, in characters (its fields, separators and quotes).
        static let maxRecord = 200_000

        /// One record: its fields, in order, and where it lies in the file.
        struct Record {
            var fields: [MappedText]
            var range: Range<Int>
            /// The line the record starts on, from 1.
            var line: Int
        }

        /// Whether `line`, a file's first line, is the archive's header: every column of
        /// ``columns`` named once, in any order, quoted or not.
        static func isHeader<S: StringProtocol>(_ line: S) -> Bool {
            let names = line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            return Set(names).isSuperset(of: columns) && names.count < 4 * columns.count
        }

        /// The first line of `scalars` (up to a line break), at most 4,096 characters.
        static func firstLine(_ scalars: [Unicode.Scalar]) -> String {
            let end = scalars.prefix(4096).firstIndex { $0 == "\n" || $0 == "\r" } ?? min(scalars.count, 4096)
            return ScalarText.string(scalars, 0..<end)
        }

        /// The records of `input`, header included, in one pass (RFC 4180 §2: fields separated by
        /// commas, records by line breaks; a field in double quotes may hold commas, line breaks
        /// and quotes written twice). Blank lines are skipped. Lenient where Python's csv module,
        /// which pandas-made files are read with, is: a bare line feed ends a record as CRLF does,
        /// a quotation mark inside an unquoted field is text, and text after a closing quote is
        /// kept. Throws when a quoted field is never closed or a field or record passes the limits.
        static func records(_ input: InputFile) throws -> [Record] {
            let s = input.scalars
            var records: [Record] = []
            var i = 0, line = 1
            func tooLong(_ what: String, _ limit: Int, _ at: Int) -> SourceError {
                .limitExceeded(file: input.location, format: format,
                               detail: "\(what) starting on line \(at) is longer than \(limit) characters "
                                   + "(a quotation mark left open?); check the file's quoting")
            }
            while i < s.count {
                let start = i, startLine = line
                var fields: [MappedText] = []
                while true {
                    var field = MappedText()
                    let fieldLine = line
                    if i < s.count, s[i] == "\"" {
                        i += 1
                        var closed = false
                        while i < s.count {
                            if s[i] == "\"" {
                                if i + 1 < s.count, s[i + 1] == "\"" {
                                    field.append("\"", from: i..<(i + 2))
                                    i += 2
                                    continue
                                }
                                i += 1
                                closed = true
                                break
                            }
                            if s[i] == "\n" { line += 1 }
                            field.append(s[i], from: i..<(i + 1))
                            i += 1
                            guard field.count <= maxField else { throw tooLong("A field", maxField, fieldLine) }
                        }
                        guard closed else {
                            throw SourceError.malformed(file: input.location, format: format,
                                                        detail: "the quoted field that opens on line \(fieldLine) is not closed "
                                                            + "before the end of the file (truncated download?)")
                        }
                    }
                    while i < s.count, s[i] != ",", s[i] != "\n", s[i] != "\r" {
                        field.append(s[i], from: i..<(i + 1))
                        i += 1
                        guard field.count <= maxField else { throw tooLong("A field", maxField, fieldLine) }
                    }
                    fields.append(field)
                    guard i - start <= maxRecord else { throw tooLong("A record", maxRecord, startLine) }
                    if i < s.count, s[i] == "," {
                        i += 1
                        continue
                    }
                    break
                }
                let end = i
                if i < s.count, s[i] == "\r" { i += 1 }
                if i < s.count, s[i] == "\n" { i += 1 }
                line += 1
                if fields.count == 1 && fields[0].count == 0 { continue }
                records.append(Record(fields: fields, range: start..<end, line: startLine))
            }
            return records
        }

        /// The attachment URLs of a `media` field: the archive writes the one URL or nothing; a
        /// field holding several (a list, however joined) gives each.
        static func mediaURLs(_ field: String) -> [String] {
            field.split(whereSeparator: { $0.isWhitespace || ",;|[]'\"".contains($0) })
                .filter { $0.hasPrefix("https://") || $0.hasPrefix("http://") }
                .map(String.init)
        }
    }

    /// Reads the archive's CSV: one document per record, as the JSON archive's.
    func readCSV(_ input: InputFile, options: ReadOptions) throws -> [Document] {
        let records = try ArchiveCSV.records(input)
        guard let header = records.first else { throw SourceError.noDocuments(file: input.location, format: ArchiveCSV.format) }
        let names = header.fields.map { $0.string.trimmingWhitespace() }
        let data = records.dropFirst()
        guard !data.isEmpty else { throw SourceError.noDocuments(file: input.location, format: ArchiveCSV.format) }
        let reader = RecordReader(input: input, options: options, format: ArchiveCSV.format, archiveFormat: "archive CSV")
        return try data.enumerated().map { i, record in
            guard record.fields.count == names.count else {
                throw SourceError.malformed(file: input.location, format: ArchiveCSV.format,
                                            detail: "record \(i) (line \(record.line)) has \(record.fields.count) fields, "
                                                + "the header \(names.count) (\(names.joined(separator: ",")))")
            }
            var status: [String: Any] = [:]
            var texts: [String: MappedText] = [:]
            // An empty field is an absent value (pandas writes nothing for an empty list or a
            // missing count), as a JSON null is.
            for (name, field) in zip(names, record.fields) where field.count > 0 {
                status[name] = field.string
                texts[name] = field
            }
            status["media"] = (status["media"] as? String).map(ArchiveCSV.mediaURLs) ?? []
            return try reader.document(status, index: i, spans: nil, texts: texts)
        }
    }
}
