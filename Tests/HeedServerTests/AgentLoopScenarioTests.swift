import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// The AI agent loop end to end over real HTTP, on the demo shop: answers with citations, hand-offs to the right
/// team, no invented facts, idempotent replays.
@Suite("Agent loop scenarios")
struct AgentLoopScenarioTests {
    static let key = "scenario-admin-key-0001"

    func withDemo(engine: StoreEngineKind = .sqlite, _ body: @escaping @Sendable (TestAPI) async throws -> Void) async throws {
        try await withTestApp(engine: engine, over: .live, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }, body)
    }

    func start(_ api: TestAPI, customer: String) async throws -> String {
        let created = try await api.call(
            .post, "/api/v1/conversations", key: Self.key,
            json: ["customer": ["external_id": customer, "name": "Mai", "email": "\(customer)@example.com"], "channel": "api"])
        return try #require(created["id"]?.stringValue)
    }

    func say(_ api: TestAPI, _ conversation: String, _ text: String, id: String) async throws -> APIResponse {
        try await api.call(
            .post, "/api/v1/conversations/\(conversation)/messages", key: Self.key,
            json: ["body": text, "client_message_id": id, "await_reply": true])
    }

    func teamName(_ api: TestAPI, _ id: String?) async throws -> String? {
        guard let id else { return nil }
        return try await api.call(.get, "/api/v1/teams/\(id)", key: Self.key)["name"]?.stringValue
    }

    @Test("An FAQ question gets a cited answer from an AI that says it is one", arguments: [
        ("How long does delivery take in Vietnam?", "en"),
        ("Bao lâu thì tôi nhận được hàng?", "vi"),
    ])
    func citedAnswer(question: String, language: String) async throws {
        try await withDemo { api in
            let conversation = try await start(api, customer: "faq-\(language)")
            let response = try await say(api, conversation, question, id: "q1")
            #expect(response.status == .created)
            let reply = try #require(response["reply"])
            #expect(reply["decision"]?.stringValue == "answer")
            #expect(reply["is_ai"] == .bool(true))
            #expect(reply["language"]?.stringValue == language)
            let citations = try #require(reply["citations"]?.arrayValue)
            #expect(!citations.isEmpty)
            #expect((reply["confidence"]?.numberValue ?? 0) > 0.3)
            let body = try #require(reply["body"]?.stringValue)
            #expect(body.contains(language == "vi" ? "trợ lý AI" : "AI assistant"), "first reply discloses the AI")
            let state = try await api.call(.get, "/api/v1/conversations/\(conversation)", key: Self.key)
            #expect(state["handler"]?.stringValue == "ai")
        }
    }

    @Test("Asking for a person hands off at once, in any supported language", arguments: [
        "I want to talk to a person", "Tôi muốn gặp nhân viên", "Boleh saya cakap dengan orang?", "Es gribu runāt ar cilvēku",
    ])
    func humanRequest(text: String) async throws {
        try await withDemo { api in
            let conversation = try await start(api, customer: "human-\(abs(text.hashValue))")
            let response = try await say(api, conversation, text, id: "h1")
            #expect(response["reply"]?["decision"]?.stringValue == "handoff")
            let state = try await api.call(.get, "/api/v1/conversations/\(conversation)", key: Self.key)
            #expect(state["handler"]?.stringValue == "human")
            #expect(state["escalation_reason"]?.stringValue == "customer_asked_for_human")
            #expect(state["team"]?.stringValue != nil)
            #expect(state["first_response_due_at"]?.stringValue != nil)
            // The AI stays quiet once a human owns the conversation.
            let next = try await say(api, conversation, "Hello?", id: "h2")
            #expect(next.json?["reply"] == JSONValue.null)
        }
    }

    @Test("An angry, urgent double charge goes to Billing with P1 or P2", arguments: TestStores.engines)
    func angryDoubleCharge(engine: StoreEngineKind) async throws {
        try await withDemo(engine: engine) { api in
            let conversation = try await start(api, customer: "angry")
            let response = try await say(
                api, conversation, "You CHARGED ME TWICE for my order!!! This is unacceptable, fix it right now, it's urgent!",
                id: "x1")
            #expect(response["reply"]?["decision"]?.stringValue == "handoff")
            let state = try await api.call(.get, "/api/v1/conversations/\(conversation)", key: Self.key)
            #expect(state["team"]?.stringValue == "Billing")
            #expect(try await teamName(api, state["team_id"]?.stringValue) == "Billing")
            #expect(["P1", "P2"].contains(state["priority"]?.stringValue ?? ""))
            #expect(state["handler"]?.stringValue == "human")
        }
    }

    @Test("A question outside the knowledge base is handed off, not answered with invented facts")
    func outsideKnowledge() async throws {
        try await withDemo { api in
            let conversation = try await start(api, customer: "unknown")
            let response = try await say(
                api, conversation, "What is the airspeed velocity of an unladen swallow over Jupiter's moons?", id: "u1")
            let reply = try #require(response["reply"])
            #expect(reply["decision"]?.stringValue == "handoff")
            #expect(reply["citations"]?.arrayValue?.isEmpty ?? true)
            let state = try await api.call(.get, "/api/v1/conversations/\(conversation)", key: Self.key)
            #expect(["answer_abstained", "low_confidence"].contains(state["escalation_reason"]?.stringValue ?? ""))
        }
    }

    @Test("A repeated client message id stores one message and one reply")
    func duplicateClientIDs() async throws {
        try await withDemo { api in
            let conversation = try await start(api, customer: "dup")
            let first = try await say(api, conversation, "How do I reset my password?", id: "same")
            let second = try await say(api, conversation, "How do I reset my password?", id: "same")
            #expect(first.status == .created)
            #expect(second.status == .ok)
            #expect(first["message"]?["id"] == second["message"]?["id"])
            #expect(first["reply"]?["id"] == second["reply"]?["id"])
            let messages = try await api.call(.get, "/api/v1/conversations/\(conversation)/messages", key: Self.key)
            #expect(messages.items.count == 2)
            #expect(messages.items.first?["client_message_id"]?.stringValue == "same")
        }
    }
}
