import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

/// Writers of one conversation wait for each other in the database, so none writes back a stale copy.
@Suite("Conversation lock")
struct ConversationLockTests {
    @Test("Concurrent read-modify-writes of one conversation lose no update", arguments: TestStores.engines)
    func noLostUpdates(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let (_, _, conversation) = try await Fixtures.seedConversation(store)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        try await store.write { writer in
                            var current = try #require(
                                try await writer.lockConversation(id: conversation.id, workspaceID: conversation.workspaceID))
                            // Give the other writers time to read the same row if the lock did not hold them back.
                            try await Task.sleep(for: .milliseconds(5))
                            current.messageCount += 1
                            try await writer.update(current)
                        }
                    }
                }
                try await group.waitForAll()
            }
            let final = try await store.read {
                try await $0.conversation(id: conversation.id, workspaceID: conversation.workspaceID)
            }
            #expect(final?.messageCount == 20)
        }
    }

    @Test("The lock finds nothing in another workspace", arguments: TestStores.engines)
    func workspaceScoped(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let (_, _, conversation) = try await Fixtures.seedConversation(store)
            let other = try await store.write { try await $0.lockConversation(id: conversation.id, workspaceID: UUID()) }
            #expect(other == nil)
        }
    }
}
