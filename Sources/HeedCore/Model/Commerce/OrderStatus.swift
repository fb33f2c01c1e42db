/// Where an order stands. Known statuses are constants; a company's own statuses survive import unchanged.
public struct OrderStatus: RawRepresentable, Sendable, Codable, Hashable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Placed, not yet handed to fulfilment: can be cancelled or modified.
    public static let pending = OrderStatus(rawValue: "pending")
    /// A pending order whose items were changed once; it can no longer be cancelled or modified.
    public static let pendingItemsModified = OrderStatus(rawValue: "pending (item modified)")
    /// Being prepared or shipped.
    public static let processed = OrderStatus(rawValue: "processed")
    /// Received by the customer: items can be returned or exchanged.
    public static let delivered = OrderStatus(rawValue: "delivered")
    public static let cancelled = OrderStatus(rawValue: "cancelled")
    /// A return of some delivered items was requested.
    public static let returnRequested = OrderStatus(rawValue: "return requested")
    /// An exchange of some delivered items was requested.
    public static let exchangeRequested = OrderStatus(rawValue: "exchange requested")

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
