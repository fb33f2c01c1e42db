import Foundation
import HeedCore
import HeedTestSupport
import Testing

@testable import HeedServer

/// Quality review through the API: a resolved human conversation's rubric, a lead's override, per-agent averages.
@Suite("Quality review API")
struct QualityAPITests {
    static let key = "quality-admin-key-0001"

    @Test("A resolved conversation is reviewed, a lead overrides a score, the agent's average follows", arguments: TestStores.engines)
    func reviewOverrideReport(engine: StoreEngineKind) async throws {
        let clock = SteppedClock()
        let start = clock.now()
        try await withTestApp(
            engine: engine, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }, clock: clock
        ) { api in
            let created = try await api.call(
                .post, "/api/v1/conversations", key: Self.key, json: ["customer": ["external_id": "quality-customer"]])
            let id = try #require(created["id"]?.stringValue)
            _ = try await api.call(
                .post, "/api/v1/conversations/\(id)/messages", key: Self.key,
                json: ["body": "My order arrived broken.", "author": "customer"])
            let agentID = try #require(try await api.call(.get, "/api/v1/agents", key: Self.key).items.first?["id"]?.stringValue)
            _ = try await api.call(
                .patch, "/api/v1/conversations/\(id)", key: Self.key, json: ["handler": "human", "assignee_id": agentID])
            clock.advance(300)
            let reply = try await api.call(
                .post, "/api/v1/conversations/\(id)/messages", key: Self.key,
                json: ["body": "Hi, I'm sorry it arrived broken. I've sent a replacement today. Anything else I can help with?", "author": "agent"])
            #expect(reply.status == .created, "\(reply.raw)")
            let early = try await api.call(.get, "/api/v1/quality/conversations/\(id)", key: Self.key)
            #expect(early.status == .conflict && early.errorCode == "not_resolved")
            _ = try await api.call(.patch, "/api/v1/conversations/\(id)", key: Self.key, json: ["status": "resolved"])

            let review = try await api.call(.get, "/api/v1/quality/conversations/\(id)", key: Self.key)
            #expect(review.status == .ok, "\(review.raw)")
            for criterion in ["greeting", "empathy", "solution", "tone", "closing", "response_time"] {
                #expect(review["scores"]?[criterion] == .number(1), "\(criterion): \(review.raw)")
            }
            #expect(review["agent_id"]?.stringValue?.lowercased() == agentID.lowercased())
            #expect(review["overridden"] == .bool(false))

            let overridden = try await api.call(
                .put, "/api/v1/quality/conversations/\(id)", key: Self.key,
                json: ["scores": ["empathy": 0.5], "note": "Apology came late in the message."])
            #expect(overridden.status == .ok, "\(overridden.raw)")
            #expect(overridden["scores"]?["empathy"] == .number(0.5))
            #expect(overridden["embedded"]?["empathy"] == .number(1))
            #expect(overridden["overridden"] == .bool(true))
            let total = try #require(overridden["total"]?.numberValue)
            #expect(total < (review["total"]?.numberValue ?? 0))
            let bad = try await api.call(
                .put, "/api/v1/quality/conversations/\(id)", key: Self.key, json: ["scores": ["charm": 1]])
            #expect(bad.status == .unprocessableContent && bad.errorCode == "invalid_field", "\(bad.raw)")

            let window = "from=\(Timestamp.format(start.addingTimeInterval(-3_600)))&to=\(Timestamp.format(start.addingTimeInterval(3_600)))"
            let report = try await api.call(.get, "/api/v1/reports/quality?\(window)", key: Self.key)
            #expect(report.status == .ok, "\(report.raw)")
            let agent = report["agents"]?.arrayValue?.first { $0["agent_id"]?.stringValue?.lowercased() == agentID.lowercased() }
            #expect(agent?["conversations"] == .number(1))
            #expect(agent?["total"] == .number(total))
            #expect(agent?["criteria"]?["empathy"] == .number(0.5))
        }
    }
}
