import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// The workspace policy's limits, through the HTTP API on the demo shop.
@Suite("Policy limits over HTTP")
struct PolicyLimitsHTTPTests {
    static let key = "limits-admin-key-0001"

    func withDemo(_ body: @escaping @Sendable (TestAPI) async throws -> Void) async throws {
        try await withTestApp(configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }, body)
    }

    func say(_ api: TestAPI, _ conversation: String, _ text: String) async throws -> APIResponse {
        try await api.call(.post, "/api/v1/conversations/\(conversation)/messages", key: Self.key, json: ["body": text])
    }

    @Test("Limits have defaults, are validated, and are saved")
    func editable() async throws {
        try await withDemo { api in
            let current = try await api.call(.get, "/api/v1/policy", key: Self.key)
            #expect(current["limits"]?["max_ai_replies"]?.numberValue == 10)

            for bad in [0, 101] {
                let rejected = try await api.call(.put, "/api/v1/policy", key: Self.key, json: ["limits": ["max_ai_replies": bad]])
                #expect(rejected.status == .unprocessableContent)
                #expect(rejected.raw.contains("limits.max_ai_replies"))
            }
            let wrongType = try await api.call(.put, "/api/v1/policy", key: Self.key, json: ["limits": ["max_ai_replies": "many"]])
            #expect(wrongType.status == .badRequest || wrongType.status == .unprocessableContent)
            #expect(wrongType.errorCode != nil)

            let saved = try await api.call(.put, "/api/v1/policy", key: Self.key, json: ["limits": ["max_ai_replies": 3]])
            #expect(saved.status == .ok)
            #expect(saved["limits"]?["max_ai_replies"]?.numberValue == 3)
            let read = try await api.call(.get, "/api/v1/policy", key: Self.key)
            #expect(read["limits"]?["max_ai_replies"]?.numberValue == 3)
        }
    }

    @Test("Past the AI reply limit the next message goes to a human, with the reason in words")
    func replyLimitHandsOff() async throws {
        try await withDemo { api in
            _ = try await api.call(.put, "/api/v1/policy", key: Self.key, json: ["limits": ["max_ai_replies": 2]])
            let created = try await api.call(
                .post, "/api/v1/conversations", key: Self.key,
                json: ["customer": ["external_id": "limit-1", "name": "Hoa"], "channel": "api"])
            let id = try #require(created["id"]?.stringValue)

            let first = try await say(api, id, "How long does delivery take in Vietnam?")
            #expect(first["reply"]?["decision"]?.stringValue == "answer")
            let second = try await say(api, id, "How do I reset my password?")
            #expect(second["reply"]?["decision"]?.stringValue == "answer")
            let third = try await say(api, id, "Can I pay in instalments?")
            let notice = try #require(third["reply"])
            #expect(notice["decision"]?.stringValue == "handoff")
            let reasonValues = try #require(notice["annotations"]?["reasons"]?.arrayValue)
            let reasons = reasonValues.compactMap(\.stringValue)
            #expect(reasons.first == "policy_limit")
            #expect(reasons.dropFirst().first?.contains("replied 2 times") == true)

            let state = try await api.call(.get, "/api/v1/conversations/\(id)", key: Self.key)
            #expect(state["handler"]?.stringValue == "human")
            #expect(state["escalation_reason"]?.stringValue == "policy_limit")
            let package = try await api.call(.get, "/api/v1/conversations/\(id)/handoff", key: Self.key)
            #expect(package["summary"]?.stringValue?.contains("the policy allows 2") == true)

            // Handed back, the AI gets a fresh allowance instead of bouncing the customer straight back.
            let back = try await api.call(.patch, "/api/v1/conversations/\(id)", key: Self.key, json: ["handler": "ai"])
            #expect(back.status == .ok)
            let after = try await say(api, id, "How long does delivery take in Vietnam?")
            #expect(after["reply"]?["decision"]?.stringValue == "answer")
        }
    }
}
