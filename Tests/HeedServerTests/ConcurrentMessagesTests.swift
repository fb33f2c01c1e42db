import Foundation
import HeedCore
import HeedTestSupport
import Testing

@testable import HeedServer

/// Agents' replies and customers' messages take the one recording path, so racing each other on one conversation
/// they keep its counters right.
@Suite("Concurrent messages on one conversation")
struct ConcurrentMessagesTests {
    static let key = "concurrent-admin-key-0001"

    @Test("Agent replies racing customer messages leave message_count equal to the stored messages", arguments: TestStores.engines)
    func countsStayRight(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
            let created = try await api.call(
                .post, "/api/v1/conversations", key: Self.key,
                json: ["customer": ["external_id": "race-\(engine)", "name": "Ana"], "channel": "api"])
            let id = try #require(created["id"]?.stringValue)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<5 {
                    group.addTask {
                        _ = try await api.call(
                            .post, "/api/v1/conversations/\(id)/messages", key: Self.key,
                            json: ["body": "Agent note \(index): we are on it.", "author": "agent"])
                    }
                    group.addTask {
                        _ = try await api.call(
                            .post, "/api/v1/conversations/\(id)/messages", key: Self.key,
                            json: ["body": "How long does delivery take in Latvia? (\(index))"])
                    }
                }
                try await group.waitForAll()
            }
            let conversation = try await api.call(.get, "/api/v1/conversations/\(id)", key: Self.key)
            let messages = try await api.call(.get, "/api/v1/conversations/\(id)/messages?limit=100", key: Self.key)
            #expect(messages.items.count >= 10)
            #expect(conversation["message_count"]?.numberValue == Double(messages.items.count))
        }
    }
}
