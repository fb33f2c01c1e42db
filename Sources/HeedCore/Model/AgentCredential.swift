import Foundation

/// An agent's console password, as a bcrypt hash. Kept apart from ``Agent`` so it never reaches an API response.
public struct AgentCredential: Sendable, Codable, Hashable, Identifiable {
    /// The agent's id.
    public var id: UUID
    public var workspaceID: UUID
    /// The agent's e-mail address, lower-cased: what sign-in looks up.
    public var emailKey: String
    /// bcrypt hash of the password.
    public var passwordHash: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(agentID: UUID, workspaceID: UUID, email: String, passwordHash: String, createdAt: Date) {
        self.id = agentID
        self.workspaceID = workspaceID
        self.emailKey = email.lowercased()
        self.passwordHash = passwordHash
        self.createdAt = createdAt
        self.updatedAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case workspaceID = "workspace_id"
        case emailKey = "email_key"
        case passwordHash = "password_hash"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
