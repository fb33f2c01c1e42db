import Foundation

/// A tenant: one company's support desk. Every other record belongs to exactly one workspace.
public struct Workspace: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var name: String
    /// Public identifier the chat widget embeds (not a secret).
    public var publicKey: String
    /// The AI agent's policy for this workspace.
    public var policy: WorkspacePolicy
    /// Secret the company's backend signs customer identities with (HMAC-SHA256 of the external id), so widget
    /// users cannot pose as other customers. Never shown to agents; admins can rotate it.
    public var identitySecret: String?
    /// The workspace's own model provider; nil: the server's (or the embedded engine).
    public var modelProvider: ModelProviderSettings?
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID = UUID(), name: String, publicKey: String, createdAt: Date, updatedAt: Date? = nil) {
        self.id = id
        self.name = name
        self.publicKey = publicKey
        self.policy = WorkspacePolicy()
        self.identitySecret = nil
        self.modelProvider = nil
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, policy
        case publicKey = "public_key"
        case identitySecret = "identity_secret"
        case modelProvider = "model_provider"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        publicKey = try c.decode(String.self, forKey: .publicKey)
        policy = try c.decodeIfPresent(WorkspacePolicy.self, forKey: .policy) ?? WorkspacePolicy()
        identitySecret = try c.decodeIfPresent(String.self, forKey: .identitySecret)
        modelProvider = try c.decodeIfPresent(ModelProviderSettings.self, forKey: .modelProvider)
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        updatedAt = try c.decode(Date.self, forKey: .updatedAt)
    }
}
