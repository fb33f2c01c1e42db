import Foundation
/// `get_product_details`: a product type of the catalog with its variants, their options, prices and availability.
public struct GetProductDetailsTool: CommerceTool {
    public init() {}

    public let definition = ToolDefinition(
        name: "get_product_details",
        description: "Get a product's variants: item ids, options, prices and availability.",
        parameters: ParameterSchema.object([
            (
                "product_id",
                ParameterSchema.string("The product id, such as '6086499569'. Product ids are not item ids.")
            )
        ]),
        effect: .read, access: .anyone)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        guard let product = try await scope.product(externalID: try arguments.string("product_id")) else {
            throw ToolFailure("product not found")
        }
        return .answer(CommerceDocuments.text(CommerceDocuments.product(product)))
    }
}
