import DriftAlignSources

/// Finds attribution cues in French press prose and the speaker each names.
///
/// French reporting verbs in the passé composé ("a déclaré"), inverted after a quotation
/// ("a-t-il dit", "a déclaré le chef de cabinet Dan Scavino"), participles ("affirmant") and
/// "selon / d'après". The speaker is the proper name (with its title: M., Mme, le président…)
/// next to the cue in the same clause; a pronoun ("a-t-il") takes the last speaker named.
enum AttributionFinder {
    static let verbs = ["déclaré", "dit", "affirmé", "écrit", "ajouté", "indiqué", "précisé", "souligné", "insisté", "lancé",
                        "rapporté", "noté", "assuré", "expliqué", "averti", "annoncé", "répondu", "confirmé", "estimé",
                        "raconté", "promis", "martelé", "prévenu", "ironisé", "publié", "tweeté", "posté", "répété",
                        "exprimé", "réaffirmé", "rappelé", "reconnu", "dénoncé", "salué", "évoqué", "souhaité", "admis",
                        "demandé", "proposé", "qualifié", "jugé", "plaidé", "réclamé", "lâché", "glissé", "confié"]
    static let participles = ["déclarant", "affirmant", "ajoutant", "estimant", "assurant", "soulignant", "expliquant", "précisant"]

    nonisolated(unsafe) static let pattern: Regex<AnyRegexOutput> = {
        let v = verbs.joined(separator: "|")
        let p = participles.joined(separator: "|")
        // The lookahead names every letter a match can start with (a/ont/avait, the participles,
        // selon, d'après, s'est/se): the engine then leaves a position at once, instead of trying
        // every alternative there. Same matches.
        let source = #"(?=[aodesp])(?:(?:a|ont|avait|avaient)(?:-t-(?:il|elle|ils|elles))?\s+(?:également\s+|aussi\s+|encore\s+)?(?:"# + v
            + #")|(?:"# + p + #")|\bselon\b|\bd['’]après\b|(?:s['’]est|se)\s+(?:dit|déclaré|montré))"#
        return try! Regex(source).ignoresCase()
    }()

