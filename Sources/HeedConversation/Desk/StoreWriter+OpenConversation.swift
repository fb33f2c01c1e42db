import Foundation
import HeedCore
import HeedStore

extension StoreWriter {
    /// Stores a new conversation with its `created` reporting event (carrying the customer's tier), in the caller's
    /// transaction: the one way every channel opens a conversation.
    func open(_ conversation: Conversation, externalThreadID: String? = nil) async throws {
        try await insert(conversation, externalThreadID: externalThreadID)
        let customer = try await customer(id: conversation.customerID, workspaceID: conversation.workspaceID)
        try await insert(
            reportEvents: ReportEvent.changes(
                from: nil, to: conversation, customer: customer, at: conversation.createdAt))
    }
}
