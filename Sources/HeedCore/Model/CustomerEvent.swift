import Foundation

/// Where a behaviour event came from.
public enum CustomerEventSource: String, Sendable, Codable, Hashable {
    /// The company's backend, with an API key.
    case api
    /// The chat widget on the company's site (`Heed.track`), in the customer's own session.
    case widget
}

/// Something a customer did on the company's site or app — a page or product viewed, a cart abandoned, a login, or
/// a name of the company's own — with its properties (scalar values only). Kept per customer for the workspace's
/// `privacy.behaviour_retention_days`, exported with the customer and erased with them.
public struct CustomerEvent: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    public var customerID: UUID
    /// `page_viewed`, `product_viewed`, `cart_abandoned`, `login`, or a custom snake_case name.
    public var name: String
    /// Scalar values (text, number, true/false, null) by snake_case key.
    public var properties: [String: JSONValue]
    public var source: CustomerEventSource
    /// When the customer did it (given by the sender, or when it arrived).
    public var occurredAt: Date
    /// When Heed stored it.
    public var createdAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, customerID: UUID, name: String, properties: [String: JSONValue] = [:],
        source: CustomerEventSource, occurredAt: Date, createdAt: Date
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.customerID = customerID
        self.name = name
        self.properties = properties
        self.source = source
        self.occurredAt = occurredAt
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, properties, source
        case workspaceID = "workspace_id"
        case customerID = "customer_id"
        case occurredAt = "occurred_at"
        case createdAt = "created_at"
    }

    /// The text of property `key`, when it is a non-empty string.
    public func text(_ key: String) -> String? {
        guard case .string(let value) = properties[key], !value.isEmpty else { return nil }
        return value
    }
}
