import Foundation
import HeedConversation
import HeedCore
import Testing

@Suite("Per-conversation ordering and events")
struct OrderingAndEventsTests {
    actor Log {
        var entries: [String] = []
        func append(_ entry: String) { entries.append(entry) }
    }

    @Test("Work for one conversation runs one at a time, in order; other conversations are not held up")
    func ordering() async throws {
        let locks = ConversationLocks()
        let log = Log()
        let first = UUID()
        let second = UUID()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await locks.withLock(first) {
                    await log.append("a-start")
                    try await Task.sleep(for: .milliseconds(100))
                    await log.append("a-end")
                }
            }
            try await Task.sleep(for: .milliseconds(20))
            group.addTask {
                try await locks.withLock(first) { await log.append("b") }
            }
            group.addTask {
                try await locks.withLock(second) { await log.append("other") }
            }
            try await group.waitForAll()
        }
        let entries = await log.entries
        #expect(entries.firstIndex(of: "a-end")! < entries.firstIndex(of: "b")!)
        #expect(entries.firstIndex(of: "other")! < entries.firstIndex(of: "a-end")!)
        #expect(await locks.activeCount == 0)
    }

    @Test("A failing turn releases the conversation for the next one")
    func failureReleases() async throws {
        struct Boom: Error {}
        let locks = ConversationLocks()
        let id = UUID()
        await #expect(throws: Boom.self) { try await locks.withLock(id) { throw Boom() } }
        let value = try await locks.withLock(id) { 42 }
        #expect(value == 42)
    }

    @Test("Events reach every subscriber of their workspace and no other")
    func events() async throws {
        let hub = EventHub<String>()
        let workspace = UUID()
        let stranger = UUID()
        let first = await hub.subscribe(workspace)
        let second = await hub.subscribe(workspace)
        let other = await hub.subscribe(stranger)
        await hub.publish("hello", to: workspace)
        var firstIterator = first.makeAsyncIterator()
        var secondIterator = second.makeAsyncIterator()
        #expect(await firstIterator.next() == "hello")
        #expect(await secondIterator.next() == "hello")
        #expect(await hub.subscriberCount(workspace) == 2)
        #expect(await hub.subscriberCount(stranger) == 1)
        _ = other
    }
}
