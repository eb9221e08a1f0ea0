#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Allocation of the encoder's large working buffers (the projection cache's chunks, the float
/// weights, the batch workspace) on 2 MB boundaries, with Linux transparent huge pages asked for
/// (`madvise(MADV_HUGEPAGE)`). A short run's buffers are touched once each, so with 4 KB pages a
/// 115-sentence alignment took ~25,000 page faults (perf: 15 % of its time in the kernel's fault
/// path); with 2 MB pages it takes ~9,700. Nothing else changes: same bytes, same arithmetic.
/// Where the kernel has huge pages off (or on other systems) this is plain aligned memory.
/// Release with ``free(_:)`` only.
enum LargeBuffer {
    static let hugePage = 2 << 20

    /// `byteCount` bytes (at least 1), 64-byte aligned, 2 MB aligned from 2 MB up. Traps when
    /// the system has no memory, like Swift's own allocation.
    static func allocate(byteCount: Int) -> UnsafeMutableRawPointer {
        let bytes = max(byteCount, 1)
        let alignment = bytes >= hugePage ? hugePage : 64
        var p: UnsafeMutableRawPointer?
        guard posix_memalign(&p, alignment, bytes) == 0, let p else {
            fatalError("DriftAlign: out of memory allocating \(bytes) bytes")
        }
        #if os(Linux)
        if bytes >= hugePage {
            _ = madvise(p, bytes / hugePage * hugePage, MADV_HUGEPAGE)
        }
        #endif
        return p
    }

    static func free(_ p: UnsafeMutableRawPointer) {
        #if canImport(Glibc)
        Glibc.free(p)
        #else
        Darwin.free(p)
        #endif
    }
}
