import Foundation

/// One thing that happened to a conversation, written in the same transaction as the change itself, so reports
/// aggregate these rows instead of re-reading messages. Each event carries the conversation's creation time (the
/// reports' period is the conversations created in it) and what was known of the conversation then (channel, team,
/// priority, language, intent, customer tier); a report takes the latest known value of each.
public struct ReportEvent: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var conversationID: UUID
    public var kind: ReportEventKind
    public var occurredAt: Date
    /// When the conversation was created.
    public var conversationCreatedAt: Date
    /// The agent who replied, or was assigned.
    public var agentID: UUID?
    /// The message replied or rated.
    public var messageID: UUID?
    /// A rating's value.
    public var value: Double?
    /// The AI's decision for a reply; the reason for a hand-off.
    public var detail: String?
    public var channel: Channel?
    public var teamID: UUID?
    public var priority: Priority?
    public var language: String?
    public var intent: String?
    public var customerTier: CustomerTier?
    /// Service-level due times, on a hand-off.
    public var firstResponseDueAt: Date?
    public var resolutionDueAt: Date?

    public init(
        id: UUID = UUID(), workspaceID: UUID, conversationID: UUID, kind: ReportEventKind, occurredAt: Date,
        conversationCreatedAt: Date, agentID: UUID? = nil, messageID: UUID? = nil, value: Double? = nil,
        detail: String? = nil, channel: Channel? = nil, teamID: UUID? = nil, priority: Priority? = nil,
        language: String? = nil, intent: String? = nil, customerTier: CustomerTier? = nil,
        firstResponseDueAt: Date? = nil, resolutionDueAt: Date? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.conversationID = conversationID
        self.kind = kind
        self.occurredAt = occurredAt
        self.conversationCreatedAt = conversationCreatedAt
        self.agentID = agentID
        self.messageID = messageID
        self.value = value
        self.detail = detail
        self.channel = channel
        self.teamID = teamID
        self.priority = priority
        self.language = language
        self.intent = intent
        self.customerTier = customerTier
        self.firstResponseDueAt = firstResponseDueAt
        self.resolutionDueAt = resolutionDueAt
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, value, detail, channel, priority, language, intent
        case workspaceID = "workspace_id"
        case conversationID = "conversation_id"
        case occurredAt = "occurred_at"
        case conversationCreatedAt = "conversation_created_at"
        case agentID = "agent_id"
        case messageID = "message_id"
        case teamID = "team_id"
        case customerTier = "customer_tier"
        case firstResponseDueAt = "first_response_due_at"
        case resolutionDueAt = "resolution_due_at"
    }

    /// Orders events as they happened: by time, then by ``ReportEventKind/tieOrder``.
    public static func happenedBefore(_ a: ReportEvent, _ b: ReportEvent) -> Bool {
        a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.kind.tieOrder < b.kind.tieOrder
    }
}
