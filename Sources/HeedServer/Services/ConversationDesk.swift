import Foundation
import HeedConversation
import HeedCore
import HeedStore

/// Conversation and message operations shared by every channel: creating conversations (finding or creating the
/// customer), storing messages idempotently, and changing a conversation's state with an audit trail.
public struct ConversationDesk: Sendable {
    let store: any SupportStore
    let events: ConversationEvents
    let clock: any WallClock

    public init(store: any SupportStore, events: ConversationEvents, clock: any WallClock) {
        self.store = store
        self.events = events
        self.clock = clock
    }

    /// Longest message body accepted, in characters.
    static let maxMessageLength = 20_000

    func createConversation(_ request: CreateConversationRequest, by principal: Principal) async throws
        -> Conversation
    {
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
            let conversation = Conversation(
                workspaceID: workspaceID, customerID: customer.id, channel: request.channel ?? .api, subject: subject,
                priority: request.priority ?? .p3, tags: tags, createdAt: now)
            try await writer.insert(conversation, externalThreadID: nil)
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

    /// Stores a message; the same `client_message_id` in a conversation is stored once and returns the original.
    func postMessage(_ request: PostMessageRequest, conversationID: UUID, by principal: Principal) async throws
        -> (message: Message, created: Bool)
    {
        let now = clock.now()
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
        let workspaceID = principal.workspaceID
        let outcome = try await store.write { writer in
            guard var conversation = try await writer.conversation(id: conversationID, workspaceID: workspaceID)
            else { throw HeedError.notFound("Conversation") }
            let message = Message(
                workspaceID: workspaceID, conversationID: conversationID, author: author,
                authorID: author == .agent ? principal.agentID : nil, body: body, clientMessageID: clientID,
                isInternalNote: internalNote, createdAt: now)
            let result = try await writer.append(message)
            guard result.created else { return (result, conversation) }
            if conversation.status == .closed, author == .customer {
                throw HeedError(
                    .conflict, code: .conversationClosed,
                    message: "This conversation is closed; start a new one.")
            }
            conversation.record(result.message, at: now)
            try await writer.update(conversation)
            return (result, conversation)
        }
        if outcome.0.created {
            await events.publish(.messageCreated, outcome.1, message: outcome.0.message)
        }
        return outcome.0
    }

    func updateConversation(id: UUID, with request: UpdateConversationRequest, by principal: Principal) async throws
        -> Conversation
    {
        let now = clock.now()
        let workspaceID = principal.workspaceID
        let tags = try request.tags.map { try Validate.tags($0) }
        let reason = try Validate.optionalText(request.reason, field: "reason", maxLength: 500)
        let updated = try await store.write { writer in
            guard var conversation = try await writer.conversation(id: id, workspaceID: workspaceID) else {
                throw HeedError.notFound("Conversation")
            }
            var changes: [String: JSONValue] = [:]
            if let status = request.status, status != conversation.status {
                changes["status"] = .string(status.rawValue)
                conversation.status = status
                switch status {
                case .resolved: conversation.resolvedAt = now
                case .closed: conversation.closedAt = now
                case .open, .pending: break
                }
            }
            if let handler = request.handler, handler != conversation.handler {
                changes["handler"] = .string(handler.rawValue)
                conversation.handler = handler
                if handler == .human, conversation.handedOffAt == nil { conversation.handedOffAt = now }
            }
            switch request.assigneeID {
            case .absent: break
            case .null:
                changes["assignee_id"] = .null
                conversation.assigneeID = nil
            case .value(let agentID):
                guard try await writer.agent(id: agentID, workspaceID: workspaceID) != nil else {
                    throw HeedError.invalidField("assignee_id", "does not name an agent of this workspace")
                }
                changes["assignee_id"] = .string(agentID.uuidString)
                conversation.assigneeID = agentID
            }
            switch request.teamID {
            case .absent: break
            case .null:
                changes["team_id"] = .null
                conversation.teamID = nil
            case .value(let teamID):
                guard try await writer.team(id: teamID, workspaceID: workspaceID) != nil else {
                    throw HeedError.invalidField("team_id", "does not name a team of this workspace")
                }
                changes["team_id"] = .string(teamID.uuidString)
                conversation.teamID = teamID
            }
            if let priority = request.priority, priority != conversation.priority {
                changes["priority"] = .string(priority.rawValue)
                conversation.priority = priority
            }
            if let tags, tags != conversation.tags {
                changes["tags"] = .array(tags.map(JSONValue.string))
                conversation.tags = tags
            }
            guard !changes.isEmpty else { return (conversation, changes) }
            conversation.updatedAt = now
            try await writer.update(conversation)
            try await writer.insert(
                principal.auditEvent(
                    "conversation.updated", subjectType: "conversation", subjectID: id, at: now, reason: reason,
                    details: changes))
            return (conversation, changes)
        }
        if !updated.1.isEmpty {
            await events.publish(.conversationUpdated, updated.0, details: updated.1)
            if case .value = request.assigneeID { await events.publish(.assigned, updated.0) }
        }
        return updated.0
    }
}
