import ArgumentParser
import DriftAlignAligner
import DriftAlignCore
import DriftAlignEncoder
import DriftAlignRegistry
import Foundation

/// `driftalign align ORIGINAL TRANSLATION`: sentence alignment of a translation with its original(s).
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a French translation with the original(s) it translates.",
        discussion: """
        Modes: `monotonic` aligns a text that translates a whole original, in order (1-1, 1-n, \
        n-1, 2-2, 0-1, 1-0 links; a run of untranslated complete sentences is one n-0 link, a \
        left-out passage); `quotes` finds, for every French sentence and quotation, the \
        original sentence it translates, if any, in any order, across several originals; `auto` \
        (default) uses monotonic for sections that translate an original in order and quotes for \
        the rest. ORIGINAL's sentences are the first side of every link. In the links format, \
        with several original documents (several files, or the posts of an archive), original \
        sentences are numbered through the documents in order, those without sentences left out \
        (stderr lists each document's numbers); --format json names each link's document. \
        tsv: ORIGINAL<TAB>TRANSLATION<TAB>SCORE, one link a line, no header, an n-m link's \
        sentences joined by a space, tabs and line breaks in a text turned into spaces, no quoting \
        (hunalign's and Vecalign's form). On a terminal, controls and bidi controls of the texts \
        show as U+FFFD; -o and pipes keep them.

        Examples:
          driftalign align en.txt fr.txt --presegmented --src-lang en --format links
          driftalign align readout.html article.txt --format tmx -o pairs.tmx
          driftalign align --original posts.json --original readout.html article.txt --mode quotes --format json

        Many documents in one run (the model is loaded once): --pairs LIST, where each line of \
        LIST is ORIGINAL<TAB>TRANSLATION<TAB>OUTPUT (paths relative to the current folder; blank \
        lines and lines starting with # are skipped). Every pair is aligned with the same options \
        and written to its OUTPUT; a pair that fails is reported and the others still run (exit \
        status 1 if any failed). A list where two lines share an OUTPUT, or an OUTPUT is one of \
        the inputs, is refused before any pair runs.
          driftalign align --pairs books.tsv --presegmented --src-lang en --mode monotonic
        """
    )

    enum Mode: String, ExpressibleByArgument, CaseIterable { case auto, monotonic, quotes }
    enum Format: String, ExpressibleByArgument, CaseIterable { case links, tsv, json, tmx }

    @Argument(help: "ORIGINAL TRANSLATION, or only TRANSLATION when --original is given; \"-\" reads one of them from standard input.")
    var files: [String] = []

    @Option(name: .customLong("original"), help: "An original file (repeatable); quote mining searches all of them.")
    var originals: [String] = []

    @Option(name: .customLong("src-lang"), help: "Language of the original(s): en, ru, de… (default: the plugin's or guessed).")
    var sourceLanguage: String?

    @Option(name: .customLong("tgt-lang"), help: "Language of the translation.")
    var targetLanguage: String = "fr"

    @Flag(name: .long, help: "Inputs hold one sentence per line; no segmentation.")
    var presegmented = false

    @Option(name: .long, help: "auto, monotonic or quotes.")
    var mode: Mode = .auto

    @Option(name: .long, help: "links, tsv, json or tmx.")
    var format: Format = .links

    @Option(name: [.short, .customLong("output")], help: "Write here instead of standard output (\"-\": standard output).")
    var output: String?

    @Option(name: .long, help: "Align every ORIGINAL<TAB>TRANSLATION<TAB>OUTPUT line of this file, loading the model once.")
    var pairs: String?

    @Option(name: .long, help: "Source plugin for the original(s) (see `driftalign sources`).")
    var source: String?

    @OptionGroup var encoderOptions: EncoderOptions
    @OptionGroup var textEncoding: TextEncodingOptions
    @OptionGroup var tuning: AlignmentTuningOptions

    var originalPaths: [String] { originals.isEmpty ? Array(files.prefix(1)) : originals }
    var translationPath: String { files.last ?? "" }

    func validate() throws {
        try LanguageOptions.check([("--src-lang", sourceLanguage), ("--tgt-lang", targetLanguage)])
        if pairs != nil {
            if !files.isEmpty || !originals.isEmpty || output != nil {
                throw ValidationError("--pairs names every file itself: give no file arguments, --original or --output with it")
            }
            if presegmented && source != nil {
                throw ValidationError("--presegmented reads plain lines; it cannot be combined with --source")
            }
            return
        }
        if originals.isEmpty && files.count != 2 {
            throw ValidationError("give ORIGINAL and TRANSLATION, or --original FILE… and TRANSLATION (got \(files.count) file argument(s))")
        }
        if !originals.isEmpty && files.count != 1 {
            throw ValidationError("with --original, give exactly one TRANSLATION argument (got \(files.count))")
        }
        if mode == .monotonic && originalPaths.count > 1 {
            throw ValidationError("monotonic alignment takes one original; with several, use --mode quotes or auto")
        }
        if presegmented && source != nil {
            throw ValidationError("--presegmented reads plain lines; it cannot be combined with --source")
        }
    }

    func run() throws {
        if let list = pairs {
            let jobs = try PairList.read(list)
            let pipeline = AlignmentPipeline(encoder: try encoderOptions.make(), parameters: try tuning.parameters(), presegmented: presegmented,
                                     encoding: textEncoding.encoding)
            var failed = 0
            for (k, job) in jobs.enumerated() {
                do {
                    try align(originalPaths: [job.original], translationPath: job.translation, output: job.output, pipeline: pipeline)
                    Diagnostics.write("[\(k + 1)/\(jobs.count)] \(job.translation) -> \(job.output)\n")
                } catch {
                    failed += 1
                    Diagnostics.write("[\(k + 1)/\(jobs.count)] \(job.translation): error: \(Diagnostics.describe(error))\n")
                }
            }
            if failed > 0 {
                Diagnostics.write("driftalign: \(failed) of \(jobs.count) pairs failed\n")
                throw ExitCode(1)
            }
            return
        }
        // "-o -" is standard output, as "-" is standard input (it wrote a file named "-").
        let target = output == "-" ? nil : output
        if let path = target {
            try OutputFiles.checkFile(path)
            try OutputFiles.refuseOverwriting(inputs: originalPaths + [translationPath], outputs: [path])
        }
        let pipeline = AlignmentPipeline(encoder: try encoderOptions.make(), parameters: try tuning.parameters(), presegmented: presegmented,
                                     encoding: textEncoding.encoding)
        try align(originalPaths: originalPaths, translationPath: translationPath, output: target, pipeline: pipeline, tellProgress: true)
    }

    /// With `tellProgress` (a single alignment, not `--pairs`, which prints a line per pair): on a
    /// terminal a status line says what is being aligned while it runs (a 20,000-sentence book takes
    /// a minute), and with `-o` a line on stderr says what was written, like `embed`'s.
    private func align(originalPaths: [String], translationPath: String, output: String?, pipeline: AlignmentPipeline,
                       tellProgress: Bool = false) throws {
        let started = Date()
        let origDocs = AlignmentPipeline.distinctIDs(try originalPaths.flatMap { try pipeline.read($0, language: sourceLanguage, source: source) })
        guard let translation = try pipeline.read(translationPath, language: targetLanguage, source: nil).first else {
            throw ValidationError("\(translationPath): no document found")
        }
        LanguageCheck.warnIfMismatched([translation], declared: targetLanguage)
        LanguageCheck.warnIfMismatched(origDocs, declared: sourceLanguage)
        AlignmentPipeline.noteSkippedOriginals(origDocs)
        // Only the originals the aligner uses, as `report` says: the flagged ones were named just above.
        let originalCount = origDocs.filter { $0.skipReason == nil }.reduce(0) { $0 + $1.sentences.count }
        let sizes = "\(originalCount) original and \(translation.sentences.count) translation sentences"
        if tellProgress && isatty(2) != 0 { Diagnostics.status("align: aligning \(sizes) (\(mode.rawValue) mode) …", "") }
        let alignment: DocumentAlignment
        do {
            defer { if tellProgress { Diagnostics.clearStatus() } }
            alignment = try pipeline.align(originals: origDocs, translation: translation, mode: mode.rawValue)
        }
        let text = try AlignmentOutput.render(alignment, format: format.rawValue)
        if format == .links, alignment.originals.count > 1 { Diagnostics.write(Self.numberingNote(alignment.originals)) }
        if let path = output {
            try OutputFiles.write(Data(text.utf8), to: path)
            if tellProgress {
                Diagnostics.write("align: \(alignment.links.count) links between \(sizes) → \(path) in "
                                  + String(format: "%.1f s", Date().timeIntervalSince(started)) + "\n")
            }
        } else {
            // On a terminal, a post's bidi override or escape sequence must not act (the file
            // written with -o, or a pipe, keeps the text whole for tools).
            StandardOutput.write(isatty(1) != 0 ? DisplayText.terminal(text) : text)
        }
    }
}

