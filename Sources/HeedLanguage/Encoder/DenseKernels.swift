import Foundation

/// The fp32 arithmetic of the transformer, on raw pointers with 4-wide SIMD: a blocked matrix product with bias
/// (handed to OpenBLAS when the system has it, ``SystemBLAS``), layer normalisation and GELU.
enum DenseKernels {
    /// Tokens processed together while one group of weight rows stays in cache.
    private static let tokenBlock = 16

    @inline(__always)
    private static func load(_ pointer: UnsafePointer<Float>) -> SIMD4<Float> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD4<Float>.self)
    }

    /// `output[t, o] = bias[o] + Σₖ input[t, k] · weights[o, k]` for `tokens` rows of `inputs` values, with
    /// `weights` row-major `outputs × inputs` (`inputs` a multiple of 4, `outputs` a multiple of 4). The output rows
    /// are split over `threads` threads when the product is large enough to pay for it (OpenBLAS uses its own threads).
    static func linear(
        _ input: UnsafePointer<Float>, tokens: Int, inputs: Int, weights: UnsafePointer<Float>,
        bias: UnsafePointer<Float>, outputs: Int, into output: UnsafeMutablePointer<Float>, threads: Int
    ) {
        if SystemBLAS.linear(input, tokens: tokens, inputs: inputs, weights: weights, bias: bias, outputs: outputs, into: output) {
            return
        }
        let groups = outputs / 4
        let parts = tokens * outputs * inputs < 1 << 20 ? 1 : min(max(threads, 1), groups)
        guard parts > 1 else {
            linearRows(
                input, tokens: tokens, inputs: inputs, weights: weights, bias: bias, outputs: outputs,
                rowGroups: 0..<groups, into: output)
            return
        }
        let shared = SharedPointers(input: input, weights: weights, bias: bias, output: output)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            linearRows(
                shared.input, tokens: tokens, inputs: inputs, weights: shared.weights, bias: shared.bias,
                outputs: outputs, rowGroups: groups * part / parts..<groups * (part + 1) / parts, into: shared.output)
        }
    }

    /// The operands of one product, handed to the threads that each write their own output rows.
    private struct SharedPointers: @unchecked Sendable {
        let input: UnsafePointer<Float>, weights: UnsafePointer<Float>, bias: UnsafePointer<Float>
        let output: UnsafeMutablePointer<Float>
    }

    /// ``linear(_:tokens:inputs:weights:bias:outputs:into:threads:)`` for output rows `4·rowGroups`.
    private static func linearRows(
        _ input: UnsafePointer<Float>, tokens: Int, inputs: Int, weights: UnsafePointer<Float>,
        bias: UnsafePointer<Float>, outputs: Int, rowGroups: Range<Int>, into output: UnsafeMutablePointer<Float>
    ) {
        var blockStart = 0
        while blockStart < tokens {
            let blockEnd = min(blockStart + tokenBlock, tokens)
            for group in rowGroups {
                let row = group * 4
                var token = blockStart
                while token + 1 < blockEnd {
                    dot4x2(input + token * inputs, inputs, weights + row * inputs, bias + row,
                           output + token * outputs + row, outputs)
                    token += 2
                }
                if token < blockEnd {
                    dot4x1(input + token * inputs, inputs, weights + row * inputs, bias + row, output + token * outputs + row)
                }
            }
            blockStart = blockEnd
        }
    }

    /// Four weight rows against two tokens: eight dot products sharing every load.
    @inline(__always)
    private static func dot4x2(
        _ x: UnsafePointer<Float>, _ n: Int, _ w: UnsafePointer<Float>, _ bias: UnsafePointer<Float>,
        _ y: UnsafeMutablePointer<Float>, _ stride: Int
    ) {
        let x1 = x + n, w1 = w + n, w2 = w + 2 * n, w3 = w + 3 * n
        var a0 = SIMD4<Float>(), a1 = SIMD4<Float>(), a2 = SIMD4<Float>(), a3 = SIMD4<Float>()
        var b0 = SIMD4<Float>(), b1 = SIMD4<Float>(), b2 = SIMD4<Float>(), b3 = SIMD4<Float>()
        var k = 0
        while k < n {
            let u = load(x + k), v = load(x1 + k)
            let p0 = load(w + k), p1 = load(w1 + k), p2 = load(w2 + k), p3 = load(w3 + k)
            a0 += p0 * u; a1 += p1 * u; a2 += p2 * u; a3 += p3 * u
            b0 += p0 * v; b1 += p1 * v; b2 += p2 * v; b3 += p3 * v
            k += 4
        }
        y[0] = bias[0] + a0.sum(); y[1] = bias[1] + a1.sum(); y[2] = bias[2] + a2.sum(); y[3] = bias[3] + a3.sum()
        y[stride] = bias[0] + b0.sum(); y[stride + 1] = bias[1] + b1.sum()
        y[stride + 2] = bias[2] + b2.sum(); y[stride + 3] = bias[3] + b3.sum()
    }

    /// Four weight rows against one token.
    @inline(__always)
    private static func dot4x1(
        _ x: UnsafePointer<Float>, _ n: Int, _ w: UnsafePointer<Float>, _ bias: UnsafePointer<Float>,
        _ y: UnsafeMutablePointer<Float>
    ) {
        let w1 = w + n, w2 = w + 2 * n, w3 = w + 3 * n
        var a0 = SIMD4<Float>(), a1 = SIMD4<Float>(), a2 = SIMD4<Float>(), a3 = SIMD4<Float>()
        var k = 0
        while k < n {
            let u = load(x + k)
            a0 += load(w + k) * u; a1 += load(w1 + k) * u; a2 += load(w2 + k) * u; a3 += load(w3 + k) * u
            k += 4
        }
        y[0] = bias[0] + a0.sum(); y[1] = bias[1] + a1.sum(); y[2] = bias[2] + a2.sum(); y[3] = bias[3] + a3.sum()
    }

    /// `x[t] = LayerNorm(x[t] + residual[t])` for each of `tokens` rows of `width` values (residual optional).
    static func addLayerNorm(
        _ x: UnsafeMutablePointer<Float>, residual: UnsafePointer<Float>?, weight: UnsafePointer<Float>,
        bias: UnsafePointer<Float>, tokens: Int, width: Int, epsilon: Float
    ) {
        for token in 0..<tokens {
            let row = x + token * width
            if let residual {
                let other = residual + token * width
                for i in 0..<width { row[i] += other[i] }
            }
            var mean: Float = 0
            for i in 0..<width { mean += row[i] }
            mean /= Float(width)
            var variance: Float = 0
            for i in 0..<width {
                let d = row[i] - mean
                variance += d * d
            }
            let inverse = 1 / (variance / Float(width) + epsilon).squareRoot()
            for i in 0..<width { row[i] = (row[i] - mean) * inverse * weight[i] + bias[i] }
        }
    }

    /// The exact (erf) GELU, in place.
    static func gelu(_ x: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { x[i] = 0.5 * x[i] * (1 + erf(x[i] * 0.707_106_781_186_547_52)) }
    }

    /// The error function by Abramowitz & Stegun 7.1.26 (within 5e-7 of the C library's in fp32, far under what
    /// the 4-bit weights move the activations): one `expf` and a polynomial, faster than the C library's `erff`,
    /// which took an eighth of a forward pass.
    @inline(__always)
    static func erf(_ x: Float) -> Float {
        let a = abs(x)
        let t = 1 / (1 + 0.327_591_1 * a)
        let polynomial = t * (0.254_829_592 + t * (-0.284_496_736 + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))))
        let value = 1 - polynomial * expf(-a * a)
        return x < 0 ? -value : value
    }
}
