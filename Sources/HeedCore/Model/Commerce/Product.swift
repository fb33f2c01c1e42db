import Foundation

/// A product type of the workspace's catalog (e.g. "T-Shirt") with the variants it is sold in.
public struct Product: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    /// The company's product id, unique in the workspace (e.g. `9523456873`).
    public var externalID: String
    public var name: String
    /// The variants, in the catalog's order.
    public var variants: [ProductVariant]
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, externalID: String, name: String, variants: [ProductVariant],
        createdAt: Date, updatedAt: Date? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.externalID = externalID
        self.name = name
        self.variants = variants
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, variants
        case workspaceID = "workspace_id"
        case externalID = "external_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The variant with this item id, if the product has it.
    public func variant(itemID: String) -> ProductVariant? {
        variants.first { $0.itemID == itemID }
    }
}
