import Foundation
import HeedCore
import HeedStore

/// A conversation waiting on its customer: the support side (the AI, an agent, a rule; an agent when a human has
/// the conversation) wrote last, and the customer has not written since `since` — the first of those messages after
/// the customer's last one. Internal notes do not count, and messages the support side adds while waiting (a
/// follow-up) do not move `since`.
struct CustomerSilence: Sendable {
    let conversation: Conversation
    let policy: AutomationPolicy
    let since: Date

    /// How many of the latest messages are read to find the start of the silence.
    static let messagesRead = 50

    /// When the support side started waiting in `messages` (oldest first); nil when the customer wrote last or
    /// nobody wrote. A conversation a human has counts only people's messages: a hand-off notice after the
    /// customer's message means the customer waits for an agent, not the other way round.
    static func waitingSince(_ messages: [Message], handler: ConversationHandler) -> Date? {
        var since: Date?
        for message in messages.reversed() where !message.isInternalNote {
            if message.author == .customer { break }
            if handler == .human, message.author != .agent { continue }
            since = message.createdAt
        }
        return since
    }

    /// The silence of conversation `id` as stored now; nil when it is not waiting on its customer (resolved,
    /// closed, the customer wrote last) or gone.
    static func load(conversationID id: UUID, workspaceID: UUID, store: any SupportStore) async throws -> CustomerSilence? {
        try await store.read { reader in
            guard let conversation = try await reader.conversation(id: id, workspaceID: workspaceID),
                conversation.status == .open || conversation.status == .pending,
                let workspace = try await reader.workspace(id: workspaceID)
            else { return nil }
            let messages = try await reader.latestMessages(conversationID: id, workspaceID: workspaceID, limit: messagesRead)
            guard let since = waitingSince(messages, handler: conversation.handler) else { return nil }
            return CustomerSilence(conversation: conversation, policy: workspace.policy.automation, since: since)
        }
    }

    /// The silence `payload`'s timer was set for, if it still lasts; nil when the timer is stale.
    static func current(_ payload: TimerPayload, store: any SupportStore) async throws -> CustomerSilence? {
        guard let silence = try await load(conversationID: payload.conversationID, workspaceID: payload.workspaceID, store: store),
            payload.refers(to: silence.since)
        else { return nil }
        return silence
    }

    /// The instant `hours` of silence are over.
    func end(after hours: Int) -> Date {
        since.addingTimeInterval(Double(hours) * 3600)
    }
}
