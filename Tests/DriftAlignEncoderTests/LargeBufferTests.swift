import Testing
@testable import DriftAlignEncoder

@Suite("Large buffers")
struct LargeBufferTests {
    @Test("buffers of 2 MB and more start on a 2 MB boundary, smaller ones on 64 bytes; every byte is usable",
          arguments: [1, 100, (2 << 20) - 1, 2 << 20, 13_631_488 + 12_345])
    func alignmentAndUse(_ bytes: Int) {
        let p = LargeBuffer.allocate(byteCount: bytes)
        defer { LargeBuffer.free(p) }
        let address = UInt(bitPattern: p)
        #expect(address % 64 == 0)
        if bytes >= LargeBuffer.hugePage { #expect(address % UInt(LargeBuffer.hugePage) == 0) }
        let b = p.bindMemory(to: UInt8.self, capacity: bytes)
        for i in stride(from: 0, to: bytes, by: 4093) { b[i] = UInt8(truncatingIfNeeded: i) }
        b[bytes - 1] = 0xA5
        #expect(b[bytes - 1] == 0xA5)
        #expect(stride(from: 0, to: bytes - 1, by: 4093).allSatisfy { b[$0] == UInt8(truncatingIfNeeded: $0) })
    }
}
