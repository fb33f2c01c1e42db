import Foundation

/// An agent signed in to the console. The browser holds the token in an HttpOnly cookie; only its hash is stored.
/// Changes made with the session must carry the CSRF token.
public struct ConsoleSession: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var agentID: UUID
    /// SHA-256 of the session token, hex.
    public var tokenHash: String
    /// Sent back by the console in `X-CSRF-Token` on every change.
    public var csrfToken: String
    public var createdAt: Date
    public var expiresAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, agentID: UUID, tokenHash: String, csrfToken: String, createdAt: Date,
        expiresAt: Date
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.agentID = agentID
        self.tokenHash = tokenHash
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case workspaceID = "workspace_id"
        case agentID = "agent_id"
        case tokenHash = "token_hash"
        case csrfToken = "csrf_token"
        case createdAt = "created_at"
        case expiresAt = "expires_at"
    }
}
