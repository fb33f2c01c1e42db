import Foundation

/// A customer's order: what was bought, where it goes, how it was paid and what happened to it since.
public struct Order: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    /// The number customers know it by, unique in the workspace (e.g. `#W5442520`).
    public var number: String
    public var customerID: UUID
    public var status: OrderStatus
    public var items: [OrderItem]
    public var shippingAddress: PostalAddress?
    public var fulfillments: [Fulfillment]
    /// Payments and refunds, oldest first.
    public var payments: [PaymentTransaction]
    /// When the customer placed it, when known.
    public var placedAt: Date?
    /// Until when its items are under warranty, when known.
    public var warrantyUntil: Date?
    /// Why it was cancelled, once it was.
    public var cancellationReason: String?
    public var returnRequest: ReturnRequest?
    public var exchangeRequest: ExchangeRequest?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, number: String, customerID: UUID, status: OrderStatus,
        items: [OrderItem], shippingAddress: PostalAddress? = nil, fulfillments: [Fulfillment] = [],
        payments: [PaymentTransaction] = [], placedAt: Date? = nil, warrantyUntil: Date? = nil, createdAt: Date,
        updatedAt: Date? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.number = number
        self.customerID = customerID
        self.status = status
        self.items = items
        self.shippingAddress = shippingAddress
        self.fulfillments = fulfillments
        self.payments = payments
        self.placedAt = placedAt
        self.warrantyUntil = warrantyUntil
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, number, status, items, fulfillments, payments
        case workspaceID = "workspace_id"
        case customerID = "customer_id"
        case shippingAddress = "shipping_address"
        case placedAt = "placed_at"
        case warrantyUntil = "warranty_until"
        case cancellationReason = "cancellation_reason"
        case returnRequest = "return_request"
        case exchangeRequest = "exchange_request"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The sum of the items' prices.
    public var itemsTotal: Money { items.map(\.price).sum() }

    /// The order's payments (not refunds), oldest first.
    public var chargedPayments: [PaymentTransaction] { payments.filter { $0.kind == .payment } }
}