    nonisolated(unsafe) static let channelPattern = try! Regex(#"sur\s+(?:son\s+réseau\s+social\s+|son\s+compte\s+)?(Truth\s+Social|X|Telegram|Twitter|Facebook|Instagram)"#)

    static let titles: Set<String> = ["M.", "MM.", "Mme", "Mme.", "Dr", "Dr."]
    /// Capitalised words that open sentences but never name a speaker.
    static let functionWords: Set<String> = ["Le", "La", "Les", "L’", "L'", "Un", "Une", "Des", "Dans", "En", "Mais", "Et", "Il", "Elle",
        "Ils", "Elles", "Nous", "Je", "On", "Selon", "Cela", "Ce", "Cette", "Ces", "Pour", "Par", "Au", "Aux", "Lors", "Après",
        "Avant", "Depuis", "Comme", "Alors", "Interrogé", "Interrogée", "Enfin", "De", "Du", "Sur", "Avec", "Malgré", "Dimanche",
        "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Truth", "Social", "X", "Telegram",
        // Indefinite pronouns that open sentences («Personne ne désire plus la paix»).
        "Personne", "Rien", "Aucun", "Aucune", "Chacun", "Chacune", "Tout", "Tous", "Toutes", "Certains", "Plusieurs"]
    /// Words after a cue that end the search for a speaker after it ("a déclaré sur X", "a dit que").
    static let clauseBreaks: Set<String> = ["sur", "dans", "lors", "à", "aux", "devant", "avant", "après", "que", "qu’", "qu'",
        "avoir", "être", "pour", "en", "au", "ce", "cette", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "hier", "aujourd’hui", "vouloir", "ne", "n’", "qu’il", "qu'il", "qu’elle", "avec", "son", "sa", "ses", "leur"]

    static func find(in doc: Document) -> [Attribution] {
        let scalars = Array(doc.text.unicodeScalars)
        var out: [Attribution] = []
        var lastSpeaker: (String, Range<Int>)?
        var lastSubject: (String, Range<Int>)?  // of the paragraphs before this one
        for paragraph in doc.paragraphs {
            let quotes = QuoteFinder.find(in: scalars, range: paragraph.range).sorted { $0.range.lowerBound < $1.range.lowerBound }
            var subjects = Subjects(scalars, paragraph.range, quoted: quotes.map(\.inner))
            var lastInParagraph: (String, Range<Int>)?
            defer { if let subject = subjects.final { lastSubject = subject } }
            let text = ScalarText.string(scalars, paragraph.range)
            // Matches come in text order: their scalar offsets are counted on from the previous
            // one's, and the quotations near them are swept along (``NearbyQuotes``), so a paragraph
            // with thousands of cues and quotations costs time in proportion to its length.
            var cursor = (index: text.startIndex, offset: paragraph.range.lowerBound)
            func offset(_ i: String.Index) -> Int {
                cursor = (i, cursor.offset + text.unicodeScalars.distance(from: cursor.index, to: i))
                return cursor.offset
            }
            var nearby = NearbyQuotes(quotes, reach: Self.quoteReach)
            for m in text.matches(of: pattern) {
                let lo = offset(m.range.lowerBound)
                let hi = offset(m.range.upperBound)
                // Whole words only: «réaffirmant» holds no «affirmant», «d’après-midi» no
                // «d’après», «savait dit» no «avait dit».
                if lo > paragraph.range.lowerBound, scalars[lo - 1].properties.isAlphabetic { continue }
                if hi < paragraph.range.upperBound, scalars[hi].properties.isAlphabetic || scalars[hi] == "-" { continue }
                let near = nearby.around(lo..<hi)
                // A cue inside a quotation is the quoted speaker's own words, not an attribution.
                if near.contains(where: { $0.inner.contains(lo) }) { continue }
                let cue = String(text[m.range])
                // A participle's subject comes before it ("la Maison Blanche affirmant"); what
                // follows is its object ("soulignant les pertes subies par la Russie").
                let lowered = cue.lowercased()
                let participle = participles.contains(lowered)
                // A name right before a verb cue, with nothing between ("Trump a déclaré", not
                // "Poutine, a déclaré"), is its subject, whatever follows ("Trump s'est montré
                // beaucoup plus proche de la Russie", "Zelensky a averti Poutine"): a name after
                // the cue speaks only when the cue is inverted ("« … », a déclaré Dan Scavino").
                // A plural pronoun before it ("Ils ont souligné") is a group the finder cannot name.
                let pronoun = pronounBefore(scalars, lo, paragraph.range)
                let selon = lowered == "selon" || lowered.hasPrefix("d'") || lowered.hasPrefix("d’")
                // «un signal selon lequel Washington et Moscou pourraient…» (seed 001) says what
                // the signal says, and «selon que» is "depending on whether": no source is named.
                let next = selon ? words(scalars, hi..<min(paragraph.range.upperBound, hi + 16)).first.map { wordCore($0.0, at: $0.1).0.lowercased() } : nil
                if lowered == "selon", let next, Self.selonNotASource.contains(next) || next.hasPrefix("qu'") || next.hasPrefix("qu’") { continue }
                // «Selon deux interlocuteurs familiers de la position du Kremlin» (seed 002), «selon
                // des déclarations publiées par The Guardian» (seed 004): the source is unnamed, and
                // the names in its noun phrase complete it.
                let unnamed = next.map { Self.unnamedSources.contains($0) } ?? false
                // "Zelenski, qui se réunira … avec JD Vance, a déclaré", "Dmitri Peskov, porte-parole
                // du Kremlin, a déclaré": the name before the inserted clause is the subject.
                // «Le ministère de la Défense a indiqué»: the ministry speaks, not "Défense".
                let inserted = participle || selon ? nil
                    : subjectBeforeInsertion(scalars, lo, paragraph.range).map { institution($0, scalars, paragraph.range, gapTo: lo) }
                var before = inserted ?? speakerBefore(scalars, lo, paragraph.range).map { institution($0, scalars, paragraph.range, gapTo: lo) }
                // A name after a preposition is no subject («des chercheurs … de l'université
                // d'Uppsala en Suède ont indiqué»); nor is a name in another clause («Hamilton a
                // confirmé que l'hôpital … a admis»), though a «qui» right before the cue opens the
                // name's own relative clause («l’administration Biden, qui a insisté»).
                if inserted == nil, let b = before, Self.afterPreposition(b.1, scalars, paragraph.range)
                    || words(scalars, b.1.upperBound..<lo).dropLast(lastWord(scalars, before: lo, paragraph.range) == "qui" ? 1 : 0)
                        .contains(where: { Self.opensClause(wordCore($0.0, at: $0.1).0.lowercased()) }) {
                    before = nil
                }
                let adjacent = before.flatMap { b in scalars[b.1.upperBound..<lo].allSatisfy(\.properties.isWhitespace) ? b : nil }
                // «le président Trump et le président Poutine ont évoqué»: both are the subject.
                let plural = lowered.hasPrefix("ont") || lowered.hasPrefix("avaient")
                // «Le porte-parole de Bush, Gordon Johndroe, a qualifié» (FLORES): a name set off
                // by commas right before the cue names the role's holder, who is the subject.
                let apposed = before.flatMap { b in Self.isApposed(b.1, before: lo, scalars, paragraph.range) ? b : nil }
                let subject = selon ? nil
                    : participle ? adjacent
                    : inserted ?? adjacent.map { plural ? coordinated($0, scalars, paragraph.range) ?? $0 : $0 } ?? apposed
                // A verb joined to an earlier one by «et» («Moscou a indiqué … en Ukraine et a
                // déclaré», seed 003) shares its subject, as a participle after a comma does
                // («Il s’est moqué du G7 …, affirmant»): the closest name before either is an
                // object. «selon» and «d’après» name their source after them, never before.
                let coordinatedVerb = !participle && !selon && lastWord(scalars, before: lo, paragraph.range) == "et"
                // A name after the cue speaks only when the cue is inverted («« … », a déclaré Dan
                // Scavino») or is «selon»: «La police a déclaré soupçonner un militant de Daesh»
                // names the suspect, not the speaker.
                let inverted = selon || isInverted(scalars, lo, paragraph.range)
                var speaker = pronoun == .plural ? nil
                    : subject ?? (participle || !inverted ? nil : speakerAfter(scalars, hi, paragraph.range).map { institution($0, scalars, paragraph.range, gapTo: nil) })
                        ?? (selon || participle || coordinatedVerb ? nil : before)
                // No name: a role may say who speaks («le président américain a déclaré», «selon le
                // porte-parole du Kremlin», «« … », a déclaré le chef du Kremlin»); the drift
                // scorer knows which roles name whom (SpeakerRoles) and reads any other as nobody.
                if speaker == nil, pronoun == nil, !participle {
                    speaker = (selon ? nil : roleBefore(scalars, lo, paragraph.range))
                        ?? (selon || isInverted(scalars, lo, paragraph.range) ? roleAfter(scalars, hi, paragraph.range) : nil)
                }
                // A participle with no subject of its own shares its clause's: "Vladimir Poutine a
                // déclaré que « … », ajoutant qu'il s'agissait d'« … »" (seed 000) gives the second
                // quotation to Poutine too. That subject is the last speaker or named subject of the
                // same sentence (none when a sentence ends between them, or it is far back).
                if speaker == nil, participle || coordinatedVerb {
                    speaker = [lastInParagraph, subjects.before(lo)].compactMap { $0 }
                        .filter { lo - $0.1.upperBound <= Self.participleReach && !endsSentence(scalars, $0.1.upperBound..<lo) }
                        .max { $0.1.lowerBound < $1.1.lowerBound }
                }
                // "a-t-il déclaré", "il a déclaré": the pronoun stands for the person last named as a
                // subject or speaker before the cue ("Zelenskyy a cherché … Dans un message, il a
                // déclaré …"; "Trump a l'intention de … ¶ « … », a-t-il déclaré"), in this
                // paragraph or an earlier one.
                // «qui, selon lui, « progresse »» (seed 003) is the same pronoun after «selon».
                let selonPronoun = next == "lui" || next == "elle"
                if speaker == nil, !participle, cue.contains("-t-") || pronoun == .singular || selonPronoun {
                    speaker = [subjects.before(lo), lastSpeaker, lastSubject].compactMap { $0 }
                        .max { $0.1.lowerBound < $1.1.lowerBound }
                }
                if unnamed { speaker = nil }
                if let s = speaker { lastSpeaker = s; lastInParagraph = s }
                // A participle introduces what follows it ("ajoutant qu'il s'agissait d'« … »"): its
                // quotation is the next one in its sentence, if any; else, like a verb's, the
                // closest ("« … », soulignant les pertes").
                let following = participle
                    ? near.first { $0.range.lowerBound >= hi && $0.range.lowerBound - hi <= quoteReach
                        && !endsSentence(scalars, hi..<$0.range.lowerBound) }
                    : nil
                let quote = following?.range ?? near.filter { !$0.inner.contains(lo) }
                    .min { distance($0.range, lo..<hi) < distance($1.range, lo..<hi) }
                    .flatMap { distance($0.range, lo..<hi) <= quoteReach ? $0.range : nil }
                let window = ScalarText.string(scalars, hi..<min(paragraph.range.upperBound, hi + 60))
                let channel = window.firstMatch(of: channelPattern).map { String(window[$0.range]).replacingOccurrences(of: "sur ", with: "") }
                out.append(Attribution(cue: cue, cueRange: lo..<hi, speaker: speaker?.0, speakerRange: speaker?.1,
                                       quoteRange: quote, channel: channel))
            }
        }
        return out
    }

    /// Prepositions after which a name is a complement, never a subject («en Suède», «à Moscou»).
    /// Not «de», «du», «des»: the name completing a role is read there (``complementReading(_:_:)``).
    static let placePrepositions: Set<String> = ["en", "à", "au", "aux", "dans", "par", "pour", "sur", "avec", "chez", "vers", "contre",
                                                 "entre", "depuis", "sans", "sous"]

    /// Whether the word before the name at `range` is one of ``placePrepositions``, or an
    /// article after one («le Centre d'alerte des tsunamis dans le Pacifique a déclaré», FLORES).
    static func afterPreposition(_ range: Range<Int>, _ s: [Unicode.Scalar], _ para: Range<Int>) -> Bool {
        let before = words(s, max(para.lowerBound, range.lowerBound - 40)..<range.lowerBound).suffix(2)
            .map { wordCore($0.0, at: $0.1).0.lowercased() }
        guard let last = before.last else { return false }
        if placePrepositions.contains(last) { return true }
        return before.count == 2 && ["le", "la", "les"].contains(last) && placePrepositions.contains(before[before.startIndex])
    }

    /// Whether a lower-cased word opens another clause: a conjunction or a relative pronoun.
    static func opensClause(_ w: String) -> Bool {
        clauseOpeners.contains(w) || ["qui", "dont", "où"].contains(w) || w.hasPrefix("qu'") || w.hasPrefix("qu’")
    }

    /// Whether the name at `name` stands between two commas, the second right before `to`.
    static func isApposed(_ name: Range<Int>, before to: Int, _ s: [Unicode.Scalar], _ para: Range<Int>) -> Bool {
        let gap = s[name.upperBound..<to].filter { !$0.properties.isWhitespace }
        guard gap.count == 1, gap.first == "," else { return false }
        var i = name.lowerBound - 1
        while i >= para.lowerBound, s[i].properties.isWhitespace { i -= 1 }
        return i >= para.lowerBound && s[i] == ","
    }

    /// The lower-cased word right before `to` in its paragraph, if any.
    static func lastWord(_ s: [Unicode.Scalar], before to: Int, _ para: Range<Int>) -> String? {
        words(s, max(para.lowerBound, to - 24)..<to).last.map { wordCore($0.0, at: $0.1).0.lowercased() }
    }

    /// A subject name coordinated with another before it: «Trump et Poutine ont», «le président
    /// Trump et le président Poutine ont» (seed 000). At most three lower-case words (an article
    /// and a title) between «et» and `subject`; the other name run ends right before «et». The
    /// speaker is the text from the first name to the last («Trump et le président Poutine»). Nil
    /// when `subject` is not coordinated.
    static func coordinated(_ subject: (String, Range<Int>), _ s: [Unicode.Scalar], _ para: Range<Int>) -> (String, Range<Int>)? {
        let ws = words(s, max(para.lowerBound, subject.1.lowerBound - 120)..<subject.1.lowerBound)
        var k = ws.count - 1, skipped = 0
        while k >= 0, skipped < 3, let f = ws[k].0.unicodeScalars.first, f.properties.isLowercase, ws[k].0 != "et" { k -= 1; skipped += 1 }
        guard k >= 1, ws[k].0 == "et" else { return nil }
        var run: [(String, Range<Int>)] = []
        for j in stride(from: k - 1, through: 0, by: -1) {
            let (core, cr) = wordCore(ws[j].0, at: ws[j].1)
            guard isNameWord(core), core == ws[j].0 else { break }
            run.insert((core, cr), at: 0)
        }
        guard let first = join(run) else { return nil }
        let range = first.1.lowerBound..<subject.1.upperBound
        return (ScalarText.string(s, range), range)
    }

    /// How far (in scalars) a cue's quotation may be: "« … », a-t-il déclaré" is next to it.
    static let quoteReach = 200

    /// How far back (in scalars) a participle's subject may be named: one long sentence.
    static let participleReach = 400

    /// Words after «selon» that make it no source: a relative pronoun («selon lequel»: the
    /// content of a noun before it) or «que» («selon que»: depending on whether).
    static let selonNotASource: Set<String> = ["lequel", "laquelle", "lesquels", "lesquelles", "que"]

    /// First words after «selon» or «d’après» of a source the text does not name: an indefinite
    /// article, a number or a quantifier («selon des responsables américains», «d’après deux
    /// sources», «selon plusieurs médias»).
    static let unnamedSources: Set<String> = ["des", "de", "d'autres", "d’autres", "un", "une", "deux", "trois", "quatre", "plusieurs",
                                              "certains", "certaines", "nombre", "nombreux", "nombreuses", "divers", "diverses", "quelques"]

    /// Whether a sentence ends within `range`: ".", "!", "?" or "…" before white space, unless the
    /// word it closes is a title or an initial ("M. Trump", "J. D. Vance"). Scans at most
    /// ``participleReach`` scalars (callers pass no more).
    static func endsSentence(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let lo = max(range.lowerBound, range.upperBound - participleReach)
        for i in lo..<range.upperBound where ".!?…".unicodeScalars.contains(s[i]) {
            guard i + 1 >= range.upperBound || s[i + 1].properties.isWhitespace else { continue }
            var start = i
            while start > 0, !s[start - 1].properties.isWhitespace { start -= 1 }
            let word = ScalarText.string(s, start..<(i + 1))
            if s[i] == ".", titles.contains(word) || (word.count == 2 && word.first!.isUppercase) { continue }
            return true
        }
        return false
    }

    /// The quotations within `reach` of a cue, for cues visited in text order: quotations sorted
    /// by start enter when they start within reach after the cue and leave when they end more than
    /// `reach` before it, so each enters and leaves once. Only quotations that overlap or come
    /// within `reach` can contain the cue or be its quotation, so the result is the same as
    /// searching them all. QuoteFinder follows at most 8 nested marks, so at most 8 quotations
    /// cover any point and the active list stays short even when marks are left open.
    struct NearbyQuotes {
        let quotes: [QuotedSpan]
        let reach: Int
        var next = 0
        var active: [QuotedSpan] = []

        init(_ quotes: [QuotedSpan], reach: Int) {
            self.quotes = quotes
            self.reach = reach
        }

        /// In text order of the original list (by start), as the callers' `min` relies on.
        mutating func around(_ cue: Range<Int>) -> [QuotedSpan] {
            while next < quotes.count, quotes[next].range.lowerBound <= cue.upperBound + reach {
                active.append(quotes[next])
                next += 1
            }
            active.removeAll { $0.range.upperBound + reach < cue.lowerBound }
            return active
        }
    }

    static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.upperBound <= b.lowerBound { return b.lowerBound - a.upperBound }
        if b.upperBound <= a.lowerBound { return a.lowerBound - b.upperBound }
        return 0
    }

