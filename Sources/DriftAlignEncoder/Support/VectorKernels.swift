/// Row-wise vector operations of the encoder's forward pass, on raw buffers (SIMD8 lanes; the
/// widths used divide every row length of the model).
enum VectorKernels {
    typealias V = SIMD8<Float>

    @inline(__always) static func load(_ p: UnsafePointer<Float>) -> V { UnsafeRawPointer(p).loadUnaligned(as: V.self) }
    @inline(__always) static func store(_ v: V, _ p: UnsafeMutablePointer<Float>) { UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self) }

    /// Layer normalization of one row in place: (x − mean) / sqrt(var + eps) · gain + bias
    /// (Ba, Kiros & Hinton, "Layer Normalization", 2016), variance over the centred values.
    @inline(__always)
    static func layerNorm(_ x: UnsafeMutablePointer<Float>, count n: Int, gain: UnsafePointer<Float>, bias: UnsafePointer<Float>, epsilon: Float) {
        var s = V()
        var i = 0
        while i < n { s += load(x + i); i += 8 }
        let mean = s.sum() / Float(n)
        var q = V()
        i = 0
        while i < n { let d = load(x + i) - mean; q += d * d; i += 8 }
        let inv = 1 / (q.sum() / Float(n) + epsilon).squareRoot()
        i = 0
        while i < n {
            store((load(x + i) - mean) * inv * load(gain + i) + load(bias + i), x + i)
            i += 8
        }
    }

    /// `y = max(y + bias, 0) + residual` over one row.
    @inline(__always)
    static func biasReLUResidual(_ y: UnsafeMutablePointer<Float>, bias: UnsafePointer<Float>, residual: UnsafePointer<Float>, count n: Int) {
        var i = 0
        while i < n {
            let v = load(y + i) + load(bias + i)
            store(v.replacing(with: 0, where: v .< 0) + load(residual + i), y + i)
            i += 8
        }
    }

    /// `y = max(y, 0)` over `n` values.
    static func relu(_ y: UnsafeMutablePointer<Float>, count n: Int) {
        var i = 0
        while i + 8 <= n { let v = load(y + i); store(v.replacing(with: 0, where: v .< 0), y + i); i += 8 }
        while i < n { y[i] = max(y[i], 0); i += 1 }
    }

    /// `acc += x` over `n` values.
    @inline(__always)
    static func add(_ x: UnsafePointer<Float>, into acc: UnsafeMutablePointer<Float>, count n: Int) {
        var i = 0
        while i < n { store(load(acc + i) + load(x + i), acc + i); i += 8 }
    }
}
