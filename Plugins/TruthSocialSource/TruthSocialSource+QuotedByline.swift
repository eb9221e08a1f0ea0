import DriftAlignSources

extension TruthSocialSource {
    /// Who a status quotes in a `<blockquote>`, from the quotation's byline, for the document's
    /// metadata (`quoted_author`, `quoted_handle`, `quoted_date`, `quoted_url`).
    ///
    /// A post that quotes a tweet carries Twitter's embed markup: the quoted text in a `<p>`,
    /// then "&mdash; Name (@handle) <a href="…/status/…">March 18, 2025</a>" before
    /// `</blockquote>`. ``RecordReader/htmlLines(_:)`` keeps the byline in the text as its own
    /// line and reads it with ``parse(_:)``: it says whose words the quoted lines are, which the
    /// post's `account` does not.
    struct QuotedByline: Hashable {
        /// The display name before the handle ("Example Wire"), when there is one.
        var name: String?
        /// The handle without its "@" ("ExampleWire").
        var handle: String
        /// What follows the handle ("March 18, 2025"), as written.
        var date: String?
        /// The byline's link (the quoted post's address in Twitter's markup).
        var url: String?

        /// The dashes a byline opens with: em dash (Twitter writes `&mdash;`), en dash, horizontal
        /// bar, and a hyphen standing alone.
        static let dashes: Set<Unicode.Scalar> = ["\u{2014}", "\u{2013}", "\u{2015}", "-"]

        /// Reads "— Name (@handle) date" at the end of `line` (the quoted text may come before it
        /// on the same line when the quotation has no paragraphs). Nil without a dash before the
        /// name or a well-formed handle: "(@handle)" alone is a mention, not a byline. Whether
        /// it is a byline also takes what follows it (``isEmbedByline``). `dash` is where the
        /// byline starts in `line`, in Unicode scalars.
        static func parse(_ line: String) -> (byline: QuotedByline, dash: Int)? {
            let s = Array(line.unicodeScalars)
            // The last "(@": a byline ends the quotation.
            guard let open = (0..<max(0, s.count - 1)).last(where: { s[$0] == "(" && s[$0 + 1] == "@" }) else { return nil }
            var close = open + 2
            while close < s.count, s[close].isASCII, s[close].properties.isAlphabetic || s[close].properties.numericType != nil
                    || s[close] == "_" || s[close] == "." {
                close += 1
            }
            guard close > open + 2, close < s.count, s[close] == ")" else { return nil }
            // The dash: the last one before the handle that stands as a word ("Jean-Luc" holds none).
            guard let dash = (0..<open).last(where: { k in
                dashes.contains(s[k]) && (k == 0 || s[k - 1].properties.isWhitespace) && k + 1 < s.count && s[k + 1].properties.isWhitespace
            }) else { return nil }
            let name = ScalarText.string(s, ScalarText.trimmed(s, (dash + 1)..<open))
            // A name is a few words, not a sentence that happens to end in a mention.
            guard name.unicodeScalars.count <= 80 else { return nil }
            let date = ScalarText.string(s, ScalarText.trimmed(s, (close + 1)..<s.count))
            let byline = QuotedByline(name: name.isEmpty ? nil : name, handle: ScalarText.string(s, (open + 2)..<close),
                                      date: date.isEmpty || date.unicodeScalars.count > 40 ? nil : date)
            return (byline, dash)
        }

        /// Whether the handle is followed by what Twitter's and Truth Social's embed markup puts
        /// there: the quoted post's date ("March 18, 2025") or a link to it (`url`, ".../status/…",
        /// ".../posts/…"). Without either, "— words (@handle)" is how a quoted sentence can end
        /// ("Thank you Mr. President — proud to serve (@SenCruz)" named "proud to serve" as the
        /// quoted author).
        var isEmbedByline: Bool {
            date.map(Self.isDate) == true || url.map(Self.isPostLink) == true
        }

        /// A link to one post: Twitter's "/status/<id>", Truth Social's "/@handle/posts/<id>",
        /// Mastodon's "/users/<handle>/statuses/<id>".
        static func isPostLink(_ url: String) -> Bool {
            ["/status/", "/statuses/", "/posts/"].contains { url.contains($0) }
        }

        /// A date as an embed writes it, in the languages DriftAlign reads: a number with a
        /// month's name ("March 18, 2025", "18 mars 2025", "18. März 2025", "18 марта 2025 г.")
        /// or a numeric date ("2025-03-18", "18.03.2025", "3/18/2025").
        static func isDate(_ text: String) -> Bool {
            guard text.contains(where: \.isNumber) else { return false }
            let words = text.lowercased().split { !$0.isLetter }
            if words.contains(where: { monthNames.contains(String($0)) }) { return true }
            return text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).contains { token in
                let parts = token.split(separator: token.contains("-") ? "-" : token.contains("/") ? "/" : ".", omittingEmptySubsequences: false)
                return parts.count == 3 && parts.allSatisfy { (1...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }
                    && (parts.first!.count == 4 || parts.last!.count == 4)
            }
        }

        /// Month names, lowercased, as dates write them: English (and its abbreviations),
        /// French, German, Russian (genitive, "18 марта").
        static let monthNames: Set<String> = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
            "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
            "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
        ]

        /// Records `bylines` in `metadata`, each key's values in the quotations' order, joined
        /// with "; " (a post that quotes two tweets names both authors).
        static func record(_ bylines: [QuotedByline], in metadata: inout [String: String]) {
            let fields: [(String, (QuotedByline) -> String?)] = [
                ("quoted_author", { $0.name ?? "@\($0.handle)" }), ("quoted_handle", { $0.handle }),
                ("quoted_date", { $0.date }), ("quoted_url", { $0.url }),
            ]
            for (key, value) in fields {
                let values = bylines.compactMap(value)
                if !values.isEmpty { metadata[key] = values.joined(separator: "; ") }
            }
        }
    }
}
