import Foundation
import HeedCore
import HeedKnowledge
import HeedLanguage
import Logging
import Testing

@testable import HeedConversation

/// The encoder's cosines across languages run lower than within one: a passage in another language than the
/// question's gets that difference back in its confidence; a passage in the question's language does not.
@Suite("Cross-language confidence")
struct CrossLanguageConfidenceTests {
    /// Every passage at cosine 0.9 from every query.
    final class FixedAngleEncoder: SentenceEncoder, @unchecked Sendable {
        let dimension = 2
        let modelIdentifier = "fixed-angle-test"
        func embedQueries(_ texts: [String]) -> [[Float]] { texts.map { _ in [1, 0] } }
        func embedPassages(_ texts: [String]) -> [[Float]] { texts.map { _ in [0.9, Float((1 - 0.81).squareRoot())] } }
    }

    func knowledge(_ articles: [Article]) -> WorkspaceKnowledge {
        let knowledge = WorkspaceKnowledge(
            assistant: KnowledgeAssistant(engine: EmbeddedAnswerEngine(), logger: Logger(label: "test")),
            encoder: PassageEncoder(FixedAngleEncoder()))
        knowledge.upsert(articles)
        return knowledge
    }

    @Test("a question answered only in another language gets the shift; one answered in its own language does not")
    func shift() throws {
        let workspaceID = UUID()
        let english = Article(
            workspaceID: workspaceID, title: "Delivery", body: "Parcels arrive in 2-4 days.", language: "en", createdAt: Date())
        let onlyEnglish = knowledge([english])
        let plain = try #require(onlyEnglish.search("giao hàng mất bao lâu", workspaceID: workspaceID, audience: .customer).first)
        let shifted = try #require(onlyEnglish.retrieve("giao hàng mất bao lâu", workspaceID: workspaceID, language: "vi").first)
        #expect(abs(shifted.confidence - plain.confidence - WorkspaceKnowledge.crossLanguageShift) < 1e-6)

        let vietnamese = Article(
            workspaceID: workspaceID, title: "Giao hàng", body: "Hàng đến trong 2-4 ngày.", language: "vi", createdAt: Date())
        let both = knowledge([english, vietnamese])
        let own = try #require(both.retrieve("giao hàng mất bao lâu", workspaceID: workspaceID, language: "vi").first)
        #expect(own.passage.language == "vi")
        #expect(abs(own.confidence - plain.confidence) < 1e-6)
    }
}
