import DriftAlignSources
import Foundation

extension TruthSocialSource {
    /// Turns one status record (API or archive) into a ``Document``.
    struct RecordReader {
        let input: InputFile
        let options: ReadOptions
        /// How error messages name the input ("Truth Social JSON", "Truth Social CSV").
        let format: String
        /// What the `format` metadata says of a record that is not an API status.
        let archiveFormat: String

        /// Display names for the handles the archive holds (the archive is @realDonaldTrump's).
        static let knownAuthors = ["realDonaldTrump": "Donald J. Trump"]

        init(input: InputFile, options: ReadOptions, format: String = TruthSocialSource.format, archiveFormat: String = "archive") {
            self.input = input
            self.options = options
            self.format = format
            self.archiveFormat = archiveFormat
        }

        /// `texts`: text fields already decoded with their origins in the input, by key path (a
        /// CSV record's); the others are decoded from their JSON literals (`spans`).
        func document(_ status: [String: Any], index: Int, spans: JSONSpans.Record?,
                      texts: [String: MappedText] = [:]) throws -> Document {
            guard let id = Self.string(status["id"]), !id.isEmpty else {
                throw SourceError.malformed(file: input.location, format: format,
                                            detail: "record \(index) has no \"id\" (every status has one)")
            }
            // API statuses carry fields the archive dropped (FORMATS.md §1 vs §2).
            let isAPI = ["account", "uri", "media_attachments", "visibility"].contains { status[$0] != nil }
            var metadata = ["format": isAPI ? "api" : archiveFormat]
            var skipReason: String?
            // An API repost shows the reposted status's text (FORMATS.md §1: reblog is a nested status).
            var shown = status, path = ""
            if let reblog = status["reblog"] as? [String: Any] {
                shown = reblog
                path = "reblog."
                let original = Self.string(reblog["id"]) ?? "?"
                let who = Self.account(reblog).handle.map { "@\($0)'s " } ?? ""
                skipReason = "repost of \(who)status \(original)"
                metadata["repost_of"] = original
            }
            let media = ((status["media_attachments"] ?? status["media"]) as? [Any])?.count ?? 0

            // A text field of another type is a record we cannot read, not an empty post: saying
            // "empty post" would hide a schema change or a broken export (FORMATS.md: `content` is
            // an HTML string in the API (§1), a plain-text string in the archive (§2)). A null
            // field is read as absent, as before.
            for key in ["content", "text"] {
                if let value = shown[key], !(value is String), !(value is NSNull) {
                    throw SourceError.malformed(file: input.location, format: format,
                                                detail: "record \(index): \"\(path + key)\" is \(TruthSocialSource.kind(of: value)), "
                                                    + "not a string (a status's text is HTML or plain text)")
                }
            }

            var builder = PostBuilder(input: input)
            var hasText = false
            // The text the word test reads, when it is not the post's whole text (quoted bylines left out).
            var wordText: String?
            // Passages quoted from other authors' posts (API HTML only: the archive's text has no markup).
            var voices: [Voice] = []
            if let field = Self.textField(shown) {
                let (key, value) = field
                let span = spans?.strings[path + key] ?? spans?.range ?? 0..<input.scalars.count
                var text = texts[path + key] ?? mappedValue(value, span: span)
                // Mojibake of mojibake (the text read as Latin-1 or Windows-1252 twice: "’" as
                // "Ã¢Â\u{80}Â\u{99}" or "Ã¢â‚¬â„¢") comes out of one repair as mojibake again
                // ("â\u{80}\u{99}", "â€™"): repaired again while a pass repairs something, three
                // passes at most. A pass repairs what the first would (certain sequences, or a
                // string that is mojibake through and through), so text is no likelier to be hurt.
                var repaired = 0
                for _ in 0..<3 {
                    let pass = text.repairMojibake()
                    repaired += pass
                    if pass == 0 { break }
                }
                if repaired > 0 { metadata["mojibake_repaired"] = String(repaired) }
                if isAPI && key == "content" {
                    let quoted = try addHTML(text, span: span, index: index, to: &builder)
                    QuotedByline.record(quoted.bylines, in: &metadata)
                    wordText = quoted.withoutBylines?.joined(separator: "\n")
                    voices = quoted.voices
                } else {
                    text.decodeEntities()
                    let repost = Self.addPlain(text, handle: Self.account(status).handle, to: &builder)
                    if skipReason == nil, let r = repost {
                        skipReason = r.reason
                        if let of = r.of { metadata["repost_of"] = of }
                    }
                }
                hasText = !builder.isEmpty
            }
            if skipReason == nil {
                if !hasText, status["tombstone"] as? Bool == true {
                    // FORMATS.md §1: Truth Social's serializer adds `tombstone`, set on a status that
                    // is gone; "empty post" made a removed post look like a blank one.
                    skipReason = "removed post (its tombstone flag is set; no text)"
                } else if !hasText {
                    skipReason = media > 0 ? "media-only post" : "empty post (no text, no media)"
                } else {
                    skipReason = WordlessPost.skipReason(wordText ?? builder.text)
                }
            }

            let (handle, author) = Self.account(status)
            metadata["handle"] = handle
            metadata["media_count"] = String(media)
            for key in ["replies_count", "reblogs_count", "favourites_count", "in_reply_to_id", "quote_id"] {
                if let v = Self.string(status[key]) { metadata[key] = v }
            }
            Self.addWarningAndEdit(of: [shown, status], to: &metadata)
            // FORMATS.md §1: created_at is "ISO-8601 UTC, ms, "Z"" ("2025-02-12T16:53:38.679Z"). Read
            // part by part: ISO8601DateFormatter (ICU) crashes the process on a fraction of 100
            // digits (SIGFPE) and wraps a long year, fraction or offset into a wrong date.
            var published = (status["created_at"] as? String).flatMap(CalendarDate.rfc3339)
            if published == nil, let n = Int64(id), n >= 1 << 56 {
                // FORMATS.md §1: a Mastodon snowflake id >> 16 is the creation time in Unix ms
                // (ids below 2^56 would predate 2004: not snowflakes).
                published = Date(timeIntervalSince1970: Double(n >> 16) / 1000)
                metadata["published_from"] = "id"
            }
            let language = options.language ?? (shown["language"] as? String).flatMap { LanguageTag.isWellFormed($0) ? $0 : nil } ?? "en"
            var document = builder.document(id: id, language: language, author: author, published: published,
                                            url: Self.string(status["url"]) ?? Self.string(status["uri"]),
                                            skipReason: skipReason, metadata: metadata)
            document.voices = voices
            return document
        }

