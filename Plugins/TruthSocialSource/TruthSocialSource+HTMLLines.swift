import DriftAlignSources

extension TruthSocialSource.RecordReader {
    /// The lines of a status's HTML: `<p>` paragraphs split at `<br>`, and the lines of a post
    /// quoted in a `<blockquote>`; with the bylines of those quotations (``QuotedByline``).
    /// Skips Truth Social's `quote-inline` span (the "RT: <url>" fallback of a quote post, whose
    /// id is `quote_id`).
    ///
    /// One walk of the tree reads each text node once: a `<p>` or `<blockquote>` start or end,
    /// or a `<br>`, ends the line. libxml2 keeps a `<p>` that is inside an `<a>` or `<span>`
    /// nested in the outer `<p>` ("<p>First. <a><p>Second.</p></a></p>"), so reading each
    /// `<p>`'s whole subtree, as this did, gave the inner paragraph's text twice, and 5,000
    /// unclosed `<p>… <a>` thousands of times. Text outside every `<p>` is skipped when the post
    /// has paragraphs (Mastodon wraps all text in them), read as one block when it has none;
    /// inside a `<blockquote>` it is read, since a quoted tweet's byline sits there after the
    /// quoted `<p>` ("— Name (@handle) <a>March 18, 2025</a>", the markup of Twitter's embed
    /// code), and was lost. A quotation's byline is its last line, read once however deeply
    /// quotations nest, so the walk stays linear.
    ///
    /// `withoutBylines` is `lines` with each byline cut off (quoted text before it on its line
    /// kept), nil when there is none, for ``TruthSocialSource/WordlessPost``: a byline's name
    /// and date are words, and made "🇺🇸" over a quoted "pic.twitter.com/…" a post with words.
    ///
    /// `voices` says which of `lines` each quotation with a byline spans (its byline's line
    /// included) and whose words they are (``Document/voices``); a nested quotation comes before
    /// the one holding it.
    static func htmlLines(_ root: HTMLNode) -> (lines: [String], bylines: [TruthSocialSource.QuotedByline], withoutBylines: [String]?,
                                                voices: [(lines: Range<Int>, speaker: String)]) {
        enum Step { case enter(HTMLNode.Child), leaveParagraph, leaveQuote(HTMLNode, firstLine: Int) }
        let hasParagraphs = root.first("p") != nil
        var lines: [String] = []
        var current = ""
        var paragraphDepth = 0, quoteDepth = 0
        // The last line with text, and the byline read from it (each line is parsed once).
        var lastText: Int?
        var parsed: (line: Int, byline: TruthSocialSource.QuotedByline?, before: String)?
        var bylines: [TruthSocialSource.QuotedByline] = [], seen: Set<TruthSocialSource.QuotedByline> = []
        // Byline lines as the word test sees them: the text before the byline's dash.
        var cut: [Int: String] = [:]
        // Quotations with a byline: the raw lines they span and their author.
        var quoted: [(lines: ClosedRange<Int>, speaker: String)] = []
        func endLine() {
            if current.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) { lastText = lines.count }
            lines.append(current)
            current = ""
        }
        var stack: [Step] = root.children.reversed().map { .enter($0) }
        while let step = stack.popLast() {
            switch step {
            case .leaveParagraph:
                endLine()
                paragraphDepth -= 1
            case .leaveQuote(let quote, let firstLine):
                endLine()
                quoteDepth -= 1
                guard let last = lastText, last >= firstLine else { break }
                if parsed?.line != last {
                    let line = lines[last].collapsingWhitespace()
                    let found = TruthSocialSource.QuotedByline.parse(line)
                    parsed = (last, found?.byline, String(String.UnicodeScalarView(line.unicodeScalars.prefix(found?.dash ?? 0))))
                }
                guard var byline = parsed?.byline, let before = parsed?.before else { break }
                // The link written after the quoted paragraphs (the quoted post's address).
                byline.url = quote.elements.last { $0.name == "a" }?.attributes["href"].flatMap { $0.isEmpty ? nil : $0 }
                guard byline.isEmbedByline else { break }
                cut[last] = before
                quoted.append((firstLine...last, byline.name ?? "@\(byline.handle)"))
                if seen.insert(byline).inserted { bylines.append(byline) }
            case .enter(.text(let t)):
                if !hasParagraphs || paragraphDepth > 0 || quoteDepth > 0 { current += t }
            case .enter(.element(let e)) where e.name == "br":
                endLine()
            case .enter(.element(let e)):
                if ["script", "style"].contains(e.name) || e.classes.contains("quote-inline") { continue }
                if e.name == "p" {
                    endLine()
                    paragraphDepth += 1
                    stack.append(.leaveParagraph)
                } else if e.name == "blockquote" {
                    endLine()
                    quoteDepth += 1
                    stack.append(.leaveQuote(e, firstLine: lines.count))
                }
                stack.append(contentsOf: e.children.reversed().map { .enter($0) })
            }
        }
        endLine()
        let shown = { (lines: [String]) in lines.map { $0.collapsingWhitespace() }.filter { !$0.isEmpty } }
        // Each raw line's index among the shown (non-empty) lines: the lines before it that show.
        var shownBefore: [Int] = [], count = 0
        for line in lines {
            shownBefore.append(count)
            if !line.collapsingWhitespace().isEmpty { count += 1 }
        }
        let voices = quoted.map { q in (lines: shownBefore[q.lines.lowerBound]..<(shownBefore[q.lines.upperBound] + 1), speaker: q.speaker) }
        return (shown(lines), bylines, cut.isEmpty ? nil : shown(lines.indices.map { cut[$0] ?? lines[$0] }), voices)
    }
}
