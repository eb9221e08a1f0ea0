import Foundation
import Testing
@testable import DriftAlignEncoder

@Suite("Vector kernels")
struct VectorKernelsTests {
    @Test("allFinite finds one NaN or infinity anywhere, in the vector part or the tail")
    func allFinite() {
        let base: [Float] = (0..<37).map { Float($0) * 1e36 / 37 - 5e35 } + [.greatestFiniteMagnitude, -.leastNonzeroMagnitude]
        #expect(base.withUnsafeBufferPointer { VectorKernels.allFinite($0.baseAddress!, count: $0.count) })
        for bad: Float in [.nan, .infinity, -.infinity, .signalingNaN] {
            for at in [0, 7, 8, 31, 32, 38] {
                var v = base
                v[at] = bad
                #expect(!v.withUnsafeBufferPointer { VectorKernels.allFinite($0.baseAddress!, count: $0.count) }, "\(bad) at \(at)")
                // Outside the counted part it does not matter.
                #expect(v.withUnsafeBufferPointer { VectorKernels.allFinite($0.baseAddress! + at + 1, count: $0.count - at - 1) })
            }
        }
    }

    @Test("vectorized tanh stays within 2e-7 of libm's tanhf from -20 to 20, odd and saturating")
    func tanhAgreesWithLibm() {
        // A dense grid (step 1/4096) plus the branch boundaries and extremes, in a length that is
        // not a multiple of eight, so the scalar tail runs too.
        var xs = stride(from: Float(-20), through: 20, by: 1 / 4096).map { $0 }
        xs += [0, -0.0, 0.125, -0.125, 0.124_999_99, 9, -9, 10, -10, 10.000_001, 1e-30, -1e-30, 1e-8, 88, -88, .greatestFiniteMagnitude]
        xs += [0.3, 0.7, 1.1]
        var ys = xs
        ys.withUnsafeMutableBufferPointer { VectorKernels.tanh($0.baseAddress!, count: $0.count) }
        var worst: Float = 0, worstAt: Float = 0
        for (x, y) in zip(xs, ys) {
            let err = abs(y - tanhf(x))
            if err > worst { worst = err; worstAt = x }
        }
        print("vectorized tanh: largest error \(worst) at \(worstAt)")
        #expect(worst < 2e-7, "largest error \(worst) at \(worstAt)")
        #expect(ys[xs.firstIndex(of: 88)!] == 1 && ys[xs.firstIndex(of: -88)!] == -1)
        // Odd: tanh(−x) = −tanh(x) exactly, as the sign is applied last.
        let value = Dictionary(zip(xs, ys), uniquingKeysWith: { a, _ in a })
        let odd = xs.filter { $0 > 0 }.allSatisfy { x in value[-x].map { $0 == -value[x]! } ?? true }
        #expect(odd)
    }
}
