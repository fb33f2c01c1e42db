/// The knobs of dense-first retrieval, used when the query and the passages carry sentence-encoder vectors.
/// Tuned on StackFAQ's dev queries (no learned paraphrases), with multilingual-e5-small: recall@1 0.860 at lexical
/// weight 0.01 (0.824 at 0, 0.856 at 0.02, 0.752 at 0.1, 0.592 at 1; lexical alone 0.552).
///
/// Not stored in index snapshots: they belong to the encoder in use, not to the indexed knowledge.
public struct DenseRetrievalTuning: Sendable, Hashable {
    /// Weight of the BM25 score (scaled to 0…1 by the query's best) added to the cosine similarity. Small: the
    /// encoder decides, exact words only break near-ties (equal-weight fusion with BM25 hurt dense retrieval).
    public var lexicalWeight: Double = 0.01
    /// The cosine similarity that maps to confidence 0. E5's cosines are compressed (unrelated texts still score
    /// ≈ 0.75), so confidence rescales them linearly onto 0…1 between this floor and ``confidenceCeiling``. With
    /// 0.78…0.93 the groundedness guard's 0.6 abstain threshold sits at cosine 0.87: on StackFAQ dev it answers
    /// 81 % of the questions at precision@1 0.906 (cosine 0.84: 99.6 % at 0.855; 0.89: 45 % at 0.938; the lexical
    /// engine at its 0.6: 33 % at 0.866).
    public var confidenceFloor: Double = 0.78
    /// The cosine similarity that maps to confidence 1.
    public var confidenceCeiling: Double = 0.93

    /// The tuned defaults.
    public init() {}

    /// The confidence of a passage whose cosine with the query is `cosine`.
    public func confidence(cosine: Double) -> Double {
        min(1, max(0, (cosine - confidenceFloor) / max(confidenceCeiling - confidenceFloor, 1e-6)))
    }
}
