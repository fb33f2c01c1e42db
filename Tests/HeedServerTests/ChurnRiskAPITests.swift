import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// Churn risk through the API (#18): computed from real conversations, with evidence, and the at-risk list.
@Suite("Churn risk API")
struct ChurnRiskAPITests {
    func conversation(_ api: TestAPI, key: String, customer: String, says: [String]) async throws -> String {
        let created = try await api.call(
            .post, "/api/v1/conversations", key: key, json: ["customer": ["external_id": customer], "channel": "api"])
        let id = try #require(created["id"]?.stringValue, "\(created.raw)")
        for body in says {
            _ = try await api.call(.post, "/api/v1/conversations/\(id)/messages", key: key, json: ["body": body])
        }
        return try #require(created["customer_id"]?.stringValue)
    }

    @Test("A customer who threatens to leave is at risk with the cue as evidence; a calm one is not listed", arguments: TestStores.engines)
    func atRisk(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let (key, _) = try await api.bootstrap("Lumen")
            let leaving = try await conversation(
                api, key: key, customer: "cus-leaving",
                says: ["This is terrible, my order is late again.", "I want to cancel my account and switch to another shop."])
            let calm = try await conversation(api, key: key, customer: "cus-calm", says: ["Hello"])

            let risk = try await api.call(.get, "/api/v1/customers/\(leaving)/churn-risk", key: key)
            let calmRisk = try await api.call(.get, "/api/v1/customers/\(calm)/churn-risk", key: key)
            let list = try await api.call(.get, "/api/v1/customers/at-risk", key: key)
            let (otherKey, _) = try await api.bootstrap("Other", token: "test-bootstrap-token")
            let foreign = try await api.call(.get, "/api/v1/customers/\(leaving)/churn-risk", key: otherKey)
            let foreignList = try await api.call(.get, "/api/v1/customers/at-risk", key: otherKey)

            #expect(risk.status == .ok, "\(risk.raw)")
            let kinds = risk["evidence"]?.arrayValue?.compactMap { $0["kind"]?.stringValue } ?? []
            #expect(kinds.contains("cancellation_cue"), "\(risk.raw)")
            #expect(risk["level"]?.stringValue == "high", "\(risk.raw)")
            #expect(calmRisk["level"]?.stringValue != "high", "\(calmRisk.raw)")
            let listed = list.items.compactMap { $0["customer"]?["id"]?.stringValue }
            #expect(listed.first == leaving, "\(list.raw)")
            #expect(!listed.contains(calm), "\(list.raw)")
            #expect(foreign.status == .notFound)
            #expect(foreignList.items.isEmpty)
        }
    }
}
