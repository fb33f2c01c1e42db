import Foundation
import HeedCore
import HeedStore

/// What the AI's earlier replies in a conversation say about this turn: how many it gave since a human last had
/// the conversation (for ``PolicyLimits``), and how many in a row only asked to clarify.
enum AIReplyHistory {
    /// The AI's replies (answers and clarifying questions) since a human last had the conversation: since its last
    /// hand-off or agent message. Reads further back than the turn's window only when the window holds no such point.
    static func repliesSinceHuman(_ context: TurnContext, store: any SupportStore) async throws -> Int {
        let (count, bounded) = replyCount(context.history, handedOffAt: context.conversation.handedOffAt)
        guard !bounded, !context.isWholeConversation else { return count }
        let longer = try await store.read { reader in
            try await reader.latestMessages(
                conversationID: context.conversation.id, workspaceID: context.workspace.id, limit: PageRequest.maximumLimit)
        }
        return replyCount(longer, handedOffAt: context.conversation.handedOffAt).count
    }

    /// Counts AI replies from the newest message back to the last hand-off or agent message; `bounded` says whether
    /// such a point was found in `history`.
    static func replyCount(_ history: [Message], handedOffAt: Date?) -> (count: Int, bounded: Bool) {
        var count = 0
        for message in history.reversed() {
            if message.author == .agent || (message.author == .ai && message.annotations.decision == .handoff) {
                return (count, true)
            }
            if let handedOffAt, message.createdAt <= handedOffAt { return (count, true) }
            if message.author == .ai, message.annotations.decision == .answer || message.annotations.decision == .clarify {
                count += 1
            }
        }
        return (count, false)
    }

    /// AI turns in a row (most recent first) that asked to clarify instead of helping.
    static func failureStreak(_ history: [Message]) -> Int {
        var streak = 0
        for message in history.reversed() where message.author == .ai {
            guard message.annotations.decision == .clarify else { break }
            streak += 1
        }
        return streak
    }
}
