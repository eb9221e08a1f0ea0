import ArgumentParser
import DriftAlignRegistry

/// `driftalign sources`: lists the source plugins and what each reads.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the source plugins and the formats they read.",
        discussion: """
        Format detection picks a plugin for each input; name one with --source ID on any command \
        that reads files.

        Example:
          driftalign sources
        """
    )

    func run() throws {
        for p in SourceRegistry.builtIn.plugins {
            let d = p.description
            print("\(d.id)\t\(d.name)")
            print("    \(d.summary)")
            print("    languages: \(d.languages.joined(separator: ", "))")
            for f in d.formats { print("    reads: \(f)") }
        }
    }
}
