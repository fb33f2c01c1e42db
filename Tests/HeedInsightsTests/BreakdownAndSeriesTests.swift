import Foundation
import HeedCore
import HeedInsights
import HeedStore
import HeedTestSupport
import Testing

/// Breakdowns and time series of the hand-built ``ReferenceHistory``, on both engines.
@Suite("Insights: breakdowns and time series")
struct BreakdownAndSeriesTests {
    static func reports(_ store: some SupportStore) -> Reports {
        Reports(store: store, clock: FixedClock(instant: ReferenceHistory.asOf))
    }

    @Test("By agent: the last agent to have it — X for C, Y for D, nobody for the AI's five", arguments: TestStores.engines)
    func byAgent(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspaceID = try await KPITests.seed(store)
            let rows = try await Self.reports(store).breakdown(
                workspaceID: workspaceID, period: ReferenceHistory.period, by: .agent
            ).rows
            #expect(rows.map(\.key) == [nil] + [ReferenceHistory.agentX, ReferenceHistory.agentY].map(\.uuidString).sorted())
            #expect(rows.map(\.current.conversations) == [5, 1, 1])
            let x = try #require(rows.first { $0.key == ReferenceHistory.agentX.uuidString })
            #expect(x.current.firstResponseSeconds == 600)
            #expect(x.current.firstContactResolution == 1)
        }
    }

    @Test("By language, intent, channel, team, priority and tier, with the previous period beside", arguments: TestStores.engines)
    func otherDimensions(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspaceID = try await KPITests.seed(store)
            let reports = Self.reports(store)
            func counts(_ dimension: ReportDimension) async throws -> [String: Int] {
                let rows = try await reports.breakdown(
                    workspaceID: workspaceID, period: ReferenceHistory.period, by: dimension
                ).rows
                return Dictionary(uniqueKeysWithValues: rows.map { ($0.key ?? "-", $0.current.conversations) })
            }
            #expect(try await counts(.language) == ["vi": 2, "lv": 1, "en": 2, "ms": 1, "id": 1])
            #expect(
                try await counts(.intent)
                    == ["order_status": 1, "refund": 1, "billing": 1, "-": 1, "shipping": 1, "greeting": 1, "returns": 1])
            #expect(try await counts(.channel) == ["widget": 5, "email": 2])
            #expect(try await counts(.team) == [ReferenceHistory.billingTeam.uuidString: 2, "-": 5])
            #expect(try await counts(.priority) == ["P3": 6, "P2": 1])
            #expect(try await counts(.customerTier) == ["standard": 6, "vip": 1])
            let english = try await reports.breakdown(
                workspaceID: workspaceID, period: ReferenceHistory.period, by: .language
            ).rows.first { $0.key == "en" }
            #expect(english?.previous.conversations == 1)
        }
    }

    @Test("Daily series over three days: every day present, empty days without a value", arguments: TestStores.engines)
    func dailySeries(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspaceID = try await KPITests.seed(store)
            let period = ReportPeriod(
                start: ReferenceHistory.period.start.addingTimeInterval(-86_400),
                end: ReferenceHistory.period.end.addingTimeInterval(86_400))
            let reports = Self.reports(store)
            let conversations = try await reports.timeSeries(
                workspaceID: workspaceID, period: period, metric: .conversations, interval: .day)
            #expect(conversations.points.map(\.conversations) == [1, 7, 1])
            #expect(conversations.points.map(\.start) == [0, 1, 2].map { period.start.addingTimeInterval(Double($0) * 86_400) })
            let handoffs = try await reports.timeSeries(
                workspaceID: workspaceID, period: period, metric: .handoffRate, interval: .day)
            #expect(handoffs.points.map(\.value) == [0, 2.0 / 7.0, 0])
        }
    }

    @Test("Days and weeks are cut at the workspace's midnight: at UTC−9 (Gambier) 08:00–08:59 UTC is the evening before", arguments: TestStores.engines)
    func timeZone(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspaceID = try await KPITests.seed(store, zone: "Pacific/Gambier")
            let zone = try #require(TimeZone(identifier: "Pacific/Gambier"))
            let period = ReportPeriod(
                days: DateComponents(year: 2026, month: 11, day: 1), through: DateComponents(year: 2026, month: 11, day: 3),
                in: zone)
            #expect(period.start == ReferenceHistory.period.start.addingTimeInterval(-86_400 + 9 * 3_600))
            #expect(period.length == 3 * 86_400)
            let reports = Self.reports(store)
            let daily = try await reports.timeSeries(
                workspaceID: workspaceID, period: period, metric: .conversations, interval: .day)
            // A–F (08:00–08:50 UTC, 2 Nov) are 23:00–23:50 on 1 Nov; G (09:00 UTC) is midnight 2 Nov, with I
            // (08:00 UTC 3 Nov = 23:00 2 Nov); H (08:00 UTC 1 Nov) is 31 October, before the period.
            #expect(daily.points.map(\.conversations) == [6, 2, 0])
            let weekly = try await reports.timeSeries(
                workspaceID: workspaceID, period: period, metric: .conversations, interval: .week)
            // Sunday 1 November closes the ISO week begun on Monday 26 October; Monday 2 November begins the next.
            #expect(weekly.points.map(\.conversations) == [6, 2])
        }
    }

    @Test("The CSV export has a row per conversation of the period, with its measures")
    func csv() async throws {
        try await TestStores.withStore(.sqlite) { store in
            let workspaceID = try await KPITests.seed(store)
            let text = try await Self.reports(store).export(workspaceID: workspaceID, period: ReferenceHistory.period)
            let lines = text.split(separator: "\r\n").map(String.init)
            #expect(lines.count == 8)
            #expect(lines[0].hasPrefix("conversation_id,created_at,channel,"))
            let header = lines[0].split(separator: ",").map(String.init)
            let c = lines.first { $0.contains(",email,") && $0.contains(",P2,") }?.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let row = try #require(c)
            func field(_ name: String) -> String? { header.firstIndex(of: name).map { row[$0] } }
            #expect(field("first_response_seconds") == "600.000")
            #expect(field("handle_seconds") == "1800.000")
            #expect(field("csat") == "3")
            #expect(field("nps") == "10")
            #expect(field("sla_targets_met") == "2")
            #expect(field("cost") == "15.000")
        }
    }
}
