import Foundation
import HeedCore

/// `return_delivered_order_items`: requests the return of some items of a delivered order, refunded to the
/// original payment method or a gift card.
public struct ReturnDeliveredOrderItemsTool: CommerceTool {
    public init() {}

    public let definition = ToolDefinition(
        name: "return_delivered_order_items",
        description: """
            Return some items of a delivered order; the order becomes 'return requested' and the customer gets an \
            e-mail on how to send them back. The refund goes to the original payment method or a gift card. List \
            the items and the refund method and get the customer's explicit yes first. Returns the order.
            """,
        parameters: ParameterSchema.object([
            ("order_id", ParameterSchema.orderID),
            ("item_ids", ParameterSchema.strings("The item ids to return, such as '1008292230'; repeat an id per unit.")),
            (
                "payment_method_id",
                ParameterSchema.string(
                    "The payment method that receives the refund: the original one or a gift card.")
            ),
        ]),
        effect: .write)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        var order = try await scope.ownOrder(number: try arguments.string("order_id"))
        let customer = try scope.verifiedCustomer()
        try OrderRules.require(order, is: .delivered, else: "non-delivered order cannot be returned")
        let method = try OrderRules.paymentMethod(try arguments.string("payment_method_id"), of: customer)
        guard method.kind == .giftCard || method.id == order.chargedPayments.first?.paymentMethodID else {
            throw ToolFailure("payment method should be either the original payment method or a gift card")
        }
        let itemIDs = try arguments.strings("item_ids")
        try OrderRules.requireItems(itemIDs, in: order) { _ in "some item not found" }
        guard !itemIDs.isEmpty else { throw ToolFailure("no items were given") }
        let refund = Self.prices(of: itemIDs, in: order).sum()
        let summary = [
            "Return from order \(order.number): \(OrderRules.names(of: itemIDs, in: order)).",
            "Refund \(refund) to \(OrderRules.label(method.id, of: customer)); the order becomes 'return requested'.",
        ]
        order.status = .returnRequested
        order.returnRequest = ReturnRequest(itemIDs: itemIDs.sorted(), refundPaymentMethodID: method.id)
        order.updatedAt = scope.now
        return .change(
            PlannedChange(orders: [order], summary: summary, result: OrderRules.result(order, customer: customer)))
    }

    /// The price of each listed unit (a repeated id takes the next unit with that id).
    static func prices(of itemIDs: [String], in order: Order) -> [Money] {
        var remaining = order.items
        return itemIDs.compactMap { id in
            guard let index = remaining.firstIndex(where: { $0.itemID == id }) else { return nil }
            return remaining.remove(at: index).price
        }
    }
}
