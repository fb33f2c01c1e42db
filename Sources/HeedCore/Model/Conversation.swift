import Foundation

/// A thread between a customer and the workspace, served by the AI agent or a human.
public struct Conversation: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var customerID: UUID
    public var channel: Channel
    public var subject: String?
    public var status: ConversationStatus
    public var handler: ConversationHandler
    public var assigneeID: UUID?
    public var teamID: UUID?
    public var priority: Priority
    public var tags: [String]
    /// Why the AI handed the conversation to a human, when it did.
    public var escalationReason: String?
    /// Service-level due times, set on handoff.
    public var firstResponseDueAt: Date?
    public var resolutionDueAt: Date?
    public var slaBreached: Bool
    public var createdAt: Date
    public var updatedAt: Date
    /// When the support side (AI or agent) first answered: for first-response time.
    public var firstResponseAt: Date?
    /// When a human took over.
    public var handedOffAt: Date?
    public var resolvedAt: Date?
    public var closedAt: Date?
    public var lastMessageAt: Date?
    /// How often the conversation was reopened after resolution: for first-contact resolution.
    public var reopenCount: Int
    public var messageCount: Int

    public init(
        id: UUID = UUID(), workspaceID: UUID, customerID: UUID, channel: Channel, subject: String? = nil,
        status: ConversationStatus = .open, handler: ConversationHandler = .ai, assigneeID: UUID? = nil,
        teamID: UUID? = nil, priority: Priority = .p3, tags: [String] = [], createdAt: Date
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.customerID = customerID
        self.channel = channel
        self.subject = subject
        self.status = status
        self.handler = handler
        self.assigneeID = assigneeID
        self.teamID = teamID
        self.priority = priority
        self.tags = tags
        self.escalationReason = nil
        self.firstResponseDueAt = nil
        self.resolutionDueAt = nil
        self.slaBreached = false
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.firstResponseAt = nil
        self.handedOffAt = nil
        self.resolvedAt = nil
        self.closedAt = nil
        self.lastMessageAt = nil
        self.reopenCount = 0
        self.messageCount = 0
    }

    enum CodingKeys: String, CodingKey {
        case id, channel, subject, status, handler, priority, tags
        case workspaceID = "workspace_id"
        case customerID = "customer_id"
        case assigneeID = "assignee_id"
        case teamID = "team_id"
        case escalationReason = "escalation_reason"
        case firstResponseDueAt = "first_response_due_at"
        case resolutionDueAt = "resolution_due_at"
        case slaBreached = "sla_breached"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case firstResponseAt = "first_response_at"
        case handedOffAt = "handed_off_at"
        case resolvedAt = "resolved_at"
        case closedAt = "closed_at"
        case lastMessageAt = "last_message_at"
        case reopenCount = "reopen_count"
        case messageCount = "message_count"
    }


    /// Encodes every field, absent optionals as explicit nulls, so API clients see the whole shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(workspaceID, forKey: .workspaceID)
        try c.encode(customerID, forKey: .customerID)
        try c.encode(channel, forKey: .channel)
        try c.encode(subject, forKey: .subject)
        try c.encode(status, forKey: .status)
        try c.encode(handler, forKey: .handler)
        try c.encode(assigneeID, forKey: .assigneeID)
        try c.encode(teamID, forKey: .teamID)
        try c.encode(priority, forKey: .priority)
        try c.encode(tags, forKey: .tags)
        try c.encode(escalationReason, forKey: .escalationReason)
        try c.encode(firstResponseDueAt, forKey: .firstResponseDueAt)
        try c.encode(resolutionDueAt, forKey: .resolutionDueAt)
        try c.encode(slaBreached, forKey: .slaBreached)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(firstResponseAt, forKey: .firstResponseAt)
        try c.encode(handedOffAt, forKey: .handedOffAt)
        try c.encode(resolvedAt, forKey: .resolvedAt)
        try c.encode(closedAt, forKey: .closedAt)
        try c.encode(lastMessageAt, forKey: .lastMessageAt)
        try c.encode(reopenCount, forKey: .reopenCount)
        try c.encode(messageCount, forKey: .messageCount)
    }
}
