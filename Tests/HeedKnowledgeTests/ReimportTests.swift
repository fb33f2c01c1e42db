import Foundation
import Testing
@testable import HeedKnowledge

@Suite("Re-import")
struct ReimportTests {
    @Test("Re-importing a folder updates changed articles, removes deleted ones and keeps the rest")
    func reimport() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        try folder.write("returns.md", "# Returns\n\nReturn within 14 days.")
        try folder.write("hours.md", "# Opening hours\n\nWe open at nine.")
        try folder.write("faq.jsonl", "{\"id\": \"f1\", \"question\": \"Do you ship abroad?\", \"answer\": \"EU only.\"}\n")
        let loader = KnowledgeFileLoader(workspaceID: "acme")
        var index = KnowledgeIndex()
        let first = try loader.load(paths: [folder.url.path])
        index.apply(KnowledgeImporter.plan(incoming: first.documents, existing: index.documents(workspaceID: "acme"), scopes: first.scopes), workspaceID: "acme")
        #expect(index.documents(workspaceID: "acme").map(\.id) == ["f1", "hours", "returns"])

        try folder.write("returns.md", "# Returns\n\nReturn within 30 days.")
        try folder.remove("hours.md")
        let second = try loader.load(paths: [folder.url.path])
        let plan = KnowledgeImporter.plan(incoming: second.documents, existing: index.documents(workspaceID: "acme"), scopes: second.scopes)
        #expect(plan.added.isEmpty)
        #expect(plan.updated.map(\.id) == ["returns"])
        #expect(plan.removed == ["hours"])
        #expect(plan.unchanged == ["f1"])
        index.apply(plan, workspaceID: "acme")

        #expect(index.documents(workspaceID: "acme").map(\.id) == ["f1", "returns"])
        let returns = try #require(index.document(id: "returns", workspaceID: "acme"))
        #expect(returns.version == 2)
        #expect(returns.body.contains("30 days"))
        let hits = index.search(KnowledgeQuery(text: "return days", workspaceID: "acme", audience: .customer, limit: 10))
        #expect(hits.map(\.passage.text).contains("Return within 30 days."))
        #expect(!hits.map(\.passage.text).contains("Return within 14 days."))
        #expect(index.search(KnowledgeQuery(text: "opening hours nine", workspaceID: "acme", audience: .customer)).allSatisfy { $0.passage.documentID != "hours" })
    }

    @Test("Documents from other sources are not removed by a re-import")
    func otherSourcesStay() {
        let kept = KnowledgeDocument(id: "other", workspaceID: "acme", title: "Other", body: "x", sourcePath: "/elsewhere/other.md")
        let plan = KnowledgeImporter.plan(incoming: [], existing: [kept], scopes: ["/kb"])
        #expect(plan.removed.isEmpty)
    }

    @Test("Learned questions survive a re-import of the same entry")
    func learnedQuestionsSurvive() {
        let existing = KnowledgeDocument(id: "a", workspaceID: "acme", title: "A", body: "b", learnedQuestions: ["alt"], sourcePath: "/kb/a.md")
        let incoming = KnowledgeDocument(id: "a", workspaceID: "acme", title: "A", body: "changed", sourcePath: "/kb/a.md")
        let plan = KnowledgeImporter.plan(incoming: [incoming], existing: [existing], scopes: ["/kb"])
        #expect(plan.updated.first?.learnedQuestions == ["alt"])
    }
}
