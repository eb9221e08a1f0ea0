import Foundation

/// Runs the built `driftalign` binary as a user would, capturing its output and exit code.
public struct CLIResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// Standard output's bytes as written (binary output, such as `embed -o -`'s vectors).
    public var stdoutData: Data
}

public enum CLIRunner {
    public enum Failure: Error { case notBuilt }

    /// Runs `driftalign args…` from the package root (or `directory`, for relative output paths
    /// that must not land in the package), with `stdin` piped in if given.
    public static func run(_ args: [String], stdin: Data? = nil, environment: [String: String] = [:], directory: URL? = nil) throws -> CLIResult {
        guard let exe = TestPaths.cli else { throw Failure.notBuilt }
        return try runProcess(exe, args, stdin: stdin, environment: environment, directory: directory)
    }

    /// Runs any executable from the package root or `directory` (helper scripts too), capturing both streams.
    public static func runProcess(_ exe: URL, _ args: [String], stdin: Data? = nil, environment: [String: String] = [:],
                                  directory: URL? = nil) throws -> CLIResult {
        let p = Process()
        p.executableURL = exe
        p.arguments = args
        p.currentDirectoryURL = directory ?? TestPaths.packageRoot
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let d = stdin { inp.fileHandleForWriting.write(d) }
        try? inp.fileHandleForWriting.close()
        // Read both pipes concurrently so a large output cannot dead-lock the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return CLIResult(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                         stderr: String(decoding: errBox.data, as: UTF8.self), stdoutData: o)
    }
}
