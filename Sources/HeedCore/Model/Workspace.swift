import Foundation

/// A tenant: one company's support desk. Every other record belongs to exactly one workspace.
public struct Workspace: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var name: String
    /// Public identifier the chat widget embeds (not a secret).
    public var publicKey: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID = UUID(), name: String, publicKey: String, createdAt: Date, updatedAt: Date? = nil) {
        self.id = id
        self.name = name
        self.publicKey = publicKey
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name
        case publicKey = "public_key"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
