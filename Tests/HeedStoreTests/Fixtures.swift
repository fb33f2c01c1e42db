import Foundation
import HeedCore
import HeedStore

/// Small builders for records used across the store tests.
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func workspace(_ name: String = "Acme") -> Workspace {
        Workspace(name: name, publicKey: "pk_\(UUID().uuidString)", createdAt: now)
    }

    static func customer(_ workspace: Workspace, externalID: String? = nil, email: String? = nil, at offset: Double = 0)
        -> Customer
    {
        Customer(
            workspaceID: workspace.id, externalID: externalID, name: "Customer", email: email,
            createdAt: now.addingTimeInterval(offset))
    }

    static func conversation(_ workspace: Workspace, customer: Customer, at offset: Double = 0, status: ConversationStatus = .open)
        -> Conversation
    {
        Conversation(
            workspaceID: workspace.id, customerID: customer.id, channel: .api, status: status,
            createdAt: now.addingTimeInterval(offset))
    }

    static func message(_ conversation: Conversation, body: String, clientID: String? = nil) -> Message {
        Message(
            workspaceID: conversation.workspaceID, conversationID: conversation.id, author: .customer, body: body,
            clientMessageID: clientID, createdAt: now)
    }

    /// Stores a workspace with one customer and one conversation.
    static func seedConversation(_ store: some SupportStore) async throws -> (Workspace, Customer, Conversation) {
        let workspace = workspace()
        let customer = customer(workspace, externalID: "c-1", email: "ana@example.com")
        let conversation = conversation(workspace, customer: customer)
        try await store.write { writer in
            try await writer.insert(workspace)
            try await writer.insert(customer)
            try await writer.insert(conversation, externalThreadID: nil)
        }
        return (workspace, customer, conversation)
    }
}
