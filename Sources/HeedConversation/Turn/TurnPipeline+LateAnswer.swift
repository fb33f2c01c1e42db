import Foundation
import HeedCore

extension TurnPipeline {
    /// True when a replayed customer message never got its reply although the AI owns the conversation: the node
    /// that stored it stopped before answering. The customer's resend is then answered, so no question stays open.
    static func wasLeftUnanswered(_ replayed: TurnResult, context: TurnContext) -> Bool {
        guard replayed.reply == nil, replayed.message.author == .customer,
              context.conversation.handler == .ai, context.conversation.status != .closed
        else { return false }
        // Only the latest message: a later message was answered in its own turn, with this one as context.
        return context.history.last?.id == replayed.message.id
    }

    /// Answers `original`, stored earlier but left unanswered, without storing it again; from the knowledge base
    /// or with a hand-off, never by acting on orders (that write may have happened before the node stopped).
    func answerLate(_ original: Message, context: TurnContext, streams: Bool) async throws -> TurnResult {
        let before = TurnContext(
            workspace: context.workspace, conversation: context.conversation, customer: context.customer,
            team: context.team, history: context.history.filter { $0.id != original.id }, replayed: nil,
            notes: context.notes, orders: context.orders, recentEvents: context.recentEvents)
        let understanding = understander.understand(
            original.body, context: before,
            aiRepliesSinceHuman: try await AIReplyHistory.repliesSinceHuman(before, store: store), now: clock.now())
        let recorded = RecordedMessage(message: original, conversation: context.conversation, created: false)
        return try await reply(
            to: recorded, text: original.body, understanding: understanding, context: before, streams: streams,
            mayAct: false)
    }

    /// Answers the conversation's latest message when it is the customer's and was never answered although the AI
    /// owns the conversation (the node that stored it stopped mid-turn); false when there is nothing to answer.
    public func answerIfLeftUnanswered(conversationID: UUID, workspaceID: UUID) async throws -> Bool {
        try await recorder.serialized(conversationID) {
            let context = try await store.read {
                try await TurnContext.load(
                    conversationID: conversationID, workspaceID: workspaceID, clientMessageID: nil, reader: $0)
            }
            guard context.conversation.handler == .ai, context.conversation.status == .open,
                  let last = context.history.last, last.author == .customer, !last.isInternalNote
            else { return false }
            _ = try await answerLate(last, context: context, streams: false)
            return true
        }
    }
}
