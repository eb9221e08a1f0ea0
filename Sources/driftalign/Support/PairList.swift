import ArgumentParser
import DriftAlignCore
import Foundation

/// The `--pairs` list: one ORIGINAL<TAB>TRANSLATION<TAB>OUTPUT job per line.
enum PairList {
    struct Job: Equatable {
        let original: String, translation: String, output: String
        var line = 0
    }

    /// The jobs of the list at `path`. Refused whole, before any work, when a line is malformed,
    /// two lines name the same OUTPUT, or an OUTPUT is an input of any line (or the list itself):
    /// one pair's result would silently replace another's, or a text still to be read.
    static func read(_ path: String) throws -> [Job] {
        let text = try InputReader().read(path: path).text
        var jobs: [Job] = []
        var outputLines: [String: Int] = [:]
        for (n, line) in TextLines.split(text).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard fields.count == 3, !fields.contains(where: \.isEmpty) else {
                throw ValidationError("\(path):\(n + 1): expected ORIGINAL<TAB>TRANSLATION<TAB>OUTPUT, got \(fields.count) field(s)")
            }
            let job = Job(original: fields[0], translation: fields[1], output: fields[2], line: n + 1)
            if let first = outputLines[OutputFiles.resolvedPath(job.output)] {
                throw OutputFiles.Failure(path: "\(path):\(n + 1)",
                                          problem: "OUTPUT \(job.output) is also the OUTPUT of line \(first); give each pair its own")
            }
            outputLines[OutputFiles.resolvedPath(job.output)] = n + 1
            jobs.append(job)
        }
        guard !jobs.isEmpty else { throw ValidationError("\(path): no pairs listed") }
        do {
            try OutputFiles.refuseOverwriting(inputs: [path] + jobs.flatMap { [$0.original, $0.translation] }, outputs: jobs.map(\.output),
                                              fix: "give the line another OUTPUT")
        } catch let failure as OutputFiles.Failure {
            let line = jobs.first { $0.output == failure.path }?.line ?? 0
            throw OutputFiles.Failure(path: "\(path):\(line)", problem: "OUTPUT \(failure.path) \(failure.problem)")
        }
        return jobs
    }
}
