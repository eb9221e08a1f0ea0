import DriftAlignSources
import Foundation

/// Truth Social posts: statuses from the Truth Social API and records of the CC0 post archive.
///
/// The CLI uses it to read the originals that French articles quote ("Trump wrote on Truth
/// Social…"): one ``Document`` per post, its paragraphs mapped back to the JSON they came from.
/// Reads two shapes (see ../shared/corpora/FORMATS.md):
/// - Mastodon-style status JSON from the API (§1): one status object or an array of them, `content`
///   HTML with one `<p>` per paragraph (or plain `text`), `reblog` holding a reposted status;
/// - the archive (§2): a JSON array of records {id, created_at, content, url, media,
///   replies_count, reblogs_count, favourites_count} whose `content` is plain text with paragraphs
///   joined, entities left encoded and, from March 2025, mojibake — all repaired here; and a
///   daily feed file derived from it, the same records under `new_posts` (§2); and the
///   archive's CSV twin, the same columns (``ArchiveCSV``).
/// Every record yields a document so that counts add up; reposts and posts without a word
/// (media, links or emoji only: ``WordlessPost``) carry a ``Document/skipReason`` and are not
/// aligned. A tweet or post quoted in a `<blockquote>` keeps its byline, and its author is
/// recorded (``QuotedByline``).
public struct TruthSocialSource: SourcePlugin {
    public static let description = SourceDescription(
        id: "truthsocial",
        name: "Truth Social",
        summary: "Truth Social posts: API status JSON (one status or an array) or the CC0 archive's records (JSON, CSV, daily feed); "
            + "paragraphs recovered, entities and mojibake repaired, reposts and media-only posts flagged.",
        languages: ["en"],
        formats: ["Mastodon/Truth Social API status JSON (/api/v1/accounts/:id/statuses)",
                  "trump-truth-social-archive truth_archive.json records",
                  "trump-truth-social-feed daily files {as_of, window_hours, summary, new_posts[records]}",
                  "trump-truth-social-archive truth_archive.csv (the JSON records' columns, RFC 4180)"],
        examples: examples,
        pressNames: ["Truth Social"]
    )

    /// The name used in error messages.
    static let format = "Truth Social JSON"

    public init() {}

    public func detect(_ probe: SourceProbe) -> Double {
        let head = probe.trimmedHead
        // The archive's CSV (FORMATS.md §2) is known by its header line.
        if ArchiveCSV.isHeader(head.prefix { !$0.isNewline }) { return 0.95 }
        guard head.hasPrefix("{") || head.hasPrefix("[") else { return 0 }
        let isStatus = head.contains("\"created_at\"") && (head.contains("\"content\"") || head.contains("\"text\""))
            && head.contains("\"id\"")
        guard isStatus else { return 0.05 }
        let mastodon = ["truthsocial.com", "\"reblogs_count\"", "\"favourites_count\"", "\"media_attachments\"", "\"in_reply_to_id\""]
        return mastodon.contains(where: { head.contains($0) }) ? 0.9 : 0.4
    }

    public func read(_ input: InputFile, options: ReadOptions) throws -> [Document] {
        if ArchiveCSV.isHeader(ArchiveCSV.firstLine(input.scalars)) { return try readCSV(input, options: options) }
        let repair = SurrogateRepair(input.scalars, text: input.text)
        let (statuses, container) = try Self.statuses(in: input, json: repair.json)
        let spans = JSONSpans(input.scalars, container: container)
        let reader = RecordReader(input: input, options: options)
        return try statuses.enumerated().map { i, status in
            let record = i < spans.records.count ? spans.records[i] : nil
            var doc = try reader.document(status, index: i, spans: record)
            if let note = repair.note(for: record?.range ?? 0..<input.scalars.count) {
                doc.metadata["unpaired_surrogates_replaced"] = note
                doc.warnings.append("record \(i): \(note)")
            }
            return doc
        }
    }

    /// The key of the top-level object whose array holds the posts of a daily feed file:
    /// dfangafk/trump-truth-social-feed's data/raw/YYYY-MM-DD.json is {as_of, window_hours,
    /// summary{…}, new_posts[…]}, its posts the archive's records (FORMATS.md §2).
    static let feedPostsKey = "new_posts"

    /// The status objects of the input, in order, and the top-level key whose array holds them
    /// (``feedPostsKey`` for a feed file, nil for a status or an array of statuses); throws
    /// ``SourceError/malformed`` naming what is wrong.
    /// `json`: the text to parse, when it differs from the input's (``SurrogateRepair``).
    static func statuses(in input: InputFile, json: String? = nil) throws -> (statuses: [[String: Any]], container: String?) {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data((json ?? input.text).utf8), options: .fragmentsAllowed)
        } catch {
            throw SourceError.malformed(file: input.location, format: format, detail: syntaxDetail(error, input))
        }
        let items: [Any]
        var container: String?
        if let array = value as? [Any] {
            items = array
        } else if let object = value as? [String: Any], let posts = object[feedPostsKey] as? [Any], isFeed(object) {
            items = posts
            container = feedPostsKey
        } else if let object = value as? [String: Any] {
            items = [object]
        } else {
            throw SourceError.malformed(file: input.location, format: format,
                                        detail: "the top-level value is neither a status object nor an array of statuses")
        }
        guard !items.isEmpty else { throw SourceError.noDocuments(file: input.location, format: format) }
        let statuses = try items.enumerated().map { i, item in
            guard let status = item as? [String: Any] else {
                throw SourceError.malformed(file: input.location, format: format,
                                            detail: "record \(i) is \(kind(of: item)), not a status object")
            }
            let fields = ["content", "text", "created_at", "reblog"]
            guard fields.contains(where: { status[$0] != nil }) else {
                let keys = status.keys.sorted().prefix(8).map { DisplayText.quoted($0) }.joined(separator: ", ")
                throw SourceError.malformed(file: input.location, format: format,
                                            detail: "record \(i) is not a status: it has none of \(fields.joined(separator: ", ")) (keys: \(keys))")
            }
            return status
        }
        return (statuses, container)
    }

    /// Whether a top-level object is a feed file (its posts under ``feedPostsKey``) rather than a
    /// status: it has none of a status's text fields, and the feed's other keys.
    static func isFeed(_ object: [String: Any]) -> Bool {
        ["content", "text", "reblog"].allSatisfy { object[$0] == nil }
            && ["as_of", "window_hours", "summary"].contains { object[$0] != nil }
    }

    /// How an error message names a JSON value.
    static func kind(of value: Any) -> String {
        switch value {
        case is String: return "a string"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        case is NSNull: return "null"
        default: return "a number or boolean"
        }
    }

    /// JSONSerialization's message, with the line and column when it names a character offset
    /// ("Invalid value around character 5." counts UTF-8 bytes).
    static func syntaxDetail(_ error: Error, _ input: InputFile) -> String {
        let message = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        var detail = "invalid JSON: \(DisplayText.shorteningLongWords(message))"
        if let r = message.range(of: "character "),
           let offset = Int(message[r.upperBound...].prefix(while: { $0.isNumber })) {
            var line = 1, column = 1
            for b in input.text.utf8.prefix(offset) {
                if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            }
            detail += " (byte \(offset), line \(line), column \(column))"
        } else if message.contains("end of file") {
            detail += " (the file ends inside a value: truncated download?)"
        }
        return detail
    }
}
