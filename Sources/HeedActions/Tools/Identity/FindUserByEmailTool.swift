import Foundation

/// `find_user_id_by_email`: identifies the customer by e-mail address.
public struct FindUserByEmailTool: CommerceTool {
    public init() {}

    public let definition = ToolDefinition(
        name: "find_user_id_by_email",
        description: "Find the customer's user id by e-mail address. Returns an error when no customer has it.",
        parameters: ParameterSchema.object([
            ("email", ParameterSchema.string("The customer's e-mail address, such as 'something@example.com'."))
        ]),
        effect: .read, access: .anyone)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        let email = try arguments.string("email").trimmingCharacters(in: .whitespaces)
        guard let customer = try await scope.customers(email: email).first else { throw ToolFailure("user not found") }
        return .identified(customer, answer: CommerceDocuments.userID(of: customer))
    }
}
