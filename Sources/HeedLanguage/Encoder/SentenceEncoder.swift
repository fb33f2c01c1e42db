/// Turns sentences into fixed-size vectors whose cosine similarity says how close their meanings are.
///
/// Queries and passages are embedded differently (asymmetric retrieval models such as E5 prefix them): embed the
/// customer's question with ``embedQueries(_:)`` and the knowledge passages with ``embedPassages(_:)``. Vectors are
/// L2-normalised, so a dot product is their cosine.
public protocol SentenceEncoder: Sendable {
    /// The length of every vector this encoder returns.
    var dimension: Int { get }
    /// A short identifier of the model and its version (e.g. `multilingual-e5-small-q4`), stored with cached vectors
    /// so that vectors of another model are never compared with this one's.
    var modelIdentifier: String { get }
    /// One L2-normalised vector per query, in order.
    func embedQueries(_ texts: [String]) -> [[Float]]
    /// One L2-normalised vector per passage, in order.
    func embedPassages(_ texts: [String]) -> [[Float]]
}

extension SentenceEncoder {
    /// The L2-normalised vector of one query.
    public func embedQuery(_ text: String) -> [Float] { embedQueries([text])[0] }
}

/// The cosine of two L2-normalised vectors of the same length (their dot product).
public func cosineOfNormalized(_ a: [Float], _ b: [Float]) -> Float {
    precondition(a.count == b.count, "vectors of different lengths")
    var sum: Float = 0
    for i in a.indices { sum += a[i] * b[i] }
    return sum
}
