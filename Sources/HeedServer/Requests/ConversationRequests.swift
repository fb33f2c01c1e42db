import Foundation
import HeedCore

/// `POST /api/v1/conversations`: for an existing customer (`customer_id`) or one found or created from `customer`.
struct CreateConversationRequest: Decodable, Sendable {
    let customerID: UUID?
    let customer: CustomerInput?
    let channel: Channel?
    let subject: String?
    let tags: [String]?
    let priority: Priority?

    enum CodingKeys: String, CodingKey {
        case customer, channel, subject, tags, priority
        case customerID = "customer_id"
    }
}

/// `PATCH /api/v1/conversations/{id}`: absent fields stay; `assignee_id` / `team_id` null clears them.
struct UpdateConversationRequest: Decodable, Sendable {
    let status: ConversationStatus?
    let handler: ConversationHandler?
    let assigneeID: PatchField<UUID>
    let teamID: PatchField<UUID>
    let priority: Priority?
    let tags: [String]?
    let reason: String?

    enum CodingKeys: String, CodingKey {
        case status, handler, priority, tags, reason
        case assigneeID = "assignee_id"
        case teamID = "team_id"
    }

    init(from decoder: any Decoder) throws {
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

/// `POST /api/v1/conversations/{id}/messages`.
struct PostMessageRequest: Decodable, Sendable {
    let body: String
    let clientMessageID: String?
    /// `customer` (default: the API speaks for the company's customer) or `agent` (the key's agent).
    let author: MessageAuthor?
    let internalNote: Bool?
    /// Wait for the AI agent's reply and return it with the message.
    let awaitReply: Bool?

    enum CodingKeys: String, CodingKey {
        case body, author
        case clientMessageID = "client_message_id"
        case internalNote = "internal_note"
        case awaitReply = "await_reply"
    }
}