        /// The content warning, its flag and the last edit's time of the status whose text is shown
        /// (`statuses[0]`; a repost's own fields after it): the serializer's `spoiler_text` (a
        /// plain-text warning shown before the post) and `sensitive` (FORMATS.md §1), and
        /// upstream Mastodon's `edited_at` (ISO-8601, null when never edited), which Truth
        /// Social's version lacks (FORMATS.md §1) but other servers' statuses carry. Only what says
        /// something is kept: a non-blank warning, `sensitive` when true, an edit time.
        static func addWarningAndEdit(of statuses: [[String: Any]], to metadata: inout [String: String]) {
            if let warning = statuses.lazy.compactMap({ $0["spoiler_text"] as? String }).first(where: { !$0.trimmingWhitespace().isEmpty }) {
                metadata["spoiler_text"] = warning
            }
            if statuses.contains(where: { ($0["sensitive"] as? Bool) == true }) { metadata["sensitive"] = "true" }
            if let edited = statuses.lazy.compactMap({ $0["edited_at"] as? String }).first(where: { !$0.isEmpty }) {
                metadata["edited_at"] = edited
            }
        }

        /// The record's text field: HTML `content`, or plain `text` when content is absent or empty.
        static func textField(_ status: [String: Any]) -> (String, String)? {
            if let c = status["content"] as? String, !c.isEmpty { return ("content", c) }
            if let t = status["text"] as? String { return ("text", t) }
            return nil
        }

