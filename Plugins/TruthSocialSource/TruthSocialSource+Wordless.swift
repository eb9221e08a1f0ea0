extension TruthSocialSource {
    /// Tells a post with no word in it (only emoji, links, marks) from one with words, for its
    /// ``Document/skipReason``.
    ///
    /// Such posts are common on the account the archive holds: a flag under four photos
    /// ("🇺🇸", record 114186080634823311 of 2025-03-18), a bare link to an article, "👇" above a
    /// video link. They have nothing a translation could render, so aligned as originals they
    /// only attract a French sentence: the flag was linked in monotonic mode to "Le président
    /// américain n'a pas commenté davantage…", with four major findings. The document keeps
    /// its text (``segment`` shows it) and is flagged, as reposts and media-only posts are.
    enum WordlessPost {
        /// Why a post with this text is not aligned, or nil when it has a word: a token that
        /// is not a link and holds a letter or a digit outside an emoji. Hashtags, mentions and
        /// numbers ("#MAGA", "@JDVance", "47") are words: an article can quote them.
        static func skipReason(_ text: String) -> String? {
            var links = 0, emoji = 0
            for token in text.split(whereSeparator: { $0.isWhitespace }) {
                if isLink(token) {
                    links += 1
                    continue
                }
                for c in token {
                    if isEmoji(c) { emoji += 1 } else if c.isLetter || c.isNumber { return nil }
                }
            }
            if links > 0 { return "link-only post" }
            if emoji > 0 { return "emoji-only post" }
            return "post without words (punctuation or symbols only)"
        }

        /// A link as the posts write them: the address in full ("https://…"), or as Mastodon
        /// shows it when the scheme is hidden ("www.…").
        static func isLink(_ token: Substring) -> Bool {
            token.hasPrefix("http://") || token.hasPrefix("https://") || token.hasPrefix("www.")
        }

        /// Whether `c` is shown as an emoji (Unicode TS #51 §4): a character that is one by
        /// default ("🇺🇸", "👇", "🥇"), or a symbol made one by the emoji variation selector or a
        /// keycap ("❤️", "1️⃣"). Digits, "#" and "*" have the Emoji property too (for keycaps):
        /// alone they are text, and the digits count as words.
        static func isEmoji(_ c: Character) -> Bool {
            let scalars = c.unicodeScalars
            guard let first = scalars.first else { return false }
            if first.properties.isEmojiPresentation || scalars.contains(where: { $0 == "\u{FE0F}" || $0 == "\u{20E3}" }) {
                return true
            }
            return first.properties.isEmoji && !first.isASCII
        }
    }
}
