import Foundation

/// Fits one-vs-rest linear support vector machines (squared hinge loss, L2 penalty) by dual coordinate descent
/// with shrinking (Hsieh et al., ICML 2008, as in LIBLINEAR). Each label gets its own weight vector, trained
/// against all other labels; the intercept is an extra feature of value 1 (penalised like the weights).
/// The scores are margins, turned into probabilities by the temperature-scaled softmax fitted on dev data.
///
/// With ``TrainingOptions/naiveBayesScaling`` each label's SVM sees every feature multiplied by its naive Bayes
/// log-count ratio for that label (NBSVM, Wang & Manning, ACL 2012); the stored weights are the SVM's weights
/// times those ratios, so prediction is unchanged and costs nothing more.
struct LinearSVMTrainer {
    let classCount: Int
    let rowCount: Int
    let options: TrainingOptions
    /// Index of the out-of-scope label, whose examples get ``TrainingOptions/outOfScopeExampleWeight``.
    var outOfScopeIndex: Int?

    /// Compressed sparse rows of the training vectors plus the constant intercept feature.
    private struct Matrix {
        var start: [Int] = [0]
        var rows: [Int32] = []
        var values: [Float] = []
        var squaredNorm: [Float] = []
    }

    /// Returns the weights in the classifier's layout (`weights[row * classCount + class]`) and the intercepts.
    func train(vectors: [SparseVector], labels: [Int], progress: (Int) -> Void) -> (weights: [Float], bias: [Float]) {
        var matrix = Matrix()
        let interceptRow = Int32(rowCount)
        for vector in vectors {
            matrix.rows.append(contentsOf: vector.rows)
            matrix.values.append(contentsOf: vector.values)
            matrix.rows.append(interceptRow)
            matrix.values.append(1)
            matrix.start.append(matrix.rows.count)
            matrix.squaredNorm.append(vector.values.reduce(0) { $0 + $1 * $1 } + 1)
        }
        var labelCounts = [Int](repeating: 0, count: classCount)
        for label in labels { labelCounts[label] += 1 }
        var weights = [Float](repeating: 0, count: rowCount * classCount)
        var bias = [Float](repeating: 0, count: classCount)
        var w = [Float](repeating: 0, count: rowCount + 1)
        var ratio = [Float](repeating: 1, count: rowCount + 1)
        var scaled = matrix
        for c in 0..<classCount {
            var positiveWeight: Float = 1
            if options.classBalancePower > 0, labelCounts[c] > 0 {
                positiveWeight = powf(Float(labels.count) / Float(classCount * labelCounts[c]), options.classBalancePower)
            }
            if c == outOfScopeIndex { positiveWeight *= options.outOfScopeExampleWeight }
            if options.naiveBayesScaling {
                naiveBayesRatios(of: c, matrix: matrix, labels: labels, into: &ratio)
                scale(matrix, by: ratio, into: &scaled)
            }
            fitOneClass(c, matrix: options.naiveBayesScaling ? scaled : matrix, labels: labels, positiveWeight: positiveWeight, into: &w)
            for row in 0..<rowCount { weights[row * classCount + c] = w[row] * ratio[row] }
            bias[c] = w[rowCount]
            progress(c + 1)
        }
        return (weights, bias)
    }

    /// The log-count ratio of every feature row for `positive` against the other labels, from binarised counts
    /// smoothed by ``TrainingOptions/naiveBayesSmoothing``: log((α + n₊ⱼ) / ‖α + n₊‖₁) − log((α + n₋ⱼ) / ‖α + n₋‖₁).
    /// The intercept row keeps ratio 1.
    private func naiveBayesRatios(of positive: Int, matrix: Matrix, labels: [Int], into ratio: inout [Float]) {
        let alpha = max(options.naiveBayesSmoothing, 1e-3)
        var inClass = [Float](repeating: 0, count: rowCount)
        var all = [Float](repeating: 0, count: rowCount)
        var positiveTotal: Float = 0, negativeTotal: Float = 0
        for i in labels.indices {
            let isPositive = labels[i] == positive
            for k in matrix.start[i]..<(matrix.start[i + 1] - 1) {  // the last entry is the intercept
                let row = Int(matrix.rows[k])
                all[row] += 1
                if isPositive { inClass[row] += 1 }
            }
        }
        for row in 0..<rowCount {
            positiveTotal += alpha + inClass[row]
            negativeTotal += alpha + all[row] - inClass[row]
        }
        let offset = log(negativeTotal) - log(positiveTotal)
        for row in 0..<rowCount {
            ratio[row] = log(alpha + inClass[row]) - log(alpha + all[row] - inClass[row]) + offset
        }
        ratio[rowCount] = 1
    }

