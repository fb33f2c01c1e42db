/// A postal address: a customer's default address or an order's shipping address.
public struct PostalAddress: Sendable, Codable, Hashable {
    public var address1: String
    /// Suite, apartment…; empty when there is none.
    public var address2: String
    public var city: String
    /// State, province or region; empty where the country has none.
    public var state: String
    public var country: String
    /// Postal code.
    public var zip: String

    public init(address1: String, address2: String = "", city: String, state: String = "", country: String, zip: String)
    {
        self.address1 = address1
        self.address2 = address2
        self.city = city
        self.state = state
        self.country = country
        self.zip = zip
    }

    /// One line for people: `986 Sunset Drive, Suite 259, Denver, CO 80279, USA`.
    public var singleLine: String {
        let region = [state, zip].filter { !$0.isEmpty }.joined(separator: " ")
        return [address1, address2, city, region, country].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
