/// What kind of payment method a customer keeps on file.
public enum PaymentMethodKind: String, Sendable, Codable, Hashable, CaseIterable {
    case creditCard = "credit_card"
    case paypal
    /// A store gift card with a balance; refunds to it arrive at once.
    case giftCard = "gift_card"
}
