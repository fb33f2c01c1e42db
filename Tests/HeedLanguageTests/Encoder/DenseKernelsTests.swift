import Foundation
import Testing
@testable import HeedLanguage

@Suite("The encoder's dense arithmetic")
struct DenseKernelsTests {
    @Test func theErrorFunctionMatchesTheCLibrarys() {
        var worst: Float = 0
        for step in -6000...6000 {
            let x = Float(step) / 1000
            worst = max(worst, abs(DenseKernels.erf(x) - erff(x)))
        }
        #expect(worst < 5e-7, "largest difference \(worst)")
        #expect(DenseKernels.erf(0) == 0)
        #expect(DenseKernels.erf(-1) == -DenseKernels.erf(1))
    }

    /// The product, on OpenBLAS when the system has it and on Heed's kernels otherwise, against a plain triple loop.
    @Test(arguments: [1, 7, 33])
    func theMatrixProductWithBiasIsExact(tokens: Int) {
        let inputs = 64, outputs = 48
        var generator = SplitMix64(seed: UInt64(tokens))
        func random() -> Float { Float(generator.next() % 2001) / 1000 - 1 }
        let input = (0..<tokens * inputs).map { _ in random() }
        let weights = (0..<outputs * inputs).map { _ in random() }
        let bias = (0..<outputs).map { _ in random() }
        var output = [Float](repeating: .nan, count: tokens * outputs)
        input.withUnsafeBufferPointer { i in
            weights.withUnsafeBufferPointer { w in
                bias.withUnsafeBufferPointer { b in
                    output.withUnsafeMutableBufferPointer { o in
                        DenseKernels.linear(i.baseAddress!, tokens: tokens, inputs: inputs, weights: w.baseAddress!,
                                            bias: b.baseAddress!, outputs: outputs, into: o.baseAddress!, threads: 2)
                    }
                }
            }
        }
        for t in 0..<tokens {
            for o in 0..<outputs {
                var expected = bias[o]
                for k in 0..<inputs { expected += input[t * inputs + k] * weights[o * inputs + k] }
                #expect(abs(output[t * outputs + o] - expected) < 1e-4, "token \(t), output \(o)")
            }
        }
    }
}
