import ArgumentParser
import DriftAlignAligner
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
        n-1, 2-2, 0-1, 1-0 links); `quotes` finds, for every French sentence and quotation, the \
        original sentence it translates, if any, in any order, across several originals; `auto` \
        (default) uses monotonic for sections that translate an original in order and quotes for \
        the rest. ORIGINAL's sentences are the first side of every link.

        Examples:
          driftalign align en.txt fr.txt --presegmented --src-lang en --format links
          driftalign align readout.html article.txt --format tmx -o pairs.tmx
          driftalign align --original posts.json --original readout.html article.txt --mode quotes --format json
        """
    )

    enum Mode: String, ExpressibleByArgument, CaseIterable { case auto, monotonic, quotes }
    enum Format: String, ExpressibleByArgument, CaseIterable { case links, tsv, json, tmx }

    @Argument(help: "ORIGINAL TRANSLATION, or only TRANSLATION when --original is given.")
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

    @Option(name: [.short, .customLong("output")], help: "Write here instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Source plugin for the original(s) (see `driftalign sources`).")
    var source: String?

    @OptionGroup var encoderOptions: EncoderOptions
    @OptionGroup var tuning: AlignmentTuningOptions

    var originalPaths: [String] { originals.isEmpty ? Array(files.prefix(1)) : originals }
    var translationPath: String { files.last ?? "" }

    func validate() throws {
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
        let encoder = try encoderOptions.make()
        let pipeline = AlignmentPipeline(encoder: encoder, parameters: try tuning.parameters(), presegmented: presegmented)
        let origDocs = try originalPaths.flatMap { try pipeline.read($0, language: sourceLanguage, source: source) }
        guard let translation = try pipeline.read(translationPath, language: targetLanguage, source: nil).first else {
            throw ValidationError("\(translationPath): no document found")
        }
        LanguageCheck.warnIfMismatched(translation, declared: targetLanguage)
        for d in origDocs { if let l = sourceLanguage { LanguageCheck.warnIfMismatched(d, declared: l) } }
        let alignment = try pipeline.align(originals: origDocs, translation: translation, mode: mode.rawValue)
        let text = try AlignmentOutput.render(alignment, format: format.rawValue)
        if let path = output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

/// Advanced alignment parameters, for experiments.
struct AlignmentTuningOptions: ParsableArguments {
    @Option(name: .customLong("max-link-size"), help: "Largest side of an n-m link (1-6).")
    var maxLinkSize: Int = AlignmentParameters().maxLinkSize
    @Option(name: .customLong("max-link-sentences"), help: "Largest link, both sides together (2-8).")
    var maxLinkSentences: Int = AlignmentParameters().maxLinkSentences
    @Option(name: .customLong("skip-quantile"), help: "Skip cost as a quantile of 1-1 costs (0-1).")
    var skipQuantile: Double?
    @Option(name: .customLong("skip-cost"), help: "Fixed skip cost instead of a quantile.")
    var skipCost: Double?
    @Option(name: .customLong("skip-relative"), help: "Skip cost as a multiple of the typical best 1-1 cost (default 1.5).")
    var skipRelative: Double?
    @Option(name: .customLong("window-embedding"), help: "concatenate or average.")
    var windowEmbedding: String = AlignmentParameters().windowEmbedding.rawValue
    @Option(name: .customLong("length-penalty")) var lengthPenalty: Double = AlignmentParameters().lengthPenalty
    @Option(name: .customLong("anchor-weight")) var anchorWeight: Double = AlignmentParameters().anchorWeight
    @Option(name: .customLong("size-exponent")) var sizeExponent: Double = AlignmentParameters().sizeExponent
    @Option(name: .customLong("search-width")) var searchWidth: Int = AlignmentParameters().searchWidth
    @Option(name: .customLong("merge-weight")) var mergeWeight: Double = AlignmentParameters().mergeWeight
    @Option(name: .customLong("link-prior")) var linkPrior: Double = AlignmentParameters().linkPrior
    @Option(name: .customLong("concatenation-limit"), help: "Longest window encoded by concatenation; longer ones are averaged.")
    var concatenationLimit: Int = AlignmentParameters().concatenationLimit
    @Option(name: .customLong("exhaustive-cells"), help: "Search exhaustively below this many cells (n × m), coarse-to-fine above.")
    var exhaustiveCells: Int = AlignmentParameters().exhaustiveCellLimit

    func parameters() throws -> AlignmentParameters {
        if [skipQuantile, skipCost, skipRelative].compactMap({ $0 }).count > 1 {
            throw ValidationError("--skip-quantile, --skip-cost and --skip-relative each set the skip cost: give one")
        }
        var p = AlignmentParameters()
        p.maxLinkSize = maxLinkSize
        p.maxLinkSentences = maxLinkSentences
        if let q = skipQuantile { p.skipCost = .quantile(q) }
        if let c = skipCost { p.skipCost = .fixed(c) }
        if let k = skipRelative { p.skipCost = .relative(k) }
        guard let w = AlignmentParameters.WindowEmbedding(rawValue: windowEmbedding) else {
            throw ValidationError("--window-embedding must be concatenate or average")
        }
        p.windowEmbedding = w
        p.lengthPenalty = lengthPenalty
        p.anchorWeight = anchorWeight
        p.sizeExponent = sizeExponent
        p.searchWidth = searchWidth
        p.mergeWeight = mergeWeight
        p.linkPrior = linkPrior
        p.concatenationLimit = concatenationLimit
        p.exhaustiveCellLimit = exhaustiveCells
        try p.validate()
        return p
    }
}
