import Foundation
import HeedCore

/// A conversation as the customer's widget sees it: what it needs to show the thread and who will reply, never the
/// team's triage (tags, priority, assignee, escalation reason, resolution target, breach flags).
struct CustomerConversationView: Encodable, Sendable {
    let conversation: Conversation
    let teamName: String?
    /// While a human has the conversation and the team is out of its business hours: when it is back.
    let repliesFrom: Date?

    init(_ view: ConversationView, policy: WorkspacePolicy? = nil, now: Date = Date()) {
        conversation = view.conversation
        teamName = view.teamName
        repliesFrom = view.conversation.handler == .human ? policy?.repliesFrom(team: view.teamName, at: now) : nil
    }

    enum Keys: String, CodingKey {
        case id, channel, status, handler, team
        case teamID = "team_id"
        case customerID = "customer_id"
        case firstResponseDueAt = "first_response_due_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case handedOffAt = "handed_off_at"
        case resolvedAt = "resolved_at"
        case closedAt = "closed_at"
        case repliesFrom = "replies_from"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(conversation.id, forKey: .id)
        try c.encode(conversation.customerID, forKey: .customerID)
        try c.encode(conversation.channel, forKey: .channel)
        try c.encode(conversation.status, forKey: .status)
        try c.encode(conversation.handler, forKey: .handler)
        try c.encode(conversation.teamID, forKey: .teamID)
        try c.encode(teamName, forKey: .team)
        // The reply the customer was promised ("usually within N minutes"), shown while they wait.
        try c.encode(conversation.firstResponseDueAt, forKey: .firstResponseDueAt)
        try c.encode(conversation.createdAt, forKey: .createdAt)
        try c.encode(conversation.updatedAt, forKey: .updatedAt)
        try c.encode(conversation.handedOffAt, forKey: .handedOffAt)
        try c.encode(conversation.resolvedAt, forKey: .resolvedAt)
        try c.encode(conversation.closedAt, forKey: .closedAt)
        // Outside business hours: "we reply tomorrow from 9:00" instead of a wait in minutes.
        try c.encode(repliesFrom, forKey: .repliesFrom)
    }
}

/// A message as the customer's widget sees it: the text and, for AI answers, the sources and whether it handed off —
/// never the understanding behind it (intent, sentiment, signals, PII found, confidence, reasons).
struct CustomerMessageView: Encodable, Sendable {
    let message: Message

    enum Keys: String, CodingKey {
        case id, sequence, author, body, language, annotations, citations, decision
        case conversationID = "conversation_id"
        case clientMessageID = "client_message_id"
        case createdAt = "created_at"
        case isAI = "is_ai"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(message.id, forKey: .id)
        try c.encode(message.conversationID, forKey: .conversationID)
        try c.encode(message.sequence, forKey: .sequence)
        try c.encode(message.author, forKey: .author)
        try c.encode(message.body, forKey: .body)
        try c.encode(message.language, forKey: .language)
        try c.encode(message.clientMessageID, forKey: .clientMessageID)
        try c.encode(message.createdAt, forKey: .createdAt)
        try c.encode(message.isAI, forKey: .isAI)
        var annotations = c.nestedContainer(keyedBy: Keys.self, forKey: .annotations)
        try annotations.encode(message.annotations.citations, forKey: .citations)
        try annotations.encode(message.annotations.decision, forKey: .decision)
        if message.isAI {
            try c.encode(message.annotations.citations, forKey: .citations)
            try c.encode(message.annotations.decision, forKey: .decision)
        }
    }

    /// The messages of `messages` the customer may see (no internal notes), as they see them.
    static func visible(_ messages: [Message]) -> [CustomerMessageView] {
        messages.filter { !$0.isInternalNote }.map(CustomerMessageView.init)
    }
}

/// What the widget may hear about a conversation change: the team that will reply and the new status, nothing of
/// the triage behind it.
enum CustomerEventDetails {
    static let shown: Set<String> = ["team", "status"]

    static func filter(_ details: [String: JSONValue]) -> [String: JSONValue] {
        details.filter { shown.contains($0.key) }
    }
}
