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
        if let unknown = unknownHelpTopic(Array(CommandLine.arguments.dropFirst())) {
            Diagnostics.write("Error: \(unknown)\n" + usage(DriftAlign.self))
            exit(ExitCode.validationFailure.rawValue)
        }
        var parsed: (any ParsableCommand)?
        do {
            var command = try DriftAlign.parseAsRoot()
            parsed = command
            try command.run()
        } catch let error as ValidationError {
            // Thrown by a subcommand's run(): show that subcommand's usage, as ArgumentParser does
            // for its validate(), not the top-level one.
            Diagnostics.write("Error: \(error.message)\n" + usage(parsed.map { type(of: $0) } ?? DriftAlign.self))
            exit(ExitCode.validationFailure.rawValue)
        } catch let error as LocalizedError where !(error is any ParsableArguments) && error.errorDescription != nil {
            Diagnostics.write("driftalign: error: \(error.errorDescription!)\n")
            exit(1)
        } catch {
            DriftAlign.exit(withError: error)
        }
    }

    /// The usage lines ArgumentParser prints under a validation error, for `command`.
    static func usage(_ command: any ParsableCommand.Type) -> String {
        let names = ([DriftAlign.configuration.commandName ?? "driftalign"] + path(to: command)).joined(separator: " ")
        return "Usage: \(DriftAlign.usageString(for: command).replacingOccurrences(of: "\n", with: "\n       "))\n"
            + "  See '\(names) --help' for more information.\n"
    }

    /// The subcommand names leading from the root to `command` ([] for the root).
    static func path(to command: any ParsableCommand.Type, from root: any ParsableCommand.Type = DriftAlign.self) -> [String] {
        for sub in root.configuration.subcommands {
            let name = sub.configuration.commandName ?? String(describing: sub)
            if sub == command { return [name] }
            let rest = path(to: command, from: sub)
            if !rest.isEmpty { return [name] + rest }
        }
        return []
    }

    /// `driftalign help nope`: ArgumentParser shows the top-level help and exits 0, as if the
    /// topic existed. The error for a topic that names no command, or nil.
    static func unknownHelpTopic(_ arguments: [String]) -> String? {
        guard arguments.first == "help" else { return nil }
        var command: any ParsableCommand.Type = DriftAlign.self
        for word in arguments.dropFirst() where !word.hasPrefix("-") {
            let subs = command.configuration.subcommands
            guard let next = subs.first(where: { ($0.configuration.commandName ?? "") == word }) else {
                let names = subs.compactMap { $0.configuration.commandName }
                return "no command '\(word)' to show help for; commands: \(names.joined(separator: ", "))"
            }
            command = next
        }
        return nil
    }
}
