/// A payment method on a customer's file.
public struct PaymentMethod: Sendable, Codable, Hashable, Identifiable {
    /// The company's id for it, unique for the customer (e.g. `credit_card_7815826`).
    public var id: String
    public var kind: PaymentMethodKind
    /// Card brand (`visa`, `mastercard`…), for credit cards.
    public var brand: String?
    /// The card number's last four digits, for credit cards.
    public var lastFour: String?
    /// What is left on it, for gift cards.
    public var balance: Money?

    public init(id: String, kind: PaymentMethodKind, brand: String? = nil, lastFour: String? = nil, balance: Money? = nil)
    {
        self.id = id
        self.kind = kind
        self.brand = brand
        self.lastFour = lastFour
        self.balance = balance
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, brand, balance
        case lastFour = "last_four"
    }

    /// How people name it: `mastercard ending in 9212`, `gift card (balance 12.50)`, `paypal`.
    public var label: String {
        switch kind {
        case .creditCard: "\(brand ?? "credit card") ending in \(lastFour ?? "????")"
        case .paypal: "PayPal"
        case .giftCard: "gift card \(id) (balance \(balance ?? .zero))"
        }
    }
}