extension AlignCommand {
    /// The links format has one number per original sentence: with several original documents
    /// (several files, or the posts of an archive) they count through the documents in order, and
    /// stderr says which numbers are whose ("en1 0–0, ru1 1–1"), so a link can be traced back.
    static func numberingNote(_ originals: [Document]) -> String {
        var start = 0, ranges: [String] = []
        for d in originals {
            ranges.append("\(d.id) \(start)–\(start + d.sentences.count - 1)")
            start += d.sentences.count
        }
        let shown = ranges.count > 6 ? ranges.prefix(3) + ["…"] + ranges.suffix(2) : ranges[...]
        return "align: the links number the sentences of the \(originals.count) original documents in order (\(shown.joined(separator: ", "))); "
            + "--format json names each link's document\n"
    }
}

/// Advanced alignment parameters, for experiments. Each option left out takes the default of the
/// chosen --scoring (`AlignmentParameters.defaults(for:)`).
struct AlignmentTuningOptions: ParsableArguments {
    @Option(name: .customLong("scoring"), help: "margin (default: cosine minus neighbour margin, Bertalign-style) or normalized (normalized cost, Vecalign-style; its own tuned defaults).")
    var scoring: String = AlignmentParameters().scoring.rawValue
    @Option(name: .customLong("max-link-size"), parsing: .unconditional, help: "Largest side of an n-m link, 1-6 (default 6; normalized: 4).")
    var maxLinkSize: Int?
    @Option(name: .customLong("max-link-sentences"), parsing: .unconditional, help: "Largest link, both sides together, 2-8 (default 7; normalized: 5).")
    var maxLinkSentences: Int?
    @Option(name: .customLong("skip-quantile"), parsing: .unconditional, help: "Skip cost as a quantile of 1-1 costs, 0-1 (normalized scoring only).")
    var skipQuantile: Double?
    @Option(name: .customLong("skip-cost"), parsing: .unconditional, help: "Fixed skip cost.")
    var skipCost: Double?
    @Option(name: .customLong("skip-relative"), parsing: .unconditional, help: "Skip cost as a multiple of the typical best 1-1 link score (margin, default 0.4) or cost (normalized, default 1.5).")
    var skipRelative: Double?
    @Option(name: .customLong("skip-extension"), parsing: .unconditional, help: "Margin scoring: each further skip of a run on one side costs this fraction of the skip cost, (0-1] (default 0.25; normalized scoring keeps linear skips).")
    var skipExtension: Double?
    @Option(name: .customLong("window-embedding"), help: "pooled (default: the encoder's token sums added, one encoder pass), concatenate (joined text re-encoded) or average.")
    var windowEmbedding: String = AlignmentParameters().windowEmbedding.rawValue
    @Option(name: .customLong("length-penalty"), parsing: .unconditional, help: "Length agreement: exponent of the factor (margin, default 0.7) or weight of the log ratio (normalized, 0.5).")
    var lengthPenalty: Double?
    @Option(name: .customLong("anchor-weight"), parsing: .unconditional, help: "Weight of shared numbers and names (default 0.1).")
    var anchorWeight: Double?
    @Option(name: .customLong("size-exponent"), parsing: .unconditional, help: "Normalized scoring: cost × (a·b)^exponent (default 1).")
    var sizeExponent: Double?
    @Option(name: .customLong("search-width"), parsing: .unconditional, help: "Half-width of the coarse-to-fine search band (default 8).")
    var searchWidth: Int?
    @Option(name: .customLong("merge-weight"), parsing: .unconditional, help: "Weight of the 'every sentence must help' term (default 2; normalized: 0.5).")
    var mergeWeight: Double?
    @Option(name: .customLong("continuation-bonus"), parsing: .unconditional, help: "Bonus per sentence inside a link that continues the one before: after a colon, inside open brackets, or starting in lower case (default 0.12; normalized: 0).")
    var continuationBonus: Double?
    @Option(name: .customLong("link-prior"), parsing: .unconditional, help: "Cost per sentence beyond the first on each side of a link (default 0; normalized: 0.02).")
    var linkPrior: Double?
    @Option(name: .customLong("concatenation-limit"), parsing: .unconditional, help: "With --window-embedding concatenate: longest window encoded by concatenation; longer ones are averaged.")
    var concatenationLimit: Int?
    @Option(name: .customLong("exhaustive-cells"), parsing: .unconditional, help: "Search exhaustively below this many cells (n × m), coarse-to-fine above.")
    var exhaustiveCells: Int?
    @Option(name: .customLong("shifted-boundary-deviation"), parsing: .unconditional, help: "Join two 1-1 links into a 2-2 when their length ratios deviate in opposite directions by more than this (|ln r1 − ln r2|; default 0.7, 0 disables).")
    var shiftedBoundaryDeviation: Double?
    @Option(name: .customLong("shifted-boundary-gain"), parsing: .unconditional, help: "…and the joined pair's cosine exceeds the two links' mean by this (default 0.08).")
    var shiftedBoundaryGain: Double?
    @Option(name: .customLong("crossed-anchor-limit"), parsing: .unconditional, help: "Join two consecutive links when a number or name found in at most this many sentences of each document crosses their boundary (in one link's original and the other's translation only; default 10, normalized: 0; 0 disables).")
    var crossedAnchorLimit: Int?

