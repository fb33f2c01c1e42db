import Foundation
import Testing
@testable import HeedKnowledge

@Suite("Retrieval")
struct RetrievalTests {
    let index = Fixtures.index()

    private func topDocument(_ text: String, audience: RetrievalAudience = .customer, languages: Set<String>? = nil) -> String? {
        index.search(KnowledgeQuery(text: text, workspaceID: Fixtures.workspace, audience: audience, languages: languages)).first?.passage.documentID
    }

    @Test("An English question finds its article")
    func english() {
        #expect(topDocument("I forgot my password, how do I reset it?") == "reset-password")
        #expect(topDocument("when will my order arrive") == "shipping-times")
    }

    @Test("Vietnamese without diacritics finds the Vietnamese article")
    func vietnameseWithoutDiacritics() {
        #expect(topDocument("doi mat khau tai khoan") == "vi-doi-mat-khau")
        #expect(topDocument("làm sao đổi mật khẩu") == "vi-doi-mat-khau")
    }

    @Test("Latvian without diacritics and with typos finds the Latvian article")
    func latvianWithoutDiacriticsAndTypos() {
        #expect(topDocument("piegades laiks latvija") == "lv-piegade")
        #expect(topDocument("pasutijumu piegdade") == "lv-piegade")
    }

    @Test("Typos still find the English article")
    func englishTypos() {
        #expect(topDocument("pasword resett") == "reset-password")
        #expect(topDocument("shiping tmes") == "shipping-times")
    }

    @Test("Internal articles are never returned to customer-facing retrieval")
    func internalNeverReachesCustomers() {
        let question = "refund approve manager courier lost parcel agents 200 euros"
        let customerHits = index.search(KnowledgeQuery(text: question, workspaceID: Fixtures.workspace, audience: .customer, limit: 50))
        #expect(!customerHits.contains { $0.passage.visibility == .internal })
        #expect(topDocument(question, audience: .staff) == "refund-exceptions")
    }

    @Test("The language filter keeps other languages out")
    func languageFilter() {
        let hits = index.search(KnowledgeQuery(text: "password mật khẩu", workspaceID: Fixtures.workspace, audience: .customer, languages: ["vi"], limit: 10))
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.passage.language == "vi" })
    }

    @Test("Other workspaces see nothing")
    func workspaceIsolation() {
        #expect(index.search(KnowledgeQuery(text: "password", workspaceID: "other", audience: .staff)).isEmpty)
    }

    @Test("Confidence is high for a covered question and low for an unrelated one")
    func confidence() throws {
        let covered = try #require(index.search(KnowledgeQuery(text: "reset password", workspaceID: Fixtures.workspace, audience: .customer)).first)
        #expect(covered.confidence > 0.8)
        let unrelated = index.search(KnowledgeQuery(text: "quantum chromodynamics lecture", workspaceID: Fixtures.workspace, audience: .customer)).first
        #expect((unrelated?.confidence ?? 0) < 0.3)
    }

    @Test("Learned questions make a new phrasing find its entry")
    func learnedQuestions() {
        var index = self.index
        let phrasing = "my login code never came through"
        #expect(index.search(KnowledgeQuery(text: phrasing, workspaceID: Fixtures.workspace, audience: .customer)).first?.passage.documentID != "reset-password")
        index.addLearnedQuestions([phrasing], documentID: "reset-password", workspaceID: Fixtures.workspace)
        #expect(index.search(KnowledgeQuery(text: "login code never came", workspaceID: Fixtures.workspace, audience: .customer)).first?.passage.documentID == "reset-password")
    }

    @Test("Removing a document removes it from results")
    func removal() {
        var index = self.index
        index.remove(documentID: "reset-password", workspaceID: Fixtures.workspace)
        #expect(index.search(KnowledgeQuery(text: "reset password", workspaceID: Fixtures.workspace, audience: .customer)).allSatisfy { $0.passage.documentID != "reset-password" })
    }
}
