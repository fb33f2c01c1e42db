/// A fixed-size block of `Float`s owned by one object: model weights (written once while loading, then only read,
/// so sharing it between threads is safe) or the forward pass's scratch activations (owned by one call).
final class FloatBuffer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Float>
    let count: Int

    /// `count` zeros.
    init(count: Int) {
        pointer = .allocate(capacity: max(count, 1))
        pointer.initialize(repeating: 0, count: max(count, 1))
        self.count = count
    }

    /// A copy of `values`.
    convenience init(_ values: [Float]) {
        self.init(count: values.count)
        values.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            pointer.update(from: base, count: values.count)
        }
    }

    /// The Q4_0 matrix dequantised to row-major fp32.
    convenience init(dequantizing matrix: Q4Matrix) {
        self.init(count: matrix.rows * matrix.columns)
        for row in 0..<matrix.rows { matrix.dequantizeRow(row, into: pointer + row * matrix.columns) }
    }

    /// Several matrices of the same width stacked row-wise into one (e.g. the query, key and value projections,
    /// so that one pass over the activations computes all three).
    convenience init(stacking matrices: [Q4Matrix]) {
        let columns = matrices.first?.columns ?? 0
        self.init(count: matrices.reduce(0) { $0 + $1.rows * columns })
        var row = 0
        for matrix in matrices {
            for source in 0..<matrix.rows {
                matrix.dequantizeRow(source, into: pointer + row * columns)
                row += 1
            }
        }
    }

    deinit { pointer.deallocate() }
}
