import Foundation
import HeedActions
import HeedConversation
import HeedCore
import HeedStore

/// A conversation on the retail fixture, talked to through the order dialogue as the turn pipeline would: each
/// message goes to an ``OrderDialogueActor`` and the reply's records are committed like the reply itself.
struct DialogueFixture: Sendable {
    let loaded: RetailFixture.Loaded
    let conversation: Conversation
    let customer: Customer

    /// A conversation with the customer `externalID` (a signed or API customer), or with a new anonymous widget
    /// visitor when nil.
    static func start(_ loaded: RetailFixture.Loaded, as externalID: String?) async throws -> DialogueFixture {
        let workspaceID = loaded.workspace.id
        let customer: Customer
        if let externalID {
            customer = try await loaded.customer(externalID)
        } else {
            customer = Customer(workspaceID: workspaceID, externalID: "visitor:\(UUID().uuidString)", createdAt: RetailFixture.now)
            try await loaded.store.write { try await $0.insert(customer) }
        }
        let conversation = Conversation(
            workspaceID: workspaceID, customerID: customer.id, channel: .widget, createdAt: RetailFixture.now)
        try await loaded.store.write { try await $0.insert(conversation, externalThreadID: nil) }
        return DialogueFixture(loaded: loaded, conversation: conversation, customer: customer)
    }

    /// The dialogue's reply to `text` (nil when it leaves the message to the knowledge base); a new actor each
    /// time, as after a restart, so only the stored state carries the dialogue.
    func say(_ text: String, language: String = "en") async throws -> TurnAction? {
        let actor = OrderDialogueActor(
            store: loaded.store, clock: FixedClock(instant: RetailFixture.now), logger: RetailFixture.logger)
        let message = Message(
            workspaceID: loaded.workspace.id, conversationID: conversation.id, author: .customer, body: text,
            language: language, createdAt: RetailFixture.now)
        let action = try await actor.act(
            on: TurnActionRequest(
                workspaceID: loaded.workspace.id, conversation: conversation, customer: customer, message: message,
                text: text, language: language))
        if let action { try await loaded.store.write { try await action.commit($0) } }
        return action
    }

    /// The audit events of tool calls in this conversation, oldest first.
    func toolAudits() async throws -> [AuditEvent] {
        let workspaceID = loaded.workspace.id
        let conversationID = conversation.id
        return try await loaded.store.read { reader in
            try await reader.auditEvents(workspaceID: workspaceID, page: PageRequest(limit: PageRequest.maximumLimit))
                .items
        }.filter { $0.action == "tool.called" && $0.subjectID == conversationID }
            .sorted { $0.createdAt < $1.createdAt }
    }

    /// The confirmed writes audited in this conversation.
    func confirmedWrites() async throws -> [AuditEvent] {
        try await toolAudits().filter { $0.details["confirmed"] == .bool(true) }
    }
}
