import Foundation

/// Where a conversation's guided dialogue stands between turns (which slot it awaits, which change waits for the
/// customer's yes, who the conversation was verified as), kept so the dialogue survives a restart. One per
/// conversation: its id is the conversation's id. The state's shape belongs to the dialogue that wrote it.
public struct ConversationDialogue: Sendable, Codable, Hashable, Identifiable {
    /// The conversation's id.
    public var id: UUID
    public var workspaceID: UUID
    /// Which dialogue wrote the state, e.g. `orders`.
    public var kind: String
    /// The dialogue's own state document.
    public var state: JSONValue
    public var createdAt: Date
    public var updatedAt: Date

    public init(conversationID: UUID, workspaceID: UUID, kind: String, state: JSONValue, createdAt: Date, updatedAt: Date? = nil) {
        self.id = conversationID
        self.workspaceID = workspaceID
        self.kind = kind
        self.state = state
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    /// The conversation the dialogue belongs to.
    public var conversationID: UUID { id }

    enum CodingKeys: String, CodingKey {
        case id, kind, state
        case workspaceID = "workspace_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
