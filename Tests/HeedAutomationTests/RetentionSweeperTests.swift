import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

import HeedAutomation

@Suite("Retention")
struct RetentionSweeperTests {
    @Test("Resolved and closed conversations past the retention days are deleted with their messages; open and recent ones stay", arguments: TestStores.engines)
    func deletesExpired(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            let workspace: Workspace = {
                var workspace = Workspace(name: "W", publicKey: "pk_ret_\(UUID().uuidString)", createdAt: start)
                workspace.policy.privacy.retentionDays = 30
                return workspace
            }()
            let untouched = Workspace(name: "Keeps all", publicKey: "pk_ret_\(UUID().uuidString)", createdAt: start)
            let customer = Customer(workspaceID: workspace.id, name: "C", createdAt: start)
            let otherCustomer = Customer(workspaceID: untouched.id, name: "D", createdAt: start)
            func conversation(_ workspaceID: UUID, _ customerID: UUID, _ status: ConversationStatus, daysAgo: Double) -> Conversation {
                var conversation = Conversation(workspaceID: workspaceID, customerID: customerID, channel: .api, createdAt: start)
                conversation.status = status
                conversation.lastMessageAt = start.addingTimeInterval(-daysAgo * 86_400)
                return conversation
            }
            let oldResolved = conversation(workspace.id, customer.id, .resolved, daysAgo: 31)
            let oldClosed = conversation(workspace.id, customer.id, .closed, daysAgo: 90)
            let oldOpen = conversation(workspace.id, customer.id, .open, daysAgo: 90)
            let recentResolved = conversation(workspace.id, customer.id, .resolved, daysAgo: 29)
            let elsewhere = conversation(untouched.id, otherCustomer.id, .resolved, daysAgo: 400)
            let message = Message(
                workspaceID: workspace.id, conversationID: oldResolved.id, author: .customer, body: "old", createdAt: start)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(untouched)
                try await writer.insert(customer)
                try await writer.insert(otherCustomer)
                for item in [oldResolved, oldClosed, oldOpen, recentResolved, elsewhere] {
                    try await writer.insert(item, externalThreadID: nil)
                }
                _ = try await writer.append(message)
            }
            let sweeper = RetentionSweeper(store: store, clock: FixedClock(instant: start), logger: TestStores.logger)
            #expect(try await sweeper.sweepOnce() == 2)
            #expect(try await sweeper.sweepOnce() == 0, "a second pass finds nothing more")

            let left = try await store.read { reader in
                try await reader.conversations(workspaceID: workspace.id, filter: ConversationFilter(), page: PageRequest()).items
            }
            #expect(Set(left.map(\.id)) == [oldOpen.id, recentResolved.id])
            let gone = try await store.read { try await $0.message(id: message.id, workspaceID: workspace.id) }
            #expect(gone == nil, "messages go with their conversation")
            let kept = try await store.read { try await $0.conversation(id: elsewhere.id, workspaceID: untouched.id) }
            #expect(kept != nil, "a workspace without a retention rule keeps everything")
            let audit = try await store.read {
                try await $0.auditEvents(subjectID: oldClosed.id, workspaceID: workspace.id, page: PageRequest()).items
            }
            #expect(audit.map(\.action) == ["conversation.expired"])
        }
    }

    @Test("The sweep is a cluster job: queued once however many nodes start, run once an hour", arguments: TestStores.engines)
    func runsAsClusterJob(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            let clock = FixedClock(instant: start)
            let nodes = ["a", "b"].map { node in
                ClusterJobRunner(
                    queue: store.jobs, handlers: [RetentionSweeper(store: store, clock: clock, logger: TestStores.logger)],
                    clock: clock, logger: TestStores.logger, node: node)
            }
            for node in nodes { try await node.scheduleRecurringJobs() }
            #expect(try await nodes[0].runDueJobs() + nodes[1].runDueJobs() == 1, "one pass for the cluster")
            #expect(try await nodes[1].runDueJobs() == 0)
            let next = try #require(try await store.jobs.job(key: "privacy.retention"))
            #expect(next.runAt == start.addingTimeInterval(3600))
        }
    }
}
