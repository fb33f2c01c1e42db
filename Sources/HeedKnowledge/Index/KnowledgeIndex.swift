/// The searchable knowledge of every workspace: documents split into passages, kept in a hybrid index
/// (BM25 over folded multilingual terms, trigram spelling variants, optional dense vectors; fused by reciprocal
/// rank). Each workspace is indexed on its own, so statistics and results never mix workspaces.
///
/// A value type: wrap it in an actor or a `Mutex` to share it. Changes are incremental (no full rebuild).
public struct KnowledgeIndex: Sendable {
    private var workspaces: [String: WorkspaceIndex] = [:]
    /// How documents are split into passages.
    public let splitter: PassageSplitter
    /// Retrieval knobs.
    public var tuning: RetrievalTuning
    /// Dense-first ranking knobs, set when the vectors come from the pretrained sentence encoder (the knobs are
    /// tuned for it); `nil` fuses vectors from other embedding models by reciprocal rank with the lexical rankings.
    public var denseTuning: DenseRetrievalTuning?

    /// Creates an empty index.
    public init(splitter: PassageSplitter = PassageSplitter(), tuning: RetrievalTuning = RetrievalTuning()) {
        self.splitter = splitter
        self.tuning = tuning
    }

    /// Adds a document, or replaces the indexed document with the same workspace and id.
    /// `embeddings`, when given, holds one vector per passage (see ``passages(of:)``), in order.
    public mutating func upsert(_ document: KnowledgeDocument, embeddings: [[Float]]? = nil) {
        workspaces[document.workspaceID, default: WorkspaceIndex(splitter: splitter)].upsert(document, embeddings: embeddings)
    }

    /// Removes a document; returns whether it was indexed.
    @discardableResult
    public mutating func remove(documentID: String, workspaceID: String) -> Bool {
        workspaces[workspaceID]?.remove(documentID: documentID) ?? false
    }

    /// Applies a re-import plan for one workspace: adds, updates, removes.
    public mutating func apply(_ plan: KnowledgeImportPlan, workspaceID: String) {
        for id in plan.removed { remove(documentID: id, workspaceID: workspaceID) }
        for document in plan.added + plan.updated { upsert(document) }
    }

    /// Attaches alternate phrasings to a document so that questions asked that way find it; returns the updated
    /// document, or `nil` when it is not indexed.
    @discardableResult
    public mutating func addLearnedQuestions(_ questions: [String], documentID: String, workspaceID: String) -> KnowledgeDocument? {
        guard var document = workspaces[workspaceID]?.records[documentID]?.document else { return nil }
        let embeddings = workspaces[workspaceID]!.embeddings(of: documentID)
        let fresh = questions.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty && !document.learnedQuestions.contains($0) }
        guard !fresh.isEmpty else { return document }
        document.learnedQuestions += fresh
        upsert(document, embeddings: embeddings.contains { $0 == nil } ? nil : embeddings.map { $0! })
        return document
    }

    /// Searches one workspace.
    public func search(_ query: KnowledgeQuery) -> [KnowledgeSearchHit] {
        workspaces[query.workspaceID]?.search(query, tuning: tuning, dense: denseTuning) ?? []
    }

    /// The passages the index makes of `document` (use them to compute embeddings before ``upsert(_:embeddings:)``).
    public func passages(of document: KnowledgeDocument) -> [KnowledgePassage] {
        splitter.passages(of: document)
    }

    /// One indexed document.
    public func document(id: String, workspaceID: String) -> KnowledgeDocument? {
        workspaces[workspaceID]?.records[id]?.document
    }

    /// Every indexed document of a workspace, ordered by id.
    public func documents(workspaceID: String) -> [KnowledgeDocument] {
        (workspaces[workspaceID]?.records.values.map(\.document) ?? []).sorted { $0.id < $1.id }
    }

    /// The passages of an indexed document, in order.
    public func indexedPassages(documentID: String, workspaceID: String) -> [KnowledgePassage] {
        guard let workspace = workspaces[workspaceID], let record = workspace.records[documentID] else { return [] }
        return record.passageSlots.compactMap { workspace.passages[Int($0)] }
    }

    /// The stored embeddings of a document's passages (`nil` where absent).
    public func embeddings(documentID: String, workspaceID: String) -> [[Float]?] {
        workspaces[workspaceID]?.embeddings(of: documentID) ?? []
    }

    mutating func withWorkspace(_ workspaceID: String, _ change: (inout WorkspaceIndex) -> Void) {
        change(&workspaces[workspaceID, default: WorkspaceIndex(splitter: splitter)])
    }

    /// The workspaces that hold documents.
    public var workspaceIDs: [String] { workspaces.keys.sorted() }

    /// Number of documents across workspaces.
    public var documentCount: Int { workspaces.values.reduce(0) { $0 + $1.documentCount } }

    /// Number of passages across workspaces.
    public var passageCount: Int { workspaces.values.reduce(0) { $0 + $1.livePassageCount } }
}