    /// `matrix` with every value multiplied by its row's `ratio`, and the squared norms to match.
    private func scale(_ matrix: Matrix, by ratio: [Float], into scaled: inout Matrix) {
        for i in 0..<(matrix.start.count - 1) {
            var norm: Float = 0
            for k in matrix.start[i]..<matrix.start[i + 1] {
                let value = matrix.values[k] * ratio[Int(matrix.rows[k])]
                scaled.values[k] = value
                norm += value * value
            }
            scaled.squaredNorm[i] = norm
        }
    }

    /// The dual problem's per-example terms: the sign, the diagonal of the L2 loss and the quadratic coefficient.
    private func dualTerms(_ positive: Int, matrix: Matrix, labels: [Int], positiveWeight: Float)
        -> (y: [Float], diagonal: [Float], quadratic: [Float])
    {
        let n = labels.count
        var diagonal = [Float](repeating: 0, count: n)
        var y = [Float](repeating: -1, count: n)
        var quadratic = [Float](repeating: 0, count: n)
        for i in 0..<n {
            let weight: Float = labels[i] == positive ? positiveWeight : 1
            if labels[i] == positive { y[i] = 1 }
            diagonal[i] = 1 / (2 * options.svmC * weight)
            quadratic[i] = matrix.squaredNorm[i] + diagonal[i]
        }
        return (y, diagonal, quadratic)
    }

    /// Dual coordinate descent for one label against the rest; `w` is overwritten with the solution.
    private func fitOneClass(_ positive: Int, matrix: Matrix, labels: [Int], positiveWeight: Float, into w: inout [Float]) {
        let n = labels.count
        for k in w.indices { w[k] = 0 }
        var alpha = [Float](repeating: 0, count: n)
        let (y, diagonal, quadratic) = dualTerms(positive, matrix: matrix, labels: labels, positiveWeight: positiveWeight)
        var index = Array(0..<n)
        var activeSize = n
        var generator = SplitMix64(seed: options.seed &+ UInt64(positive))
        var projectedMaxOld = Float.infinity
        let tolerance = options.svmTolerance
        matrix.rows.withUnsafeBufferPointer { rows in
            matrix.values.withUnsafeBufferPointer { values in
                w.withUnsafeMutableBufferPointer { w in
                    for _ in 0..<options.svmMaxPasses {
                        for s in stride(from: activeSize - 1, to: 0, by: -1) {
                            index.swapAt(s, Int(generator.next() % UInt64(s + 1)))
                        }
                        var projectedMax = -Float.infinity, projectedMin = Float.infinity
                        var s = 0
                        while s < activeSize {
                            let i = index[s]
                            let begin = matrix.start[i], end = matrix.start[i + 1]
                            var dot: Float = 0
                            for k in begin..<end { dot += w[Int(rows[k])] * values[k] }
                            let gradient = y[i] * dot - 1 + alpha[i] * diagonal[i]
                            var projected: Float = 0
                            if alpha[i] == 0 {
                                if gradient > projectedMaxOld {
                                    // Well outside the margin and at the bound: leave it out until the final check.
                                    activeSize -= 1
                                    index.swapAt(s, activeSize)
                                    continue
                                }
                                if gradient < 0 { projected = gradient }
                            } else {
                                projected = gradient
                            }
                            projectedMax = max(projectedMax, projected)
                            projectedMin = min(projectedMin, projected)
                            if abs(projected) > 1e-12 {
                                let old = alpha[i]
                                alpha[i] = max(old - gradient / quadratic[i], 0)
                                let step = (alpha[i] - old) * y[i]
                                for k in begin..<end { w[Int(rows[k])] += step * values[k] }
                            }
                            s += 1
                        }
                        if projectedMax - projectedMin <= tolerance {
                            if activeSize == n { break }
                            activeSize = n  // converged on the active set: check every example once more
                            projectedMaxOld = .infinity
                            continue
                        }
                        projectedMaxOld = projectedMax <= 0 ? .infinity : projectedMax
                    }
                }
            }
        }
    }
}
