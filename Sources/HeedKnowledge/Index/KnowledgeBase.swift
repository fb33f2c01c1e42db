import Foundation
import Logging

/// Turns texts into dense vectors (an ``EmbeddingsClient``, or a local model).
public protocol TextEmbedding: Sendable {
    /// One vector per text, in order.
    func embed(_ texts: [String]) async throws -> [[Float]]
}

extension EmbeddingsClient: TextEmbedding {}

/// A shared, persisted knowledge index for a server: applies imports (embedding new passages when an embedding
/// provider is configured), searches (embedding the query the same way), and saves snapshots.
/// Embedding failures degrade to lexical retrieval; they never fail an import or a search.
public actor KnowledgeBase {
    private var index: KnowledgeIndex
    private let snapshot: KnowledgeIndexSnapshot?
    private let embedder: (any TextEmbedding)?
    private let logger: Logger

    /// Opens the knowledge base saved in `directory` (or an empty one), or an in-memory one when `directory` is nil.
    public init(directory: URL?, embedder: (any TextEmbedding)? = nil, logger: Logger) throws {
        snapshot = directory.map(KnowledgeIndexSnapshot.init(directory:))
        index = try snapshot?.load() ?? KnowledgeIndex()
        self.embedder = embedder
        self.logger = logger
    }

    /// Plans a re-import of `loaded` against what the workspace holds, applies it, and returns the plan.
    @discardableResult
    public func importDocuments(_ loaded: KnowledgeLoadResult, workspaceID: String) async -> KnowledgeImportPlan {
        let plan = KnowledgeImporter.plan(incoming: loaded.documents, existing: index.documents(workspaceID: workspaceID), scopes: loaded.scopes)
        await apply(plan, workspaceID: workspaceID)
        return plan
    }

    /// Applies a plan: removals, then additions and updates (embedded when possible).
    public func apply(_ plan: KnowledgeImportPlan, workspaceID: String) async {
        for id in plan.removed { index.remove(documentID: id, workspaceID: workspaceID) }
        for document in plan.added + plan.updated { await upsert(document) }
    }

    /// Adds or replaces one document.
    public func upsert(_ document: KnowledgeDocument) async {
        var vectors: [[Float]]?
        if let embedder {
            let passages = index.passages(of: document)
            do {
                vectors = try await embedder.embed(passages.map { [$0.title, $0.heading ?? "", $0.text].joined(separator: "\n") })
            } catch {
                logger.warning("knowledge.embedding.failed", metadata: ["knowledge.document": "\(document.id)", "error": "\(error)"])
            }
        }
        index.upsert(document, embeddings: vectors)
    }

    /// Removes one document.
    @discardableResult
    public func remove(documentID: String, workspaceID: String) -> Bool {
        index.remove(documentID: documentID, workspaceID: workspaceID)
    }

    /// Attaches alternate phrasings to a document (e.g. questions an agent resolved with it).
    @discardableResult
    public func addLearnedQuestions(_ questions: [String], documentID: String, workspaceID: String) -> KnowledgeDocument? {
        index.addLearnedQuestions(questions, documentID: documentID, workspaceID: workspaceID)
    }

    /// Hybrid retrieval; the query is embedded when an embedding provider is configured and the query has no vector.
    public func search(_ query: KnowledgeQuery) async -> [KnowledgeSearchHit] {
        var query = query
        if query.embedding == nil, let embedder {
            do {
                query.embedding = try await embedder.embed([query.text]).first
            } catch {
                logger.warning("knowledge.embedding.failed", metadata: ["error": "\(error)"])
            }
        }
        return index.search(query)
    }

    /// The documents of a workspace, ordered by id.
    public func documents(workspaceID: String) -> [KnowledgeDocument] {
        index.documents(workspaceID: workspaceID)
    }

    /// A copy of the current index (a value: later changes do not affect it).
    public var currentIndex: KnowledgeIndex { index }

    /// Writes the snapshot (no-op for an in-memory knowledge base).
    public func save() throws {
        try snapshot?.save(index)
    }
}
