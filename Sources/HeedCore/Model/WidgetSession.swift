import Foundation

/// A chat-widget session: lets one customer's browser read and write that customer's conversations, and nothing
/// else. Only the token's hash is stored.
public struct WidgetSession: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var customerID: UUID
    /// SHA-256 of the session token, hex.
    public var tokenHash: String
    public var createdAt: Date
    public var expiresAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, customerID: UUID, tokenHash: String, createdAt: Date, expiresAt: Date
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.customerID = customerID
        self.tokenHash = tokenHash
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case workspaceID = "workspace_id"
        case customerID = "customer_id"
        case tokenHash = "token_hash"
        case createdAt = "created_at"
        case expiresAt = "expires_at"
    }
}
