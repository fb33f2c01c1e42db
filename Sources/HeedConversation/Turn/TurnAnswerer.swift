import Foundation
import HeedCore
import HeedKnowledge

/// A turn's "answer" step: the workspace's assistant answers the redacted message from the retrieved passages, its
/// groundedness guard reviews the answer, and on live channels the accepted sentences reach the customer as they
/// are produced (`reply.delta` events, the same stream that then carries the stored reply).
struct TurnAnswerer: Sendable {
    let knowledge: WorkspaceKnowledge
    let events: ConversationEvents

    /// The reviewed answer to `message`; streamed to the conversation's customer when `streams` is set.
    func answer(
        _ understanding: TurnUnderstanding, customerName: String?, to message: Message, in conversation: Conversation,
        streams: Bool
    ) async -> KnowledgeAnswer {
        let assistant = knowledge.assistant(for: conversation.workspaceID)
        let request = understanding.answerRequest(customerName: customerName)
        guard streams else { return await assistant.answer(request) }
        var final: KnowledgeAnswer?
        for await event in assistant.streamAnswer(request) {
            switch event {
            case .delta(let text): await events.publishReplyDelta(text, replyTo: message.id, in: conversation)
            case .completed(let answer): final = answer
            }
        }
        if let final { return final }
        return await assistant.answer(request)
    }
}
