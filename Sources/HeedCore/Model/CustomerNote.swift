import Foundation

/// What a memory note remembers.
public enum CustomerNoteKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// How the customer likes things done ("please only e-mail me", "I prefer delivery on Saturdays").
    case preference
    /// A problem the conversation ended without solving.
    case openProblem = "open_problem"
    /// Something the company said it would do ("we'll send a replacement on Monday").
    case promise
    /// Anything an agent wants remembered.
    case note
}

/// Who wrote a memory note.
public enum CustomerNoteSource: String, Sendable, Codable, Hashable {
    /// Written by Heed when a conversation was resolved.
    case automatic
    /// Written or last edited by an agent or the API.
    case agent
}

/// A short note about a customer, remembered across conversations: shown to agents, given to the AI, editable and
/// erasable, exported and erased with the customer. Never an emotional reading (emotion stays per conversation).
public struct CustomerNote: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var customerID: UUID
    public var kind: CustomerNoteKind
    public var text: String
    public var source: CustomerNoteSource
    /// The conversation the note was written from, when written automatically.
    public var conversationID: UUID?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, customerID: UUID, kind: CustomerNoteKind, text: String,
        source: CustomerNoteSource, conversationID: UUID? = nil, createdAt: Date
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.customerID = customerID
        self.kind = kind
        self.text = text
        self.source = source
        self.conversationID = conversationID
        self.createdAt = createdAt
        self.updatedAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, text, source
        case workspaceID = "workspace_id"
        case customerID = "customer_id"
        case conversationID = "conversation_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

extension CustomerNote {
    /// The most notes one customer has (the oldest automatic ones make room for new ones).
    public static let maximumPerCustomer = 50
    /// The longest note.
    public static let maximumLength = 500
}