    @Flag(inversion: .prefixedNo, help: "Make a run of two or more untranslated (or unsourced) complete sentences one n-0 (0-n) link, a left-out passage; lines that are not sentences stay one link each (default on). Monotonic alignment only, including auto mode's translated sections: quote mining gives each French sentence without a source a link of its own.")
    var groupSkippedPassages: Bool?
    @Flag(inversion: .prefixedNo, help: "Give OCR debris or stray marks at either end of a link (\"24 a !\", \".:-- , .\": no two letters in a row, no number shared with the other side) a 0-1 (1-0) link of its own (default on).")
    var splitDebris: Bool?

    /// Out-of-range values are refused while the options are parsed, before any file is read.
    func validate() throws { _ = try parameters() }

    /// The options each ``AlignmentParameters/validate()`` message names by its property name.
    static let optionNames: [(property: String, option: String)] = [
        ("maxLinkSize", "--max-link-size"), ("maxLinkSentences", "--max-link-sentences"), ("a fixed skip cost", "--skip-cost"),
        ("the skip quantile", "--skip-quantile"), ("the relative skip cost", "--skip-relative"), ("sizeExponent", "--size-exponent"),
        ("lengthPenalty", "--length-penalty"), ("anchorWeight", "--anchor-weight"), ("continuationBonus", "--continuation-bonus"),
        ("mergeWeight", "--merge-weight"), ("linkPrior", "--link-prior"), ("shiftedBoundaryDeviation", "--shifted-boundary-deviation"),
        ("shiftedBoundaryGain", "--shifted-boundary-gain"), ("crossedAnchorLimit", "--crossed-anchor-limit"), ("skipExtension", "--skip-extension"), ("searchWidth", "--search-width"),
        ("concatenationLimit", "--concatenation-limit"), ("exhaustiveCellLimit", "--exhaustive-cells"),
    ]

