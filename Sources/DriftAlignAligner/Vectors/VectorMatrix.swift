/// Row-major matrix of unit-length embedding vectors, one row per sentence or window.
///
/// The aligner's inner loop is dot products between rows of two matrices; keeping them flat and
/// contiguous lets the compiler vectorize it.
public struct VectorMatrix: Sendable {
    public let rows: Int
    public let dimension: Int
    public private(set) var data: [Float]

    public init(rows: Int, dimension: Int, data: [Float]) {
        precondition(data.count == rows * dimension, "matrix data does not match its shape")
        self.rows = rows
        self.dimension = dimension
        self.data = data
    }

    public init(rows: [[Float]], dimension: Int) {
        var flat: [Float] = []
        flat.reserveCapacity(rows.count * dimension)
        for r in rows { flat.append(contentsOf: r) }
        self.init(rows: rows.count, dimension: dimension, data: flat)
    }

    public func row(_ i: Int) -> ArraySlice<Float> { data[(i * dimension)..<((i + 1) * dimension)] }

    /// Dot product of row `i` of this matrix with row `j` of `other`.
    @inline(__always)
    public func dot(_ i: Int, _ other: VectorMatrix, _ j: Int) -> Float {
        data.withUnsafeBufferPointer { a in
            other.data.withUnsafeBufferPointer { b in
                VectorMath.dot(a.baseAddress! + i * dimension, b.baseAddress! + j * dimension, dimension)
            }
        }
    }

    /// Scales every row to unit length (rows of zeros stay zero).
    public mutating func normalizeRows() {
        let d = dimension
        data.withUnsafeMutableBufferPointer { buf in
            for r in 0..<rows {
                let p = buf.baseAddress! + r * d
                let n = VectorMath.dot(p, p, d).squareRoot()
                if n > 0 { for k in 0..<d { p[k] /= n } }
            }
        }
    }

    /// Rows averaged over consecutive blocks of `size`, renormalized: the coarse levels of the
    /// coarse-to-fine search (Thompson & Koehn 2019, §3.2).
    public func downsampled(by size: Int) -> VectorMatrix {
        let outRows = (rows + size - 1) / size
        var out = [Float](repeating: 0, count: outRows * dimension)
        for r in 0..<rows {
            let o = (r / size) * dimension
            for k in 0..<dimension { out[o + k] += data[r * dimension + k] }
        }
        var m = VectorMatrix(rows: outRows, dimension: dimension, data: out)
        m.normalizeRows()
        return m
    }
}

/// Small numeric kernels.
public enum VectorMath {
    /// Dot product of two length-`n` float vectors, 16 lanes at a time.
    @inline(__always)
    public static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> Float {
        var acc = SIMD16<Float>(repeating: 0)
        var k = 0
        while k + 16 <= n {
            let x = UnsafeRawPointer(a + k).loadUnaligned(as: SIMD16<Float>.self)
            let y = UnsafeRawPointer(b + k).loadUnaligned(as: SIMD16<Float>.self)
            acc += x * y
            k += 16
        }
        var s = acc.sum()
        while k < n { s += a[k] * b[k]; k += 1 }
        return s
    }
}
