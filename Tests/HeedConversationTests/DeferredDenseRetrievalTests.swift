import Foundation
import HeedCore
import HeedKnowledge
import HeedLanguage
import Logging
import Testing

@testable import HeedConversation

/// A server starts answering at once: dense retrieval waits, lexical, until the passages are embedded in the
/// background, and then takes over with the articles as they are stored by then.
@Suite("Deferred dense retrieval")
struct DeferredDenseRetrievalTests {
    /// One axis for "delivery" words, one for everything else.
    final class DeliveryEncoder: SentenceEncoder, @unchecked Sendable {
        let dimension = 2
        let modelIdentifier = "delivery-test"
        func embedQueries(_ texts: [String]) -> [[Float]] { texts.map(vector) }
        func embedPassages(_ texts: [String]) -> [[Float]] { texts.map(vector) }
        private func vector(_ text: String) -> [Float] {
            ["deliver", "parcel", "arrive"].contains { text.lowercased().contains($0) } ? [1, 0] : [0, 1]
        }
    }

    @Test("Lexical until enabled, dense-first after, with edits made meanwhile kept")
    func deferThenEnable() {
        let knowledge = WorkspaceKnowledge(
            assistant: KnowledgeAssistant(engine: EmbeddedAnswerEngine(), logger: Logger(label: "test")),
            encoder: PassageEncoder(DeliveryEncoder()))
        knowledge.deferDenseRetrieval()
        let workspaceID = UUID()
        let now = Date()
        var shipping = Article(
            workspaceID: workspaceID, externalID: "shipping", title: "Shipping times",
            body: "Orders are delivered within 2-4 business days.", language: "en", createdAt: now)
        let refunds = Article(
            workspaceID: workspaceID, externalID: "refunds", title: "Refunds",
            body: "How long until my money comes back? Refunds take 5 days.", language: "en", createdAt: now)
        knowledge.upsert([shipping, refunds])
        #expect(!knowledge.isDense)
        let question = "how long until my parcel comes"
        let lexical = knowledge.retrieve(question, workspaceID: workspaceID, language: "en")
        #expect(lexical.first?.passage.documentID == refunds.id.uuidString, "shared filler words win while lexical")

        knowledge.precomputeEmbeddings([shipping, refunds])
        shipping.body = "Orders arrive within 1-2 business days."
        knowledge.enableDenseRetrieval([shipping, refunds])
        #expect(knowledge.isDense)
        let dense = knowledge.retrieve(question, workspaceID: workspaceID, language: "en")
        #expect(dense.first?.passage.documentID == shipping.id.uuidString, "meaning wins once dense")
        #expect(dense.first?.passage.text.contains("1-2 business days") == true, "the edit made meanwhile is kept")
    }
}
