import Foundation
import HeedCore

/// `exchange_delivered_order_items`: requests the exchange of some items of a delivered order for other variants
/// of the same products, once; the price difference is settled on the given method.
public struct ExchangeDeliveredOrderItemsTool: CommerceTool {
    public init() {}

    public let definition = ToolDefinition(
        name: "exchange_delivered_order_items",
        description: """
            Exchange items of a delivered order for other available variants of the same products; the order \
            becomes 'exchange requested' and the customer gets an e-mail on how to send the items back. Can be done \
            only once per order: collect every item first. List the exchange and the price difference and get the \
            customer's explicit yes first. Returns the order.
            """,
        parameters: ParameterSchema.object([
            ("order_id", ParameterSchema.orderID),
            (
                "item_ids",
                ParameterSchema.strings("The item ids to exchange, such as '1008292230'; repeat an id per unit.")
            ),
            (
                "new_item_ids",
                ParameterSchema.strings(
                    "The item ids to exchange them for, in the same positions, each a variant of the same product.")
            ),
            ("payment_method_id", ParameterSchema.differencePaymentMethod),
        ]),
        effect: .write)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        var order = try await scope.ownOrder(number: try arguments.string("order_id"))
        let customer = try scope.verifiedCustomer()
        try OrderRules.require(order, is: .delivered, else: "non-delivered order cannot be exchanged")
        let itemIDs = try arguments.strings("item_ids")
        let newItemIDs = try arguments.strings("new_item_ids")
        let swap = try await ItemSwap.plan(order, itemIDs: itemIDs, newItemIDs: newItemIDs, in: scope)
        let method = try OrderRules.paymentMethod(try arguments.string("payment_method_id"), of: customer)
        try swap.requireFunds(method, failure: "insufficient gift card balance to pay for the price difference")
        let difference = swap.priceDifference
        var summary = ["Exchange items of order \(order.number) (this can be done only once):"]
        summary += swap.summary(order)
        summary.append(
            difference > .zero
                ? "Charge the difference of \(difference) to \(OrderRules.label(method.id, of: customer))."
                : "Refund the difference of \(difference.magnitude) to \(OrderRules.label(method.id, of: customer)).")
        order.status = .exchangeRequested
        order.exchangeRequest = ExchangeRequest(
            itemIDs: itemIDs.sorted(), newItemIDs: newItemIDs.sorted(), paymentMethodID: method.id,
            priceDifference: difference)
        order.updatedAt = scope.now
        return .change(
            PlannedChange(orders: [order], summary: summary, result: OrderRules.result(order, customer: customer)))
    }
}
