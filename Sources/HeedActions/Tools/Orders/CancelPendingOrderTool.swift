import Foundation
import HeedCore

/// `cancel_pending_order`: cancels a pending order and refunds what was paid to the methods it was paid with
/// (a gift card at once, other methods in 5 to 7 business days).
public struct CancelPendingOrderTool: CommerceTool {
    public init() {}

    /// The reasons a customer may give.
    public static let reasons = ["no longer needed", "ordered by mistake"]

    public let definition = ToolDefinition(
        name: "cancel_pending_order",
        description: """
            Cancel a pending order (processed or delivered orders cannot be cancelled). List the order and the \
            refund and get the customer's explicit yes first. The order becomes 'cancelled'; the payment is \
            refunded to a gift card at once, to other methods in 5 to 7 business days. Returns the order.
            """,
        parameters: ParameterSchema.object([
            ("order_id", ParameterSchema.orderID),
            (
                "reason",
                ParameterSchema.string(
                    "Why the order is cancelled: 'no longer needed' or 'ordered by mistake'.", oneOf: Self.reasons)
            ),
        ]),
        effect: .write)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        var order = try await scope.ownOrder(number: try arguments.string("order_id"))
        var customer = try scope.verifiedCustomer()
        try OrderRules.require(order, is: .pending, else: "non-pending order cannot be cancelled")
        let reason = try arguments.string("reason")
        guard Self.reasons.contains(reason) else { throw ToolFailure("invalid reason") }
        var summary = ["Cancel order \(order.number) (reason: \(reason)); its status becomes 'cancelled'."]
        for (methodID, amount) in Self.netPaid(order) where amount > .zero {
            order.payments.append(
                PaymentTransaction(kind: .refund, amount: amount, paymentMethodID: methodID, date: scope.now))
            customer = OrderRules.crediting(customer, giftCard: methodID, amount)
            let timing = OrderRules.refundTiming(customer.paymentMethod(id: methodID))
            summary.append("Refund \(amount) to \(OrderRules.label(methodID, of: customer)), \(timing).")
        }
        order.status = .cancelled
        order.cancellationReason = reason
        order.updatedAt = scope.now
        return .change(
            PlannedChange(
                orders: [order], customers: [customer], summary: summary,
                result: OrderRules.result(order, customer: customer)))
    }

    /// What each payment method paid net of refunds, in the order of the first payment through it.
    static func netPaid(_ order: Order) -> [(String, Money)] {
        var methods: [String] = []
        var net: [String: Money] = [:]
        for payment in order.payments {
            if net[payment.paymentMethodID] == nil { methods.append(payment.paymentMethodID) }
            net[payment.paymentMethodID, default: .zero] += payment.kind == .payment ? payment.amount : -payment.amount
        }
        return methods.map { ($0, net[$0] ?? .zero) }
    }
}
