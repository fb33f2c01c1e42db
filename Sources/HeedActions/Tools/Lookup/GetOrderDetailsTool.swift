import Foundation
/// `get_order_details`: one of the identified customer's orders: items, status, shipments, payments.
public struct GetOrderDetailsTool: CommerceTool {
    public init() {}

    public let definition = ToolDefinition(
        name: "get_order_details",
        description: "Get the status and details of one of the customer's orders (items, tracking, payments).",
        parameters: ParameterSchema.object([("order_id", ParameterSchema.orderID)]),
        effect: .read)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        let order = try await scope.ownOrder(number: try arguments.string("order_id"))
        let userID = CommerceDocuments.userID(of: try scope.verifiedCustomer())
        return .answer(CommerceDocuments.text(CommerceDocuments.order(order, userID: userID)))
    }
}
