import Foundation

/// Who did something.
public struct Actor: Sendable, Codable, Hashable {
    /// The kind of actor.
    public enum Kind: String, Sendable, Codable, Hashable {
        case agent
        case apiKey = "api_key"
        case customer
        case ai
        case system
        /// An automation rule (its id).
        case rule
    }

    public var kind: Kind
    public var id: UUID?

    public init(kind: Kind, id: UUID? = nil) {
        self.kind = kind
        self.id = id
    }

    /// Heed itself (migrations, demo seeding, timers).
    public static let system = Actor(kind: .system)
}

/// A record of who did what, when and why.
public struct AuditEvent: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var actor: Actor
    /// What happened, e.g. `conversation.updated`.
    public var action: String
    public var subjectType: String
    public var subjectID: UUID?
    public var reason: String?
    public var details: [String: JSONValue]
    public var createdAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, actor: Actor, action: String, subjectType: String, subjectID: UUID?,
        reason: String? = nil, details: [String: JSONValue] = [:], createdAt: Date
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.actor = actor
        self.action = action
        self.subjectType = subjectType
        self.subjectID = subjectID
        self.reason = reason
        self.details = details
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, actor, action, reason, details
        case workspaceID = "workspace_id"
        case subjectType = "subject_type"
        case subjectID = "subject_id"
        case createdAt = "created_at"
    }


    /// Encodes every field, absent optionals as explicit nulls, so API clients see the whole shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(workspaceID, forKey: .workspaceID)
        try c.encode(actor, forKey: .actor)
        try c.encode(action, forKey: .action)
        try c.encode(subjectType, forKey: .subjectType)
        try c.encode(subjectID, forKey: .subjectID)
        try c.encode(reason, forKey: .reason)
        try c.encode(details, forKey: .details)
        try c.encode(createdAt, forKey: .createdAt)
    }
}
