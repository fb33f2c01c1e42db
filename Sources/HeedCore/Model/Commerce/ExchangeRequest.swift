/// A requested exchange of some of a delivered order's items for other variants of the same products.
public struct ExchangeRequest: Sendable, Codable, Hashable {
    /// The variant ids sent back, sorted.
    public var itemIDs: [String]
    /// The variant ids wanted instead, sorted.
    public var newItemIDs: [String]
    /// Pays or receives the price difference.
    public var paymentMethodID: String
    /// New prices minus old prices: positive when the customer pays, negative when refunded.
    public var priceDifference: Money

    public init(itemIDs: [String], newItemIDs: [String], paymentMethodID: String, priceDifference: Money) {
        self.itemIDs = itemIDs
        self.newItemIDs = newItemIDs
        self.paymentMethodID = paymentMethodID
        self.priceDifference = priceDifference
    }

    enum CodingKeys: String, CodingKey {
        case itemIDs = "item_ids"
        case newItemIDs = "new_item_ids"
        case paymentMethodID = "payment_method_id"
        case priceDifference = "price_difference"
    }
}
