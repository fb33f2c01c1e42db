import Foundation

/// Whether money went from the customer to the company or back.
public enum PaymentTransactionKind: String, Sendable, Codable, Hashable {
    case payment
    case refund
}

/// One movement of money on an order.
public struct PaymentTransaction: Sendable, Codable, Hashable {
    public var kind: PaymentTransactionKind
    /// Always positive; ``kind`` says the direction.
    public var amount: Money
    /// The customer's ``PaymentMethod/id`` it went through.
    public var paymentMethodID: String
    public var date: Date?

    public init(kind: PaymentTransactionKind, amount: Money, paymentMethodID: String, date: Date? = nil) {
        self.kind = kind
        self.amount = amount
        self.paymentMethodID = paymentMethodID
        self.date = date
    }

    enum CodingKeys: String, CodingKey {
        case kind, amount, date
        case paymentMethodID = "payment_method_id"
    }
}