        /// `value` with each scalar's origin in the input: decoded from its literal when the scanner
        /// found it (checked against JSONSerialization's value), else the whole span for every scalar.
        func mappedValue(_ value: String, span: Range<Int>) -> MappedText {
            if let m = MappedText.jsonLiteral(input.scalars, span), m.string == value { return m }
            var m = MappedText()
            for s in value.unicodeScalars { m.append(s, from: span) }
            return m
        }

        /// Adds archive-style plain text, split into paragraphs. Returns the repost it is, if any:
        /// FORMATS.md §2 "reposts flattened as "RT: https://truthsocial.com/users/realDonaldTrump/statuses/<id><text>"
        /// or "RT @user<text>"".
        /// `handle`: the poster's, which a repost of their own post names after "RT @".
        static func addPlain(_ text: MappedText, handle: String? = nil, to builder: inout PostBuilder) -> (reason: String, of: String?)? {
            let s = text.scalars
            let whole = ScalarText.trimmed(s, 0..<s.count)
            let head = ScalarText.string(s, whole.lowerBound..<min(whole.upperBound, whole.lowerBound + 200))
            var bodyStart = whole.lowerBound
            var repost: (reason: String, of: String?)?
            // "RT: <url of the reposted status><text>": the URL is the first token after "RT:".
            let url = head.dropFirst(3).drop(while: { $0 == " " }).prefix(while: { !$0.isWhitespace })
            if head.hasPrefix("RT:"), let marker = url.range(of: "/statuses/") {
                // The reposted id runs straight into the text: take at most 18 digits, the length
                // of every Truth Social snowflake id since the site opened (107… in 2022, 114… in 2025).
                let id = String(url[marker.upperBound...].prefix(while: { $0.isASCII && $0.isNumber }).prefix(18))
                bodyStart += head[..<marker.upperBound].unicodeScalars.count + id.unicodeScalars.count
                builder.add(text, whole.lowerBound..<bodyStart)
                repost = ("repost of status \(id)", id)
            } else if head.hasPrefix("RT @") || head.hasPrefix("RT:") {
                // The handle is glued to the text ("RT @mrddmiaDear President…"): quote, do not guess.
                let glued = head.prefix(4) + head.dropFirst(4).prefix(while: { !$0.isWhitespace }).prefix(24)
                // "RT @realDonaldTrumpJimmy Patronis…": the account reposting its own post (3 of the
                // 8 reposts of truth_archive.2025-03-17_2025-03-31.json), which "another
                // account's post" misnamed. Glued, a longer handle that starts the same cannot
                // be told apart: "apparently".
                if let h = handle, !h.isEmpty, head.hasPrefix("RT @" + h) {
                    repost = ("repost of @\(h)'s own post, apparently (\"\(glued)…\"; the archive glues the handle to the text)", nil)
                } else {
                    repost = ("repost of another account's post (\"\(glued)…\"; the archive glues the handle to the text)", nil)
                }
            }
            for r in ParagraphSplitter.split(s, bodyStart..<whole.upperBound) {
                // A numbered item is a list item without its number, as plain text's are
                // (PlainTextLayout): the number is no sentence.
                if let content = ParagraphSplitter.itemStart(s, r) {
                    builder.add(text, content..<r.upperBound, kind: .bullet)
                } else {
                    builder.add(text, r)
                }
            }
            return repost
        }

