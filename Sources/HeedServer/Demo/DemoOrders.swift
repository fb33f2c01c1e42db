import Foundation
import HeedCore

/// The demo shop's orders as real commerce records. The bundled customers carry their orders in their profile
/// data (`attributes.orders`: id, status, items with sku and quantity, total, payment method, tracking number,
/// warranty); this turns them into ``Order``s and the customer's payment methods, so the order tools and the
/// embedded order dialogue work on the demo ("where is my order VT-10030").
enum DemoOrders {
    /// The customer with the payment methods their orders were paid with, and their orders.
    static func records(for customer: Customer, now: Date) -> (customer: Customer, orders: [Order]) {
        guard case .array(let entries)? = customer.attributes["orders"] else { return (customer, []) }
        var customer = customer
        var methods = customer.paymentMethods ?? []
        var orders: [Order] = []
        for case .object(let entry) in entries {
            guard let order = order(entry, customerID: customer.id, workspaceID: customer.workspaceID, now: now)
            else { continue }
            for payment in order.payments where !methods.contains(where: { $0.id == payment.paymentMethodID }) {
                methods.append(paymentMethod(payment.paymentMethodID))
            }
            orders.append(order)
        }
        customer.paymentMethods = methods
        return (customer, orders)
    }

    /// The shop's statuses in the order tools' terms: an order still "processing" has not shipped and can be
    /// cancelled or re-addressed (pending); a "shipped" one is on its way (processed).
    static func status(_ text: String) -> OrderStatus {
        switch text {
        case "processing": .pending
        case "shipped": .processed
        case "delivered": .delivered
        case "cancelled": .cancelled
        default: OrderStatus(rawValue: text)
        }
    }

    private static func order(_ entry: [String: JSONValue], customerID: UUID, workspaceID: UUID, now: Date) -> Order? {
        guard case .string(let number)? = entry["id"], case .string(let status)? = entry["status"] else { return nil }
        var items: [OrderItem] = []
        if case .array(let lines)? = entry["items"] {
            for case .object(let line) in lines {
                guard case .string(let sku)? = line["sku"], case .string(let name)? = line["name"] else { continue }
                let quantity = line["qty"].flatMap(numeric).map { max(1, Int($0)) } ?? 1
                let price = Money(line["price"].flatMap(numeric) ?? 0)
                items += Array(repeating: OrderItem(productID: sku, itemID: sku, name: name, price: price), count: quantity)
            }
        }
        let placedAt = text(entry["placed_at"]).flatMap(Timestamp.parse)
        var payments: [PaymentTransaction] = []
        if let method = text(entry["payment_method"]), let total = entry["total"].flatMap(numeric) {
            payments.append(PaymentTransaction(kind: .payment, amount: Money(total), paymentMethodID: method, date: placedAt))
        }
        let fulfillments = text(entry["tracking_number"]).map {
            [Fulfillment(trackingIDs: [$0], itemIDs: items.map(\.itemID))]
        } ?? []
        return Order(
            workspaceID: workspaceID, number: number, customerID: customerID, status: Self.status(status), items: items,
            fulfillments: fulfillments, payments: payments, placedAt: placedAt,
            warrantyUntil: text(entry["warranty_until"]).flatMap { Timestamp.parse($0 + "T00:00:00Z") },
            createdAt: placedAt ?? now, updatedAt: now)
    }

    /// A payment method named like the shop's (`card_visa_4417`, `paypal`, `momo`…).
    private static func paymentMethod(_ id: String) -> PaymentMethod {
        let parts = id.split(separator: "_").map(String.init)
        if parts.count == 3, parts[0] == "card" {
            return PaymentMethod(id: id, kind: .creditCard, brand: parts[1], lastFour: parts[2])
        }
        if id == "paypal" { return PaymentMethod(id: id, kind: .paypal) }
        return PaymentMethod(id: id, kind: .creditCard, brand: id)
    }

    private static func numeric(_ value: JSONValue) -> Double? {
        if case .number(let number) = value { return number }
        return nil
    }

    private static func text(_ value: JSONValue?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }
}
