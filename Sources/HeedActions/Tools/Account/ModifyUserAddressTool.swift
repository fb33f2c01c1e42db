import Foundation
import HeedCore

/// `modify_user_address`: changes the identified customer's default address.
public struct ModifyUserAddressTool: CommerceTool {
    public init() {}

    public let definition = ToolDefinition(
        name: "modify_user_address",
        description: """
            Change the customer's default address. List the new address and get the customer's explicit yes \
            first. Returns the customer's details.
            """,
        parameters: ParameterSchema.object(
            [("user_id", ParameterSchema.string("The user id, such as 'sara_doe_496'."))]
                + ParameterSchema.addressProperties),
        effect: .write)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        var customer = try scope.verifiedCustomer(userID: try arguments.string("user_id"))
        let address = try arguments.address()
        let before = customer.address?.singleLine ?? "no address"
        customer.address = address
        customer.updatedAt = scope.now
        let numbers = try await scope.ownOrders().map(\.number)
        return .change(
            PlannedChange(
                customers: [customer],
                summary: ["Change the default address to \(address.singleLine) (was \(before))."],
                result: CommerceDocuments.text(CommerceDocuments.user(customer, orderNumbers: numbers))))
    }
}
