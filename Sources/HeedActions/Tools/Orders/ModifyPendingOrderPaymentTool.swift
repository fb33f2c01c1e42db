import Foundation
import HeedCore

/// `modify_pending_order_payment`: pays a pending order with another of the customer's methods and refunds the
/// original one (a gift card at once).
public struct ModifyPendingOrderPaymentTool: CommerceTool {
    public init() {}

    public let definition = ToolDefinition(
        name: "modify_pending_order_payment",
        description: """
            Change the payment method of a pending order to another single method of the customer's (a gift card \
            must cover the whole amount). List the change and get the customer's explicit yes first. The original \
            method is refunded: a gift card at once, others in 5 to 7 business days. Returns the order.
            """,
        parameters: ParameterSchema.object([
            ("order_id", ParameterSchema.orderID),
            (
                "payment_method_id",
                ParameterSchema.string(
                    "The new payment method's id, such as 'gift_card_0000000' or 'credit_card_0000000'.")
            ),
        ]),
        effect: .write)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        var order = try await scope.ownOrder(number: try arguments.string("order_id"))
        var customer = try scope.verifiedCustomer()
        try OrderRules.require(order, is: .pending, else: "non-pending order cannot be modified")
        let method = try OrderRules.paymentMethod(try arguments.string("payment_method_id"), of: customer)
        guard order.payments.count == 1, let original = order.payments.first, original.kind == .payment else {
            throw ToolFailure("there should be exactly one payment for a pending order")
        }
        guard original.paymentMethodID != method.id else {
            throw ToolFailure("the new payment method should be different from the current one")
        }
        if method.kind == .giftCard, (method.balance ?? .zero) < original.amount {
            throw ToolFailure("insufficient gift card balance to pay for the order")
        }
        order.payments += [
            PaymentTransaction(kind: .payment, amount: original.amount, paymentMethodID: method.id, date: scope.now),
            PaymentTransaction(
                kind: .refund, amount: original.amount, paymentMethodID: original.paymentMethodID, date: scope.now),
        ]
        order.updatedAt = scope.now
        customer = OrderRules.crediting(customer, giftCard: method.id, -original.amount)
        customer = OrderRules.crediting(customer, giftCard: original.paymentMethodID, original.amount)
        let timing = OrderRules.refundTiming(customer.paymentMethod(id: original.paymentMethodID))
        let summary = [
            "Pay order \(order.number) (\(original.amount)) with \(OrderRules.label(method.id, of: customer)).",
            "Refund \(original.amount) to \(OrderRules.label(original.paymentMethodID, of: customer)), \(timing).",
        ]
        return .change(
            PlannedChange(
                orders: [order], customers: [customer], summary: summary,
                result: OrderRules.result(order, customer: customer)))
    }
}
