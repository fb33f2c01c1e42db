import Foundation

/// A group of agents that owns a kind of request (Billing, Shipping, …).
public struct Team: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var name: String
    public var description: String
    /// Topics and intents routed to this team.
    public var intents: [String]
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, name: String, description: String = "", intents: [String] = [],
        createdAt: Date, updatedAt: Date? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.name = name
        self.description = description
        self.intents = intents
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, description, intents
        case workspaceID = "workspace_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
