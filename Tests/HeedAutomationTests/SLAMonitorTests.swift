import Foundation
import HeedConversation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

import HeedAutomation

@Suite("SLA monitor")
struct SLAMonitorTests {
    @Test("A handed-off conversation past its first-response time is flagged once, and agents are told", arguments: TestStores.engines)
    func flagsBreaches(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            let workspace = Workspace(name: "W", publicKey: "pk_sla_\(UUID().uuidString)", createdAt: start)
            let customer = Customer(workspaceID: workspace.id, name: "C", createdAt: start)
            var late = Conversation(workspaceID: workspace.id, customerID: customer.id, channel: .api, createdAt: start)
            late.handler = .human
            late.firstResponseDueAt = start.addingTimeInterval(15 * 60)
            var answered = late
            answered.id = UUID()
            answered.firstResponseAt = start.addingTimeInterval(60)
            let (lateOne, answeredOne) = (late, answered)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(customer)
                try await writer.insert(lateOne, externalThreadID: nil)
                try await writer.insert(answeredOne, externalThreadID: nil)
            }
            let events = ConversationEvents(clock: FixedClock(instant: start), logger: TestStores.logger)
            let stream = await events.agents.subscribe(workspace.id)
            let monitor = SLAMonitor(
                store: store, events: events, clock: FixedClock(instant: start.addingTimeInterval(20 * 60)),
                logger: TestStores.logger)
            #expect(try await monitor.checkOnce() == 1)
            #expect(try await monitor.checkOnce() == 0, "flagged only once")
            let stored = try await store.read { try await $0.conversation(id: lateOne.id, workspaceID: workspace.id) }
            #expect(stored?.slaBreached == true)
            var iterator = stream.makeAsyncIterator()
            let event = await iterator.next()
            #expect(event?.type == .slaBreached)
            #expect(event?.conversation?.id == lateOne.id)
            let early = SLAMonitor(
                store: store, events: events, clock: FixedClock(instant: start.addingTimeInterval(60)), logger: TestStores.logger)
            #expect(try await early.checkOnce() == 0)
        }
    }
}

@Suite("SLA monitor on several nodes")
struct SLAMonitorClusterTests {
    @Test("Two nodes checking at the same moment flag each late conversation once between them", arguments: TestStores.engines)
    func overlappingChecksFlagOnce(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            let workspace = Workspace(name: "W", publicKey: "pk_sla_\(UUID().uuidString)", createdAt: start)
            let customer = Customer(workspaceID: workspace.id, name: "C", createdAt: start)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(customer)
                for _ in 0..<5 {
                    var late = Conversation(workspaceID: workspace.id, customerID: customer.id, channel: .api, createdAt: start)
                    late.handler = .human
                    late.firstResponseDueAt = start.addingTimeInterval(15 * 60)
                    try await writer.insert(late, externalThreadID: nil)
                }
            }
            let later = FixedClock(instant: start.addingTimeInterval(20 * 60))
            let nodes = (0..<2).map { _ in
                SLAMonitor(
                    store: store, events: ConversationEvents(clock: later, logger: TestStores.logger), clock: later,
                    logger: TestStores.logger)
            }
            let flagged = try await withThrowingTaskGroup(of: Int.self) { group in
                for node in nodes { group.addTask { try await node.checkOnce() } }
                return try await group.reduce(0, +)
            }
            #expect(flagged == 5)
        }
    }
}

@Suite("SLA clocks and business hours")
struct SLABusinessHoursTests {
    /// A Riga wall-clock time as a UTC instant (2027-01-01 is a Friday).
    static func riga(_ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        var components = DateComponents(year: 2027, month: 1, day: day, hour: hour, minute: minute)
        components.timeZone = TimeZone(identifier: "Europe/Riga")
        return Calendar(identifier: .gregorian).date(from: components)!
    }

    @Test("Handed to a human on Friday evening before a holiday Monday, a P2 is breached only on Tuesday morning", arguments: TestStores.engines)
    func pausedOverWeekendAndHoliday(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let friday = Self.riga(1, 16, 30)
            let weekday = [BusinessHours.Period(from: 9 * 60, to: 17 * 60)]
            var workspace = Workspace(name: "W", publicKey: "pk_hours_\(UUID().uuidString)", createdAt: friday)
            workspace.policy.businessHours = BusinessHours(
                timeZone: "Europe/Riga", weekly: [.monday: weekday, .tuesday: weekday, .friday: weekday], holidays: ["2027-01-04"])
            let customer = Customer(workspaceID: workspace.id, name: "Līga", createdAt: friday)
            let conversation = Conversation(
                workspaceID: workspace.id, customerID: customer.id, channel: .widget, priority: .p2, createdAt: friday)
            try await store.write { [workspace] writer in
                try await writer.insert(workspace)
                try await writer.insert(customer)
                try await writer.insert(conversation, externalThreadID: nil)
            }
            let events = ConversationEvents(clock: FixedClock(instant: friday), logger: TestStores.logger)
            let desk = ConversationDesk(
                store: store, recorder: MessageRecorder(store: store, events: events, locks: ConversationLocks()),
                events: events, clock: FixedClock(instant: friday))
            let handedOff = try await desk.updateConversation(
                id: conversation.id, with: ConversationChanges(handler: .human), workspaceID: workspace.id, actor: .system)
            // 60 open minutes: 30 on Friday until 17:00, none at the weekend or on the holiday, 30 on Tuesday.
            #expect(handedOff.firstResponseDueAt == Self.riga(5, 9, 30))
            func monitor(at instant: Date) -> SLAMonitor {
                SLAMonitor(store: store, events: events, clock: FixedClock(instant: instant), logger: TestStores.logger)
            }
            #expect(try await monitor(at: Self.riga(4, 12)).checkOnce() == 0, "the holiday Monday")
            #expect(try await monitor(at: Self.riga(5, 9, 29)).checkOnce() == 0)
            #expect(try await monitor(at: Self.riga(5, 9, 31)).checkOnce() == 1)
        }
    }
}
