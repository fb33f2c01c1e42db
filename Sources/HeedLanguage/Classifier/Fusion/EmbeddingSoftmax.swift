import Foundation

/// A multinomial logistic regression over sentence vectors (the pretrained encoder's embeddings): each dimension
/// standardised with the training vectors' mean and spread, then one linear score per label.
///
/// Trained with ``train(vectors:labels:classCount:options:progress:)``; the scores are logits (no temperature).
struct EmbeddingSoftmax: Sendable, Equatable {
    /// The length of the vectors it reads.
    let dimension: Int
    /// The number of labels it scores.
    let classCount: Int
    /// Per-dimension mean of the training vectors.
    let mean: [Float]
    /// Per-dimension 1 / standard deviation of the training vectors.
    let inverseSpread: [Float]
    /// `weights[class * dimension + d]`.
    let weights: [Float]
    let bias: [Float]

    /// The label scores of `vector` written into `out` (`classCount` values).
    func scores(of vector: [Float], into out: UnsafeMutableBufferPointer<Float>) {
        precondition(vector.count == dimension, "vector of length \(vector.count), expected \(dimension)")
        withUnsafeTemporaryAllocation(of: Float.self, capacity: dimension) { x in
            for d in 0..<dimension { x[d] = (vector[d] - mean[d]) * inverseSpread[d] }
            weights.withUnsafeBufferPointer { w in
                for c in 0..<classCount {
                    out[c] = bias[c] + Self.dot(UnsafeBufferPointer(x), w.baseAddress! + c * dimension, dimension)
                }
            }
        }
    }

    /// The label scores of `vector`.
    func scores(of vector: [Float]) -> [Float] {
        [Float](unsafeUninitializedCapacity: classCount) { buffer, count in
            scores(of: vector, into: buffer)
            count = classCount
        }
    }

    @inline(__always)
    static func dot(_ x: UnsafeBufferPointer<Float>, _ w: UnsafePointer<Float>, _ count: Int) -> Float {
        var sum = SIMD8<Float>(repeating: 0)
        var d = 0
        let xs = x.baseAddress!
        while d + 8 <= count {
            let a = UnsafeRawPointer(xs + d).loadUnaligned(as: SIMD8<Float>.self)
            let b = UnsafeRawPointer(w + d).loadUnaligned(as: SIMD8<Float>.self)
            sum += a * b
            d += 8
        }
        var total = sum.sum()
        while d < count {
            total += xs[d] * w[d]
            d += 1
        }
        return total
    }
}

extension EmbeddingSoftmax {
    /// Fits the head on `vectors` (all of one length) with gold `labels` (indices below `classCount`): softmax
    /// cross-entropy with L2, mini-batch Adam. `progress` is called after each epoch with the epochs done.
    static func train(vectors: [[Float]], labels: [Int], classCount: Int, options: DenseHeadOptions = DenseHeadOptions(),
                      classBalancePower: Float = 1, seed: UInt64 = 42, progress: (Int) -> Void = { _ in }) -> EmbeddingSoftmax {
        precondition(!vectors.isEmpty && vectors.count == labels.count, "one label per vector")
        let dimension = vectors[0].count
        let n = Float(vectors.count)
        let (mean, inverseSpread) = standardisation(of: vectors)
        let standardised = vectors.map { v in (0..<dimension).map { (v[$0] - mean[$0]) * inverseSpread[$0] } }

        var labelCounts = [Int](repeating: 0, count: classCount)
        for label in labels { labelCounts[label] += 1 }
        let classWeights = labelCounts.map { count -> Float in
            guard count > 0, classBalancePower > 0 else { return 1 }
            return powf(n / Float(classCount * count), classBalancePower)
        }

        var weights = [Float](repeating: 0, count: classCount * dimension)
        var bias = [Float](repeating: 0, count: classCount)
        var adam = AdamState(count: weights.count + classCount, learningRate: options.learningRate)
        var gradient = [Float](repeating: 0, count: weights.count + classCount)
        var scores = [Float](repeating: 0, count: classCount)
        var order = Array(vectors.indices)
        var generator = SplitMix64(seed: seed)
        for epoch in 0..<options.epochs {
            order.shuffle(using: &generator)
            var start = 0
            while start < order.count {
                let batch = order[start..<min(start + options.batchSize, order.count)]
                start += options.batchSize
                for i in gradient.indices { gradient[i] = 0 }
                let scale = 1 / Float(batch.count)
                weights.withUnsafeBufferPointer { w in
                    gradient.withUnsafeMutableBufferPointer { g in
                        for index in batch {
                            let x = standardised[index]
                            x.withUnsafeBufferPointer { xs in
                                for c in 0..<classCount { scores[c] = bias[c] + dot(xs, w.baseAddress! + c * dimension, dimension) }
                                scores.withUnsafeMutableBufferPointer { LinearScorer.softmax($0) }
                                scores[labels[index]] -= 1
                                let exampleWeight = classWeights[labels[index]] * scale
                                for c in 0..<classCount {
                                    let delta = scores[c] * exampleWeight
                                    guard delta != 0 else { continue }
                                    let row = g.baseAddress! + c * dimension
                                    for d in 0..<dimension { row[d] += delta * xs[d] }
                                    g[weights.count + c] += delta
                                }
                            }
                        }
                    }
                }
                for i in weights.indices { gradient[i] += options.l2 * weights[i] }
                adam.step(gradient: gradient) { i, update in
                    if i < weights.count { weights[i] -= update } else { bias[i - weights.count] -= update }
                }
            }
            progress(epoch + 1)
        }
        return EmbeddingSoftmax(dimension: dimension, classCount: classCount, mean: mean, inverseSpread: inverseSpread,
                                weights: weights, bias: bias)
    }
}

extension EmbeddingSoftmax {
    /// Per-dimension mean and 1 / standard deviation of `vectors` (all of one length).
    static func standardisation(of vectors: [[Float]]) -> (mean: [Float], inverseSpread: [Float]) {
        let dimension = vectors[0].count, n = Float(vectors.count)
        var mean = [Float](repeating: 0, count: dimension)
        for v in vectors { for d in 0..<dimension { mean[d] += v[d] / n } }
        var variance = [Float](repeating: 0, count: dimension)
        for v in vectors { for d in 0..<dimension { variance[d] += (v[d] - mean[d]) * (v[d] - mean[d]) / n } }
        return (mean, variance.map { 1 / max($0.squareRoot(), 1e-6) })
    }
}

/// The moment estimates of the Adam optimiser over a flat parameter vector.
struct AdamState {
    private var first: [Float]
    private var second: [Float]
    private var steps = 0
    let learningRate: Float
    let beta1: Float = 0.9
    let beta2: Float = 0.999
    let epsilon: Float = 1e-8

    init(count: Int, learningRate: Float) {
        first = [Float](repeating: 0, count: count)
        second = [Float](repeating: 0, count: count)
        self.learningRate = learningRate
    }

    /// One step: `apply(i, update)` is called for every parameter with the amount to subtract from it.
    mutating func step(gradient: [Float], apply: (Int, Float) -> Void) {
        steps += 1
        let correction1 = 1 - powf(beta1, Float(steps)), correction2 = 1 - powf(beta2, Float(steps))
        let rate = learningRate * correction2.squareRoot() / correction1
        for i in gradient.indices {
            let g = gradient[i]
            first[i] = beta1 * first[i] + (1 - beta1) * g
            second[i] = beta2 * second[i] + (1 - beta2) * g * g
            apply(i, rate * first[i] / (second[i].squareRoot() + epsilon))
        }
    }
}
