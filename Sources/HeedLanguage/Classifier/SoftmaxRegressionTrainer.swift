import Foundation

/// Fits a multinomial logistic regression (softmax over linear scores) with shuffled SGD.
/// Weights are laid out feature-major (`weights[row * classCount + class]`) so one feature's
/// contribution to every class is one contiguous run.
struct SoftmaxRegressionTrainer {
    let classCount: Int
    let rowCount: Int
    let options: TrainingOptions
    /// Index of the out-of-scope label, whose examples get ``TrainingOptions/outOfScopeExampleWeight``.
    var outOfScopeIndex: Int?

    func train(vectors: [SparseVector], labels: [Int], progress: (Int) -> Void) -> (weights: [Float], bias: [Float]) {
        var weights = [Float](repeating: 0, count: rowCount * classCount)
        var bias = [Float](repeating: 0, count: classCount)
        var order = Array(vectors.indices)
        var generator = SplitMix64(seed: options.seed)
        var scores = [Float](repeating: 0, count: classCount)
        var labelCounts = [Int](repeating: 0, count: classCount)
        for label in labels { labelCounts[label] += 1 }
        var classWeights = labelCounts.map { count -> Float in
            guard count > 0, options.classBalancePower > 0 else { return 1 }
            return powf(Float(labels.count) / Float(classCount * count), options.classBalancePower)
        }
        if let outOfScopeIndex { classWeights[outOfScopeIndex] *= options.outOfScopeExampleWeight }
        let totalSteps = Float(max(1, options.epochs * vectors.count))
        var step = 0
        let l2 = options.l2
        weights.withUnsafeMutableBufferPointer { w in
            bias.withUnsafeMutableBufferPointer { b in
                scores.withUnsafeMutableBufferPointer { s in
                    for epoch in 0..<options.epochs {
                        order.shuffle(using: &generator)
                        for index in order {
                            let rate = options.learningRate * max(0.1, 1 - Float(step) / totalSteps)
                            step += 1
                            let vector = vectors[index]
                            LinearScorer.scores(rows: vector.rows, values: vector.values, weights: w, bias: b, classCount: classCount, into: s)
                            LinearScorer.softmax(s)
                            s[labels[index]] -= 1  // gradient of the loss w.r.t. the scores
                            let exampleWeight = classWeights[labels[index]]
                            if exampleWeight != 1 { for c in 0..<classCount { s[c] *= exampleWeight } }
                            for c in 0..<classCount { b[c] -= rate * s[c] }
                            for k in 0..<vector.rows.count {
                                let base = Int(vector.rows[k]) * classCount
                                let x = vector.values[k]
                                let shrink = 1 - rate * l2
                                for c in 0..<classCount {
                                    w[base + c] = w[base + c] * shrink - rate * x * s[c]
                                }
                            }
                        }
                        progress(epoch + 1)
                    }
                }
            }
        }
        return (weights, bias)
    }
}

/// Linear scores and softmax shared by training and prediction.
enum LinearScorer {
    /// `out = bias + Σ value × weights[row]`.
    @inline(__always)
    static func scores(rows: [Int32], values: [Float], weights: UnsafeMutableBufferPointer<Float>,
                       bias: UnsafeMutableBufferPointer<Float>, classCount: Int, into out: UnsafeMutableBufferPointer<Float>) {
        scores(rows: rows, values: values, weights: UnsafeBufferPointer(weights), bias: UnsafeBufferPointer(bias),
               classCount: classCount, into: out)
    }

    /// `out = bias + Σ value × weights[row]`.
    @inline(__always)
    static func scores(rows: [Int32], values: [Float], weights: UnsafeBufferPointer<Float>,
                       bias: UnsafeBufferPointer<Float>, classCount: Int, into out: UnsafeMutableBufferPointer<Float>) {
        for c in 0..<classCount { out[c] = bias[c] }
        guard let w = weights.baseAddress, let o = out.baseAddress else { return }
        rows.withUnsafeBufferPointer { r in
            values.withUnsafeBufferPointer { v in
                for k in 0..<r.count {
                    let row = w + Int(r[k]) * classCount
                    let x = v[k]
                    for c in 0..<classCount { o[c] += x * row[c] }
                }
            }
        }
    }

    /// Turns scores into probabilities in place (numerically stable).
    @inline(__always)
    static func softmax(_ values: UnsafeMutableBufferPointer<Float>, temperature: Float = 1) {
        guard !values.isEmpty else { return }
        var maximum = values[0]
        for v in values where v > maximum { maximum = v }
        var sum: Float = 0
        let inverse = 1 / temperature
        for i in values.indices {
            let e = expf((values[i] - maximum) * inverse)
            values[i] = e
            sum += e
        }
        let scale = 1 / sum
        for i in values.indices { values[i] *= scale }
    }
}

/// A small, fast, seedable random number generator (SplitMix64), so training is reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
