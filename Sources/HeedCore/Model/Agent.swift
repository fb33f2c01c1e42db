import Foundation

/// What a human user of a workspace may do.
public enum AgentRole: String, Sendable, Codable, Hashable, CaseIterable {
    /// Manages the workspace: agents, teams, keys, settings.
    case admin
    /// Works conversations and the knowledge base.
    case agent
}

/// A human member of the support team.
public struct Agent: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var name: String
    public var email: String
    public var role: AgentRole
    public var teamIDs: [UUID]
    /// How many open conversations the agent can hold at once.
    public var capacity: Int
    /// Languages the agent answers in (ISO 639-1).
    public var languages: [String]
    /// Whether the agent is taking conversations now.
    public var isAvailable: Bool
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, name: String, email: String, role: AgentRole, teamIDs: [UUID] = [],
        capacity: Int = 5, languages: [String] = [], isAvailable: Bool = true, createdAt: Date, updatedAt: Date? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.name = name
        self.email = email
        self.role = role
        self.teamIDs = teamIDs
        self.capacity = capacity
        self.languages = languages
        self.isAvailable = isAvailable
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, email, role, capacity, languages
        case workspaceID = "workspace_id"
        case teamIDs = "team_ids"
        case isAvailable = "is_available"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
