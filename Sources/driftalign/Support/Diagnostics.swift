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
    static let lines = StatusLines { text in _ = writeAll(2, Array(text.utf8)) }

    static func write(_ text: String) { lines.message(DisplayText.terminal(text)) }

    /// Shows (or replaces) the status line, a progress bar on a terminal: the tool's own `prefix`
    /// before untrusted `names`, which alone are made safe.
    static func status(_ prefix: String, _ names: String) {
        lines.setStatus(prefix + DisplayText.terminal(names))
    }

    /// Ends the status line (it stays on screen, and later messages go below it).
    static func endStatus() { lines.endStatus() }

    /// Erases the status line: it reported work now finished.
    static func clearStatus() { lines.clearStatus() }

    /// An error as a person reads it: its description when it has one.
    static func describe(_ error: Error) -> String {
        (error as? LocalizedError)?.errorDescription ?? String(describing: error)
    }

    /// What went wrong with `subject` (a file, a URL), for a line that names it already: the
    /// description without the "subject: " it may start with ("empty.txt: the file is empty"
    /// → "the file is empty").
    static func describe(_ error: Error, about subject: String) -> String {
        let d = describe(error)
        return d.hasPrefix(subject + ": ") ? String(d.dropFirst(subject.count + 2)) : d
    }

    /// From now on a write to a closed pipe fails with EPIPE instead of killing the process.
    static func ignoreBrokenPipes() { signal(SIGPIPE, SIG_IGN) }
}

/// Messages and at most one status line redrawn in place at the bottom (a progress bar), so that
/// a warning printed while a bar is shown gets its own line instead of being written over the bar
/// or glued to it: the bar is erased, the message written, the bar drawn again below it. Texts
/// given here are already safe to show; the status line holds no newline.
final class StatusLines: @unchecked Sendable {
    private let lock = NSLock()
    private var status = ""
    private let sink: @Sendable (String) -> Void

    init(sink: @escaping @Sendable (String) -> Void) { self.sink = sink }

    func message(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        if status.isEmpty { sink(text); return }
        let line = text.hasSuffix("\n") ? text : text + "\n"
        sink("\r\u{1B}[K" + line + "\r" + status + "\u{1B}[K")
    }

    func setStatus(_ line: String) {
        lock.lock(); defer { lock.unlock() }
        status = line.replacingOccurrences(of: "\n", with: " ")
        sink("\r" + status + "\u{1B}[K")
    }

    func clearStatus() {
        lock.lock(); defer { lock.unlock() }
        guard !status.isEmpty else { return }
        status = ""
        sink("\r\u{1B}[K")
    }

    func endStatus() {
        lock.lock(); defer { lock.unlock() }
        guard !status.isEmpty else { return }
        status = ""
        sink("\n")
    }
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
