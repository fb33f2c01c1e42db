import Foundation
import HeedCore

/// Checks and steps the order-changing tools share.
enum OrderRules {
    /// Fails with `failure` unless the order is in `status`.
    static func require(_ order: Order, is status: OrderStatus, else failure: String) throws {
        guard order.status == status else { throw ToolFailure(failure) }
    }

    /// Fails unless the order holds every listed item (a listed id counts once per unit).
    static func requireItems(_ itemIDs: [String], in order: Order, failure: (String) -> String) throws {
        var available: [String: Int] = [:]
        for item in order.items { available[item.itemID, default: 0] += 1 }
        for itemID in itemIDs {
            guard let count = available[itemID], count > 0 else { throw ToolFailure(failure(itemID)) }
            available[itemID] = count - 1
        }
    }

    /// The customer's payment method with this id.
    static func paymentMethod(_ id: String, of customer: Customer) throws -> PaymentMethod {
        guard let method = customer.paymentMethod(id: id) else { throw ToolFailure("payment method not found") }
        return method
    }

    /// The customer with `amount` added to the gift card `id`'s balance (a negative amount takes it off).
    static func crediting(_ customer: Customer, giftCard id: String, _ amount: Money) -> Customer {
        var customer = customer
        guard var methods = customer.paymentMethods, let index = methods.firstIndex(where: { $0.id == id }),
            methods[index].kind == .giftCard
        else { return customer }
        methods[index].balance = (methods[index].balance ?? .zero) + amount
        customer.paymentMethods = methods
        return customer
    }

    /// When a refund to this method reaches the customer.
    static func refundTiming(_ method: PaymentMethod?) -> String {
        method?.kind == .giftCard ? "immediately" : "within 5 to 7 business days"
    }

    /// How a payment method reads in a summary.
    static func label(_ id: String, of customer: Customer) -> String {
        customer.paymentMethod(id: id).map { "\($0.label) [\(id)]" } ?? id
    }

    /// The items' names, e.g. `Water Bottle (6469567736), Office Chair (8426249116)`.
    static func names(of itemIDs: [String], in order: Order) -> String {
        itemIDs.map { id in
            let name = order.items.first { $0.itemID == id }?.name ?? "item"
            return "\(name) (\(id))"
        }.joined(separator: ", ")
    }

    /// The result text of a changed order.
    static func result(_ order: Order, customer: Customer) -> String {
        CommerceDocuments.text(CommerceDocuments.order(order, userID: CommerceDocuments.userID(of: customer)))
    }
}
