import Foundation
import HeedCore
import HeedLanguage
import HeedStore

/// What recording a message did.
public struct RecordedMessage: Sendable {
    /// The stored message (the original one when its client message id was seen before).
    public let message: Message
    /// The conversation afterwards.
    public let conversation: Conversation
    /// False when the same client message id was stored before: nothing new was written and no event went out.
    public let created: Bool
}

/// The one path by which a message enters a conversation — a customer's on any channel, the AI's reply, an agent's
/// reply or note. Under the conversation's lock, in one transaction: the message's personal data is minimised by
/// the workspace's privacy policy (``PersonalDataMinimizer``), the message stored idempotently (by its
/// client message id), the conversation read fresh, its counters and state updated together with the caller's own
/// change (a hand-off's routing), audit events and the reporting events (``ReportEvent``). Then `message.created`
/// goes out (and `conversation.updated` when its status changed, e.g. a customer reopening a resolved
/// conversation); when the node's rules acted on it, the conversation returned is the one they left.
public struct MessageRecorder: Sendable {
    /// A change made to the conversation in the same transaction as the message, with the writer for the rest of
    /// what belongs to it (audit events, lookups).
    public typealias Change = @Sendable (_ conversation: inout Conversation, _ message: Message, _ writer: any StoreWriter)
        async throws -> Void

    let store: any SupportStore
    let events: ConversationEvents
    /// Serialises each conversation's turns on this node.
    public let locks: ConversationLocks
    let minimizer: PersonalDataMinimizer

    public init(
        store: any SupportStore, events: ConversationEvents, locks: ConversationLocks,
        minimizer: PersonalDataMinimizer = PersonalDataMinimizer()
    ) {
        self.store = store
        self.events = events
        self.locks = locks
        self.minimizer = minimizer
    }

    /// Records `message` in its conversation. A customer cannot write into a closed conversation (409
    /// `conversation_closed`); a replayed client message id returns the original message with `created == false`.
    public func record(_ message: Message, change: Change? = nil) async throws -> RecordedMessage {
        try await locks.withLock(message.conversationID) {
            let (recorded, statusChanged) = try await store.write { writer in
                guard var conversation = try await writer.lockConversation(
                    id: message.conversationID, workspaceID: message.workspaceID)
                else { throw HeedError.notFound("Conversation") }
                let privacy = try await writer.workspace(id: message.workspaceID)?.policy.privacy ?? PrivacyPolicy()
                let appended = try await writer.append(minimized(message, policy: privacy))
                guard appended.created else {
                    return (RecordedMessage(message: appended.message, conversation: conversation, created: false), false)
                }
                if conversation.status == .closed, message.author == .customer {
                    throw HeedError.conversationClosed
                }
                let before = conversation
                conversation.record(appended.message, at: message.createdAt)
                let statusChanged = conversation.status != before.status
                try await change?(&conversation, appended.message, writer)
                try await writer.update(conversation)
                try await writer.insert(
                    reportEvents: ReportEvent.changes(
                        from: before, to: conversation, message: appended.message, at: message.createdAt))
                return (RecordedMessage(message: appended.message, conversation: conversation, created: true), statusChanged)
            }
            guard recorded.created else { return recorded }
            var acted = await events.publish(.messageCreated, recorded.conversation, message: recorded.message)
            if statusChanged {
                acted = await events.publish(
                    .conversationUpdated, recorded.conversation,
                    details: ["status": .string(recorded.conversation.status.rawValue)]) || acted
            }
            guard acted else { return recorded }
            // A rule acted on the event (a team, a hand-off…): the caller goes on with the conversation as it is now.
            let current = try await store.read {
                try await $0.conversation(id: message.conversationID, workspaceID: message.workspaceID)
            }
            return RecordedMessage(message: recorded.message, conversation: current ?? recorded.conversation, created: true)
        }
    }

    /// `message` as it may be stored: personal data handled by `policy`, the kinds found added to its annotations.
    func minimized(_ message: Message, policy: PrivacyPolicy) -> Message {
        let (body, found) = minimizer.minimize(message.body, policy: policy)
        guard !found.isEmpty else { return message }
        var stored = message
        stored.body = body
        stored.annotations.piiFound = Set(message.annotations.piiFound).union(found.map(\.rawValue)).sorted()
        return stored
    }

    /// Runs `body` under the conversation's lock: what it records is ordered with every other message of the
    /// conversation (a whole AI turn holds the lock from reading the history to storing its reply).
    public func serialized<T: Sendable>(_ conversationID: UUID, _ body: () async throws -> T) async throws -> T {
        try await locks.withLock(conversationID, body)
    }
}