        /// Adds API HTML content: one paragraph per `<p>` line, parsed with ``HTMLDocument``.
        /// Each line is found again in the text the literal's HTML shows (``MappedText/htmlText()``),
        /// then mapped scalar by scalar through the entities and the literal's escapes to the input.
        /// Returns the bylines of the posts it quotes (``QuotedByline``), its lines with those
        /// bylines left out (for ``WordlessPost``; nil without a byline), and the passages of the
        /// document's text those posts' authors wrote (``Document/voices``).
        func addHTML(_ html: MappedText, span: Range<Int>, index: Int,
                     to builder: inout PostBuilder) throws -> (bylines: [QuotedByline], withoutBylines: [String]?, voices: [Voice]) {
            let page: HTMLDocument
            do { page = try HTMLDocument(html: html.string, file: input.location) } catch {
                throw SourceError.malformed(file: input.location, format: format,
                                            detail: "record \(index): content is not HTML")
            }
            let shown = html.htmlText()
            var locator = InputLocator(input: InputFile(location: input.location, text: shown.string), window: shown.count + 1)
            let (lines, bylines, withoutBylines, quoted) = Self.htmlLines(page.root)
            var unlocated = 0
            // The document range each line became (nil: it added no paragraph).
            var added: [Range<Int>?] = []
            for line in lines {
                let before = builder.paragraphs.paragraphs.count
                defer {
                    added.append(builder.paragraphs.paragraphs.count > before ? builder.paragraphs.paragraphs.last?.range : nil)
                }
                // Lines come in order, close together: a window a few times the line's length
                // (text outside the lines, as a quote post's "RT: <url>", sits between) bounds the
                // search on any input.
                locator.window = 4 * line.unicodeScalars.count + 4096
                let found = locator.locate(line)
                if let r = found, ScalarText.string(shown.scalars, r) == line {
                    builder.add(shown, ScalarText.trimmed(shown.scalars, r))
                } else if let r = found {
                    // Found by its first and last words (a reference HTMLEntities does not decode):
                    // it is at least the line's length.
                    let end = min(shown.count, max(r.upperBound, r.lowerBound + line.unicodeScalars.count))
                    builder.add(line, span: shown.inputSpan(r.lowerBound..<end) ?? span)
                } else {
                    unlocated += 1
                    builder.add(line, span: span)
                }
            }
            if unlocated > 0 {
                builder.warnings.append("record \(index): \(unlocated) of \(lines.count) line(s) of the status's HTML not found in it: "
                                        + "mapped to the whole status (file offsets \(span.lowerBound)-\(span.upperBound))")
            }
            let voices = quoted.compactMap { q -> Voice? in
                let ranges = added[q.lines].compactMap { $0 }
                guard let first = ranges.first, let last = ranges.last else { return nil }
                return Voice(range: first.lowerBound..<last.upperBound, speaker: q.speaker)
            }
            return (bylines, withoutBylines, voices)
        }

        /// The account's handle and display name: from `account` (API) or the URL's "@handle" (archive).
        static func account(_ status: [String: Any]) -> (handle: String?, author: String?) {
            if let account = status["account"] as? [String: Any] {
                let handle = string(account["acct"]) ?? string(account["username"])
                let name = (account["display_name"] as? String).flatMap { $0.isEmpty ? nil : $0 }
                return (handle, name ?? handle.map { "@\($0)" })
            }
            guard let url = string(status["url"]) ?? string(status["uri"]) else { return (nil, nil) }
            let parts = url.split(separator: "/")
            let handle = parts.first(where: { $0.hasPrefix("@") }).map { String($0.dropFirst()) }
                ?? parts.firstIndex(of: "users").flatMap { $0 + 1 < parts.count ? String(parts[$0 + 1]) : nil }
            return (handle, handle.map { knownAuthors[$0] ?? "@\($0)" })
        }

        /// A JSON string or integer as a string (ids are strings in the API, numbers in some dumps).
        static func string(_ value: Any?) -> String? {
            switch value {
            case let s as String: return s
            case let n as Int: return String(n)
            default: return nil
            }
        }
    }
}
