import Foundation
import HeedCore

/// `find_user_id_by_name_zip`: identifies the customer by first name, last name and the zip code of their address.
public struct FindUserByNameZipTool: CommerceTool {
    public init() {}

    public let definition = ToolDefinition(
        name: "find_user_id_by_name_zip",
        description: """
            Find the customer's user id by first name, last name and zip code. Returns an error when no customer \
            matches. Prefer the e-mail lookup; use this one when the customer cannot give their e-mail address.
            """,
        parameters: ParameterSchema.object([
            ("first_name", ParameterSchema.string("The customer's first name, such as 'John'.")),
            ("last_name", ParameterSchema.string("The customer's last name, such as 'Doe'.")),
            ("zip", ParameterSchema.string("The zip code of the customer's address, such as '12345'.")),
        ]),
        effect: .read, access: .anyone)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        let first = try arguments.string("first_name").trimmingCharacters(in: .whitespaces)
        let last = try arguments.string("last_name").trimmingCharacters(in: .whitespaces)
        let zip = try arguments.string("zip").trimmingCharacters(in: .whitespaces)
        let match = try await scope.customers(name: "\(first) \(last)").first { customer in
            let (given, family) = CommerceDocuments.nameParts(customer)
            return given.lowercased() == first.lowercased() && family.lowercased() == last.lowercased()
                && customer.address?.zip == zip
        }
        guard let match else { throw ToolFailure("user not found") }
        return .identified(match, answer: CommerceDocuments.userID(of: match))
    }
}
