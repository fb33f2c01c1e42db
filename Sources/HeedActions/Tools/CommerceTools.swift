import Foundation
/// The built-in commerce tools: the retail tool set (identity lookups, customer, order and product details,
/// order cancellation, modification, return and exchange, address change, hand-off and utilities).
public enum CommerceTools {
    public static let all: [any CommerceTool] = [
        CalculateTool(), CancelPendingOrderTool(), ExchangeDeliveredOrderItemsTool(), FindUserByEmailTool(),
        FindUserByNameZipTool(), GetOrderDetailsTool(), GetProductDetailsTool(), GetUserDetailsTool(),
        ListProductTypesTool(), ModifyPendingOrderAddressTool(), ModifyPendingOrderItemsTool(),
        ModifyPendingOrderPaymentTool(), ModifyUserAddressTool(), ReturnDeliveredOrderItemsTool(), ThinkTool(),
        TransferToHumanTool(),
    ]

    /// A registry of ``all``.
    public static let registry = ToolRegistry(all)
}
