/// HeedKnowledge: ingestion, passages, hybrid retrieval, answer engines and the groundedness guard.
public enum HeedKnowledge {}
