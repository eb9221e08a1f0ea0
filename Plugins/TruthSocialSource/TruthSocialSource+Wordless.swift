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

        /// A link as the posts write them: the address in full ("https://…"), as Mastodon
        /// shows it when the scheme is hidden ("www.…"), or bare, host then path, as a quoted
        /// tweet writes its picture ("pic.twitter.com/Xy12AbCdEf") and posts paste addresses
        /// ("truthsocial.com/@ExampleWire/114186080634820001").
        static func isLink(_ token: Substring) -> Bool {
            token.hasPrefix("http://") || token.hasPrefix("https://") || token.hasPrefix("www.") || isBareAddress(token)
        }

        /// "host.tld/…" (an opening bracket or quote mark before it allowed): two or more labels
        /// of ASCII letters, digits and hyphens, the last a top-level domain (``genericDomains``
        /// or two letters, a country's), then "/". Words with a period are not: "U.S.", "etc.",
        /// "Mr." have no "/", and in "U.S./Mexico" or "e.g./i.e." the last label is one letter
        /// or empty.
        static func isBareAddress(_ token: Substring) -> Bool {
            let t = token.drop { "([{\"'«“‘".contains($0) }
            guard let slash = t.firstIndex(of: "/") else { return false }
            let labels = t[..<slash].split(separator: ".", omittingEmptySubsequences: false)
            guard labels.count >= 2, labels.allSatisfy({ label in
                !label.isEmpty && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            }) else { return false }
            let domain = labels.last!.lowercased()
            return genericDomains.contains(domain) || (domain.count == 2 && domain.allSatisfy(\.isLetter))
        }

        /// Generic top-level domains common in addresses, a few of the IANA root zone's (a word
        /// is no address for lack of a rare one); country ones are any two letters.
        static let genericDomains: Set<String> = [
            "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "news", "live", "media", "online", "site", "app", "dev",
            "blog", "shop", "store", "tv", "social", "link", "press", "vote", "xyz",
        ]

        /// Whether `c` is shown as an emoji (Unicode TS #51 §4): a character that is one by
        /// default ("🇺🇸", "👇", "🥇": Emoji_Presentation, or a skin-tone modifier after a
        /// symbol, "✌🏽"), or a symbol made one by the emoji variation selector or a keycap
        /// ("❤️", "1️⃣"). Symbols that are text by default ("™", "©", "®", "❤" without U+FE0F)
        /// are not, though they have the Emoji property; nor are digits, "#" and "*" (Emoji for
        /// keycaps): alone they are text, and the digits count as words.
        static func isEmoji(_ c: Character) -> Bool {
            c.unicodeScalars.contains { s in
                s.properties.isEmojiPresentation || s.properties.isEmojiModifier || s == "\u{FE0F}" || s == "\u{20E3}"
            }
        }
    }
}
