import Foundation
import HeedAutomation
import HeedConversation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing
@testable import HeedServer

@Suite("Unanswered messages: a customer message a stopped node never answered gets its answer, once per cluster")
struct UnansweredMessagesSweepTests {
    @Test("the sweep job answers the left-over message once; young messages and human-owned conversations are left alone", arguments: TestStores.engines)
    func answersOnce(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let now = Date()
            let workspace = Workspace(name: "W", publicKey: "pk_sweep_\(UUID().uuidString)", createdAt: now)
            let customer = Customer(workspaceID: workspace.id, name: "C", createdAt: now)
            func conversation(_ handler: ConversationHandler, minutesAgo: Double) -> (Conversation, Message) {
                var conversation = Conversation(workspaceID: workspace.id, customerID: customer.id, channel: .widget, createdAt: now)
                conversation.handler = handler
                let at = now.addingTimeInterval(-minutesAgo * 60)
                conversation.lastMessageAt = at
                let message = Message(
                    workspaceID: workspace.id, conversationID: conversation.id, author: .customer,
                    body: "How long does delivery take?", createdAt: at)
                return (conversation, message)
            }
            let left = conversation(.ai, minutesAgo: 10)
            let young = conversation(.ai, minutesAgo: 0.2)
            let human = conversation(.human, minutesAgo: 10)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(customer)
                for (item, message) in [left, young, human] {
                    try await writer.insert(item, externalThreadID: nil)
                    _ = try await writer.append(message)
                }
            }
            let services = try makeConversationServices(
                store: store, httpClient: ModelProviders.makeHTTPClient(), configuration: AppConfiguration(),
                clock: SystemWallClock(), logger: TestStores.logger)
            let sweep = UnansweredMessagesSweep(store: store, pipeline: services.pipeline)
            let runner = ClusterJobRunner(
                queue: store.jobs, handlers: [sweep], clock: SystemWallClock(), logger: TestStores.logger, node: "test")
            try await runner.scheduleRecurringJobs()
            try await runner.scheduleRecurringJobs()
            #expect(try await runner.runDueJobs() == 1, "one sweep job per cluster, however often it is queued")
            #expect(try await runner.runDueJobs() == 0, "the next sweep waits for its interval")
            func replies(_ id: UUID) async throws -> [Message] {
                try await store.read { try await $0.latestMessages(conversationID: id, workspaceID: workspace.id, limit: 10) }
                    .filter { $0.author == .ai }
            }
            #expect(try await replies(left.0.id).count == 1)
            #expect(try await replies(young.0.id).isEmpty, "a turn may still be running elsewhere")
            #expect(try await replies(human.0.id).isEmpty, "a person owns it")
            #expect(try await sweep.sweep(now: now) == 0, "answered once: the latest message is now the AI's")
            #expect(try await replies(left.0.id).count == 1)
        }
    }
}
