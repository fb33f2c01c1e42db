import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

/// Customers' behaviour events, on SQLite and PostgreSQL.
@Suite("Behaviour store contract")
struct BehaviourStoreTests {
    static func event(_ customer: Customer, _ name: String, minutesAgo: Double, product: String? = nil) -> CustomerEvent {
        CustomerEvent(
            workspaceID: customer.workspaceID, customerID: customer.id, name: name,
            properties: product.map { ["product_name": .string($0)] } ?? [:], source: .api,
            occurredAt: Fixtures.now.addingTimeInterval(-minutesAgo * 60), createdAt: Fixtures.now)
    }

    @Test("Events are listed per customer newest first, filtered by name, and read back since a time", arguments: TestStores.engines)
    func listAndRecent(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            let other = Fixtures.workspace("Other")
            let customer = Fixtures.customer(workspace)
            let stranger = Fixtures.customer(other)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(other)
                try await writer.insert(customer)
                try await writer.insert(stranger)
                try await writer.insert(Self.event(customer, "page_viewed", minutesAgo: 30))
                try await writer.insert(Self.event(customer, "product_viewed", minutesAgo: 20, product: "X200"))
                try await writer.insert(Self.event(customer, "product_viewed", minutesAgo: 5, product: "Z9"))
                try await writer.insert(Self.event(stranger, "product_viewed", minutesAgo: 1, product: "Q1"))
            }

            let all = try await store.read {
                try await $0.customerEvents(customerID: customer.id, workspaceID: workspace.id, name: nil, page: PageRequest(limit: 2))
            }
            let rest = try await store.read {
                try await $0.customerEvents(
                    customerID: customer.id, workspaceID: workspace.id, name: nil,
                    page: PageRequest(cursor: all.nextCursor, limit: 2))
            }
            let products = try await store.read {
                try await $0.customerEvents(
                    customerID: customer.id, workspaceID: workspace.id, name: "product_viewed", page: PageRequest(limit: 10))
            }
            let recent = try await store.read {
                try await $0.recentCustomerEvents(
                    customerID: customer.id, workspaceID: workspace.id, since: Fixtures.now.addingTimeInterval(-25 * 60),
                    limit: 10)
            }
            let crossWorkspace = try await store.read {
                try await $0.customerEvents(customerID: stranger.id, workspaceID: workspace.id, name: nil, page: PageRequest(limit: 10))
            }

            #expect(all.items.map { $0.text("product_name") } == ["Z9", "X200"])
            #expect(rest.items.map(\.name) == ["page_viewed"])
            #expect(rest.nextCursor == nil)
            #expect(products.items.count == 2)
            #expect(recent.map { $0.text("product_name") } == ["Z9", "X200"])
            #expect(crossWorkspace.items.isEmpty)
            #expect(all.items.first?.properties == ["product_name": .string("Z9")])
        }
    }

    @Test("Expired events are deleted per workspace and counted; erasing a customer erases their events", arguments: TestStores.engines)
    func expiryAndErase(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            let kept = Fixtures.customer(workspace)
            let erased = Fixtures.customer(workspace, at: 1)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(kept)
                try await writer.insert(erased)
                try await writer.insert(Self.event(kept, "login", minutesAgo: 60 * 24 * 100))
                try await writer.insert(Self.event(kept, "login", minutesAgo: 10))
                try await writer.insert(Self.event(erased, "login", minutesAgo: 10))
            }

            let expired = try await store.write {
                try await $0.deleteCustomerEvents(workspaceID: workspace.id, occurredBefore: Fixtures.now.addingTimeInterval(-86_400 * 90))
            }
            try await store.write { try await $0.deleteCustomer(id: erased.id, workspaceID: workspace.id) }

            #expect(expired == 1)
            let left = try await store.read {
                try await $0.customerEvents(customerID: kept.id, workspaceID: workspace.id, name: nil, page: PageRequest(limit: 10))
            }
            #expect(left.items.count == 1)
            let ofErased = try await store.read {
                try await $0.customerEvents(customerID: erased.id, workspaceID: workspace.id, name: nil, page: PageRequest(limit: 10))
            }
            #expect(ofErased.items.isEmpty)
        }
    }

    @Test("Memory notes are listed per customer oldest first, updated, deleted, and erased with the customer", arguments: TestStores.engines)
    func notes(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            let customer = Fixtures.customer(workspace)
            let first = CustomerNote(
                workspaceID: workspace.id, customerID: customer.id, kind: .preference, text: "Prefers e-mail",
                source: .automatic, createdAt: Fixtures.now)
            let second = CustomerNote(
                workspaceID: workspace.id, customerID: customer.id, kind: .promise, text: "Refund by Friday",
                source: .agent, createdAt: Fixtures.now.addingTimeInterval(60))
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(customer)
                try await writer.insert(second)
                try await writer.insert(first)
            }
            var edited = first
            edited.text = "Prefers e-mail, never phone"
            edited.source = .agent
            try await store.write { [edited] in try await $0.update(edited) }

            let listed = try await store.read { try await $0.notes(customerID: customer.id, workspaceID: workspace.id) }
            #expect(listed.map(\.text) == ["Prefers e-mail, never phone", "Refund by Friday"])
            #expect(listed.first?.source == .agent)

            try await store.write { try await $0.deleteNote(id: second.id, workspaceID: workspace.id) }
            await #expect(throws: HeedError.self) {
                try await store.write { try await $0.deleteNote(id: second.id, workspaceID: workspace.id) }
            }
            #expect(try await store.read { try await $0.note(id: second.id, workspaceID: workspace.id) } == nil)
            try await store.write { try await $0.deleteCustomer(id: customer.id, workspaceID: workspace.id) }
            #expect(try await store.read { try await $0.notes(customerID: customer.id, workspaceID: workspace.id) }.isEmpty)
        }
    }
}
