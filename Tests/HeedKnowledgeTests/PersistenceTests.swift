import Foundation
import Testing
@testable import HeedKnowledge

@Suite("Persistence")
struct PersistenceTests {
    @Test("A saved index loads back with the same documents, passages, embeddings and results")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        var index = KnowledgeIndex()
        for document in Fixtures.documents {
            let vectors = index.passages(of: document).enumerated().map { offset, _ in [Float(offset) + 1, 0.5, -0.25] }
            index.upsert(document, embeddings: vectors)
        }
        index.addLearnedQuestions(["login link expired"], documentID: "reset-password", workspaceID: Fixtures.workspace)
        let snapshot = KnowledgeIndexSnapshot(directory: folder.url)
        try snapshot.save(index)
        let loaded = try snapshot.load()

        #expect(loaded.documents(workspaceID: Fixtures.workspace) == index.documents(workspaceID: Fixtures.workspace))
        #expect(loaded.passageCount == index.passageCount)
        let embeddings = loaded.embeddings(documentID: "reset-password", workspaceID: Fixtures.workspace)
        let expected = WorkspaceIndex.normalized([1, 0.5, -0.25])
        #expect(embeddings.first??.count == 3)
        #expect(zip(embeddings.first!!, expected).allSatisfy { abs($0 - $1) < 1e-6 })
        for text in ["reset password", "login link expired", "doi mat khau"] {
            let query = KnowledgeQuery(text: text, workspaceID: Fixtures.workspace, audience: .customer)
            #expect(loaded.search(query).map(\.passage.id) == index.search(query).map(\.passage.id))
        }
    }

    @Test("A damaged snapshot is reported, not half-loaded")
    func damaged() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        try folder.write(KnowledgeIndexSnapshot.fileName, "garbage")
        #expect(throws: KnowledgeIndexSnapshot.SnapshotError.self) { try KnowledgeIndexSnapshot(directory: folder.url).load() }
    }
}
