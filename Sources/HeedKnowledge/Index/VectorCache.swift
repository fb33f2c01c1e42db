import Synchronization

/// Passage vectors by the exact text they were computed from; thread-safe. Nothing is evicted: a knowledge base's
/// passages are few enough (≈ 1.6 KB a vector).
final class VectorCache: Sendable {
    private let vectors = Mutex<[String: [Float]]>([:])

    func vector(for text: String) -> [Float]? { vectors.withLock { $0[text] } }

    func store(_ vector: [Float], for text: String) { vectors.withLock { $0[text] = vector } }

    var count: Int { vectors.withLock { $0.count } }
}