    /// An ``AlignmentParameters/validate()`` message in the words of the command line.
    static func optionMessage(_ message: String) -> String {
        var m = message
        for (property, option) in optionNames {
            m = m.replacingOccurrences(of: "\\b\(property)\\b", with: option, options: .regularExpression)
        }
        return m
    }

    func parameters() throws -> AlignmentParameters {
        if [skipQuantile, skipCost, skipRelative].compactMap({ $0 }).count > 1 {
            throw ValidationError("--skip-quantile, --skip-cost and --skip-relative each set the skip cost: give one")
        }
        guard let sc = AlignmentParameters.Scoring(rawValue: scoring) else {
            throw ValidationError("--scoring must be margin or normalized")
        }
        var p = AlignmentParameters.defaults(for: sc)
        if sc == .margin, skipQuantile != nil {
            throw ValidationError("--scoring margin takes --skip-cost or --skip-relative, not --skip-quantile")
        }
        if sc == .margin, sizeExponent != nil {
            throw ValidationError("--size-exponent applies to --scoring normalized only")
        }
        guard let w = AlignmentParameters.WindowEmbedding(rawValue: windowEmbedding) else {
            throw ValidationError("--window-embedding must be pooled, concatenate or average")
        }
        if concatenationLimit != nil && w != .concatenate {
            throw ValidationError("--concatenation-limit applies to --window-embedding concatenate only")
        }
        p.windowEmbedding = w
        if let v = maxLinkSize { p.maxLinkSize = v }
        if let v = maxLinkSentences { p.maxLinkSentences = v }
        if let q = skipQuantile { p.skipCost = .quantile(q) }
        if let c = skipCost { p.skipCost = .fixed(c) }
        if let k = skipRelative { p.skipCost = .relative(k) }
        if let v = skipExtension { p.skipExtension = v }
        if let v = lengthPenalty { p.lengthPenalty = v }
        if let v = anchorWeight { p.anchorWeight = v }
        if let v = sizeExponent { p.sizeExponent = v }
        if let v = searchWidth { p.searchWidth = v }
        if let v = mergeWeight { p.mergeWeight = v }
        if let v = continuationBonus { p.continuationBonus = v }
        if let v = linkPrior { p.linkPrior = v }
        if let v = concatenationLimit { p.concatenationLimit = v }
        if let v = exhaustiveCells { p.exhaustiveCellLimit = v }
        // Links of one sentence a side leave no 2-2 to join: the default steps aside; an explicit
        // value is validated (and refused) below.
        if shiftedBoundaryDeviation == nil && (p.maxLinkSize < 2 || p.maxLinkSentences < 4) { p.shiftedBoundaryDeviation = 0 }
        if let v = shiftedBoundaryDeviation { p.shiftedBoundaryDeviation = v }
        if let v = shiftedBoundaryGain { p.shiftedBoundaryGain = v }
        if let v = crossedAnchorLimit { p.crossedAnchorLimit = v }
        if let v = groupSkippedPassages { p.groupSkippedPassages = v }
        if let v = splitDebris { p.splitEdgeDebris = v }
        do { try p.validate() } catch AlignerError.invalidParameters(let message) {
            throw ValidationError(Self.optionMessage(message))
        }
        return p
    }
}
