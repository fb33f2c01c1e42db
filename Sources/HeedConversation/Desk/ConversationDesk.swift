import Foundation
import HeedCore
import HeedStore

/// What people and channels do to conversations outside the AI's turn: open one (finding or creating the
/// customer), post agents' replies and notes (through the one ``MessageRecorder`` path), and change a
/// conversation's state with an audit trail.
public struct ConversationDesk: Sendable {
    let store: any SupportStore
    let recorder: MessageRecorder
    let events: ConversationEvents
    let clock: any WallClock

    public init(store: any SupportStore, recorder: MessageRecorder, events: ConversationEvents, clock: any WallClock) {
        self.store = store
        self.recorder = recorder
        self.events = events
        self.clock = clock
    }

    /// Longest message body accepted, in characters.
    public static let maxMessageLength = 20_000

    /// Opens a conversation for the named customer or the inline one (found by external id, else created).
    public func createConversation(_ request: NewConversation, by principal: Principal) async throws -> Conversation {
        let now = clock.now()
        let workspaceID = principal.workspaceID
        let newCustomer: Customer?
        switch (request.customerID, request.customer) {
        case (.some, .some):
            throw HeedError.invalidField("customer", "must not be sent together with customer_id")
        case (.none, .none):
            throw HeedError(.unprocessable, code: .missingField, message: "Send 'customer_id' or 'customer'.")
        case (.some, .none):
            newCustomer = nil
        case (.none, .some(let input)):
            newCustomer = try input.makeCustomer(workspaceID: workspaceID, now: now)
        }
        let subject = try Validate.optionalText(request.subject, field: "subject", maxLength: 300)
        let tags = try Validate.tags(request.tags ?? [])
        let created = try await store.write { writer in
            let customer = try await Self.resolveCustomer(
                id: request.customerID, new: newCustomer, workspaceID: workspaceID, writer: writer)
            let privacy = try await writer.workspace(id: workspaceID)?.policy.privacy ?? PrivacyPolicy()
            let conversation = Conversation(
                workspaceID: workspaceID, customerID: customer.id, channel: request.channel ?? .api,
                subject: subject.map { PersonalDataMinimizer().minimize($0, policy: privacy).text },
                priority: request.priority ?? .p3, tags: tags, createdAt: now)
            try await writer.open(conversation)
            try await writer.insert(
                principal.auditEvent(
                    "conversation.created", subjectType: "conversation", subjectID: conversation.id, at: now))
            return conversation
        }
        await events.publish(.conversationCreated, created)
        return created
    }

    /// The customer named by id, or the one with the new customer's external id, or the new customer stored now.
    static func resolveCustomer(id: UUID?, new: Customer?, workspaceID: UUID, writer: any StoreWriter) async throws
        -> Customer
    {
        if let id {
            guard let customer = try await writer.customer(id: id, workspaceID: workspaceID) else {
                throw HeedError.invalidField("customer_id", "does not name a customer of this workspace")
            }
            return customer
        }
        guard let new else { throw HeedError.invalidField("customer", "is required") }
        if let externalID = new.externalID,
            let existing = try await writer.customers(
                workspaceID: workspaceID, query: CustomerQuery(externalID: externalID), page: PageRequest(limit: 1)
            ).items.first
        {
            return existing
        }
        try await writer.insert(new)
        return new
    }

    /// Stores an agent's reply or internal note (a customer's message goes through the ``TurnPipeline``); the same
    /// `client_message_id` in a conversation is stored once and returns the original.
    public func postMessage(_ request: NewMessage, conversationID: UUID, by principal: Principal) async throws
        -> RecordedMessage
    {
        let body = try Validate.text(request.body, field: "body", maxLength: Self.maxMessageLength)
        let clientID = try Validate.optionalText(request.clientMessageID, field: "client_message_id", maxLength: 200)
        let author = request.author ?? .customer
        guard author == .customer || author == .agent else {
            throw HeedError.invalidField("author", "must be 'customer' or 'agent'")
        }
        if author == .agent, principal.agentID == nil {
            throw HeedError.invalidField("author", "can be 'agent' only with an API key that belongs to an agent")
        }
        let internalNote = request.internalNote ?? false
        if internalNote, author != .agent {
            throw HeedError.invalidField("internal_note", "is only for agent messages")
        }
        return try await recorder.record(
            Message(
                workspaceID: principal.workspaceID, conversationID: conversationID, author: author,
                authorID: author == .agent ? principal.agentID : nil, body: body, clientMessageID: clientID,
                isInternalNote: internalNote, createdAt: clock.now()))
    }
}
