import Foundation
import HeedCore

/// `modify_pending_order_address`: changes where a pending order will be shipped.
public struct ModifyPendingOrderAddressTool: CommerceTool {
    public init() {}

    public let definition = ToolDefinition(
        name: "modify_pending_order_address",
        description: """
            Change the shipping address of a pending order. List the new address and get the customer's explicit \
            yes first. Returns the order.
            """,
        parameters: ParameterSchema.object([("order_id", ParameterSchema.orderID)] + ParameterSchema.addressProperties),
        effect: .write)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        var order = try await scope.ownOrder(number: try arguments.string("order_id"))
        let customer = try scope.verifiedCustomer()
        try OrderRules.require(order, is: .pending, else: "non-pending order cannot be modified")
        let address = try arguments.address()
        let before = order.shippingAddress?.singleLine ?? "no address"
        order.shippingAddress = address
        order.updatedAt = scope.now
        return .change(
            PlannedChange(
                orders: [order],
                summary: ["Ship order \(order.number) to \(address.singleLine) instead of \(before)."],
                result: OrderRules.result(order, customer: customer)))
    }
}
