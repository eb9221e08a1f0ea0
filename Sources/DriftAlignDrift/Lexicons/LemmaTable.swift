import Foundation

/// One language's inflected forms and their lemmas («cria» → «crier», «идет» → «идти»), from the
/// lemmatization dictionaries of the PyPI wheel simplemma 2.0.0, written beside the lexicon by
/// `scripts/build-lexicon.sh` (``BilingualLexicon/lemmaFile(_:)``). The content alignment
/// compares a word by its lemma too (``ContentAlignment/otherForms(of:language:lexicon:)``): the
/// encoder's word vectors know a verb's lemma far better than its rarer forms ("killed" / «tua»
/// 0.38, / «tuer» 0.83; "proceeding" / «идет» 0.46, / «идти» 0.61).
///
/// The file holds UTF-8 lines `form<TAB>lemma`, lower-case single words, sorted by the form's
/// bytes with no form twice; it is memory-mapped and searched by bisection, so the Russian table
/// (1.2 million forms, 50 MB) costs no parsing and no heap. The whole file is checked once when
/// opened (every line two non-empty fields, forms strictly increasing): a damaged file is refused
/// with the line it breaks at rather than answering wrong forms.
final class LemmaTable: @unchecked Sendable {
    private let data: Data
    /// Forms in the table.
    let count: Int

    init(path: String) throws {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw DriftError.unreadableLexicon(path: path, detail: "cannot be opened")
        }
        self.data = data
        count = try data.withUnsafeBytes { raw -> Int in
            let b = raw.bindMemory(to: UInt8.self)
            var lines = 0, start = 0
            var previous: Range<Int>? = nil
            while start < b.count {
                guard let end = Self.index(of: 0x0A, in: b, from: start) else {
                    throw DriftError.unreadableLexicon(path: path, detail: "line \(lines + 1) does not end with a newline")
                }
                guard let tab = Self.index(of: 0x09, in: b, from: start), tab < end, tab > start, tab + 1 < end,
                      Self.index(of: 0x09, in: b, from: tab + 1).map({ $0 > end }) ?? true else {
                    throw DriftError.unreadableLexicon(path: path, detail: "line \(lines + 1) is not form<TAB>lemma")
                }
                if let p = previous, Self.compare(b, p, start..<tab) >= 0 {
                    throw DriftError.unreadableLexicon(path: path, detail: "line \(lines + 1) is out of order (forms must be sorted by their bytes)")
                }
                previous = start..<tab
                lines += 1
                start = end + 1
            }
            return lines
        }
    }

    /// The lemma of a lower-cased word form, or nil when the table does not have the form (a
    /// lemma itself, or a word it lacks) or the line is not UTF-8.
    func lemma(of form: String) -> String? {
        let key = Array(form.utf8)
        guard !key.isEmpty else { return nil }
        return data.withUnsafeBytes { raw -> String? in
            let b = raw.bindMemory(to: UInt8.self)
            // Bisection over byte offsets: a probe backs up to the start of its line.
            var low = 0, high = b.count
            while low < high {
                let mid = (low + high) / 2
                var start = mid
                while start > low && b[start - 1] != 0x0A { start -= 1 }
                guard let tab = Self.index(of: 0x09, in: b, from: start), let end = Self.index(of: 0x0A, in: b, from: tab) else { return nil }
                let order = Self.compare(b, start..<tab, key)
                if order == 0 {
                    return String(validating: UnsafeBufferPointer(rebasing: b[(tab + 1)..<end]), as: UTF8.self)
                }
                if order < 0 { low = end + 1 } else { high = start }
            }
            return nil
        }
    }

    private static func index(of byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from
        while i < b.count {
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
