import Foundation
import HeedCore
import HeedStore

extension WriteExpectation {
    /// The expectation of the write `action` on `order` of `customer`, or nil for a tool that writes nothing.
    static func of(
        _ action: ToolTaskAction, order: Order?, customer: Customer, catalog: any CommerceReader
    ) async throws -> WriteExpectation? {
        let arguments = try ToolArguments(action.arguments)
        let number = try? arguments.string("order_id")
        switch action.name {
        case "modify_user_address":
            let address = try arguments.address()
            return WriteExpectation(orderNumber: nil) { _, after in
                guard let after else { return [] }
                var conditions = ConditionList("customer \(CommerceDocuments.userID(of: after))")
                conditions.expect(after.address == address, "address is \(after.address?.singleLine ?? "none")")
                return conditions.failures
            }
        default:
            guard let order, let number else { return nil }
            return try await ofOrderTool(action.name, arguments, order: order, customer: customer, catalog: catalog)
                .map { check in WriteExpectation(orderNumber: number, check: check) }
        }
    }

    private typealias Check = @Sendable (Order?, Customer?) -> [String]

    private static func ofOrderTool(
        _ name: String, _ arguments: ToolArguments, order before: Order, customer: Customer,
        catalog: any CommerceReader
    ) async throws -> Check? {
        switch name {
        case "cancel_pending_order": return try cancelled(before, customer, reason: arguments.string("reason"))
        case "modify_pending_order_address":
            let address = try arguments.address()
            return orderCheck(before) { conditions, after in
                conditions.expect(after.shippingAddress == address, "shipping address was not changed")
                conditions.expectEqual(after.status, before.status, "status")
            }
        case "modify_pending_order_payment":
            return try paymentChanged(before, customer, to: arguments.string("payment_method_id"))
        case "modify_pending_order_items", "exchange_delivered_order_items":
            let old = try arguments.strings("item_ids")
            let new = try arguments.strings("new_item_ids")
            var prices: [String: Money] = [:]
            for id in new {
                prices[id] = try await catalog.product(itemID: id, workspaceID: before.workspaceID)?
                    .variant(itemID: id)?.price
            }
            let method = try arguments.string("payment_method_id")
            return name == "exchange_delivered_order_items"
                ? exchanged(before, old: old, new: new, prices: prices, method: method)
                : itemsModified(before, customer, old: old, new: new, prices: prices, method: method)
        case "return_delivered_order_items":
            let items = try arguments.strings("item_ids")
            let method = try arguments.string("payment_method_id")
            return orderCheck(before) { conditions, after in
                conditions.expectEqual(after.status, .returnRequested, "status")
                conditions.expectEqual(after.returnRequest?.itemIDs ?? [], items.sorted(), "return items")
                conditions.expectEqual(after.returnRequest?.refundPaymentMethodID ?? "", method, "refund method")
                conditions.expectEqual(after.items, before.items, "items")
            }
        default: return nil
        }
    }

    private static func orderCheck(_ before: Order, _ body: @escaping @Sendable (inout ConditionList, Order) -> Void)
        -> Check
    {
        { after, _ in
            var conditions = ConditionList("order \(before.number)")
            guard let after else { return ["order \(before.number): not stored"] }
            body(&conditions, after)
            return conditions.failures
        }
    }

    private static func cancelled(_ before: Order, _ customer: Customer, reason: String) -> Check {
        var owed: [String: Money] = [:]
        for payment in before.payments {
            owed[payment.paymentMethodID, default: .zero] += payment.kind == .payment ? payment.amount : -payment.amount
        }
        let refunds = owed.filter { $0.value > .zero }
        return { after, afterCustomer in
            var conditions = ConditionList("order \(before.number)")
            guard let after else { return ["order \(before.number): not stored"] }
            conditions.expectEqual(after.status, .cancelled, "status")
            conditions.expectEqual(after.cancellationReason ?? "", reason, "cancellation reason")
            var refunded: [String: Money] = [:]
            for payment in added(before, after) where payment.kind == .refund {
                refunded[payment.paymentMethodID, default: .zero] += payment.amount
            }
            conditions.expectEqual(refunded, refunds, "refunds")
            checkBalances(&conditions, before: customer, after: afterCustomer, changes: refunds)
            return conditions.failures
        }
    }

    private static func paymentChanged(_ before: Order, _ customer: Customer, to method: String) -> Check {
        let original = before.payments.first
        return { after, afterCustomer in
            var conditions = ConditionList("order \(before.number)")
            guard let after, let original else { return ["order \(before.number): no payment to change"] }
            let expected = [
                PaymentTransaction(kind: .payment, amount: original.amount, paymentMethodID: method),
                PaymentTransaction(kind: .refund, amount: original.amount, paymentMethodID: original.paymentMethodID),
            ]
            let added = added(before, after).map { PaymentTransaction(kind: $0.kind, amount: $0.amount, paymentMethodID: $0.paymentMethodID) }
            conditions.expectEqual(added, expected, "new transactions")
            conditions.expectEqual(after.status, .pending, "status")
            checkBalances(
                &conditions, before: customer, after: afterCustomer,
                changes: [method: -original.amount, original.paymentMethodID: original.amount])
            return conditions.failures
        }
    }

    private static func itemsModified(
        _ before: Order, _ customer: Customer, old: [String], new: [String], prices: [String: Money], method: String
    ) -> Check {
        let difference = priceDifference(before, old: old, new: new, prices: prices)
        return { after, afterCustomer in
            var conditions = ConditionList("order \(before.number)")
            guard let after else { return ["order \(before.number): not stored"] }
            conditions.expectEqual(after.status, .pendingItemsModified, "status")
            var expectedIDs = before.items.map(\.itemID)
            for id in old { if let index = expectedIDs.firstIndex(of: id) { expectedIDs.remove(at: index) } }
            conditions.expectEqual(after.items.map(\.itemID).sorted(), (expectedIDs + new).sorted(), "item ids")
            for item in after.items where new.contains(item.itemID) {
                conditions.expect(item.price == prices[item.itemID], "item \(item.itemID) has price \(item.price)")
            }
            let added = added(before, after)
            conditions.expectEqual(added.count, 1, "number of new transactions")
            conditions.expect(
                added.first?.amount == difference.magnitude && added.first?.paymentMethodID == method
                    && added.first?.kind == (difference > .zero ? .payment : .refund),
                "price difference \(difference) was not settled on \(method)")
            checkBalances(&conditions, before: customer, after: afterCustomer, changes: [method: -difference])
            return conditions.failures
        }
    }

    private static func exchanged(_ before: Order, old: [String], new: [String], prices: [String: Money], method: String)
        -> Check
    {
        let difference = priceDifference(before, old: old, new: new, prices: prices)
        return orderCheck(before) { conditions, after in
            conditions.expectEqual(after.status, .exchangeRequested, "status")
            conditions.expectEqual(
                after.exchangeRequest,
                ExchangeRequest(itemIDs: old.sorted(), newItemIDs: new.sorted(), paymentMethodID: method, priceDifference: difference),
                "exchange request")
            conditions.expectEqual(after.items, before.items, "items")
        }
    }

    /// Catalog prices of the new items minus the prices paid for the old ones.
    private static func priceDifference(_ order: Order, old: [String], new: [String], prices: [String: Money]) -> Money {
        let oldPrices = ReturnDeliveredOrderItemsTool.prices(of: old, in: order).sum()
        return new.compactMap { prices[$0] }.sum() - oldPrices
    }
}
