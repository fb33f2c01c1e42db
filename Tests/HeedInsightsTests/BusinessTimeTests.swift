import Foundation
import HeedCore
import HeedInsights
import HeedStore
import HeedTestSupport
import Testing

/// The same KPIs in business hours: a conversation handed off late on a Friday and answered on Monday morning waited
/// two working hours, not a weekend.
@Suite("Insights: durations in business hours")
struct BusinessTimeTests {
    /// Monday to Friday, 09:00–17:00 UTC.
    static let hours = BusinessHours(
        timeZone: "UTC",
        weekly: Dictionary(uniqueKeysWithValues: [BusinessHours.Weekday.monday, .tuesday, .wednesday, .thursday, .friday]
            .map { ($0, [BusinessHours.Period(from: 9 * 60, to: 17 * 60)]) }))
    /// Friday 2026-11-27, 15:30 UTC.
    static let friday = Date(timeIntervalSince1970: 1_795_793_400)

    static func at(hours offset: Double) -> Date { friday.addingTimeInterval(offset * 3_600) }

    @Test("Open seconds skip nights, weekends and holidays")
    func openSeconds() {
        // Friday 16:00 → Monday 10:00: one hour on Friday, one on Monday.
        #expect(Self.hours.openSeconds(from: Self.at(hours: 0.5), to: Self.at(hours: 66.5)) == 7_200)
        var holiday = Self.hours
        holiday.holidays = ["2026-11-30"]
        // With Monday a holiday, the second hour is Tuesday's.
        #expect(holiday.openSeconds(from: Self.at(hours: 0.5), to: Self.at(hours: 90.5)) == 7_200)
        #expect(Self.hours.openSeconds(from: Self.at(hours: 2), to: Self.at(hours: 1)) == 0)
        #expect(BusinessTime(hours: Self.hours).identity != BusinessTime(hours: holiday).identity)
    }

    @Test("First response and resolution in business hours beside calendar time, on the same stored facts table", arguments: TestStores.engines)
    func kpisInBusinessHours(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Workspace(name: "Hours", publicKey: "pk_\(UUID().uuidString)", createdAt: Self.friday)
            let conversation = UUID()
            let agent = UUID()
            func event(_ kind: ReportEventKind, _ offset: Double) -> ReportEvent {
                ReportEvent(
                    workspaceID: workspace.id, conversationID: conversation, kind: kind,
                    occurredAt: Self.at(hours: offset), conversationCreatedAt: Self.friday, agentID: agent)
            }
            // Opened Friday 15:30, handed off 16:00, assigned at once, answered Monday 10:00, resolved Monday 11:00.
            let events = [
                event(.created, 0), event(.customerMessage, 0), event(.handedOff, 0.5), event(.assigned, 0.5),
                event(.agentReply, 66.5), event(.resolved, 67.5),
            ]
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(reportEvents: events)
            }
            let period = ReportPeriod(start: Self.at(hours: -24), end: Self.at(hours: 96))
            let reports = Reports(store: store, clock: FixedClock(instant: Self.at(hours: 96)))
            let calendar = try await reports.summary(workspaceID: workspace.id, period: period).current
            #expect(calendar.firstResponseSeconds == 66.0 * 3_600)
            #expect(calendar.fullResolutionSeconds == 67.5 * 3_600)
            let business = try await reports.measuring(in: BusinessTime(hours: Self.hours))
                .summary(workspaceID: workspace.id, period: period).current
            #expect(business.firstResponseSeconds == 2.0 * 3_600)
            // Friday 15:30–17:00 and Monday 09:00–11:00.
            #expect(business.fullResolutionSeconds == 3.5 * 3_600)
            #expect(business.handleSeconds == 3.0 * 3_600, "assigned Friday 16:00–17:00 and Monday 09:00–11:00")
            // Back in calendar time: the facts stored under business hours are not reused.
            let again = try await reports.summary(workspaceID: workspace.id, period: period).current
            #expect(again == calendar)
        }
    }
}
