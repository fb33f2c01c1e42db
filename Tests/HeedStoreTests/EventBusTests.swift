import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import SQLKit
import Synchronization
import Testing

/// The event bus: every node hears every event in order, once — across a dropped listener connection too.
@Suite("Event bus", .serialized)
struct EventBusTests {
    /// Collects what a node's handlers heard.
    final class Heard: Sendable {
        private let events = Mutex<[BusEvent]>([])
        var all: [BusEvent] { events.withLock { $0 } }
        func append(_ event: BusEvent) { events.withLock { $0.append(event) } }

        /// Waits (up to `timeout`) until at least `count` events were heard.
        func wait(for count: Int, timeout: Duration = .seconds(10)) async throws {
            let deadline = ContinuousClock.now + timeout
            while all.count < count, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        }
    }

    static func event(_ number: Int, workspaceID: UUID = UUID()) -> BusEvent {
        BusEvent(kind: "test.event", workspaceID: workspaceID, payload: #"{"n":\#(number)}"#, createdAt: Date())
    }

    @Test("One node's bus delivers concurrent publishes in sequence order, each once")
    func inProcessOrder() async throws {
        let bus = InProcessEventBus()
        let heard = Heard()
        bus.addHandler { heard.append($0) }
        await withTaskGroup(of: Void.self) { group in
            for number in 0..<50 { group.addTask { _ = try? await bus.publish(Self.event(number)) } }
        }
        #expect(heard.all.map(\.sequence) == Array(1...50))
        #expect(Set(heard.all.map(\.payload)).count == 50)
    }

    /// Opens `count` nodes' stores on one migrated PostgreSQL schema and runs their pools and buses during `body`.
    static func withPostgresNodes(
        _ count: Int, _ body: @Sendable ([PostgresEventBus], SQLSupportStore) async throws -> Void
    ) async throws {
        let (location, cleanUp) = try await TestStores.makeLocation(.postgres)
        var opened: [OpenedStore] = []
        for _ in 0..<count { opened.append(try await StoreOpener.open(location, logger: TestStores.logger)) }
        let nodes = opened
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for node in nodes {
                    group.addTask { try await node.service?.run() }
                }
                try await Migrator(engine: nodes[0].store.engine, logger: TestStores.logger).migrate()
                for node in nodes { group.addTask { try await node.busService?.run() } }
                let buses = nodes.compactMap { $0.bus as? PostgresEventBus }
                for bus in buses { try await waitUntilListening(bus) }
                try await body(buses, nodes[0].store)
                group.cancelAll()
            }
        } catch {
            await cleanUp()
            throw error
        }
        await cleanUp()
    }

    static func waitUntilListening(_ bus: PostgresEventBus, timeout: Duration = .seconds(10)) async throws {
        let deadline = ContinuousClock.now + timeout
        while bus.listenerProcessID == nil, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        try #require(bus.listenerProcessID != nil, "the bus never started listening")
    }

    @Test("An event published on one PostgreSQL node reaches the other, in order, once",
        .enabled(if: TestStores.postgresURL != nil))
    func twoNodes() async throws {
        try await Self.withPostgresNodes(2) { buses, _ in
            let (a, b) = (buses[0], buses[1])
            let heardA = Heard(), heardB = Heard()
            a.addHandler { heardA.append($0) }
            b.addHandler { heardB.append($0) }
            for number in 0..<5 { try await a.publish(Self.event(number)) }
            try await b.publish(Self.event(5))
            try await heardA.wait(for: 6)
            try await heardB.wait(for: 6)
            #expect(heardA.all.map(\.payload) == heardB.all.map(\.payload))
            #expect(heardB.all.map(\.sequence) == heardB.all.map(\.sequence).sorted())
            #expect(heardB.all.count == 6)
            #expect(heardB.all.last?.origin == b.nodeID)
            #expect(heardB.all.first?.origin == a.nodeID)
        }
    }

    @Test("After its LISTEN connection is killed a node catches up: nothing published meanwhile is lost or doubled",
        .enabled(if: TestStores.postgresURL != nil))
    func reconnectCatchesUp() async throws {
        try await Self.withPostgresNodes(2) { buses, store in
            let (a, b) = (buses[0], buses[1])
            let heardB = Heard()
            b.addHandler { heardB.append($0) }
            for number in 0..<3 { try await a.publish(Self.event(number)) }
            try await heardB.wait(for: 3)
            let killed = try #require(b.listenerProcessID)

            try await store.engine.withSession { database in
                try await database.raw("SELECT pg_terminate_backend(\(unsafeRaw: String(killed)))").run()
            }
            for number in 3..<10 { try await a.publish(Self.event(number)) }

            try await heardB.wait(for: 10)
            try await Task.sleep(for: .milliseconds(300))
            #expect(heardB.all.map(\.payload) == (0..<10).map { #"{"n":\#($0)}"# })
            #expect(Set(heardB.all.map(\.sequence)).count == 10)
            let reconnected = try #require(b.listenerProcessID)
            #expect(reconnected != killed)
        }
    }
}
