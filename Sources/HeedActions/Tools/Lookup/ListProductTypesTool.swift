import Foundation
import HeedCore

/// `list_all_product_types`: every product type's name and product id.
public struct ListProductTypesTool: CommerceTool {
    public init() {}

    public let definition = ToolDefinition(
        name: "list_all_product_types",
        description: """
            List the name and product id of every product type in the catalog. Each product type has variants \
            with their own item ids and options.
            """,
        parameters: ParameterSchema.object([]),
        effect: .read, access: .anyone)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        var names: [String: JSONValue] = [:]
        for product in try await scope.products() { names[product.name] = .string(product.externalID) }
        return .answer(CommerceDocuments.text(.object(names)))
    }
}
