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
    /// When the password was last set; console sessions opened before it are signed out.
    public var passwordSetAt: Date?

    public init(agentID: UUID, workspaceID: UUID, email: String, passwordHash: String, createdAt: Date) {
        self.id = agentID
        self.workspaceID = workspaceID
        self.emailKey = email.lowercased()
        self.passwordHash = passwordHash
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.passwordSetAt = createdAt
    }

    /// Whether a console session was opened before the password was last set, and so no longer counts.
    public func outdates(_ session: ConsoleSession) -> Bool {
        guard let passwordSetAt, session.agentID == id else { return false }
        return session.createdAt < passwordSetAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case workspaceID = "workspace_id"
        case emailKey = "email_key"
        case passwordHash = "password_hash"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case passwordSetAt = "password_set_at"
    }
}
