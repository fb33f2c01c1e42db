import Foundation
import HeedCore

/// A new conversation (`POST /api/v1/conversations`): for an existing customer (`customer_id`) or one found or
/// created from `customer`.
public struct NewConversation: Decodable, Sendable {
    public let customerID: UUID?
    public let customer: CustomerInput?
    public let channel: Channel?
    public let subject: String?
    public let tags: [String]?
    public let priority: Priority?

    enum CodingKeys: String, CodingKey {
        case customer, channel, subject, tags, priority
        case customerID = "customer_id"
    }
}

/// Changes to a conversation (`PATCH /api/v1/conversations/{id}`): absent fields stay; `assignee_id` / `team_id`
/// null clears them.
public struct ConversationChanges: Decodable, Sendable {
    public let status: ConversationStatus?
    public let handler: ConversationHandler?
    public let assigneeID: PatchField<UUID>
    public let teamID: PatchField<UUID>
    public let priority: Priority?
    public let tags: [String]?
    public let reason: String?

    enum CodingKeys: String, CodingKey {
        case status, handler, priority, tags, reason
        case assigneeID = "assignee_id"
        case teamID = "team_id"
    }

    /// Changes made in code (a rule's action): what is not given stays.
    public init(
        status: ConversationStatus? = nil, handler: ConversationHandler? = nil, assigneeID: PatchField<UUID> = .absent,
        teamID: PatchField<UUID> = .absent, priority: Priority? = nil, tags: [String]? = nil, reason: String? = nil
    ) {
        self.status = status
        self.handler = handler
        self.assigneeID = assigneeID
        self.teamID = teamID
        self.priority = priority
        self.tags = tags
        self.reason = reason
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        status = try c.decodeIfPresent(ConversationStatus.self, forKey: .status)
        handler = try c.decodeIfPresent(ConversationHandler.self, forKey: .handler)
        assigneeID = try c.decodePatch(UUID.self, forKey: .assigneeID)
        teamID = try c.decodePatch(UUID.self, forKey: .teamID)
        priority = try c.decodeIfPresent(Priority.self, forKey: .priority)
        tags = try c.decodeIfPresent([String].self, forKey: .tags)
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
    }
}

/// A message posted into a conversation (`POST /api/v1/conversations/{id}/messages`).
public struct NewMessage: Decodable, Sendable {
    public let body: String
    public let clientMessageID: String?
    /// `customer` (default: the API speaks for the company's customer) or `agent` (the key's agent).
    public let author: MessageAuthor?
    public let internalNote: Bool?
    /// Wait for the AI agent's reply and return it with the message.
    public let awaitReply: Bool?

    enum CodingKeys: String, CodingKey {
        case body, author
        case clientMessageID = "client_message_id"
        case internalNote = "internal_note"
        case awaitReply = "await_reply"
    }
}

/// A customer's fields as clients send them (`POST /api/v1/customers`, and inline when creating a conversation).
public struct CustomerInput: Decodable, Sendable {
    public let externalID: String?
    public let name: String?
    public let email: String?
    public let phone: String?
    public let preferredLanguage: String?
    public let tier: CustomerTier?
    public let consent: ConsentFlags?
    public let attributes: [String: JSONValue]?

    enum CodingKeys: String, CodingKey {
        case name, email, phone, tier, consent, attributes
        case externalID = "external_id"
        case preferredLanguage = "preferred_language"
    }

    /// A validated new customer.
    public func makeCustomer(workspaceID: UUID, now: Date) throws -> Customer {
        Customer(
            workspaceID: workspaceID,
            externalID: try Validate.optionalText(externalID, field: "external_id", maxLength: 200),
            name: try Validate.optionalText(name, field: "name", maxLength: 200),
            email: try email.flatMap { $0.isEmpty ? nil : try Validate.email($0) },
            phone: try Validate.optionalText(phone, field: "phone", maxLength: 50),
            preferredLanguage: try preferredLanguage.map { try Validate.language($0, field: "preferred_language") },
            tier: tier ?? .standard,
            consent: consent ?? ConsentFlags(),
            attributes: attributes ?? [:],
            createdAt: now
        )
    }
}
