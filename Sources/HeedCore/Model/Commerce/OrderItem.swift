/// One item of an order: a variant of a product, at the price it was sold for.
public struct OrderItem: Sendable, Codable, Hashable {
    /// The product (type) it is a variant of, e.g. `8310926033`.
    public var productID: String
    /// The variant sold, e.g. `6469567736`.
    public var itemID: String
    public var name: String
    public var price: Money
    /// The variant's options, e.g. `["color": "blue", "capacity": "1000ml"]`.
    public var options: [String: String]

    public init(productID: String, itemID: String, name: String, price: Money, options: [String: String] = [:]) {
        self.productID = productID
        self.itemID = itemID
        self.name = name
        self.price = price
        self.options = options
    }

    enum CodingKeys: String, CodingKey {
        case name, price, options
        case productID = "product_id"
        case itemID = "item_id"
    }
}
