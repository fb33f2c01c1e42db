import Foundation
/// `get_user_details`: the identified customer's profile, payment methods and order numbers.
public struct GetUserDetailsTool: CommerceTool {
    public init() {}

    public let definition = ToolDefinition(
        name: "get_user_details",
        description: "Get the identified customer's details: name, address, e-mail, payment methods and orders.",
        parameters: ParameterSchema.object([("user_id", ParameterSchema.string("The user id, such as 'sara_doe_496'."))]),
        effect: .read)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        let customer = try scope.verifiedCustomer(userID: try arguments.string("user_id"))
        let numbers = try await scope.ownOrders().map(\.number)
        return .answer(CommerceDocuments.text(CommerceDocuments.user(customer, orderNumbers: numbers)))
    }
}
