import Foundation

/// A stored API key: only its hash and a short prefix for recognition are kept; the secret is shown once.
public struct APIKey: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    /// The agent the key acts for, if any.
    public var agentID: UUID?
    public var name: String
    public var role: AgentRole
    /// The first characters of the secret, to tell keys apart in lists.
    public var prefix: String
    /// SHA-256 of the secret, hex. Never serialised to API responses.
    public var secretHash: String
    public var createdAt: Date
    public var revokedAt: Date?

    public init(
        id: UUID = UUID(), workspaceID: UUID, agentID: UUID?, name: String, role: AgentRole, prefix: String,
        secretHash: String, createdAt: Date, revokedAt: Date? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.agentID = agentID
        self.name = name
        self.role = role
        self.prefix = prefix
        self.secretHash = secretHash
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, role, prefix
        case workspaceID = "workspace_id"
        case agentID = "agent_id"
        case secretHash = "secret_hash"
        case createdAt = "created_at"
        case revokedAt = "revoked_at"
    }
}
