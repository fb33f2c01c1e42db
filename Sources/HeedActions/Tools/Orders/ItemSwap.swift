import Foundation
import HeedCore

/// Replacing some of an order's items by other variants of the same products (modifying a pending order's items,
/// exchanging a delivered order's items): which variants, and the price difference.
struct ItemSwap {
    /// For each replaced item: its index in the order and the variant it becomes.
    let replacements: [(index: Int, variant: ProductVariant)]
    /// New prices minus old prices.
    let priceDifference: Money

    /// Validates the swap of `itemIDs` for `newItemIDs` (pairwise) on `order`.
    static func plan(_ order: Order, itemIDs: [String], newItemIDs: [String], in scope: ToolScope) async throws
        -> ItemSwap
    {
        try OrderRules.requireItems(itemIDs, in: order) { "\($0) not found" }
        guard itemIDs.count == newItemIDs.count else {
            throw ToolFailure("the number of items to be exchanged should match")
        }
        guard !itemIDs.isEmpty else { throw ToolFailure("no items were given") }
        var used = Set<Int>()
        var replacements: [(index: Int, variant: ProductVariant)] = []
        var difference = Money.zero
        for (itemID, newItemID) in zip(itemIDs, newItemIDs) {
            guard let index = order.items.indices.first(where: { !used.contains($0) && order.items[$0].itemID == itemID })
            else { throw ToolFailure("\(itemID) not found") }
            used.insert(index)
            let item = order.items[index]
            guard let product = try await scope.product(externalID: item.productID),
                let variant = product.variant(itemID: newItemID), variant.available
            else { throw ToolFailure("new item \(newItemID) not found or available") }
            replacements.append((index, variant))
            difference += variant.price - item.price
        }
        return ItemSwap(replacements: replacements, priceDifference: difference)
    }

    /// The order's items with the replacements made.
    func applied(to items: [OrderItem]) -> [OrderItem] {
        var items = items
        for (index, variant) in replacements {
            items[index].itemID = variant.itemID
            items[index].price = variant.price
            items[index].options = variant.options
        }
        return items
    }

    /// Fails when a gift card is to pay a difference larger than its balance.
    func requireFunds(_ method: PaymentMethod, failure: String) throws {
        if method.kind == .giftCard, (method.balance ?? .zero) < priceDifference { throw ToolFailure(failure) }
    }

    /// Summary lines: `Water Bottle 6469567736 (47.84) → 1234567890 (52.10)`.
    func summary(_ order: Order) -> [String] {
        replacements.map { index, variant in
            let item = order.items[index]
            let options = variant.options.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                .joined(separator: ", ")
            return "\(item.name) \(item.itemID) (\(item.price)) → \(variant.itemID) (\(options); \(variant.price))"
        }
    }
}
