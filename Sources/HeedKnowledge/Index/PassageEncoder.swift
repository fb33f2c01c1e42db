import HeedLanguage

/// Embeds passages and queries with a local ``SentenceEncoder`` for dense-first retrieval: passages as
/// `passage: …` (title, heading and text), queries as `query: …`, and keeps the vectors of passages it has already
/// embedded (by model and text), so re-indexing a changed document recomputes only the passages that changed.
public final class PassageEncoder: Sendable {
    /// The encoder.
    public let encoder: any SentenceEncoder
    private let cache = VectorCache()

    /// Wraps `encoder`.
    public init(_ encoder: any SentenceEncoder) {
        self.encoder = encoder
    }

    /// The text a passage is embedded from: its title, heading and text, one per line.
    public static func text(of passage: KnowledgePassage) -> String {
        [passage.title, passage.heading ?? "", passage.text].filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// One vector per passage, in order; cached vectors are reused, the others computed in one batch.
    public func embed(_ passages: [KnowledgePassage]) -> [[Float]] {
        let texts = passages.map(Self.text(of:))
        var vectors = texts.map { cache.vector(for: $0) }
        let missing = vectors.indices.filter { vectors[$0] == nil }
        if !missing.isEmpty {
            let computed = encoder.embedPassages(missing.map { texts[$0] })
            for (offset, vector) in zip(missing, computed) {
                vectors[offset] = vector
                cache.store(vector, for: texts[offset])
            }
        }
        return vectors.map { $0 ?? [] }
    }

    /// The query's vector.
    public func embedQuery(_ text: String) -> [Float] { encoder.embedQuery(text) }

    /// How many passage vectors are cached.
    public var cachedCount: Int { cache.count }
}
