import Foundation
import HeedCore
import HeedTestSupport
import HummingbirdWSClient
import Logging
import Synchronization
import Testing

@testable import HeedServer

/// The chat widget's channel: sessions for visitors and signed customers, messages with AI replies, live updates
/// over a WebSocket, and no way into another customer's conversation.
@Suite("Chat widget")
struct WidgetTests {
    static let key = "widget-admin-key-0001"

    func withDemo(over setup: TestingSetupChoice = .router, _ body: @escaping @Sendable (TestAPI) async throws -> Void) async throws {
        try await withTestApp(over: setup.value, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }, body)
    }

    /// A customer signed as the company's backend would: every detail sent, valid for an hour.
    static func signedCustomer(
        _ externalID: String, email: String? = nil, name: String? = nil, secret: String, expiresIn: TimeInterval = 3600
    ) -> [String: Any] {
        let expiresAt = Int64(Date().timeIntervalSince1970 + expiresIn)
        let claims = IdentitySignature.Claims(externalID: externalID, email: email, name: name, expiresAt: expiresAt)
        var customer: [String: Any] = [
            "external_id": externalID, "expires_at": expiresAt, "signature": IdentitySignature.sign(claims, secret: secret),
        ]
        if let email { customer["email"] = email }
        if let name { customer["name"] = name }
        return customer
    }

    func session(_ api: TestAPI, visitor: String, language: String = "en") async throws -> (token: String, customerID: String) {
        let opened = try await api.call(
            .post, "/api/v1/widget/sessions",
            json: ["workspace_key": "pk_demo_voltra", "visitor_id": visitor, "language": language])
        #expect(opened.status == .created, "\(opened.raw)")
        return (try #require(opened["token"]?.stringValue), try #require(opened["customer_id"]?.stringValue))
    }

    @Test("Visitors and signed customers get sessions; forged identities and unknown shops do not")
    func sessions() async throws {
        try await withDemo { api in
            _ = try await session(api, visitor: "visitor-0123456789abcdef")
            let workspace = try await api.call(.get, "/api/v1/workspace", key: Self.key)
            let secret = try #require(workspace["identity_secret"]?.stringValue)
            let signed = try await api.call(
                .post, "/api/v1/widget/sessions",
                json: ["workspace_key": "pk_demo_voltra",
                       "customer": Self.signedCustomer("cus_1001", secret: secret)])
            #expect(signed.status == .created)
            let customers = try await api.call(.get, "/api/v1/customers?external_id=cus_1001", key: Self.key)
            #expect(signed["customer_id"] == customers.items.first?["id"])

            let forged = try await api.call(
                .post, "/api/v1/widget/sessions",
                json: ["workspace_key": "pk_demo_voltra", "customer": ["external_id": "cus_1001", "expires_at": 4_000_000_000, "signature": "00ff"]])
            #expect(forged.status == .unauthorized)
            #expect(forged.errorCode == "invalid_signature")
            let unknown = try await api.call(
                .post, "/api/v1/widget/sessions", json: ["workspace_key": "pk_nope", "visitor_id": "visitor-0123456789abcdef"])
            #expect(unknown.status == .notFound)
            let shortVisitor = try await api.call(
                .post, "/api/v1/widget/sessions", json: ["workspace_key": "pk_demo_voltra", "visitor_id": "x"])
            #expect(shortVisitor.status == .unprocessableContent)
            #expect(try await api.call(.get, "/api/v1/widget/conversation").status == .unauthorized)
            #expect(try await api.call(.get, "/api/v1/widget/conversation", key: "wst_forged").status == .unauthorized)
        }
    }

    @Test("A customer chats with the AI and cannot read another customer's conversation")
    func chatAndIsolation() async throws {
        try await withDemo { api in
            let alice = try await session(api, visitor: "alice-0123456789abcdef")
            let bob = try await session(api, visitor: "bob-0123456789abcdef00")
            let sent = try await api.call(
                .post, "/api/v1/widget/messages", key: alice.token,
                json: ["body": "How long does delivery take in Latvia?", "client_message_id": "w1"])
            #expect(sent.status == .created)
            #expect(sent["reply"]?["decision"]?.stringValue == "answer")
            let conversationID = try #require(sent["conversation"]?["id"]?.stringValue)
            let again = try await api.call(
                .post, "/api/v1/widget/messages", key: alice.token,
                json: ["body": "How long does delivery take in Latvia?", "client_message_id": "w1"])
            #expect(again.status == .ok)
            #expect(again["reply"]?["id"] == sent["reply"]?["id"])

            let own = try await api.call(.get, "/api/v1/widget/conversation", key: alice.token)
            #expect(own["messages"]?.arrayValue?.count == 2)
            let peek = try await api.call(.get, "/api/v1/widget/conversation?conversation_id=\(conversationID)", key: bob.token)
            #expect(peek.status == .notFound)
            #expect(!peek.raw.contains("Latvia"))
            let intrude = try await api.call(
                .post, "/api/v1/widget/messages", key: bob.token, json: ["body": "hi", "conversation_id": conversationID])
            #expect(intrude.status == .notFound)
            let bobs = try await api.call(.get, "/api/v1/widget/conversation", key: bob.token)
            #expect(bobs.json?["conversation"] == JSONValue.null)

            let handoff = try await api.call(.post, "/api/v1/widget/handoff", key: alice.token)
            #expect(handoff["handler"]?.stringValue == "human")
            // The reason is the team's to see, not the customer's.
            #expect(handoff["escalation_reason"] == nil)
            let triage = try await api.call(.get, "/api/v1/conversations/\(conversationID)", key: Self.key)
            #expect(triage["escalation_reason"]?.stringValue == "customer_asked_for_human")
        }
    }

    /// Collects a socket's frames for a test.
    final class Frames: Sendable {
        let received = Mutex<[JSONValue]>([])
        func append(_ frame: JSONValue) { received.withLock { $0.append(frame) } }
        var all: [JSONValue] { received.withLock { $0 } }
        func count(_ type: String) -> Int { all.filter { $0["type"]?.stringValue == type }.count }
    }

    @Test("Over the WebSocket the reply streams in, agent replies arrive live, and a reconnect resumes without loss")
    func webSocket() async throws {
        try await withDemo(over: .live) { api in
            let port = try #require(api.client.port)
            let visitor = try await session(api, visitor: "socket-0123456789abcdef", language: "vi")
            let frames = Frames()
            let url = "ws://127.0.0.1:\(port)/api/v1/widget/ws?token=\(visitor.token)"
            var logger = Logger(label: "widget-test")
            logger.logLevel = .warning
            try await WebSocketClient.connect(url: url, logger: logger) { inbound, outbound, _ in
                try await outbound.write(.text(#"{"type":"message","body":"Bao lâu thì tôi nhận được hàng?","client_message_id":"s1"}"#))
                var iterator = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
                while let message = try await iterator.next() {
                    guard case .text(let text) = message else { continue }
                    let frame = try HeedJSON.makeDecoder().decode(JSONValue.self, from: Data(text.utf8))
                    frames.append(frame)
                    if frame["type"]?.stringValue == "message", frame["message"]?["author"]?.stringValue == "ai" { break }
                }
                try await outbound.close(.normalClosure, reason: nil)
            }
            #expect(frames.count("ready") == 1)
            #expect(frames.count("reply.delta") >= 1, "the answer streams in before the stored reply")
            let reply = try #require(frames.all.last { $0["message"]?["author"]?.stringValue == "ai" })
            #expect(reply["message"]?["language"]?.stringValue == "vi")
            #expect(reply["reply"]?["citations"]?.arrayValue?.isEmpty == false)
            let conversationID = try #require(reply["message"]?["conversation_id"]?.stringValue)

            // While the widget is offline an agent answers; the reconnecting widget resumes after what it saw.
            _ = try await api.call(
                .post, "/api/v1/conversations/\(conversationID)/messages", key: Self.key,
                json: ["body": "Chào bạn, mình là Trang ở bộ phận Giao hàng.", "author": "agent"])
            let lastSeen = try #require(reply["message"]?["sequence"]?.numberValue)
            let resumed = Frames()
            try await WebSocketClient.connect(url: url, logger: logger) { inbound, outbound, _ in
                try await outbound.write(.text(#"{"type":"resume","conversation_id":"\#(conversationID)","after_sequence":\#(Int(lastSeen))}"#))
                var iterator = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
                while let message = try await iterator.next() {
                    guard case .text(let text) = message else { continue }
                    let frame = try HeedJSON.makeDecoder().decode(JSONValue.self, from: Data(text.utf8))
                    resumed.append(frame)
                    if frame["type"]?.stringValue == "message" { break }
                }
                try await outbound.close(.normalClosure, reason: nil)
            }
            let missed = resumed.all.filter { $0["type"]?.stringValue == "message" }
            #expect(missed.count == 1)
            #expect(missed.first?["message"]?["author"]?.stringValue == "agent")

            let refused = try? await WebSocketClient.connect(
                url: "ws://127.0.0.1:\(port)/api/v1/widget/ws?token=wst_forged", logger: logger) { _, _, _ in
                Issue.record("a forged token must not get a socket")
            }
            _ = refused
        }
    }
}
