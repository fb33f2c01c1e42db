/// Several model inputs (each `<s> … </s>`) laid end to end: the forward pass runs every token-wise product once for
/// the whole batch, and attention stays inside each input's own range, so no padding (and no padding mask) is needed.
struct TokenBatch {
    /// The token ids of every input, concatenated.
    private(set) var ids: [Int] = []
    /// Each token's position inside its own input (0 for `<s>`, as e5.c counts them).
    private(set) var positions: [Int] = []
    /// The token range of each input.
    private(set) var segments: [Range<Int>] = []

    var tokenCount: Int { ids.count }

    mutating func append(_ input: [Int]) {
        let start = ids.count
        ids.append(contentsOf: input)
        positions.append(contentsOf: 0..<input.count)
        segments.append(start..<ids.count)
    }
}
