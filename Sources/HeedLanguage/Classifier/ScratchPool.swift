import Synchronization

/// Reusable feature-extraction buffers shared by the threads predicting with one classifier, so a prediction
/// allocates almost nothing: a thread takes a scratch, uses it, and gives it back.
final class ScratchPool: Sendable {
    private let available = Mutex<[FeatureHasher.Scratch]>([])
    private static let keptScratches = 16

    /// Runs `body` with a scratch taken from the pool (or a new one), then returns it to the pool.
    func withScratch<Result>(_ body: (inout FeatureHasher.Scratch) -> Result) -> Result {
        var scratch = available.withLock { $0.popLast() } ?? FeatureHasher.Scratch()
        let result = body(&scratch)
        available.withLock { pool in
            if pool.count < Self.keptScratches { pool.append(scratch) }
        }
        return result
    }
}
