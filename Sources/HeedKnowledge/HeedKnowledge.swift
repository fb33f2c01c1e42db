/// HeedKnowledge: ingestion, passages, hybrid retrieval, answer engines and the groundedness guard.
///
/// The module is driven by values: load documents with ``KnowledgeFileLoader``, diff them against what is
/// indexed with ``KnowledgeImporter``, keep them searchable in a ``KnowledgeIndex``, and answer with an
/// ``AnswerEngine`` reviewed by the ``GroundednessGuard`` (``KnowledgeAssistant`` wires the three together).
public enum HeedKnowledge {
    /// Version of the on-disk index snapshot format written by ``KnowledgeIndexSnapshot``.
    public static let snapshotFormatVersion = 1
}
