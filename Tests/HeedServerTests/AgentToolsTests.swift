import AsyncHTTPClient
import Foundation
import HeedCore
import HeedTestSupport
import NIOCore
import HummingbirdTesting
import Testing

/// What agents and admins work with around the AI: the policy, the hand-off package, the e-mail channel and the
/// live event stream.
@Suite("Agent tools")
struct AgentToolsTests {
    static let key = "tools-admin-key-00001"

    func withDemo(over setup: TestingSetupChoice = .router, _ body: @escaping @Sendable (TestAPI) async throws -> Void)
        async throws
    {
        try await withTestApp(over: setup.value, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }, body)
    }

    func conversation(_ api: TestAPI, customer: String, tier: String = "standard") async throws -> String {
        let created = try await api.call(
            .post, "/api/v1/conversations", key: Self.key,
            json: ["customer": ["external_id": customer, "name": "Linh", "tier": tier], "channel": "api"])
        return try #require(created["id"]?.stringValue)
    }

    @Test("The policy is readable, validated, and changes what the AI does")
    func policy() async throws {
        try await withDemo { api in
            let current = try await api.call(.get, "/api/v1/policy", key: Self.key)
            #expect(current["handoff"]?["hand_off_vips"] == .bool(false))
            #expect(current["service_levels"]?["first_response_minutes"]?.arrayValue?.count == 4)

            let bad = try await api.call(.put, "/api/v1/policy", key: Self.key, json: ["handoff": ["anger_threshold": 3]])
            #expect(bad.status == .unprocessableContent)
            let unknownTeam = try await api.call(.put, "/api/v1/policy", key: Self.key, json: ["routing": ["refund": "Nobody"]])
            #expect(unknownTeam.status == .unprocessableContent)

            let vip = try await conversation(api, customer: "vip-1", tier: "vip")
            let answered = try await api.call(
                .post, "/api/v1/conversations/\(vip)/messages", key: Self.key, json: ["body": "How long does delivery take?"])
            #expect(answered["reply"]?["decision"]?.stringValue == "answer")

            let saved = try await api.call(
                .put, "/api/v1/policy", key: Self.key,
                json: ["handoff": ["hand_off_vips": true], "routing": ["shipping_times": "Shipping"]])
            #expect(saved.status == .ok)
            #expect(saved["handoff"]?["hand_off_vips"] == .bool(true))
            #expect(saved["handoff"]?["anger_threshold"]?.numberValue == 0.75, "unsent fields keep their defaults")
            let vip2 = try await conversation(api, customer: "vip-2", tier: "vip")
            let handedOff = try await api.call(
                .post, "/api/v1/conversations/\(vip2)/messages", key: Self.key, json: ["body": "How long does delivery take?"])
            #expect(handedOff["reply"]?["decision"]?.stringValue == "handoff")
        }
    }

    @Test("A hand-off comes with a summary, the emotion trend, the customer and suggested replies")
    func handoffPackage() async throws {
        try await withDemo { api in
            let id = try await conversation(api, customer: "cus_1001")
            _ = try await api.call(.post, "/api/v1/conversations/\(id)/messages", key: Self.key, json: ["body": "My order has not arrived yet, where is it?"])
            _ = try await api.call(
                .post, "/api/v1/conversations/\(id)/messages", key: Self.key,
                json: ["body": "This is ridiculous!!! I want to talk to a human agent NOW"])
            let package = try await api.call(.get, "/api/v1/conversations/\(id)/handoff", key: Self.key)
            #expect(package.status == .ok)
            let summary = try #require(package["summary"]?.stringValue)
            #expect(summary.contains("My order has not arrived"))
            #expect(package["escalation_reason"]?.stringValue == "customer_asked_for_human")
            #expect(package["emotion_trend"]?.arrayValue?.count == 2)
            #expect(package["customer"]?["external_id"]?.stringValue == "cus_1001")
            #expect((package["ai_attempts"]?.arrayValue?.count ?? 0) >= 1)
            let suggestions = try #require(package["suggested_replies"]?.arrayValue)
            #expect((1...3).contains(suggestions.count))
            #expect(suggestions.allSatisfy { !($0["text"]?.stringValue ?? "").isEmpty })
        }
    }

    @Test("E-mails thread into one conversation per thread and are stored once per Message-ID")
    func emailChannel() async throws {
        try await withDemo { api in
            let first = try await api.call(
                .post, "/api/v1/channels/email/inbound", key: Self.key,
                json: ["from": "Trang Pham <trang@example.com>", "subject": "Returns", "text": "How do I return headphones?",
                       "message_id": "<m1@example.com>"])
            #expect(first.status == .created)
            let conversation = try #require(first["conversation_id"]?.stringValue)
            #expect(first["reply"]?["decision"] != nil)
            let replay = try await api.call(
                .post, "/api/v1/channels/email/inbound", key: Self.key,
                json: ["from": "trang@example.com", "text": "How do I return headphones?", "message_id": "<m1@example.com>"])
            #expect(replay.status == .ok)
            #expect(replay["conversation_id"]?.stringValue == conversation)
            #expect(replay["message"]?["id"] == first["message"]?["id"])
            let followUp = try await api.call(
                .post, "/api/v1/channels/email/inbound", key: Self.key,
                json: ["from": "trang@example.com", "subject": "Re: Returns", "text": "Thanks, and how long is the refund?",
                       "message_id": "<m2@example.com>", "in_reply_to": "<ai-1@voltra.example>",
                       "references": ["<m1@example.com>", "<ai-1@voltra.example>"]])
            #expect(followUp["conversation_id"]?.stringValue == conversation)
            let state = try await api.call(.get, "/api/v1/conversations/\(conversation)", key: Self.key)
            #expect(state["channel"]?.stringValue == "email")
            let customers = try await api.call(.get, "/api/v1/customers?email=trang@example.com", key: Self.key)
            #expect(customers.items.count == 1)
            let bad = try await api.call(
                .post, "/api/v1/channels/email/inbound", key: Self.key, json: ["from": "nobody", "text": "x", "message_id": "<x>"])
            #expect(bad.status == .unprocessableContent)
        }
    }

    @Test("Agents receive new messages and hand-offs live as server-sent events")
    func eventStream() async throws {
        try await withDemo(over: .live) { api in
            let port = try #require(api.client.port)
            let id = try await conversation(api, customer: "live-1")
            var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/api/v1/events")
            request.headers.add(name: "Authorization", value: "Bearer \(Self.key)")
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
            #expect(response.status == .ok)
            #expect(response.headers.first(name: "content-type") == "text/event-stream")
            async let posting: APIResponse = {
                try await Task.sleep(for: .milliseconds(300))
                return try await api.call(
                    .post, "/api/v1/conversations/\(id)/messages", key: Self.key, json: ["body": "I want to talk to a person"])
            }()
            var received = ""
            for try await chunk in response.body {
                received += String(buffer: chunk)
                if received.contains("event: conversation.handoff") { break }
            }
            _ = try await posting
            #expect(received.contains("event: message.created"))
            #expect(received.contains("event: conversation.handoff"))
            #expect(received.contains(id))
        }
    }
}

/// Which Hummingbird test setup to use (a value type so it can default in a parameter list).
enum TestingSetupChoice {
    case router
    case live

    var value: HummingbirdTesting.TestingSetup {
        switch self {
        case .router: .router
        case .live: .live
        }
    }
}
