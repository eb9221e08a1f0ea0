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
/// Written with `write(2)` and errors ignored, and SIGPIPE is ignored at start (``ignoreBrokenPipes()``):
/// a job whose messages go to a pipe that closes early (`driftalign report … 2>&1 | head -1`)
/// keeps running and still writes its reports, instead of being killed at its next message.
enum Diagnostics {
    static func write(_ text: String) { _ = writeAll(2, Array(text.utf8)) }

    /// From now on a write to a closed pipe fails with EPIPE instead of killing the process.
    static func ignoreBrokenPipes() { signal(SIGPIPE, SIG_IGN) }
}

/// Results on standard output. With SIGPIPE ignored, a reader that stops early (`| head`) makes
/// `write(2)` fail with EPIPE: the process then ends quietly with the status a SIGPIPE death
/// reports (128 + 13), as before, rather than trapping in Foundation's `FileHandle.write`.
enum StandardOutput {
    static func write(_ data: Data) { if !writeAll(1, [UInt8](data)) { exit(141) } }

    static func write(_ text: String) { write(Data(text.utf8)) }
}
