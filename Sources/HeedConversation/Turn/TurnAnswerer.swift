import Foundation
import HeedCore
import HeedKnowledge

/// A turn's "answer" step: the workspace's assistant answers the redacted message from the retrieved passages, its
/// groundedness guard reviews the answer, and on live channels the accepted sentences reach the customer as they
/// are produced (`reply.delta` events, the same stream that then carries the stored reply).
struct TurnAnswerer: Sendable {
    let knowledge: WorkspaceKnowledge
    let events: ConversationEvents
    private let replyGuard = ReplyGuard()

    /// The reviewed answer to `message`; streamed to the conversation's customer when `streams` is set.
    func answer(
        _ understanding: TurnUnderstanding, customerName: String?, to message: Message, in conversation: Conversation,
        streams: Bool
    ) async -> KnowledgeAnswer {
        let assistant = knowledge.assistant(for: conversation.workspaceID)
        let request = understanding.answerRequest(customerName: customerName)
        guard streams else { return await assistant.answer(request) }
        var final: KnowledgeAnswer?
        let allowedHosts = ReplyGuard.allowedHosts(citedPassages: request.hits.map(\.passage))
        for await event in assistant.streamAnswer(request) {
            switch event {
            case .delta(let text):
                // Streamed sentences pass the same guard as the stored reply.
                let reviewed = replyGuard.review(text, allowedHosts: allowedHosts).text
                if !reviewed.isEmpty { await events.publishReplyDelta(reviewed, replyTo: message.id, in: conversation) }
            case .completed(let answer): final = answer
            }
        }
        if let final { return final }
        return await assistant.answer(request)
    }
}
