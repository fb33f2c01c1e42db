import Foundation
import HeedActions
import HeedCore
import HeedTestSupport
import Testing

@Suite("Order and account write tools")
struct OrderWriteToolTests {
    static let newAddress: [String: String] = [
        "address1": "5 Elm Road", "address2": "", "city": "Boston", "state": "MA", "country": "USA", "zip": "02110",
    ]

    @Test("Cancelling a pending order refunds the original method and records the reason", arguments: TestStores.engines)
    func cancel(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session(as: "ana_lee_1001")
            let outcome = await session.callConfirmed(
                "cancel_pending_order", args(["order_id": "#W1000001", "reason": "ordered by mistake"]))
            #expect(!outcome.isError, "\(outcome.text)")
            let order = try await loaded.order("#W1000001")
            #expect(order.status == .cancelled)
            #expect(order.cancellationReason == "ordered by mistake")
            #expect(
                order.payments.last
                    == PaymentTransaction(kind: .refund, amount: Money(60), paymentMethodID: "credit_card_1111", date: RetailFixture.now))
            #expect(try parsed(outcome)["cancel_reason"]?.stringValue == "ordered by mistake")
            let again = await session.callConfirmed(
                "cancel_pending_order", args(["order_id": "#W1000001", "reason": "ordered by mistake"]))
            #expect(again.text == "Error: non-pending order cannot be cancelled")
        }
    }

    @Test("A gift card refund arrives at once; a bad reason is refused", arguments: TestStores.engines)
    func cancelToGiftCard(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session(as: "ana_lee_1001")
            let bad = await session.call("cancel_pending_order", arguments: args(["order_id": "#W1000004", "reason": "bored"]))
            #expect(bad.text == "Error: invalid reason")
            _ = await session.callConfirmed("cancel_pending_order", args(["order_id": "#W1000004", "reason": "no longer needed"]))
            #expect(try await loaded.customer("ana_lee_1001").paymentMethod(id: "gift_card_2222")?.balance == Money(140))
            #expect(try await loaded.order("#W1000004").status == .cancelled)
        }
    }

    @Test("Modifying items swaps variants, settles the difference and locks the order", arguments: TestStores.engines)
    func modifyItems(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session(as: "ana_lee_1001")
            let unavailable = await session.call(
                "modify_pending_order_items",
                arguments: args([
                    "order_id": "#W1000001", "item_ids": ["2000000001"], "new_item_ids": ["2000000003"],
                    "payment_method_id": "gift_card_2222",
                ]))
            #expect(unavailable.text == "Error: new item 2000000003 not found or available")
            let otherProduct = await session.call(
                "modify_pending_order_items",
                arguments: args([
                    "order_id": "#W1000001", "item_ids": ["2000000001"], "new_item_ids": ["2000000012"],
                    "payment_method_id": "gift_card_2222",
                ]))
            #expect(otherProduct.text == "Error: new item 2000000012 not found or available")
            let outcome = await session.callConfirmed(
                "modify_pending_order_items",
                args([
                    "order_id": "#W1000001", "item_ids": ["2000000001", "2000000011"],
                    "new_item_ids": ["2000000002", "2000000012"], "payment_method_id": "gift_card_2222",
                ]))
            #expect(!outcome.isError, "\(outcome.text)")
            let order = try await loaded.order("#W1000001")
            #expect(order.status == .pendingItemsModified)
            #expect(order.items.map(\.itemID) == ["2000000002", "2000000012"])
            #expect(order.items.map(\.price) == [Money(25.5), Money(42.25)])
            #expect(order.items[0].options == ["capacity": "1000ml", "color": "blue"])
            #expect(order.payments.last?.kind == .payment)
            #expect(order.payments.last?.amount == Money(7.75))
            #expect(try await loaded.customer("ana_lee_1001").paymentMethod(id: "gift_card_2222")?.balance == Money(92.25))
            let twice = await session.call(
                "modify_pending_order_address", arguments: args(Self.newAddress.merging(["order_id": "#W1000001"]) { a, _ in a }))
            #expect(twice.text == "Error: non-pending order cannot be modified")
        }
    }

    @Test("Modifying items refuses unknown items, mismatched lists and short gift cards", arguments: TestStores.engines)
    func modifyItemsErrors(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session(as: "ana_lee_1001")
            func call(_ items: [String], _ new: [String], _ method: String) async -> String {
                await session.call(
                    "modify_pending_order_items",
                    arguments: args([
                        "order_id": "#W1000001", "item_ids": items, "new_item_ids": new, "payment_method_id": method,
                    ])
                ).text
            }
            #expect(await call(["2000000001", "2000000001"], ["2000000002", "2000000002"], "gift_card_2222") == "Error: 2000000001 not found")
            #expect(await call(["2000000001"], [], "gift_card_2222") == "Error: the number of items to be exchanged should match")
            #expect(await call(["2000000001"], ["2000000002"], "paypal_3333") == "Error: payment method not found")
            #expect(try await loaded.order("#W1000001").status == .pending)
        }
    }

    @Test("Changing the payment method pays with the new one and refunds the old", arguments: TestStores.engines)
    func modifyPayment(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session(as: "ana_lee_1001")
            let same = await session.call(
                "modify_pending_order_payment", arguments: args(["order_id": "#W1000001", "payment_method_id": "credit_card_1111"]))
            #expect(same.text == "Error: the new payment method should be different from the current one")
            _ = await session.callConfirmed(
                "modify_pending_order_payment", args(["order_id": "#W1000001", "payment_method_id": "gift_card_2222"]))
            let order = try await loaded.order("#W1000001")
            #expect(order.payments.map(\.kind) == [.payment, .payment, .refund])
            #expect(order.payments[1].paymentMethodID == "gift_card_2222")
            #expect(order.payments[2].paymentMethodID == "credit_card_1111")
            #expect(try await loaded.customer("ana_lee_1001").paymentMethod(id: "gift_card_2222")?.balance == Money(40))
            let again = await session.call(
                "modify_pending_order_payment", arguments: args(["order_id": "#W1000001", "payment_method_id": "credit_card_1111"]))
            #expect(again.text == "Error: there should be exactly one payment for a pending order")
        }
    }

    @Test("Address changes are stored on the order and on the customer", arguments: TestStores.engines)
    func addresses(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session(as: "ana_lee_1001")
            let expected = PostalAddress(address1: "5 Elm Road", city: "Boston", state: "MA", country: "USA", zip: "02110")
            _ = await session.callConfirmed(
                "modify_pending_order_address", args(Self.newAddress.merging(["order_id": "#W1000001"]) { a, _ in a }))
            #expect(try await loaded.order("#W1000001").shippingAddress == expected)
            let delivered = await session.call(
                "modify_pending_order_address", arguments: args(Self.newAddress.merging(["order_id": "#W1000002"]) { a, _ in a }))
            #expect(delivered.text == "Error: non-pending order cannot be modified")
            let user = await session.callConfirmed(
                "modify_user_address", args(Self.newAddress.merging(["user_id": "ana_lee_1001"]) { a, _ in a }))
            #expect(try parsed(user)["address"]?["city"]?.stringValue == "Boston")
            #expect(try await loaded.customer("ana_lee_1001").address == expected)
        }
    }

    @Test("Returns go to the original method or a gift card, duplicates counted per unit", arguments: TestStores.engines)
    func returns(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session(as: "ana_lee_1001")
            let pending = await session.call(
                "return_delivered_order_items",
                arguments: args(["order_id": "#W1000001", "item_ids": ["2000000001"], "payment_method_id": "credit_card_1111"]))
            #expect(pending.text == "Error: non-delivered order cannot be returned")
            let tooMany = await session.call(
                "return_delivered_order_items",
                arguments: args([
                    "order_id": "#W1000002", "item_ids": ["2000000001", "2000000001", "2000000001"],
                    "payment_method_id": "credit_card_1111",
                ]))
            #expect(tooMany.text == "Error: some item not found")
            let outcome = await session.callConfirmed(
                "return_delivered_order_items",
                args(["order_id": "#W1000002", "item_ids": ["2000000012", "2000000001"], "payment_method_id": "gift_card_2222"]))
            #expect(!outcome.isError, "\(outcome.text)")
            let order = try await loaded.order("#W1000002")
            #expect(order.status == .returnRequested)
            #expect(order.returnRequest == ReturnRequest(itemIDs: ["2000000001", "2000000012"], refundPaymentMethodID: "gift_card_2222"))
            #expect(try parsed(outcome)["return_items"] == .array([.string("2000000001"), .string("2000000012")]))
        }
    }

    @Test("Exchanges record the new items and the price difference without touching the items", arguments: TestStores.engines)
    func exchange(engine: StoreEngineKind) async throws {
        try await RetailFixture.withLoaded(engine) { loaded in
            let session = try await loaded.session(as: "ana_lee_1001")
            let outcome = await session.callConfirmed(
                "exchange_delivered_order_items",
                args([
                    "order_id": "#W1000002", "item_ids": ["2000000012"], "new_item_ids": ["2000000011"],
                    "payment_method_id": "credit_card_1111",
                ]))
            #expect(!outcome.isError, "\(outcome.text)")
            let order = try await loaded.order("#W1000002")
            #expect(order.status == .exchangeRequested)
            #expect(
                order.exchangeRequest
                    == ExchangeRequest(
                        itemIDs: ["2000000012"], newItemIDs: ["2000000011"], paymentMethodID: "credit_card_1111",
                        priceDifference: Money(-2.25)))
            #expect(order.items.map(\.itemID) == ["2000000001", "2000000001", "2000000012"])
            #expect(try parsed(outcome)["exchange_price_difference"]?.numberValue == -2.25)
        }
    }
}
