/// The knobs of dense-first retrieval, used when the query and the passages carry sentence-encoder vectors.
/// Tuned on StackFAQ's dev queries (no learned paraphrases), with multilingual-e5-small.
///
/// Not stored in index snapshots: they belong to the encoder in use, not to the indexed knowledge.
public struct DenseRetrievalTuning: Sendable, Hashable {
    /// Weight of the BM25 score (scaled to 0…1 by the query's best) added to the cosine similarity. Small: the
    /// encoder decides, exact words only break near-ties (equal-weight fusion with BM25 hurt dense retrieval).
    public var lexicalWeight: Double = 0.1
    /// The cosine similarity that maps to confidence 0. E5's cosines are compressed (unrelated texts still score
    /// ≈ 0.7), so confidence rescales them linearly onto 0…1 between this floor and ``confidenceCeiling``.
    public var confidenceFloor: Double = 0.75
    /// The cosine similarity that maps to confidence 1.
    public var confidenceCeiling: Double = 0.9

    /// The tuned defaults.
    public init() {}

    /// The confidence of a passage whose cosine with the query is `cosine`.
    public func confidence(cosine: Double) -> Double {
        min(1, max(0, (cosine - confidenceFloor) / max(confidenceCeiling - confidenceFloor, 1e-6)))
    }
}
