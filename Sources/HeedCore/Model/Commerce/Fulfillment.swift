/// A shipment of some of an order's items.
public struct Fulfillment: Sendable, Codable, Hashable {
    /// The carrier's tracking numbers.
    public var trackingIDs: [String]
    /// The items (variant ids) in the shipment.
    public var itemIDs: [String]
    /// The carrier's name, when known.
    public var carrier: String?

    public init(trackingIDs: [String], itemIDs: [String], carrier: String? = nil) {
        self.trackingIDs = trackingIDs
        self.itemIDs = itemIDs
        self.carrier = carrier
    }

    enum CodingKeys: String, CodingKey {
        case carrier
        case trackingIDs = "tracking_ids"
        case itemIDs = "item_ids"
    }
}
