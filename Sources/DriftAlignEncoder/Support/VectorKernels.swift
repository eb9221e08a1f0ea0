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

    /// Whether none of the `n` values is infinite or NaN (exponent bits not all ones), eight at a
    /// time: loading checks millions of weights.
    static func allFinite(_ x: UnsafePointer<Float>, count n: Int) -> Bool {
        typealias U = SIMD8<UInt32>
        let exponent = U(repeating: 0x7f80_0000)
        let raw = UnsafeRawPointer(x)
        var bad = SIMDMask<U.MaskStorage>(repeating: false)
        var i = 0
        while i + 8 <= n {
            bad .|= (raw.loadUnaligned(fromByteOffset: 4 * i, as: U.self) & exponent) .== exponent
            i += 8
        }
        while i < n { if !x[i].isFinite { return false }; i += 1 }
        return !any(bad)
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

    /// `y = tanh(y)` over `n` values, eight lanes at a time; absolute error below 2e-7 on every
    /// float (checked against libm's `tanhf` over a dense grid in the tests), where the scalar
    /// `tanhf` call per value cost 3 % of an alignment run (it is applied to every window vector).
    /// For |y| < 0.125 the odd Taylor series of tanh to the y⁷ term (the first omitted term,
    /// 62y⁹/2835, is below 3e-10 there); above, tanh|y| = 1 − 2 / (e^{2|y|} + 1) with e^{2|y|} from
    /// ``exp(_:)`` (|y| clamped at 10, where the float result is ±1).
    static func tanh(_ y: UnsafeMutablePointer<Float>, count n: Int) {
        var i = 0
        while i + 8 <= n { store(tanh(load(y + i)), y + i); i += 8 }
        while i < n {
            var lane = V(repeating: 0)
            lane[0] = y[i]
            y[i] = tanh(lane)[0]
            i += 1
        }
    }

    @inline(__always)
    static func tanh(_ x: V) -> V {
        let a = x.replacing(with: -x, where: x .< 0)
        let z = a * a
        // x − x³/3 + 2x⁵/15 − 17x⁷/315
        var series = z * V(repeating: -17 / 315) + 2 / 15
        series = series * z - 1 / 3
        series = a * (series * z + 1)
        let e = exp(2 * a.replacing(with: 10, where: a .> 10))
        var t = 1 - 2 / (e + 1)
        t.replace(with: series, where: a .< 0.125)
        return t.replacing(with: -t, where: x .< 0)
    }

    /// e^x for 0 ≤ x ≤ 20 (what ``tanh(_:)`` needs): x = k·ln2 + r with |r| ≤ ln2/2, e^r by its
    /// Taylor series to r⁷ (the first omitted term is below 1e-8), times 2^k built in the exponent bits.
    @inline(__always)
    static func exp(_ x: V) -> V {
        let ln2Hi: Float = 0.693_145_75, ln2Lo: Float = 1.428_606_8e-6  // ln 2 split so k·ln2Hi is exact
        let k = (x * 1.442_695_04).rounded(.toNearestOrEven)  // x / ln 2
        let r = (x - k * ln2Hi) - k * ln2Lo
        var p = V(repeating: 1 / 5040)
        p = p * r + 1 / 720
        p = p * r + 1 / 120
        p = p * r + 1 / 24
        p = p * r + 1 / 6
        p = p * r + 0.5
        p = p * r + 1
        p = p * r + 1
        // 2^k from k's bits: adding 1.5 · 2^23 puts the integer k in the low mantissa bits
        // (exact for |k| < 2^22), so no float-to-integer conversion is needed; Swift's
        // `SIMD8<Int32>(_:rounding:)` converts lane by lane through a generic path, which cost 2 %
        // of an alignment run.
        let kBits = unsafeBitCast(k + 12_582_912, to: SIMD8<Int32>.self) &- (0x4B40_0000 - 127)
        return p * unsafeBitCast(kBits &<< 23, to: V.self)
    }
}
