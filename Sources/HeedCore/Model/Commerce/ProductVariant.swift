/// One variant of a product that can be ordered: a combination of options with its own item id and price.
public struct ProductVariant: Sendable, Codable, Hashable {
    /// The variant's id, unique in the catalog (e.g. `9612497925`); unrelated to product ids.
    public var itemID: String
    public var options: [String: String]
    public var price: Money
    /// Whether it can be ordered now.
    public var available: Bool

    public init(itemID: String, options: [String: String], price: Money, available: Bool) {
        self.itemID = itemID
        self.options = options
        self.price = price
        self.available = available
    }

    enum CodingKeys: String, CodingKey {
        case options, price, available
        case itemID = "item_id"
    }
}
