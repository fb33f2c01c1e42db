/// A retrieval request. The audience is explicit: customer-facing retrieval never returns internal passages.
public struct KnowledgeQuery: Sendable {
    /// The question or search text.
    public var text: String
    public var workspaceID: String
    /// Who will read the results.
    public var audience: RetrievalAudience
    /// Only passages in these languages; `nil` for any language.
    public var languages: Set<String>?
    /// How many results to return.
    public var limit: Int
    /// At most one passage (the best) per document.
    public var oneResultPerDocument: Bool
    /// The query's embedding, when dense retrieval is configured (see ``EmbeddingsClient``).
    public var embedding: [Float]?
    /// The country (ISO 3166-1 alpha-2) the customer most likely asks about when the question names none: passages
    /// about it are preferred, those about other countries only ranked down (see ``CountryPreference``).
    public var market: String?

    /// Creates a query.
    public init(
        text: String, workspaceID: String, audience: RetrievalAudience, languages: Set<String>? = nil, limit: Int = 5,
        oneResultPerDocument: Bool = false, embedding: [Float]? = nil, market: String? = nil
    ) {
        self.text = text
        self.workspaceID = workspaceID
        self.audience = audience
        self.languages = languages
        self.limit = limit
        self.oneResultPerDocument = oneResultPerDocument
        self.embedding = embedding
        self.market = market
    }
}

/// One retrieved passage.
public struct KnowledgeSearchHit: Sendable, Hashable {
    public var passage: KnowledgePassage
    /// The fused reciprocal-rank score (only comparable within one search).
    public var score: Double
    /// How much of the query the passage covers, 0…1: the share of the query's term weight (IDF) found in the
    /// passage or its questions, exact or as a close spelling; blended with the cosine similarity when dense
    /// vectors are used. Low values mean the knowledge base probably does not know.
    public var confidence: Double
}
