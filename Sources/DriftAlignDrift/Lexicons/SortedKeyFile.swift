import Foundation

/// A word list or word table on disk, sorted by the bytes of its keys, that is memory-mapped and
/// searched by bisection: nothing is parsed and nothing is copied to the heap, so a large list
/// costs no start-up time. Two kinds, both written beside the lexicon by `scripts/build-lexicon.sh`:
///
/// - the lemma tables (``BilingualLexicon/lemmaFile(_:)``), lines `form<TAB>lemma`, one language's
///   inflected forms and their lemmas («cria» → «crier», «идет» → «идти»), from the lemmatization
///   dictionaries of the PyPI wheel simplemma 2.0.0. The content alignment compares a word by its
///   lemma too (``ContentAlignment/otherForms(of:language:lexicon:)``): the encoder's word
///   vectors know a verb's lemma far better than its rarer forms ("killed" / «tua» 0.38, / «tuer»
///   0.83; "proceeding" / «идет» 0.46, / «идти» 0.61). The Russian table has 1.2 million forms
///   (50 MB);
/// - the French word forms (``BilingualLexicon/frenchWordFormsFile``), one word a line (346,158
///   words: read into a set, they took half a second of every process's start).
///
/// Keys are lower-case single words, in UTF-8, each at most once. The whole file is checked once
/// when opened (every line ends with a newline and has a non-empty key, and a non-empty value
/// after one tab when the file has values; keys strictly increasing): a damaged file is refused
/// with the line it breaks at rather than answering wrong words.
final class SortedKeyFile: @unchecked Sendable {
    private let data: Data
    /// Whether each line holds a value after a tab.
    let hasValues: Bool
    /// Lines (keys) in the file.
    let count: Int

    init(path: String, hasValues: Bool) throws {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw DriftError.unreadableLexicon(path: path, detail: "cannot be opened")
        }
        self.data = data
        self.hasValues = hasValues
        let shape = hasValues ? "key<TAB>value" : "one word, no tab"
        count = try data.withUnsafeBytes { raw -> Int in
            let b = raw.bindMemory(to: UInt8.self)
            var lines = 0, start = 0
            var previous: Range<Int>? = nil
            while start < b.count {
                guard let end = Self.index(of: 0x0A, in: b, from: start) else {
                    throw DriftError.unreadableLexicon(path: path, detail: "line \(lines + 1) does not end with a newline")
                }
                let tab = Self.index(of: 0x09, in: b, from: start, before: end)
                let keyEnd = tab ?? end
                let wellFormed = hasValues
                    ? tab.map { $0 > start && $0 + 1 < end && Self.index(of: 0x09, in: b, from: $0 + 1, before: end) == nil } ?? false
                    : tab == nil && end > start
                guard wellFormed else {
                    throw DriftError.unreadableLexicon(path: path, detail: "line \(lines + 1) is not \(shape)")
                }
                if let p = previous, Self.compare(b, p, start..<keyEnd) >= 0 {
                    throw DriftError.unreadableLexicon(path: path, detail: "line \(lines + 1) is out of order (keys must be sorted by their bytes)")
                }
                previous = start..<keyEnd
                lines += 1
                start = end + 1
            }
            return lines
        }
    }

    /// Whether the file has `key`.
    func contains(_ key: String) -> Bool { line(of: key) != nil }

    /// The value of `key` (files with values), or nil when the file does not have the key or the
    /// value is not UTF-8.
    func value(of key: String) -> String? {
        guard hasValues, let (_, value) = line(of: key) else { return nil }
        return data.withUnsafeBytes { raw in
            String(validating: UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[value]), as: UTF8.self)
        }
    }

    /// The byte ranges of `key`'s line and of its value (empty without values), by bisection over
    /// byte offsets: a probe backs up to the start of its line.
    private func line(of key: String) -> (Range<Int>, Range<Int>)? {
        let k = Array(key.utf8)
        guard !k.isEmpty else { return nil }
        return data.withUnsafeBytes { raw -> (Range<Int>, Range<Int>)? in
            let b = raw.bindMemory(to: UInt8.self)
            var low = 0, high = b.count
            while low < high {
                var start = (low + high) / 2
                while start > low && b[start - 1] != 0x0A { start -= 1 }
                guard let end = Self.index(of: 0x0A, in: b, from: start) else { return nil }
                let keyEnd = Self.index(of: 0x09, in: b, from: start, before: end) ?? end
                let order = Self.compare(b, start..<keyEnd, k)
                if order == 0 { return (start..<end, keyEnd < end ? (keyEnd + 1)..<end : end..<end) }
                if order < 0 { low = end + 1 } else { high = start }
            }
            return nil
        }
    }

    /// The first `byte` at or after `from` (and before `before`, when given).
    private static func index(of byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int, before: Int? = nil) -> Int? {
        var i = from
        let stop = min(before ?? b.count, b.count)
        while i < stop {
            if b[i] == byte { return i }
            i += 1
        }
        return nil
    }

    /// Byte order of `b[x]` against `b[y]`: negative, zero or positive.
    private static func compare(_ b: UnsafeBufferPointer<UInt8>, _ x: Range<Int>, _ y: Range<Int>) -> Int {
        let n = min(x.count, y.count)
        for k in 0..<n where b[x.lowerBound + k] != b[y.lowerBound + k] {
            return Int(b[x.lowerBound + k]) - Int(b[y.lowerBound + k])
        }
        return x.count - y.count
    }

    /// Byte order of `b[x]` against `key`.
    private static func compare(_ b: UnsafeBufferPointer<UInt8>, _ x: Range<Int>, _ key: [UInt8]) -> Int {
        let n = min(x.count, key.count)
        for k in 0..<n where b[x.lowerBound + k] != key[k] {
            return Int(b[x.lowerBound + k]) - Int(key[k])
        }
        return x.count - key.count
    }
}
