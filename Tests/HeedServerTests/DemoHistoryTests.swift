import Foundation
import HeedCore
import HeedTestSupport
import Testing

@testable import HeedServer

/// A fresh demo with history: past conversations over eight weeks, counted by the reports like live ones, each a
/// real conversation a drill-down can open; none of them in the last two hours or still open.
@Suite("Demo history")
struct DemoHistoryTests {
    static let key = "history-admin-key-0001"

    @Test("The reports count the seeded weeks and their conversations open with their messages", arguments: TestStores.engines)
    func reportsShowTheHistory(engine: StoreEngineKind) async throws {
        let clock = SteppedClock()
        let start = clock.now()
        try await withTestApp(engine: engine, configure: {
            $0.seedDemo = true
            $0.demoAdminKey = Self.key
            $0.demoHistoryConversations = 120
        }, clock: clock) { api in
            let weeks = "from=\(Timestamp.format(start.addingTimeInterval(-57 * 86_400)))&to=\(Timestamp.format(start))"
            let summary = try await api.call(.get, "/api/v1/reports/summary?\(weeks)", key: Self.key)
            #expect(summary.status == .ok, "\(summary.raw)")
            let current = try #require(summary["current"])
            #expect(current["conversations"] == .number(120))
            #expect(current["resolved"] == .number(120), "past conversations are all done")
            let handoff = try #require(current["handoff_rate"]?.numberValue)
            #expect((0.2...0.7).contains(handoff), "\(handoff)")
            #expect((try #require(current["ai_resolution_rate"]?.numberValue)) > 0.2)
            #expect((try #require(current["first_response_seconds"]?.numberValue)) > 60)
            #expect(current["csat"]?.numberValue != nil)
            #expect((current["csat_responses"]?.numberValue ?? 0) > 5)

            let recent = "from=\(Timestamp.format(start.addingTimeInterval(-3_600)))&to=\(Timestamp.format(start.addingTimeInterval(3_600)))"
            let now = try await api.call(.get, "/api/v1/reports/summary?\(recent)", key: Self.key)
            #expect(now["current"]?["conversations"] == .number(0))

            let list = try await api.call(.get, "/api/v1/reports/conversations?\(weeks)&limit=200", key: Self.key)
            let rows = list["rows"]?.arrayValue ?? []
            #expect(rows.count == 120)
            let handedOff = try #require(rows.first { $0["handed_off"] == .bool(true) })
            let id = try #require(handedOff["conversation_id"]?.stringValue)
            let conversation = try await api.call(.get, "/api/v1/conversations/\(id)", key: Self.key)
            #expect(conversation.status == .ok)
            #expect(conversation["status"]?.stringValue == "resolved")
            let messages = try await api.call(.get, "/api/v1/conversations/\(id)/messages", key: Self.key)
            let authors = messages.items.compactMap { $0["author"]?.stringValue }
            #expect(authors.first == "customer")
            #expect(authors.contains("agent") && authors.contains("ai"), "\(authors)")
            let answered = try #require(rows.first { $0["ai_resolved"] == .bool(true) })
            #expect(answered["intent"]?.stringValue?.isEmpty == false)
        }
    }
}
