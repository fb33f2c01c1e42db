import Foundation
import HeedCore
import Logging
import Testing

@testable import HeedConversation
@testable import HeedKnowledge

/// The order dialogue and retrieval agreeing on a message's subject lets a general question be answered from the
/// article on it before the identity question, even when a chatty message kept its confidence low.
@Suite("Topic agreement between the actor and retrieval")
struct TopicAgreementTests {
    let workspaceID = UUID()

    func knowledge() -> (WorkspaceKnowledge, returns: Article, shipping: Article) {
        let knowledge = WorkspaceKnowledge(
            assistant: KnowledgeAssistant(engine: EmbeddedAnswerEngine(), logger: Logger(label: "test")))
        let now = Date()
        let returns = Article(
            workspaceID: workspaceID, externalID: "returns-refunds-en", title: "Returns",
            body: "You can return most products within 30 days.", language: "en", tags: ["returns", "refund"],
            createdAt: now)
        let shipping = Article(
            workspaceID: workspaceID, externalID: "shipping-times-en", title: "Shipping",
            body: "Parcels arrive in 2-4 days.", language: "en", tags: ["shipping"], createdAt: now)
        knowledge.upsert([returns, shipping])
        return (knowledge, returns, shipping)
    }

    func hit(_ article: Article, confidence: Double) -> KnowledgeSearchHit {
        let passage = KnowledgePassage(
            documentID: article.id.uuidString, workspaceID: workspaceID.uuidString, title: article.title, heading: nil,
            text: article.body, position: 0, language: "en", visibility: .public, sourceURL: nil)
        return KnowledgeSearchHit(passage: passage, score: confidence, confidence: confidence)
    }

    @Test("the hit on the actor's subject goes first, raised to the answer threshold at most")
    func raisesAgreeingHit() {
        let (knowledge, returns, shipping) = knowledge()
        let hits = [hit(shipping, confidence: 0.52), hit(returns, confidence: 0.45)]
        let agreed = TopicAgreement(topics: ["returns", "refund"], knowledge: knowledge).corroborated(hits)
        #expect(agreed.first?.passage.documentID == returns.id.uuidString)
        #expect(abs((agreed.first?.confidence ?? 0) - 0.6) < 1e-9)
        #expect(agreed.count == 2)
        let near = TopicAgreement(topics: ["returns"], knowledge: knowledge).corroborated([hit(returns, confidence: 0.5)])
        #expect(abs((near.first?.confidence ?? 0) - 0.6) < 1e-9, "never past the threshold")
        let sure = TopicAgreement(topics: ["returns"], knowledge: knowledge).corroborated([hit(returns, confidence: 0.8)])
        #expect(sure.first?.confidence == 0.8, "a confident hit keeps its confidence")
    }

    @Test("no agreement, or agreement with a far-off passage, changes nothing")
    func leavesOthersAlone() {
        let (knowledge, returns, shipping) = knowledge()
        let hits = [hit(shipping, confidence: 0.52), hit(returns, confidence: 0.2)]
        let far = TopicAgreement(topics: ["returns"], knowledge: knowledge).corroborated(hits)
        #expect(far.map(\.passage.documentID) == hits.map(\.passage.documentID))
        #expect(far.map(\.confidence) == [0.52, 0.2])
        let none = TopicAgreement(topics: ["warranty"], knowledge: knowledge).corroborated(hits)
        #expect(none.map(\.confidence) == [0.52, 0.2])
        let empty = TopicAgreement(topics: [], knowledge: knowledge).corroborated(hits)
        #expect(empty.map(\.confidence) == [0.52, 0.2])
    }
}
