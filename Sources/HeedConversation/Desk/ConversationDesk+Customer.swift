import Foundation
import HeedCore
import HeedStore

extension ConversationDesk {
    /// The customer's conversation: `id` when given (it must be theirs, else 404), else their latest one that is
    /// not closed.
    public static func customerConversation(
        _ id: UUID?, customerID: UUID, workspaceID: UUID, reader: any StoreReader
    ) async throws -> Conversation? {
        if let id {
            guard let conversation = try await reader.conversation(id: id, workspaceID: workspaceID),
                conversation.customerID == customerID
            else { throw HeedError.notFound("Conversation") }
            return conversation
        }
        return try await reader.conversations(
            workspaceID: workspaceID, filter: ConversationFilter(customerID: customerID), page: PageRequest(limit: 20)
        ).items.first { $0.status != .closed }
    }

    /// The customer's conversation as ``customerConversation(_:customerID:workspaceID:reader:)`` finds it, or a
    /// new one on `channel` when they have none.
    public func openCustomerConversation(_ id: UUID?, customerID: UUID, workspaceID: UUID, channel: Channel)
        async throws -> Conversation
    {
        let find: @Sendable (any StoreReader) async throws -> Conversation? = {
            try await Self.customerConversation(id, customerID: customerID, workspaceID: workspaceID, reader: $0)
        }
        if let existing = try await store.read(find) { return existing }
        let now = clock.now()
        let (conversation, created) = try await store.write { writer in
            // Looked up again inside the transaction: another tab may have started one meanwhile.
            if let existing = try await find(writer) { return (existing, false) }
            let conversation = Conversation(workspaceID: workspaceID, customerID: customerID, channel: channel, createdAt: now)
            try await writer.open(conversation)
            return (conversation, true)
        }
        if created { await events.publish(.conversationCreated, conversation) }
        return conversation
    }
}