    /// Words of the paragraph as (text, range), split at white space, keeping punctuation attached.
    static func words(_ s: [Unicode.Scalar], _ r: Range<Int>) -> [(String, Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        var i = r.lowerBound
        while i < r.upperBound {
            while i < r.upperBound, s[i].properties.isWhitespace { i += 1 }
            let start = i
            while i < r.upperBound, !s[i].properties.isWhitespace { i += 1 }
            if i > start { out.append((ScalarText.string(s, start..<i), start..<i)) }
        }
        return out
    }

    /// Elided words that open a capitalized word without making it a name («Lorsqu'on»,
    /// «Qu'il», «C'est»), unlike «L'» and «D'» before a name («L'Ukraine»).
    static let elisions: Set<String> = ["lorsqu", "puisqu", "quoiqu", "jusqu", "qu", "c", "s", "n", "j", "m", "t"]

    /// A name after an elided «de»: «d'Arizona», «d’Orsay».
    static func isElidedName(_ w: String) -> Bool {
        let scalars = Array(w.unicodeScalars)
        guard scalars.count > 3, scalars[0] == "d" || scalars[0] == "D", scalars[1] == "'" || scalars[1] == "’" else { return false }
        return scalars[2].properties.isUppercase
    }

    static func isNameWord(_ w: String) -> Bool {
        guard let f = w.unicodeScalars.first, !functionWords.contains(w) else { return false }
        if let apostrophe = w.firstIndex(where: { $0 == "'" || $0 == "’" }), elisions.contains(w[..<apostrophe].lowercased()) { return false }
        return (f.properties.isUppercase && w.count > 1) || titles.contains(w)
    }

    /// "a déclaré le chef de cabinet adjoint Dan Scavino": the first name sequence after the cue,
    /// within the clause (up to punctuation), at most 8 words on. A role closed by a comma and
    /// followed by the person's name set off by commas is that person: "selon le porte-parole du
    /// Kremlin, Dmitri Peskov, …", "a déclaré le président russe, Vladimir Poutine." (not
    /// "Kremlin", nor nobody).
    static func speakerAfter(_ s: [Unicode.Scalar], _ from: Int, _ para: Range<Int>) -> (String, Range<Int>)? {
        // Nine words fit in a few hundred scalars; not the rest of the paragraph for every cue;
        // five more for an apposed name.
        var end = min(para.upperBound, from + 600)
        while end < para.upperBound, !s[end].properties.isWhitespace { end += 1 }
        let ws = Array(words(s, from..<end).prefix(14))
        var run: [(String, Range<Int>)] = []
        var runStart = 0
        for (k, (w, r)) in ws.prefix(9).enumerated() {
            let (core, cr) = wordCore(w, at: r)
            if run.isEmpty && (clauseBreaks.contains(core.lowercased()) || core.hasPrefix("qu")) { return nil }
            if isNameWord(core) {
                if run.isEmpty { runStart = k }
                run.append((core, cr))
            } else if !run.isEmpty {
                // A name inside the role, then the person's name set off by a comma ("le ministre
                // ukrainien des Affaires étrangères, Andriy Sybiga."): the person speaks.
                if let c = ws[k...].prefix(3).firstIndex(where: { $0.0.hasSuffix(",") }), let apposed = apposedName(ws[(c + 1)...]) {
                    return apposed
                }
                break
            }
            if w.hasSuffix(","), k > 0, let apposed = apposedName(ws[(k + 1)...]) { return apposed }
            // A title's full stop ("M. Trump") does not end the clause.
            if (w.last.map({ ",.;:»\"”".contains($0) }) == true && !titles.contains(core)) || w.first.map({ "«\"“".contains($0) }) == true { break }
        }
        // «a déclaré la porte-parole de la Maison-Blanche Karoline Leavitt»: the person named after
        // the institution of the role speaks, as before a cue (``complementReading(_:_:)``).
        if run.count >= 3, let person = complementReading(run, ws[..<runStart])?.person { return person }
        return join(run)
    }

    /// Nouns of a ministry or an office whose complement names it: «le ministère des Affaires
    /// étrangères», «le ministre de la Défense», «le département d’État».
    static let institutionHeads: Set<String> = ["ministère", "ministre", "département", "état-major", "agence", "parquet", "direction",
                                                "commandement", "secrétariat"]
    /// Lower-case words that do not continue an institution's name after its capitalized word.
    static let institutionStops: Set<String> = ["également", "aussi", "encore", "déjà", "alors", "ainsi", "lui-même", "elle-même",
                                                "lui", "elle", "même", "pour", "par", "puis", "enfin", "hier", "dimanche", "cependant"]

    /// A one-word name that completes an institution's head noun (``institutionHeads``) after
    /// «du», «des» or «de la»: «Le ministère russe des Affaires étrangères a déclaré» spoke as
    /// "Affaires", «a indiqué le ministère de la Défense» as "Défense". The speaker is then the
    /// institution from its head noun («ministère russe des Affaires étrangères»), with up to two
    /// lower-case words that end its name: the words between the name and the cue at `gapTo`
    /// («étrangères»), or, after a cue (`gapTo` nil), the words that follow up to punctuation
    /// («de la Défense russe.»). Without an article, as a name: the attribution check compares
    /// its capitalized words with the original's author and reads a role it knows («ministre russe
    /// des Affaires étrangères» is Lavrov). Any other name comes back unchanged.
    static func institution(_ name: (String, Range<Int>), _ s: [Unicode.Scalar], _ para: Range<Int>, gapTo: Int?) -> (String, Range<Int>) {
        guard !name.0.contains(" "), !titles.contains(name.0) else { return name }
        let ws = words(s, max(para.lowerBound, name.1.lowerBound - 80)..<name.1.lowerBound).map { wordCore($0.0, at: $0.1) }
        var k = ws.count - 1
        guard k >= 1 else { return name }
        let marker = ws[k].0.lowercased()
        if marker == "la", ws[k - 1].0.lowercased() == "de" { k -= 1 } else if marker != "du" && marker != "des" { return name }
        k -= 1
        // One adjective may come between the head and its complement («ministère russe des»).
        if k >= 1, !institutionHeads.contains(ws[k].0.lowercased()), isPlainLowercase(ws[k].0), !determiners.contains(ws[k].0) { k -= 1 }
        guard k >= 0, institutionHeads.contains(ws[k].0.lowercased()), isPlainLowercase(ws[k].0) || ws[k].0.contains("-") else { return name }
        // The words between «de» and the name are the complement's own, with no punctuation.
        let inside = words(s, ws[k].1.upperBound..<name.1.lowerBound)
        guard inside.allSatisfy({ wordCore($0.0, at: $0.1).0 == $0.0 }) else { return name }
        var end = name.1.upperBound
        if name.1.upperBound >= s.count || !",.;:»".unicodeScalars.contains(s[name.1.upperBound]) {
            let tail: [(String, Range<Int>)]
            if let gapTo {
                tail = gapTo > end ? words(s, end..<gapTo) : []
            } else {
                tail = Array(words(s, end..<min(para.upperBound, end + 60)).prefix(2))
            }
            for (w, r) in tail.prefix(2) {
                let (core, cr) = wordCore(w, at: r)
                guard isPlainLowercase(core), !institutionStops.contains(core), !clauseBreaks.contains(core), !roleStops.contains(core),
                      !clauseOpeners.contains(core), !determiners.contains(core), !prepositions.contains(core) else { break }
                end = cr.upperBound
                if core != w { break }
            }
            // Before a cue, the whole gap or nothing: «Le ministère de la Défense russe a déclaré».
            if let gapTo, !words(s, end..<gapTo).isEmpty { end = name.1.upperBound }
        }
        let range = ws[k].1.lowerBound..<end
        return (ScalarText.string(s, range), range)
    }

    /// Letters only, all lower-case: an ordinary word («étrangères», «russe»).
    static func isPlainLowercase(_ w: String) -> Bool {
        !w.isEmpty && w.unicodeScalars.allSatisfy { $0.properties.isLowercase && $0.properties.isAlphabetic }
    }

    /// A name of two to four words (a title counts: "M. Peskov") right after a comma, closed by a
    /// comma or a full stop: the
    /// apposition that names the person a role describes ("…, Dmitri Peskov, a dit"). A name
    /// followed by its verb ("Selon Moscou, Vladimir Poutine a accepté") is the next clause's
    /// subject, not an apposition.
    static func apposedName(_ ws: ArraySlice<(String, Range<Int>)>) -> (String, Range<Int>)? {
        var run: [(String, Range<Int>)] = []
        for (w, r) in ws.prefix(4) {
            let (core, cr) = wordCore(w, at: r)
            guard isNameWord(core), !titles.contains(core) || run.isEmpty else { return nil }
            run.append((core, cr))
            if w.hasSuffix(",") || w.hasSuffix(".") && !titles.contains(core) {
                return run.count >= 2 ? join(run) : nil
            }
        }
        return nil
    }

    /// "M. Trump a déclaré": the closest name sequence before the cue within its clause.
    static func speakerBefore(_ s: [Unicode.Scalar], _ to: Int, _ para: Range<Int>) -> (String, Range<Int>)? {
        var ws = words(s, max(para.lowerBound, to - 120)..<to)
        // Back to the clause's start or the closest quotation mark (« », “ ” or straight ").
        if let cut = ws.lastIndex(where: { $0.0.contains(where: { ".;«»\"“”".contains($0) }) && !titles.contains($0.0) }) {
            ws = Array(ws[(cut + 1)...])
        }
        var run: [(String, Range<Int>)] = []
        var previous: String?  // the word after this one, in text order
        var afterParticle = false  // `previous` is a «du» or «des» inside a name
        for k in ws.indices.reversed() {
            let (w, r) = ws[k]
            let (core, cr) = wordCore(w, at: r)
            // A noun phrase opening the clause after a comma is the subject ("… à Kiev, le président
            // américain a répété"): the name before that comma is not.
            if run.isEmpty, w.hasSuffix(","), let p = previous, determiners.contains(p.lowercased()) { return nil }
            if isNameWord(core) && !w.hasSuffix(",") || (isNameWord(core) && run.isEmpty) || (afterParticle && isElidedName(core)) {
                run.insert((core, cr), at: 0)
                afterParticle = false
            } else if !run.isEmpty {
                if let complement = complementReading(run, ws[...k]) { return complement.person }
                // «L'Université d'Arizona du Nord a déclaré» (FLORES): a «du» or «des» between
                // name words is inside one name, whose speaker was "Nord".
                if !afterParticle, ["du", "des"].contains(w), k > 0,
                   case let prior = wordCore(ws[k - 1].0, at: ws[k - 1].1).0, isNameWord(prior) || isElidedName(prior) {
                    run.insert((w, r), at: 0)
                    afterParticle = true
                    previous = w
                    continue
                }
                break
            }
            previous = w
        }
        return join(run)
    }

    /// A name run read as the complement of a noun, and the person who speaks then.
    struct ComplementReading {
        /// The person named after the complement («l’envoyé de Trump Steve Witkoff»), or nil when
        /// the text does not name who speaks («le porte-parole de Vladimir Poutine»).
        var person: (String, Range<Int>)?
    }

    /// How a name run reads when it completes a noun, given the words before it (`before.last`
    /// the word right before the run): «Le successeur de Joe Biden a dit», «le porte-parole de
    /// Vladimir Poutine a dit» name no speaker; «l’envoyé de Trump Steve Witkoff a dit» names the
    /// person whose name ends the run. Nil when the run completes no noun. After «du», «des» and
    /// «de la» a run of one or two names is a common noun used as a name, which speaks itself
    /// («le porte-parole du Kremlin» speaks for the Kremlin); a longer one ends with the person.
    /// What a statement says is its author's («la déclaration de Vladimir Poutine a dit»).
    static func complementReading(_ run: [(String, Range<Int>)], _ before: ArraySlice<(String, Range<Int>)>) -> ComplementReading? {
        guard let marker = before.last?.0.lowercased() else { return nil }
        if marker == "de" {
            if let head = before.dropLast().last, statementNouns.contains(head.0.lowercased()) { return nil }
            return ComplementReading(person: run.count >= 3 ? personEnding(run) : nil)
        }
        // «le porte-parole du Kremlin Dmitri Peskov», «la porte-parole de la Maison-Blanche
        // Karoline Leavitt», «le président des États-Unis Donald Trump»: the institution or the
        // country completes the role and the person's name follows it. (The seeds wrote "Kremlin
        // Dmitri Peskov" and FLORES "États-Unis Donald Trump" for the speaker.)
        let deLa = (marker == "la" || marker == "l'" || marker == "l’") && before.dropLast().last?.0.lowercased() == "de"
        guard marker == "du" || marker == "des" || deLa, run.count >= 3 else { return nil }
        return ComplementReading(person: personEnding(run))
    }

    /// The person's name that ends a run of name words after what they complete: its last two
    /// words («… Dmitri Peskov»), with a title before them («… M. Dmitri Peskov»), or a title and a
    /// surname («… M. Peskov»).
    static func personEnding(_ run: [(String, Range<Int>)]) -> (String, Range<Int>)? {
        var start = max(0, run.count - 2)
        if start > 0, titles.contains(run[start - 1].0) { start -= 1 }
        return join(Array(run[start...]))
    }

    /// Nouns for what was said or written, and for the staff who speak for their head («l'équipe
    /// de Trump», «le cabinet de Zelensky»), whose «de» names the author.
    static let statementNouns: Set<String> = ["déclaration", "déclarations", "communiqué", "communiqués", "message", "messages",
        "lettre", "texte", "note", "publication", "post", "tweet", "discours", "propos", "compte", "rendu", "compte-rendu",
        "entourage", "cabinet", "bureau", "services", "service", "équipe", "administration", "gouvernement"]

    /// Words that open a relative clause set off by commas after its antecedent: «Zelenski, qui …,».
    static let relativePronouns: Set<String> = ["qui", "dont", "lequel", "laquelle"]

    /// Words that open a complement, not an apposition naming a role: «…, avec JD Vance, a dit».
    static let prepositions: Set<String> = ["à", "au", "aux", "avec", "dans", "en", "sur", "pour", "par", "de", "du", "des",
        "d’", "d'", "lors", "après", "avant", "selon", "depuis", "sans", "vers", "chez", "contre", "entre", "malgré", "devant",
        "pendant", "sous", "comme", "et", "mais", "ou", "que", "qu’", "qu'", "si"]

    /// The subject named before a clause inserted between it and the cue, closed by a comma right
    /// before the cue: a relative clause («Zelenski, qui se réunira vendredi à Munich, en Allemagne,
    /// avec le vice-président américain JD Vance, a déclaré», seed 004: not "JD Vance") or a short
    /// apposition that describes the person («Dmitri Peskov, porte-parole du Kremlin, a déclaré»:
    /// not "Kremlin"; «Trump, furieux, a dit»). An inserted clause opening on a preposition
    /// («…, avec Vance, a dit») or a name («le président russe, Vladimir Poutine, a dit», where
    /// the name is the apposition) is none. Within the sentence and 300 scalars before the cue.
    static func subjectBeforeInsertion(_ s: [Unicode.Scalar], _ to: Int, _ para: Range<Int>) -> (String, Range<Int>)? {
        var ws = words(s, max(para.lowerBound, to - 300)..<to)
        guard let last = ws.last, last.0.hasSuffix(",") else { return nil }
        if let cut = ws.lastIndex(where: { $0.0.contains(where: { ".;:!?«»\"“”".contains($0) }) && !titles.contains($0.0) }) {
            ws = Array(ws[(cut + 1)...])
        }
        // The name run ending with the comma-closed word at `k`, if that word is a name, and the
        // index of its first word.
        func antecedent(endingAt k: Int) -> (name: (String, Range<Int>), run: [(String, Range<Int>)], start: Int)? {
            guard k >= 0, ws[k].0.hasSuffix(",") else { return nil }
            var run: [(String, Range<Int>)] = []
            var j = k
            while j >= 0 {
                let (core, cr) = wordCore(ws[j].0, at: ws[j].1)
                guard isNameWord(core), j == k || !ws[j].0.hasSuffix(",") else { break }
                run.insert((core, cr), at: 0)
                j -= 1
            }
            return join(run).map { ($0, run, j + 1) }
        }
        // A relative clause: the closest relative pronoun right after a comma-closed name, which
        // is its antecedent even when it completes a noun («la position de Joe Biden, qui, avec
        // ses conseillers, a insisté»: Biden insisted). A relative pronoun inside the clause
        // («Zelenski, qui a rejeté le plan qui …, a dit») is passed over.
        for r in ws.indices.dropLast().reversed() where relativePronouns.contains(wordCore(ws[r].0, at: ws[r].1).0.lowercased()) {
            if let a = antecedent(endingAt: r - 1) { return a.name }
        }
        // An apposition: no comma inside, opening on neither a preposition nor a name; one to six
        // words, or up to twelve with no word of a clause in them («Sara Danius, secrétaire
        // permanente du Comité Nobel de Littérature de l'Académie suédoise, a annoncé», FLORES).
        guard let open = ws.indices.dropLast().last(where: { ws[$0].0.hasSuffix(",") }) else { return nil }
        let inserted = ws[(open + 1)...]
        let clauseFree = !inserted.contains { w in
            let l = wordCore(w.0, at: w.1).0.lowercased()
            return opensClause(l) || followsSubject(l) || l == "ou"
        }
        guard (1...6).contains(inserted.count) || (inserted.count <= 12 && clauseFree), let first = inserted.first,
              !prepositions.contains(first.0.lowercased()), !relativePronouns.contains(first.0.lowercased()),
              !isNameWord(wordCore(first.0, at: first.1).0), first.0.first?.isLowercase == true,
              let a = antecedent(endingAt: open) else { return nil }
        // «Le porte-parole de Vladimir Poutine, furieux, a dit»: the apposition describes the
        // spokesman, whom the text does not name.
        if let complement = complementReading(a.run, ws[..<a.start]) { return complement.person }
        return a.name
    }

    /// A role named by a noun phrase that ends right before the cue and opens its clause: «Le
    /// président américain a répété», «Le successeur de Joe Biden a dit» (not «Kiev craint que le
    /// républicain … ne cède», where the phrase is no cue's subject). At most eight words, opening
    /// on «le», «la» or «l’» at the start of the clause (after punctuation, «que», «et», «mais»).
    static func roleBefore(_ s: [Unicode.Scalar], _ to: Int, _ para: Range<Int>) -> (String, Range<Int>)? {
        let ws = words(s, max(para.lowerBound, to - 160)..<to)
        guard let last = ws.last, wordCore(last.0, at: last.1).0 == last.0 else { return nil }
        for k in ws.indices.reversed() where ws.count - k <= 8 {
            let w = ws[k].0, lower = w.lowercased()
            if roleStops.contains(lower) || k < ws.count - 1 && wordCore(w, at: ws[k].1).0 != w { return nil }
            guard roleDeterminers.contains(lower) || lower.hasPrefix("l’") || lower.hasPrefix("l'") else { continue }
            let opensClause = k == 0 || ws[k - 1].0.last.map { ",;:.!?…»\"”(".contains($0) } == true
                || clauseOpeners.contains(ws[k - 1].0.lowercased())
            guard opensClause, k < ws.count - 1 || lower.count > 3 else { return nil }
            return (ScalarText.string(s, ws[k].1.lowerBound..<last.1.upperBound), ws[k].1.lowerBound..<last.1.upperBound)
        }
        return nil
    }

    /// A role named by a noun phrase right after an inverted cue or «selon»: «a déclaré le
    /// président américain.», «selon le porte-parole du Kremlin,». Up to the first punctuation or
    /// word that ends the phrase («sur», «devant», «que»…), at most eight words.
    static func roleAfter(_ s: [Unicode.Scalar], _ from: Int, _ para: Range<Int>) -> (String, Range<Int>)? {
        let ws = Array(words(s, from..<min(para.upperBound, from + 200)).prefix(9))
        guard let first = ws.first, roleDeterminers.contains(first.0.lowercased())
                || first.0.lowercased().hasPrefix("l’") || first.0.lowercased().hasPrefix("l'") else { return nil }
        var end = first.1.upperBound
        for (k, (w, r)) in ws.enumerated() {
            let (core, cr) = wordCore(w, at: r)
            if k > 0, clauseBreaks.contains(core.lowercased()) || roleStops.contains(core.lowercased()) { break }
            end = cr.upperBound
            if core != w || k == 7 { break }
        }
        let start = first.1.lowerBound
        return end > start ? (ScalarText.string(s, start..<end), start..<end) : nil
    }

    /// Whether the cue at `to` follows punctuation (a quotation, a comma): «« … », a déclaré».
    static func isInverted(_ s: [Unicode.Scalar], _ to: Int, _ para: Range<Int>) -> Bool {
        var i = to - 1
        while i >= para.lowerBound, s[i].properties.isWhitespace { i -= 1 }
        return i >= para.lowerBound && ",»\"”:—".unicodeScalars.contains(s[i])
    }

    /// Singular articles that open a role («le président», «la porte-parole»).
    static let roleDeterminers: Set<String> = ["le", "la"]
    /// Words after which a role opens a clause: «… et le président américain a dit».
    static let clauseOpeners: Set<String> = ["que", "qu’", "qu'", "et", "mais", "car", "puis", "donc", "alors", "lorsque", "quand"]
    /// Words a role phrase does not hold: pronouns and the words of a verb or a relative clause.
    static let roleStops: Set<String> = ["qui", "que", "qu’", "qu'", "ne", "n’", "n'", "se", "s’", "s'", "il", "elle", "lui",
                                         "a", "ont", "est", "sont", "avait", "était", "y"]

    /// Articles and demonstratives that open a French noun phrase.
    static let determiners: Set<String> = ["le", "la", "les", "l’", "l'", "un", "une", "des", "ce", "cet", "cette", "ces"]

    enum Pronoun { case singular, plural }

    /// Whether the word just before the cue is a subject pronoun ("il a déclaré", "ils ont dit").
    static func pronounBefore(_ s: [Unicode.Scalar], _ to: Int, _ para: Range<Int>) -> Pronoun? {
        guard let last = words(s, max(para.lowerBound, to - 12)..<to).last else { return nil }
        // Elided after «que» too: «a fait remarquer qu'il a lancé l'entreprise».
        var w = last.0.lowercased()
        if w.hasPrefix("qu'") || w.hasPrefix("qu’") { w.removeFirst(3) }
        switch w {
        case "il", "elle": return .singular
        case "ils", "elles": return .plural
        default: return nil
        }
    }

    /// Whether a lower-cased word follows a clause's subject: one of ``afterSubject``, a
    /// negation's «ne», or one of them elided after it («Le Kremlin n’a rien dit»).
    static func followsSubject(_ w: String) -> Bool {
        if afterSubject.contains(w) || w == "ne" { return true }
        guard w.hasPrefix("n’") || w.hasPrefix("n'") else { return false }
        return afterSubject.contains(String(w.dropFirst(2)))
    }

    /// Auxiliaries and verbs that follow a clause's subject ("Zelenskyy a cherché", "Poutine est").
    static let afterSubject: Set<String> = ["a", "ont", "avait", "avaient", "aurait", "est", "sont", "était", "s’est", "s'est",
                                            "se", "va", "veut", "doit", "peut", "dit", "affirme", "estime", "juge"]

    /// The name sequences of a paragraph that are subjects, in text order: a run of name words
    /// (not opening a quotation) whose last word does not end with a comma and is followed by an
    /// auxiliary or a reporting verb ("Zelenskyy a cherché", "Poutine est"). Each is usable by a
    /// cue that starts after that following word ends. Built once per paragraph, so a pronoun's
    /// look-back costs a step of a sweep, not a pass over the paragraph (a paragraph of thousands
    /// of "il a dit" made that quadratic).
    struct Subjects {
        var entries: [(usableFrom: Int, subject: (String, Range<Int>)?)] = []
        var next = 0
        var last: (String, Range<Int>)? = nil

        /// `quoted`: the inner ranges of the paragraph's quotations, in text order; the names in
        /// them are the quoted speaker's words («« L'Angola se dirige vers… », a-t-il déclaré»),
        /// not subjects of the narrative.
        init(_ s: [Unicode.Scalar], _ para: Range<Int>, quoted: [Range<Int>] = []) {
            let ws = AttributionFinder.words(s, para)
            var run: [(String, Range<Int>)] = []
            var runStart = 0
            var q = 0
            for (k, (w, r)) in ws.enumerated() {
                while q < quoted.count, quoted[q].upperBound <= r.lowerBound { q += 1 }
                if q < quoted.count, quoted[q].contains(r.lowerBound) {
                    run = []
                    continue
                }
                let (core, cr) = wordCore(w, at: r)
                if isNameWord(core) && !w.hasPrefix("«") && !w.hasPrefix("\"") && !w.hasPrefix("“") {
                    // A comma ends a name run: «le PDG de Ring, Jamie Siminoff,» holds two.
                    if k > 0, ws[k - 1].0.hasSuffix(",") { run = [] }
                    if run.isEmpty { runStart = k }
                    run.append((core, cr))
                    if k + 1 < ws.count, !w.hasSuffix(","), followsSubject(ws[k + 1].0.lowercased()) {
                        // «Le porte-parole de Vladimir Poutine a dit»: the subject is the role the
                        // name completes (a person only when named after it).
                        // «Le ministère russe de la Défense a affirmé … Il a ajouté»: the ministry.
                        let subject = AttributionFinder.complementReading(run, ws[..<runStart])
                            .map { $0.person ?? roleBefore(s, ws[k + 1].1.lowerBound, para) }
                            ?? join(run).map { AttributionFinder.institution($0, s, para, gapTo: ws[k + 1].1.lowerBound) }
                        entries.append((ws[k + 1].1.upperBound, subject))
                    } else if w.hasSuffix(","), let verb = Self.verbAfterApposition(ws, from: k + 1) {
                        // «Cuomo, 53 ans, a commencé son mandat … Il a qualifié» (FLORES): the
                        // name before a short apposition is its verb's subject.
                        entries.append((ws[verb].1.upperBound, join(run)))
                    } else if w.hasSuffix(","), runStart > 0, ws[runStart - 1].0.hasSuffix(","), k + 1 < ws.count,
                              followsSubject(ws[k + 1].0.lowercased()) {
                        // «le PDG de Ring, Jamie Siminoff, a fait remarquer qu'il…» (FLORES): a
                        // name set off by commas before its verb is the subject.
                        entries.append((ws[k + 1].1.upperBound, join(run)))
                    }
                } else {
                    // A role as subject («que le républicain de 78 ans ne cède», «Le président
                    // russe a dit»): a later «il» stands for it, not for a name before it.
                    if run.isEmpty || ws[k - 1].0.hasSuffix(","), followsSubject(w.lowercased()),
                       let role = roleBefore(s, r.lowerBound, para) {
                        entries.append((r.upperBound, role))
                    }
                    run = []
                }
            }
        }

        /// The index of the verb after an apposition that starts at `start` («53 ans,» in
        /// «Cuomo, 53 ans, a commencé»): one to six words, the last closed by a comma, the first
        /// no name, none of a clause; then a word that follows a subject. Nil otherwise.
        static func verbAfterApposition(_ ws: [(String, Range<Int>)], from start: Int) -> Int? {
            guard start < ws.count, !isNameWord(wordCore(ws[start].0, at: ws[start].1).0) else { return nil }
            for end in start..<min(ws.count, start + 6) {
                let l = wordCore(ws[end].0, at: ws[end].1).0.lowercased()
                if opensClause(l) || followsSubject(l) || ws[end].0.contains(where: { ".;:!?«»\"“”".contains($0) }) { return nil }
                if ws[end].0.hasSuffix(",") {
                    return end + 1 < ws.count && followsSubject(ws[end + 1].0.lowercased()) ? end + 1 : nil
                }
            }
            return nil
        }

        /// The last subject usable before `to`; calls come with `to` not decreasing.
        mutating func before(_ to: Int) -> (String, Range<Int>)? {
            while next < entries.count, entries[next].usableFrom <= to {
                last = entries[next].subject
                next += 1
            }
            return last
        }

        /// The paragraph's last subject.
        var final: (String, Range<Int>)? { entries.last?.subject ?? nil }
    }

    static func join(_ run: [(String, Range<Int>)]) -> (String, Range<Int>)? {
        guard let first = run.first, let last = run.last else { return nil }
        if run.count == 1 && titles.contains(first.0) { return nil }
        return (run.map(\.0).joined(separator: " "), first.1.lowerBound..<last.1.upperBound)
    }
}

extension AttributionFinder {
    /// A word at `range` less the punctuation around it ("Peskov," → "Peskov"), with the range of
    /// what is left: a speaker's offsets point at the name. With the word's range, `speakerEnd`
    /// took in the comma or full stop after 58 of the 369 speakers the offsets audit
    /// (scripts/audit-offsets.py) checked.
    static func wordCore(_ word: String, at range: Range<Int>) -> (String, Range<Int>) {
        let core = word.trimmingCharacters(in: ",.;:«»\"()")
        let lead = word.unicodeScalars.distance(from: word.startIndex, to: core.startIndex)
        let trail = word.unicodeScalars.distance(from: core.endIndex, to: word.endIndex)
        return (String(core), (range.lowerBound + lead)..<max(range.lowerBound + lead, range.upperBound - trail))
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> Substring {
        var sub = Substring(self)
        while let f = sub.first, set.contains(f) { sub = sub.dropFirst() }
        // A title's or an initial's full stop stays («M.», «Dr.», «J.»); a sentence's goes
        // («a déclaré M. Hu.» is Hu).
        while let l = sub.last, set.contains(l), !(l == "." && (AttributionFinder.titles.contains(String(sub)) || sub.count == 2)) { sub = sub.dropLast() }
        return sub
    }
}
