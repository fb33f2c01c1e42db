/// A sparse feature vector: parallel arrays of feature rows and their values.
struct SparseVector: Sendable, Hashable {
    var rows: [Int32] = []
    var values: [Float] = []
}
