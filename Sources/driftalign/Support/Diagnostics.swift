import DriftAlignCore
import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Writes all of `bytes` to `fd` with `write(2)`, retrying partial writes and interrupts;
/// false when the descriptor refuses them (a closed pipe, with SIGPIPE ignored).
private func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    var rest = bytes[...]
    while !rest.isEmpty {
        #if canImport(Glibc)
        let n = rest.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        #else
        let n = rest.withUnsafeBytes { Darwin.write(fd, $0.baseAddress, $0.count) }
        #endif
        if n > 0 { rest = rest.dropFirst(n); continue }
        if n < 0 && errno == EINTR { continue }
        return false
    }
    return true
}

/// Progress, warnings and errors on standard error.
///
/// They name files and quote documents, both untrusted: controls and bidi controls in them are
/// shown as U+FFFD (``DisplayText/terminal(_:)``), so a file name holding ESC sequences cannot
/// clear or retitle the user's terminal.
///
/// Written with `write(2)` and errors ignored, and SIGPIPE is ignored at start (``ignoreBrokenPipes()``):
/// a job whose messages go to a pipe that closes early (`driftalign report … 2>&1 | head -1`)
/// keeps running and still writes its reports, instead of being killed at its next message.
enum Diagnostics {
    static func write(_ text: String) { _ = writeAll(2, Array(DisplayText.terminal(text).utf8)) }

    /// The tool's own terminal control sequences (a progress bar's "\r" and erase-line) around
    /// untrusted `names`, which alone are made safe.
    static func writeControlled(_ prefix: String, _ names: String, _ suffix: String) {
        _ = writeAll(2, Array((prefix + DisplayText.terminal(names) + suffix).utf8))
    }

    /// From now on a write to a closed pipe fails with EPIPE instead of killing the process.
    static func ignoreBrokenPipes() { signal(SIGPIPE, SIG_IGN) }
}

/// Results on standard output, as given: JSON, TSV and links keep their text whole (commands that
/// print lines for a person pass them through ``DisplayText/terminal(_:)`` first, or use
/// ``printLine(_:)``). With SIGPIPE ignored, a reader that stops early (`| head`) makes
/// `write(2)` fail with EPIPE: the process then ends quietly with the status a SIGPIPE death
/// reports (128 + 13), as before, rather than trapping in Foundation's `FileHandle.write`.
enum StandardOutput {
    static func write(_ data: Data) { if !writeAll(1, [UInt8](data)) { exit(141) } }

    static func write(_ text: String) { write(Data(text.utf8)) }

    /// A line for a person to read: controls and bidi controls shown as U+FFFD.
    static func printLine(_ line: String) { write(DisplayText.terminal(line) + "\n") }
}
