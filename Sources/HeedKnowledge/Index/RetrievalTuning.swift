/// The knobs of hybrid retrieval. The defaults were tuned on StackFAQ's dev queries.
public struct RetrievalTuning: Sendable, Hashable, Codable {
    /// BM25 term-frequency saturation.
    public var k1: Float = 1.2
    /// BM25 length normalisation.
    public var b: Float = 0.75
    /// Reciprocal rank fusion constant: each list adds `weight / (rrfK + rank)`.
    public var rrfK: Double = 60
    /// RRF weight of the exact-term BM25 ranking.
    public var lexicalWeight: Double = 1
    /// RRF weight of the character-trigram (typo- and variant-tolerant) ranking.
    public var fuzzyWeight: Double = 1
    /// RRF weight of the dense-vector ranking (used only when vectors are present).
    public var denseWeight: Double = 1
    /// Scale applied to scores of question units (titles and learned questions) before pooling per passage.
    public var questionBoost: Float = 1
    /// Minimum trigram Dice similarity for a vocabulary term to stand in for a query term.
    public var minimumSpellingSimilarity: Float = 0.5
    /// At most this many close spellings per query term.
    public var spellingVariants: Int = 4
    /// How many candidates each ranking contributes to the fusion.
    public var fusionDepth: Int = 100

    /// The tuned defaults.
    public init() {}
}
