import HeedKnowledge

/// Two independent readings of one message agreeing on its subject: the actor recognised a request about, say,
/// returns, and retrieval found a returns article among its best passages. That passage then goes first, with its
/// confidence raised to the answer threshold when it was close to it — a long, chatty message ("I bought a watch
/// three weeks ago and honestly I don't love it. Can I still send it back?") dilutes the similarity even when the
/// right article is found.
struct TopicAgreement {
    /// The actor's subject, as article topics (normalised: lower-case words joined by underscores).
    let topics: Set<String>
    let knowledge: WorkspaceKnowledge

    /// Hits below this confidence are not raised: agreement with an unrelated-looking passage proves nothing.
    static let minimumConfidence = 0.35
    /// How far agreement may raise a hit's confidence.
    static let boost = 0.25
    /// The confidence agreement raises to at most: the groundedness guard's threshold, no further.
    static let ceiling = 0.6
    /// How many of the best hits are looked at.
    static let depth = 5

    init(topics: [String], knowledge: WorkspaceKnowledge) {
        self.topics = Set(topics.map(WorkspaceKnowledge.normalizedTopic))
        self.knowledge = knowledge
    }

    /// `hits` with the best one on the actor's subject first and its confidence corroborated; unchanged when none
    /// of the first ``depth`` is on it.
    func corroborated(_ hits: [KnowledgeSearchHit]) -> [KnowledgeSearchHit] {
        guard !topics.isEmpty,
            let index = hits.prefix(Self.depth).firstIndex(where: { hit in
                hit.confidence >= Self.minimumConfidence
                    && !topics.isDisjoint(with: knowledge.topics(articleID: hit.passage.documentID))
            })
        else { return hits }
        var agreed = hits[index]
        agreed.confidence = max(agreed.confidence, min(agreed.confidence + Self.boost, Self.ceiling))
        var reordered = hits
        reordered.remove(at: index)
        return [agreed] + reordered
    }
}
