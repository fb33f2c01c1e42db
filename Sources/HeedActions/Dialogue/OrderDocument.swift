import Foundation
import HeedCore

/// An order as an order tool's result shows it (the retail `orders.json` shape), read back so the dialogue's
/// answer quotes what the tool returned.
struct OrderDocument: Sendable, Decodable {
    struct Item: Sendable, Decodable {
        let name: String
        let itemID: String
        let price: Double

        enum CodingKeys: String, CodingKey {
            case name, price
            case itemID = "item_id"
        }
    }

    struct Shipment: Sendable, Decodable {
        let trackingIDs: [String]
        let carrier: String?

        enum CodingKeys: String, CodingKey {
            case carrier
            case trackingIDs = "tracking_id"
        }
    }

    struct Payment: Sendable, Decodable {
        let kind: String
        let amount: Double
        let paymentMethodID: String

        enum CodingKeys: String, CodingKey {
            case amount
            case kind = "transaction_type"
            case paymentMethodID = "payment_method_id"
        }
    }

    let number: String
    let status: String
    let items: [Item]
    let shipments: [Shipment]
    let payments: [Payment]
    let address: PostalAddress?
    let placedAt: String?
    let warrantyUntil: String?
    let returnItemIDs: [String]?
    let returnPaymentMethodID: String?

    enum CodingKeys: String, CodingKey {
        case status, items, address
        case number = "order_id"
        case shipments = "fulfillments"
        case payments = "payment_history"
        case placedAt = "placed_at"
        case warrantyUntil = "warranty_until"
        case returnItemIDs = "return_items"
        case returnPaymentMethodID = "return_payment_method_id"
    }

    /// The order in a tool's result text, or nil when the text is not one (an error).
    init?(result text: String) {
        guard let document = try? JSONDecoder().decode(Self.self, from: Data(text.utf8)) else { return nil }
        self = document
    }

    /// The items' names, e.g. `Water Bottle, Desk Lamp`.
    var itemNames: String { items.map(\.name).joined(separator: ", ") }

    /// The tracking numbers of its shipments, with their carriers when known.
    var tracking: [(number: String, carrier: String?)] {
        shipments.flatMap { shipment in shipment.trackingIDs.map { ($0, shipment.carrier) } }
    }

    /// The method the order was first paid with.
    var originalPaymentMethodID: String? { payments.first { $0.kind == "payment" }?.paymentMethodID }

    /// The refunds made, with their methods.
    var refunds: [Payment] { payments.filter { $0.kind == "refund" } }

    /// The status as the order tools name it.
    var orderStatus: OrderStatus { OrderStatus(rawValue: status) }

    /// The warranty end as a date, when known.
    var warrantyEnd: Date? { warrantyUntil.flatMap(Timestamp.parse) }

    /// The price of the listed items (a repeated id counts once per unit).
    func price(of itemIDs: [String]) -> Money {
        var remaining = items
        return itemIDs.compactMap { id -> Money? in
            guard let index = remaining.firstIndex(where: { $0.itemID == id }) else { return nil }
            return Money(remaining.remove(at: index).price)
        }.sum()
    }
}
