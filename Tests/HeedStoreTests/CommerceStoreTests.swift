import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

/// Orders, products and the customers' commerce fields, on SQLite and PostgreSQL.
@Suite("Commerce store contract")
struct CommerceStoreTests {
    static func product(_ workspace: Workspace, _ externalID: String, items: [String], at offset: Double = 0) -> Product {
        Product(
            workspaceID: workspace.id, externalID: externalID, name: "Lamp \(externalID)",
            variants: items.map {
                ProductVariant(itemID: $0, options: ["color": "black"], price: Money(40.5), available: true)
            },
            createdAt: Fixtures.now.addingTimeInterval(offset))
    }

    static func order(_ customer: Customer, _ number: String, at offset: Double = 0) -> Order {
        Order(
            workspaceID: customer.workspaceID, number: number, customerID: customer.id, status: .pending,
            items: [OrderItem(productID: "p1", itemID: "i1", name: "Lamp", price: Money(40.5), options: ["color": "black"])],
            shippingAddress: PostalAddress(address1: "1 Main St", city: "Hanoi", country: "VN", zip: "100000"),
            fulfillments: [Fulfillment(trackingIDs: ["T1"], itemIDs: ["i1"])],
            payments: [PaymentTransaction(kind: .payment, amount: Money(40.5), paymentMethodID: "card_1")],
            warrantyUntil: Fixtures.now.addingTimeInterval(86_400 * 365),
            createdAt: Fixtures.now.addingTimeInterval(offset))
    }

    @Test("Orders are found by id and number, listed per customer oldest first, and updated", arguments: TestStores.engines)
    func orders(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            let ana = Fixtures.customer(workspace, externalID: "ana")
            let ben = Fixtures.customer(workspace, externalID: "ben")
            let first = Self.order(ana, "#W1", at: 1)
            let second = Self.order(ana, "#W2", at: 2)
            let bens = Self.order(ben, "#W3", at: 3)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(ana)
                try await writer.insert(ben)
                for order in [second, first, bens] { try await writer.insert(order) }
            }
            #expect(try await store.read { try await $0.order(number: "#W1", workspaceID: workspace.id) } == first)
            #expect(try await store.read { try await $0.order(id: bens.id, workspaceID: workspace.id) } == bens)
            let anas = try await store.read { try await $0.orders(customerID: ana.id, workspaceID: workspace.id, limit: 10) }
            #expect(anas.map(\.number) == ["#W1", "#W2"])
            let all = try await store.read { try await $0.orders(workspaceID: workspace.id, page: PageRequest(limit: 2)) }
            #expect(all.items.map(\.number) == ["#W1", "#W2"])
            #expect(all.nextCursor != nil)
            var changed = first
            changed.status = .cancelled
            changed.cancellationReason = "ordered by mistake"
            changed.payments.append(PaymentTransaction(kind: .refund, amount: Money(40.5), paymentMethodID: "card_1"))
            let updated = changed
            try await store.write { try await $0.update(updated) }
            #expect(try await store.read { try await $0.order(number: "#W1", workspaceID: workspace.id) } == updated)
        }
    }

    @Test("Order numbers are unique per workspace and invisible to other workspaces", arguments: TestStores.engines)
    func orderIsolation(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            let other = Fixtures.workspace("Other")
            let ana = Fixtures.customer(workspace, externalID: "ana")
            let olga = Fixtures.customer(other, externalID: "olga")
            try await store.write { writer in
                for space in [workspace, other] { try await writer.insert(space) }
                try await writer.insert(ana)
                try await writer.insert(olga)
                try await writer.insert(Self.order(ana, "#W1"))
                try await writer.insert(Self.order(olga, "#W1"))
            }
            let duplicate = Self.order(ana, "#W1")
            await #expect(throws: HeedError.self) { try await store.write { try await $0.insert(duplicate) } }
            let seen = try await store.read { try await $0.order(number: "#W1", workspaceID: other.id) }
            #expect(seen?.customerID == olga.id)
            #expect(try await store.read { try await $0.orders(customerID: ana.id, workspaceID: other.id, limit: 10) }.isEmpty)
            var moved = try #require(seen)
            moved.workspaceID = workspace.id
            let stranger = moved
            await #expect(throws: HeedError.self) { try await store.write { try await $0.update(stranger) } }
        }
    }

    @Test("Products are found by product id and by any variant's item id, also after an update", arguments: TestStores.engines)
    func products(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            let other = Fixtures.workspace("Other")
            let lamp = Self.product(workspace, "p1", items: ["i1", "i2"], at: 1)
            let chair = Self.product(workspace, "p2", items: ["i3"], at: 2)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(other)
                try await writer.insert(lamp)
                try await writer.insert(chair)
            }
            #expect(try await store.read { try await $0.product(externalID: "p1", workspaceID: workspace.id) } == lamp)
            #expect(try await store.read { try await $0.product(itemID: "i2", workspaceID: workspace.id) } == lamp)
            #expect(try await store.read { try await $0.product(itemID: "i2", workspaceID: other.id) } == nil)
            let listed = try await store.read { try await $0.products(workspaceID: workspace.id, page: PageRequest()) }
            #expect(listed.items.map(\.externalID) == ["p1", "p2"])
            var changed = lamp
            changed.variants = [ProductVariant(itemID: "i9", options: [:], price: Money(1), available: false)]
            let updated = changed
            try await store.write { try await $0.update(updated) }
            #expect(try await store.read { try await $0.product(itemID: "i9", workspaceID: workspace.id) } == updated)
            #expect(try await store.read { try await $0.product(itemID: "i1", workspaceID: workspace.id) } == nil)
            let clash = Self.product(workspace, "p3", items: ["i3"])
            await #expect(throws: HeedError.self) { try await store.write { try await $0.insert(clash) } }
        }
    }

    @Test("Customers keep address, payment methods and name parts, and are found by full name", arguments: TestStores.engines)
    func customerCommerceFields(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            var customer = Fixtures.customer(workspace, externalID: "ana")
            customer.name = "Ana Lee"
            customer.givenName = "Ana"
            customer.familyName = "Lee"
            customer.address = PostalAddress(address1: "1 Main St", city: "NYC", state: "NY", country: "USA", zip: "10001")
            customer.paymentMethods = [
                PaymentMethod(id: "credit_card_1", kind: .creditCard, brand: "visa", lastFour: "4242"),
                PaymentMethod(id: "gift_card_2", kind: .giftCard, balance: Money(99.99)),
            ]
            let stored = customer
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(stored)
            }
            #expect(try await store.read { try await $0.customer(id: stored.id, workspaceID: workspace.id) } == stored)
            let found = try await store.read {
                try await $0.customers(workspaceID: workspace.id, query: CustomerQuery(name: "ana LEE"), page: PageRequest())
            }
            #expect(found.items == [stored])
        }
    }
}
