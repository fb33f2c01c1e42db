import Foundation
import HTTPTypes
import HeedCore
import HeedTestSupport
import Testing

@testable import HeedServer

/// The reports through the API: what customers, the AI and agents do is counted, every KPI is a number, bad
/// parameters get a clear 400.
@Suite("Reports API")
struct ReportsAPITests {
    static let key = "reports-admin-key-0001"

    /// The period around `clock`'s start as ISO instants, for a query string.
    static func window(_ start: Date, hours: Double = 2) -> String {
        let from = Timestamp.format(start.addingTimeInterval(-3_600))
        let to = Timestamp.format(start.addingTimeInterval(hours * 3_600))
        return "from=\(from)&to=\(to)"
    }

    @Test("A widget conversation the AI resolves and an API conversation an agent takes over are counted", arguments: TestStores.engines)
    func countsWhatHappens(engine: StoreEngineKind) async throws {
        let clock = SteppedClock()
        let start = clock.now()
        try await withTestApp(
            engine: engine, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }, clock: clock
        ) { api in
            // The AI answers on the widget; 👍; resolved a minute later; CSAT 5, NPS 9.
            let opened = try await api.call(
                .post, "/api/v1/widget/sessions",
                json: ["workspace_key": "pk_demo_voltra", "visitor_id": "visitor-reports-000001", "language": "en"])
            let token = try #require(opened["token"]?.stringValue)
            let turn = try await api.call(
                .post, "/api/v1/widget/messages", key: token,
                json: ["body": "How long does delivery take?", "client_message_id": "r-1"])
            let widgetConversation = try #require(turn["conversation"]?["id"]?.stringValue)
            #expect(turn["reply"]?["decision"]?.stringValue == "answer", "\(turn.raw)")
            let answerID = try #require(turn["reply"]?["id"]?.stringValue)
            _ = try await api.call(.post, "/api/v1/widget/feedback", key: token, json: ["message_id": answerID, "helpful": true])
            clock.advance(60)
            _ = try await api.call(.patch, "/api/v1/conversations/\(widgetConversation)", key: Self.key, json: ["status": "resolved"])
            #expect(try await api.call(.post, "/api/v1/widget/csat", key: token, json: ["rating": 5]).status == .created)
            #expect(try await api.call(.post, "/api/v1/widget/nps", key: token, json: ["rating": 9]).status == .created)
            #expect(try await api.call(.post, "/api/v1/widget/nps", key: token, json: ["rating": 11]).status == .unprocessableContent)

            // An API conversation: handed to an agent 120 s after it opened, answered 180 s later, resolved at 600 s.
            let created = try await api.call(
                .post, "/api/v1/conversations", key: Self.key, json: ["customer": ["external_id": "reports-customer"]])
            let apiConversation = try #require(created["id"]?.stringValue)
            let agentID = try #require(try await api.call(.get, "/api/v1/agents", key: Self.key).items.first?["id"]?.stringValue)
            clock.advance(120)
            _ = try await api.call(
                .patch, "/api/v1/conversations/\(apiConversation)", key: Self.key,
                json: ["handler": "human", "assignee_id": agentID])
            clock.advance(180)
            let reply = try await api.call(
                .post, "/api/v1/conversations/\(apiConversation)/messages", key: Self.key,
                json: ["body": "Hello, I am looking into it.", "author": "agent"])
            #expect(reply.status == .created, "\(reply.raw)")
            clock.advance(300)
            _ = try await api.call(.patch, "/api/v1/conversations/\(apiConversation)", key: Self.key, json: ["status": "resolved"])

            let summary = try await api.call(.get, "/api/v1/reports/summary?\(Self.window(start))", key: Self.key)
            #expect(summary.status == .ok, "\(summary.raw)")
            let current = try #require(summary["current"])
            #expect(current["conversations"] == .number(2))
            #expect(current["resolved"] == .number(2))
            #expect(current["handed_off"] == .number(1))
            #expect(current["first_response_seconds"] == .number(180))
            #expect(current["handle_seconds"] == .number(480))
            #expect(current["ai_resolution_rate"] == .number(1))
            #expect(current["csat"] == .number(1))
            #expect(current["nps"] == .number(100))
            #expect(current["first_contact_resolution"] == .number(1))
            // The agent's takeover starts the SLA clocks (#17), and the agent answered and resolved within them.
            #expect(current["sla_attainment"] == .number(1))
            #expect(summary["previous"]?["conversations"] == .number(0))
            #expect(summary["comparison"]?["ai"]?["conversations"] == .number(1))
            #expect(summary["comparison"]?["human"]?["handle_seconds"] == .number(480))

            let byChannel = try await api.call(.get, "/api/v1/reports/breakdown?by=channel&\(Self.window(start))", key: Self.key)
            #expect(byChannel.status == .ok, "\(byChannel.raw)")
            let rows = byChannel["rows"]?.arrayValue ?? []
            #expect(Set(rows.compactMap { $0["key"]?.stringValue }) == ["widget", "api"])
            let byAgent = try await api.call(.get, "/api/v1/reports/breakdown?by=agent&\(Self.window(start))", key: Self.key)
            let agentRow = byAgent["rows"]?.arrayValue?.first { $0["key"]?.stringValue == agentID }
            #expect(agentRow?["label"]?.stringValue?.isEmpty == false)
            #expect(agentRow?["label"]?.stringValue != agentID)

            let series = try await api.call(
                .get, "/api/v1/reports/timeseries?metric=conversations&interval=day&\(Self.window(start))", key: Self.key)
            #expect(series.status == .ok, "\(series.raw)")
            let counted = series["points"]?.arrayValue?.compactMap { $0["conversations"]?.numberValue }.reduce(0, +)
            #expect(counted == 2)

            let csv = try await api.call(.get, "/api/v1/reports/conversations.csv?\(Self.window(start))", key: Self.key)
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            #expect(csv.raw.split(separator: "\r\n").count == 3)
            #expect(csv.raw.lowercased().contains(apiConversation.lowercased()))

            // Drilling down: the period's conversations newest first, or one channel's.
            let all = try await api.call(.get, "/api/v1/reports/conversations?\(Self.window(start))", key: Self.key)
            #expect(all.status == .ok, "\(all.raw)")
            #expect(all["total"] == .number(2))
            let ids = all["rows"]?.arrayValue?.compactMap { $0["conversation_id"]?.stringValue?.lowercased() }
            #expect(ids == [apiConversation.lowercased(), widgetConversation.lowercased()])
            let widgetOnly = try await api.call(
                .get, "/api/v1/reports/conversations?by=channel&value=widget&limit=5&\(Self.window(start))", key: Self.key)
            let widgetRows = widgetOnly["rows"]?.arrayValue ?? []
            #expect(widgetRows.count == 1)
            #expect(widgetRows.first?["ai_resolved"] == .bool(true))
            #expect(widgetRows.first?["csat"] == .number(5))
            #expect(widgetRows.first?["team_id"] == .null)
        }
    }

    @Test("Bad report parameters answer 400 invalid_query with a message that says what is wrong")
    func badParameters() async throws {
        try await withTestApp(configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
            for query in [
                "breakdown?from=2026-11-01&to=2026-11-30",
                "breakdown?by=colour",
                "timeseries?metric=happiness",
                "timeseries?metric=csat&interval=month",
                "summary?from=2026-13-01",
                "summary?from=2026-02-30",
                "summary?from=yesterday",
                "summary?from=2026-11-10&to=2026-11-01",
                "summary?from=2024-01-01&to=2026-01-01",
                "summary?time=business",
                "summary?time=sometimes",
                "conversations?value=widget",
                "conversations?by=channel&limit=0",
                "conversations?limit=many",
            ] {
                let response = try await api.call(.get, "/api/v1/reports/\(query)", key: Self.key)
                #expect(response.status == .badRequest, "\(query): \(response.raw)")
                #expect(response.errorCode == "invalid_query", "\(query)")
                #expect(response["error"]?["message"]?.stringValue?.contains("'") == true, "\(query)")
            }
            let fine = try await api.call(.get, "/api/v1/reports/summary?from=2026-11-01&to=2026-11-30", key: Self.key)
            #expect(fine.status == .ok, "\(fine.raw)")
            #expect(fine["from"]?.stringValue == "2026-11-01T00:00:00.000Z")
            #expect(fine["to"]?.stringValue == "2026-12-01T00:00:00.000Z")
            let defaults = try await api.call(.get, "/api/v1/reports/summary", key: Self.key)
            #expect(defaults.status == .ok, "\(defaults.raw)")
        }
    }
}
