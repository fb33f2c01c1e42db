import Foundation
import HeedCore

/// Something agents of a workspace should see at once: a new conversation or message, a handoff, an assignment,
/// an SLA breach, a sentiment alert.
public struct AgentEvent: Sendable, Codable {
    /// The kind of event.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case conversationCreated = "conversation.created"
        case conversationUpdated = "conversation.updated"
        case messageCreated = "message.created"
        case handoff = "conversation.handoff"
        case assigned = "conversation.assigned"
        case slaBreached = "sla.breached"
        /// A due time is near (`details.target`: `first_response` or `resolution`, `details.due_at`,
        /// `details.assignee_id`): a reminder for the assignee.
        case slaWarning = "sla.warning"
        /// The customer has been silent for the workspace's hours since the support side wrote
        /// (`details.silent_since`, `details.silent_hours`).
        case customerSilent = "customer.silent"
        /// A customer rated their satisfaction with a resolved conversation (`details.rating`, 1–5).
        case ratingReceived = "rating.received"
        case sentimentAlert = "sentiment.alert"
        /// A piece of the AI's answer as it is produced (customers only; `details.text`, `details.reply_to`).
        case replyDelta = "reply.delta"
    }

    public let type: Kind
    public let workspaceID: UUID
    public let conversation: Conversation?
    public let message: Message?
    /// Extra facts: the handoff reason, the alert's signals…
    public let details: [String: JSONValue]
    public let at: Date

    public init(
        _ type: Kind, workspaceID: UUID, conversation: Conversation? = nil, message: Message? = nil,
        details: [String: JSONValue] = [:], at: Date
    ) {
        self.type = type
        self.workspaceID = workspaceID
        self.conversation = conversation
        self.message = message
        self.details = details
        self.at = at
    }

    enum CodingKeys: String, CodingKey {
        case type, conversation, message, details, at
        case workspaceID = "workspace_id"
    }
}
