import Foundation
import HeedCore

/// `modify_pending_order_items`: changes items of a pending order to other variants of the same products, once;
/// the price difference is charged to or refunded on the given method, and the order becomes
/// 'pending (item modified)'.
public struct ModifyPendingOrderItemsTool: CommerceTool {
    public init() {}

    public let definition = ToolDefinition(
        name: "modify_pending_order_items",
        description: """
            Change items of a pending order to other available variants of the same products. Can be done only \
            once per order: collect every item to change first. List the changes and the price difference and get \
            the customer's explicit yes first. Returns the order.
            """,
        parameters: ParameterSchema.object([
            ("order_id", ParameterSchema.orderID),
            ("item_ids", ParameterSchema.strings("The item ids to change, such as '1008292230'; repeat an id per unit.")),
            (
                "new_item_ids",
                ParameterSchema.strings(
                    "The item ids to change them to, in the same positions, each a variant of the same product.")
            ),
            ("payment_method_id", ParameterSchema.differencePaymentMethod),
        ]),
        effect: .write)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        var order = try await scope.ownOrder(number: try arguments.string("order_id"))
        var customer = try scope.verifiedCustomer()
        try OrderRules.require(order, is: .pending, else: "non-pending order cannot be modified")
        let swap = try await ItemSwap.plan(
            order, itemIDs: try arguments.strings("item_ids"), newItemIDs: try arguments.strings("new_item_ids"),
            in: scope)
        let method = try OrderRules.paymentMethod(try arguments.string("payment_method_id"), of: customer)
        try swap.requireFunds(method, failure: "insufficient gift card balance to pay for the new item")
        let difference = swap.priceDifference
        order.payments.append(
            PaymentTransaction(
                kind: difference > .zero ? .payment : .refund, amount: difference.magnitude, paymentMethodID: method.id,
                date: scope.now))
        customer = OrderRules.crediting(customer, giftCard: method.id, -difference)
        var summary = ["Change the items of order \(order.number) (this can be done only once):"]
        summary += swap.summary(order)
        summary.append(
            difference > .zero
                ? "Charge the difference of \(difference) to \(OrderRules.label(method.id, of: customer))."
                : "Refund the difference of \(difference.magnitude) to \(OrderRules.label(method.id, of: customer)).")
        order.items = swap.applied(to: order.items)
        order.status = .pendingItemsModified
        order.updatedAt = scope.now
        return .change(
            PlannedChange(
                orders: [order], customers: [customer], summary: summary,
                result: OrderRules.result(order, customer: customer)))
    }
}
