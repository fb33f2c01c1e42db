import Foundation
import HeedCore
import HeedInsights
import HeedStore
import HeedTestSupport
import Testing

/// Reports read one stored facts row per conversation; these show the rows give exactly what the events give, at
/// any later instant, and follow every new event.
@Suite("Insights: stored per-conversation facts")
struct ReportFactsTests {
    static let start = Date(timeIntervalSince1970: 1_793_606_400)
    static let week = ReportPeriod(start: start, end: start.addingTimeInterval(7 * 86_400))

    /// A workspace with 400 generated conversations over the week.
    static func seed(_ store: some SupportStore, policy: ReportingPolicy = ReportingPolicy()) async throws -> UUID {
        var workspace = Workspace(name: "Facts", publicKey: "pk_\(UUID().uuidString)", createdAt: start)
        workspace.policy.reporting = policy
        let history = SyntheticHistory(
            workspaceID: workspace.id, teamIDs: [UUID(), UUID()], agentIDs: [UUID(), UUID(), UUID()],
            intents: ["refund", "delivery", "greeting"])
        let events = history.events(count: 400, from: week.start, to: week.end, seed: 5)
        let seeded = workspace
        try await store.write { writer in
            try await writer.insert(seeded)
            try await writer.insert(reportEvents: events)
        }
        return workspace.id
    }

    /// The outcomes read straight from the stored events, as reports read them before facts were stored.
    static func fromEvents(_ store: some SupportStore, workspaceID: UUID, policy: ReportingPolicy, asOf: Date)
        async throws -> [ConversationOutcome]
    {
        let events = try await store.read {
            try await $0.reportEvents(workspaceID: workspaceID, createdFrom: week.start, to: week.end)
        }
        let reader = OutcomeReader(policy: policy, asOf: asOf)
        return ConversationTimeline.group(events).map(reader.outcome(of:))
    }

    static func fromFacts(_ store: some SupportStore, workspaceID: UUID, policy: ReportingPolicy, asOf: Date)
        async throws -> [ConversationOutcome]
    {
        try await Reports(store: store, clock: FixedClock(instant: asOf))
            .outcomes(workspaceID: workspaceID, period: week, policy: policy)
    }

    @Test("Facts derived mid-week, read again days later, equal the events' outcomes at both instants", arguments: TestStores.engines)
    func sameOutcomesLater(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let policy = ReportingPolicy()
            let workspaceID = try await Self.seed(store)
            let midWeek = Self.start.addingTimeInterval(4 * 86_400)
            let first = try await Self.fromFacts(store, workspaceID: workspaceID, policy: policy, asOf: midWeek)
            #expect(first.count == 400)
            #expect(first == (try await Self.fromEvents(store, workspaceID: workspaceID, policy: policy, asOf: midWeek)))
            let rows = try await store.read {
                try await $0.reportFacts(workspaceID: workspaceID, createdFrom: Self.week.start, to: Self.week.end)
            }
            #expect(rows.count == 400 && rows.allSatisfy { $0.facts != nil })
            // Open handle spans, silence windows and due times have moved on: the stored facts settle them.
            let later = Self.week.end.addingTimeInterval(3 * 86_400)
            let second = try await Self.fromFacts(store, workspaceID: workspaceID, policy: policy, asOf: later)
            #expect(second == (try await Self.fromEvents(store, workspaceID: workspaceID, policy: policy, asOf: later)))
            #expect(second != first)
        }
    }

    @Test("A new event makes its conversation's facts stale; facts derived before it are not saved over it", arguments: TestStores.engines)
    func newEventMakesStale(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let policy = ReportingPolicy()
            let workspaceID = try await Self.seed(store)
            let asOf = Self.week.end
            let before = try await Self.fromFacts(store, workspaceID: workspaceID, policy: policy, asOf: asOf)
            let target = try #require(before.first { !$0.resolved && $0.csat == nil })
            let read = { @Sendable in
                try await store.read {
                    try await $0.reportFacts(workspaceID: workspaceID, createdFrom: Self.week.start, to: Self.week.end)
                }.first { $0.conversationID == target.conversationID }
            }
            let derived = try #require(try await read())
            let rating = ReportEvent(
                workspaceID: workspaceID, conversationID: target.conversationID, kind: .rated,
                occurredAt: asOf.addingTimeInterval(-60), conversationCreatedAt: target.createdAt, value: 5)
            try await store.write { try await $0.insert(reportEvents: [rating]) }
            let stale = try #require(try await read())
            #expect(stale.facts == nil && stale.version == derived.version + 1)
            // A report that read the old version saves late: the row stays stale.
            try await store.write { try await $0.save(reportFacts: [derived], workspaceID: workspaceID) }
            #expect(try await read()?.facts == nil)
            let after = try await Self.fromFacts(store, workspaceID: workspaceID, policy: policy, asOf: asOf)
            #expect(after.first { $0.conversationID == target.conversationID }?.csat == 5)
            #expect(try await read()?.facts != nil)
        }
    }

    @Test("Facts derived under other small-talk intents are derived again", arguments: TestStores.engines)
    func otherStampDerivesAgain(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspaceID = try await Self.seed(store)
            let asOf = Self.week.end
            _ = try await Self.fromFacts(store, workspaceID: workspaceID, policy: ReportingPolicy(), asOf: asOf)
            let chatty = ReportingPolicy(greetingIntents: ["thanks"])
            let outcomes = try await Self.fromFacts(store, workspaceID: workspaceID, policy: chatty, asOf: asOf)
            let expected = try await Self.fromEvents(store, workspaceID: workspaceID, policy: chatty, asOf: asOf)
            #expect(outcomes == expected)
            let defaults = try await Self.fromEvents(store, workspaceID: workspaceID, policy: ReportingPolicy(), asOf: asOf)
            #expect(outcomes != defaults)
        }
    }

    @Test("Events read by conversation are those conversations' events, in order")
    func eventsByConversation() async throws {
        try await TestStores.withStore(.sqlite) { store in
            let workspaceID = try await Self.seed(store)
            let all = try await store.read {
                try await $0.reportEvents(workspaceID: workspaceID, createdFrom: Self.week.start, to: Self.week.end)
            }
            let timelines = ConversationTimeline.group(all)
            let chosen = [timelines[7], timelines[3], timelines[300]].map(\.conversationID)
            let events = try await store.read { try await $0.reportEvents(workspaceID: workspaceID, conversationIDs: chosen) }
            #expect(events.map(\.id) == all.filter { chosen.contains($0.conversationID) }.map(\.id))
            let elsewhere = try await store.read { try await $0.reportEvents(workspaceID: UUID(), conversationIDs: chosen) }
            #expect(elsewhere.isEmpty)
        }
    }
}
