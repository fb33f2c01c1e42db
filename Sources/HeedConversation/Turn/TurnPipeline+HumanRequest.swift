import Foundation
import HeedCore

extension TurnPipeline {
    /// Hands the conversation to a human because the customer pressed "talk to a human"; a no-op when a human
    /// already has it. Returns the AI's notice (nil when nothing changed) and the conversation.
    public func requestHuman(conversationID: UUID, workspaceID: UUID) async throws
        -> (notice: Message?, conversation: Conversation)
    {
        try await recorder.serialized(conversationID) {
            let context = try await store.read {
                try await TurnContext.load(
                    conversationID: conversationID, workspaceID: workspaceID, clientMessageID: nil, reader: $0)
            }
            guard context.conversation.handler == .ai else { return (nil, context.conversation) }
            let lastCustomer = context.history.last { $0.author == .customer }
            let language = lastCustomer?.language ?? context.customer.preferredLanguage ?? "en"
            let topics = Array(context.history.compactMap(\.annotations.intent).reversed())
            let assessment = TurnAssessment(
                intent: topics.first, humanRequested: 1, customerTier: context.customer.tier,
                aiConsent: context.customer.consent.aiProcessing)
            let plan = try await handoff.plan(
                .customerAskedForHuman, assessment: assessment, topics: topics,
                customerWords: context.recentCustomerMessages(3), language: language, conversation: context.conversation,
                policy: context.workspace.policy)
            let anchor = lastCustomer ?? Message(
                workspaceID: workspaceID, conversationID: conversationID, author: .customer, body: "", createdAt: clock.now())
            let addressee = TurnResponder.Addressee(
                message: anchor, conversation: context.conversation, language: language, intent: assessment.intent,
                isFirstAIReply: context.awaitsFirstAIReply, company: context.workspace.name)
            let notice = try await responder.handOff(plan, confidence: assessment.answerConfidence, to: addressee)
            return (notice.message, notice.conversation)
        }
    }
}
