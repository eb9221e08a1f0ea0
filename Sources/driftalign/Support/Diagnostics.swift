import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// `write(2)`, named apart from the `write` methods below.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, bytes.baseAddress, bytes.count)
    #else
    return Darwin.write(fd, bytes.baseAddress, bytes.count)
    #endif
}

/// Progress, warnings and errors on standard error.
///
/// Written with `write(2)` and errors ignored, and SIGPIPE is ignored at start (``ignoreBrokenPipes()``):
/// a job whose messages go to a pipe that closes early (`driftalign report … 2>&1 | head -1`)
/// keeps running and still writes its reports, instead of being killed at its next message.
enum Diagnostics {
    static func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { systemWrite(2, $0) }
            if n > 0 { bytes = bytes.dropFirst(n); continue }
            if n < 0 && errno == EINTR { continue }
            return
        }
    }

    /// From now on a write to a closed pipe fails with EPIPE instead of killing the process.
    static func ignoreBrokenPipes() { signal(SIGPIPE, SIG_IGN) }
}

/// Results on standard output. With SIGPIPE ignored, a reader that stops early (`| head`) makes
/// `write(2)` fail with EPIPE: the process then ends quietly with the status a SIGPIPE death
/// reports (128 + 13), as before, rather than trapping in Foundation's `FileHandle.write`.
enum StandardOutput {
    static func write(_ data: Data) {
        var bytes = [UInt8](data)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { systemWrite(1, $0) }
            if n > 0 { bytes = bytes.dropFirst(n); continue }
            if n < 0 && errno == EINTR { continue }
            exit(141)
        }
    }

    static func write(_ text: String) { write(Data(text.utf8)) }
}
