import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

import HeedAutomation

@Suite("Behaviour event retention")
struct BehaviourRetentionTests {
    @Test("Events older than each workspace's behaviour retention are deleted, once, with one audit record", arguments: TestStores.engines)
    func expiresOldEvents(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            let strict: Workspace = {
                var workspace = Workspace(name: "Strict", publicKey: "pk_beh_\(UUID().uuidString)", createdAt: now)
                workspace.policy.privacy.behaviourRetentionDays = 7
                return workspace
            }()
            let lenient = Workspace(name: "Default", publicKey: "pk_beh_\(UUID().uuidString)", createdAt: now)
            let first = Customer(workspaceID: strict.id, name: "A", createdAt: now)
            let second = Customer(workspaceID: lenient.id, name: "B", createdAt: now)
            @Sendable func event(_ customer: Customer, daysAgo: Double) -> CustomerEvent {
                CustomerEvent(
                    workspaceID: customer.workspaceID, customerID: customer.id, name: "page_viewed",
                    properties: ["url": .string("https://shop.test/")], source: .widget,
                    occurredAt: now.addingTimeInterval(-daysAgo * 86_400), createdAt: now)
            }
            try await store.write { writer in
                for workspace in [strict, lenient] { try await writer.insert(workspace) }
                for customer in [first, second] { try await writer.insert(customer) }
                for days in [1.0, 8, 30] { try await writer.insert(event(first, daysAgo: days)) }
                for days in [1.0, 30, 91] { try await writer.insert(event(second, daysAgo: days)) }
            }
            let sweeper = RetentionSweeper(store: store, clock: FixedClock(instant: now), logger: TestStores.logger)

            let deleted = try await sweeper.expireBehaviourEvents()
            let again = try await sweeper.expireBehaviourEvents()

            #expect(deleted == 3, "two past 7 days in the strict workspace, one past the default 90 days")
            #expect(again == 0)
            let leftStrict = try await store.read {
                try await $0.customerEvents(customerID: first.id, workspaceID: strict.id, name: nil, page: PageRequest()).items
            }
            let leftLenient = try await store.read {
                try await $0.customerEvents(customerID: second.id, workspaceID: lenient.id, name: nil, page: PageRequest()).items
            }
            #expect(leftStrict.count == 1)
            #expect(leftLenient.count == 2)
            let audit = try await store.read {
                try await $0.auditEvents(workspaceID: strict.id, page: PageRequest()).items
            }
            #expect(audit.filter { $0.action == "customer_events.expired" }.count == 1)
        }
    }
}
