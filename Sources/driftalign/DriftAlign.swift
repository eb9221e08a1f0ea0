import ArgumentParser
import DriftAlignRegistry
import Foundation

/// The `driftalign` command: lines up French sentences with the originals they translate and
/// reports where the French drifted.
struct DriftAlign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "driftalign",
        abstract: "Align French translations with their English or Russian originals and report drift.",
        discussion: """
        DriftAlign reads originals (Truth Social posts, Kremlin and White House readouts) and French \
        articles through source plugins, splits them into sentences with ICU, aligns them, and \
        tells an editor where the French drifted from what was said.

        Examples:
          driftalign report Corpora/2025-03-18-call
          driftalign sources
          driftalign segment ../shared/seeds/000_888ec427b11f09fa.txt --lang fr
          driftalign segment Corpora/2025-03-18-call/originals/truthsocial.json --format json
        """,
        version: DriftAlignVersion.string,
        subcommands: [SourcesCommand.self, SegmentCommand.self, EmbedCommand.self, ReportCommand.self, CorpusCommand.self, AlignCommand.self, EvalCommand.self, IngestCommand.self, MatchCommand.self, FetchCommand.self, ScorePairsCommand.self]
    )
}

/// Entry point: one clear line on stderr and a non-zero exit for every failure, never a trace.
@main
enum Main {
    static func main() {
        Diagnostics.ignoreBrokenPipes()
        do {
            var command = try DriftAlign.parseAsRoot()
            try command.run()
        } catch let error as LocalizedError where !(error is any ParsableArguments) && error.errorDescription != nil {
            Diagnostics.write("driftalign: error: \(error.errorDescription!)\n")
            exit(1)
        } catch {
            DriftAlign.exit(withError: error)
        }
    }
}
