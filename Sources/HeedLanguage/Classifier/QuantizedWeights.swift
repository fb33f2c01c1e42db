/// The classifier's weights for prediction: each feature row's weights as 8-bit integers with one scale per row.
/// A quarter of the memory of `Float` weights, so the rows a message touches come from cache far more often;
/// the rounding error (at most half a step of 1/127 of the row's largest weight) leaves predictions unchanged
/// in practice. Training and the model file keep the exact `Float` weights.
struct QuantizedWeights: Sendable {
    /// `values[row * classCount + class]`.
    let values: [Int8]
    /// The weight of one integer step of each row.
    let scales: [Float]
    let classCount: Int

    init(weights: [Float], classCount: Int) {
        self.classCount = classCount
        let rowCount = classCount > 0 ? weights.count / classCount : 0
        var scales = [Float](repeating: 0, count: rowCount)
        var values = [Int8](repeating: 0, count: weights.count)
        weights.withUnsafeBufferPointer { w in
            for row in 0..<rowCount {
                let base = row * classCount
                var largest: Float = 0
                for c in 0..<classCount { largest = max(largest, abs(w[base + c])) }
                guard largest > 0 else { continue }
                let scale = largest / 127
                scales[row] = scale
                let inverse = 1 / scale
                for c in 0..<classCount {
                    values[base + c] = Int8(max(-127, min(127, (w[base + c] * inverse).rounded())))
                }
            }
        }
        self.values = values
        self.scales = scales
    }

    /// `out = bias + Σ value × weights[row]` over the rows and values of a sparse vector.
    @inline(__always)
    func scores(rows: UnsafeBufferPointer<Int32>, values x: UnsafeBufferPointer<Float>, bias: UnsafeBufferPointer<Float>,
                into out: UnsafeMutableBufferPointer<Float>) {
        let classCount = self.classCount
        for c in 0..<classCount { out[c] = bias[c] }
        guard let o = out.baseAddress else { return }
        values.withUnsafeBufferPointer { q in
            scales.withUnsafeBufferPointer { scales in
                guard let q = q.baseAddress else { return }
                // Touch every row first: these loads are independent, so the processor fetches many rows from
                // memory at once instead of waiting for each one inside the arithmetic loop.
                var touched: Int8 = 0
                var touchedScale: Float = 0
                for k in 0..<rows.count {
                    let row = Int(rows[k])
                    let scale = scales[row]
                    guard scale != 0 else { continue }  // a pruned row
                    let base = q + row * classCount
                    touched &+= base[0] &+ base[classCount - 1]
                    touchedScale += scale
                }
                o[0] += touchedScale * 0 + Float(touched) * 0
                // Two rows per pass over the scores: half the loads and stores of `out`.
                var pending: (weights: UnsafePointer<Int8>, step: Float)?
                for k in 0..<rows.count {
                    let row = Int(rows[k])
                    let scale = scales[row]
                    guard scale != 0 else { continue }
                    let step = x[k] * scale
                    let weights = q + row * classCount
                    guard let first = pending else {
                        pending = (weights, step)
                        continue
                    }
                    pending = nil
                    for c in 0..<classCount { o[c] += first.step * Float(first.weights[c]) + step * Float(weights[c]) }
                }
                if let last = pending {
                    for c in 0..<classCount { o[c] += last.step * Float(last.weights[c]) }
                }
            }
        }
    }
}
