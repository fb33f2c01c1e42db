import Foundation
import Logging
import Testing
@testable import HeedKnowledge

/// A deterministic embedding: one dimension per topic word, so "login" and "sign in" land close together.
struct TopicEmbedding: TextEmbedding {
    static let topics = [["password", "login", "sign", "credentials"], ["delivery", "shipping", "parcel", "arrive"], ["refund", "money", "back"]]
    let failing: Bool

    func embed(_ texts: [String]) async throws -> [[Float]] {
        if failing { throw ProviderError.timedOut }
        return texts.map { text in
            let lower = text.lowercased()
            return Self.topics.map { words in Float(words.filter { lower.contains($0) }.count) + 0.01 }
        }
    }
}

@Suite("Knowledge base")
struct KnowledgeBaseTests {
    @Test("Dense vectors find a paraphrase with no shared words, and survive a restart without re-embedding")
    func denseRetrievalAndPersistence() async throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        let base = try KnowledgeBase(directory: folder.url, embedder: TopicEmbedding(failing: false), logger: Logger(label: "test"))
        for document in Fixtures.documents { await base.upsert(document) }
        try await base.save()
        let query = KnowledgeQuery(text: "sign credentials trouble", workspaceID: Fixtures.workspace, audience: .customer)
        #expect(await base.search(query).first?.passage.documentID == "reset-password")

        // Restarted with an embedder that fails: stored passage vectors are reused, only the query needs one.
        let restarted = try KnowledgeBase(directory: folder.url, embedder: TopicEmbedding(failing: true), logger: Logger(label: "test"))
        let stored = await restarted.currentIndex.embeddings(documentID: "reset-password", workspaceID: Fixtures.workspace)
        #expect(stored.allSatisfy { $0 != nil })
        var withVector = query
        withVector.embedding = try await TopicEmbedding(failing: false).embed([query.text]).first
        #expect(await restarted.search(withVector).first?.passage.documentID == "reset-password")
    }

    @Test("Embedding failures fall back to lexical retrieval")
    func embeddingFailureFallsBack() async throws {
        let base = try KnowledgeBase(directory: nil, embedder: TopicEmbedding(failing: true), logger: Logger(label: "test"))
        for document in Fixtures.documents { await base.upsert(document) }
        let hits = await base.search(KnowledgeQuery(text: "reset password", workspaceID: Fixtures.workspace, audience: .customer))
        #expect(hits.first?.passage.documentID == "reset-password")
    }

    @Test("Many removals compact the index without changing results")
    func compaction() {
        var index = KnowledgeIndex()
        for number in 0..<1_500 {
            index.upsert(KnowledgeDocument(id: "d\(number)", workspaceID: "w", title: "Topic \(number)", body: "Filler text about item \(number) and widget\(number)."))
        }
        for number in 0..<1_300 { index.remove(documentID: "d\(number)", workspaceID: "w") }
        #expect(index.documentCount == 200)
        #expect(index.passageCount == 200)
        let hits = index.search(KnowledgeQuery(text: "widget1400", workspaceID: "w", audience: .customer))
        #expect(hits.first?.passage.documentID == "d1400")
        #expect(index.search(KnowledgeQuery(text: "widget10", workspaceID: "w", audience: .customer)).allSatisfy { $0.passage.documentID != "d10" })
    }
}
