import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// Agents running the AI's tools from the customer panel: the same session, so the same customer only, a write
/// planned first and run on the agent's confirm, every run audited with the agent as its actor.
@Suite("Agent tool runs")
struct AgentToolRunTests {
    static let key = "agent-tools-admin-key-01"

    @Test("An agent reads, plans and confirms a cancellation for the conversation's customer only", arguments: TestStores.engines)
    func runTools(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
            let created = try await api.call(
                .post, "/api/v1/conversations", key: Self.key,
                json: ["customer": ["external_id": "cus_1006"], "channel": "api"])
            let id = try #require(created["id"]?.stringValue)
            let path = "/api/v1/conversations/\(id)/tool-calls"

            let read = try await api.call(
                .post, path, key: Self.key, json: ["tool": "get_order_details", "arguments": ["order_id": "VT-10037"]])
            #expect(read["outcome"]?.stringValue == "completed", "\(read.raw)")
            #expect(read["result"]?.stringValue?.contains(#""status":"pending""#) == true)

            let cancel: [String: Any] = [
                "tool": "cancel_pending_order", "arguments": ["order_id": "VT-10037", "reason": "no longer needed"],
            ]
            let planned = try await api.call(.post, path, key: Self.key, json: cancel)
            #expect(planned["outcome"]?.stringValue == "confirmation_needed", "\(planned.raw)")
            #expect(planned["changes"]?.arrayValue?.first?.stringValue?.contains("VT-10037") == true)
            let still = try await api.call(
                .post, path, key: Self.key, json: ["tool": "get_order_details", "arguments": ["order_id": "VT-10037"]])
            #expect(still["result"]?.stringValue?.contains(#""status":"pending""#) == true, "nothing changed before confirm")

            var confirmed = cancel
            confirmed["confirm"] = true
            let done = try await api.call(.post, path, key: Self.key, json: confirmed)
            #expect(done["outcome"]?.stringValue == "completed", "\(done.raw)")
            #expect(done["result"]?.stringValue?.contains(#""status":"cancelled""#) == true)

            let other = try await api.call(
                .post, path, key: Self.key,
                json: ["tool": "cancel_pending_order", "arguments": ["order_id": "VT-10038", "reason": "no longer needed"],
                       "confirm": true])
            #expect(other["outcome"]?.stringValue == "failed")
            #expect(other["result"]?.stringValue == "Error: order not found", "another customer's order")

            let calls = try await api.call(.get, path, key: Self.key).items
            let approved = calls.filter { $0["approved_by"]?.stringValue == "agent" }
            #expect(approved.count == 1)
            #expect(approved.first?["result"]?.stringValue == "order VT-10037: cancelled")
            #expect(approved.first?["actor"]?["kind"]?.stringValue == "agent", "the demo admin key is an agent's")
            let missing = try await api.call(
                .post, "/api/v1/conversations/\(UUID().uuidString)/tool-calls", key: Self.key, json: cancel)
            #expect(missing.status == .notFound)
            let blank = try await api.call(.post, path, key: Self.key, json: ["tool": " "])
            #expect(blank.status == .unprocessableContent)
        }
    }
}
